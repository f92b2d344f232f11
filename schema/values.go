package schema

import (
	"fmt"

	"github.com/cayleygraph/quad"
)

// TextOf is the text of a value as a reader wants it: a literal's lexical
// form without quotes, language or datatype ("Jo Bloggs", "0.8"), an IRI or
// blank node's identifier, "" for nil. Stores may hand typed literals back as
// native values (quad.Int for an xsd:integer): those give their lexical form
// too.
func TextOf(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return string(v)
	case interface{ TypedString() quad.TypedString }:
		return string(v.TypedString().Value)
	}
	return fmt.Sprint(v.Native())
}
