package export

import (
	"strconv"
	"strings"
)

// ListSep joins the values of a list-valued attribute (aliases, posts,
// articles, evidence) in the visualisation formats.
const ListSep = " | "

// attr is an attribute of nodes or edges in the visualisation formats.
type attr[T any] struct {
	name string
	typ  string // "string", "int" or "double"
	val  func(T) string
}

func join(vs []string) string { return strings.Join(vs, ListSep) }

// nodeAttrs are the attributes every visualisation format gives nodes,
// besides the id and the label (the name).
func nodeAttrs() []attr[Node] {
	return []attr[Node]{
		{"type", "string", func(n Node) string { return n.Type }},
		{"kind", "string", func(n Node) string { return n.Kind }},
		{"aliases", "string", func(n Node) string { return join(n.Aliases) }},
		{"posts", "string", func(n Node) string { return join(n.Posts) }},
		{"articles", "int", func(n Node) string { return strconv.Itoa(n.Articles) }},
		{"quotes", "int", func(n Node) string { return strconv.Itoa(n.Quotes) }},
	}
}

// edgeAttrs are the attributes every visualisation format gives edges,
// besides the id, source, target, label and weight.
func edgeAttrs() []attr[Edge] {
	return []attr[Edge]{
		{"predicate", "string", func(e Edge) string { return e.Predicate }},
		{"role", "string", func(e Edge) string { return e.Role }},
		{"articles", "string", func(e Edge) string { return join(e.Articles) }},
		{"evidence", "string", func(e Edge) string { return join(e.Evidence) }},
		{"confidence", "double", func(e Edge) string {
			if e.Confidence == 0 {
				return ""
			}
			return strconv.FormatFloat(e.Confidence, 'f', -1, 64)
		}},
		{"iri", "string", func(e Edge) string { return e.IRI }},
	}
}
