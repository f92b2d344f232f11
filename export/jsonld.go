package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/schema"
)

// WriteJSONLD writes every quad of src as one JSON-LD document: the
// vocabulary's @context inline (so that no reader needs the network), then
// a top-level @graph holding the default graph's nodes and one named graph
// per label ({"@id": label, "@graph": [...]}), ordered by label. Terms of
// the context name properties and classes ("name", "memberOf", "@type":
// "Person"). It returns the number of quads written.
func WriteJSONLD(ctx context.Context, w io.Writer, src Source, opt RDFOptions) (int64, error) {
	c := newCompactor()
	bw := bufio.NewWriterSize(w, 1<<16)
	head, err := json.MarshalIndent(schema.Context(), "  ", "  ")
	if err != nil {
		return 0, fmt.Errorf("write json-ld: context: %w", err)
	}
	bw.WriteString("{\n  \"@context\": ")
	bw.Write(head)
	bw.WriteString(",\n  \"@graph\": [")
	first := true
	item := func(v any) error {
		b, err := marshal(v, "    ")
		if err != nil {
			return err
		}
		if !first {
			bw.WriteByte(',')
		}
		first = false
		bw.WriteString("\n    ")
		_, err = bw.Write(b)
		return err
	}
	var n int64
	err = graphs(ctx, src, opt.extra(), func(label quad.Value, qs []quad.Quad) error {
		n += int64(len(qs))
		nodes := c.nodes(qs)
		if label == nil {
			for _, nd := range nodes {
				if err := item(nd); err != nil {
					return err
				}
			}
			return nil
		}
		return item(map[string]any{"@id": c.id(label), "@graph": nodes})
	})
	if err != nil {
		return n, fmt.Errorf("write json-ld: %w", err)
	}
	bw.WriteString("\n  ]\n}\n")
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("write json-ld: %w", err)
	}
	return n, nil
}

// marshal encodes v as indented JSON without escaping <, > and &.
func marshal(v any, prefix string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), nil
}

// compactor writes quads as JSON-LD node objects under the vocabulary's
// context.
type compactor struct {
	terms    map[quad.IRI]schema.Term
	prefixes []schema.Prefix // longest namespace first, without id:
}

func newCompactor() *compactor {
	c := &compactor{terms: make(map[quad.IRI]schema.Term)}
	for _, t := range schema.ContextTerms() {
		c.terms[t.IRI] = t
	}
	for _, p := range newTurtler().byLen {
		if p.Prefix != "id" {
			c.prefixes = append(c.prefixes, p)
		}
	}
	return c
}

// vocabIRI compacts an IRI in a key or a @type position: a term, a
// prefixed name, or the IRI itself.
func (c *compactor) vocabIRI(iri quad.IRI) string {
	if t, ok := c.terms[iri]; ok {
		return t.Name
	}
	s := string(iri)
	for _, p := range c.prefixes {
		if local, ok := strings.CutPrefix(s, p.IRI); ok && safeLocal.MatchString(local) {
			return p.Prefix + ":" + local
		}
	}
	return s
}

// id writes a node identifier: an absolute IRI, or a blank node "_:b".
func (c *compactor) id(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return "_:" + string(v)
	}
	return quad.StringOf(v)
}

// nodes turns quads sorted by subject into node objects, one per subject.
func (c *compactor) nodes(qs []quad.Quad) []map[string]any {
	var out []map[string]any
	for i := 0; i < len(qs); {
		subj := qs[i].Subject
		key := ntTerm(subj)
		node := map[string]any{"@id": c.id(subj)}
		props := map[string][]any{}
		var keys []string
		for ; i < len(qs) && ntTerm(qs[i].Subject) == key; i++ {
			k, v := c.property(qs[i].Predicate, qs[i].Object)
			if _, ok := props[k]; !ok {
				keys = append(keys, k)
			}
			props[k] = append(props[k], v)
		}
		for _, k := range keys {
			if vs := props[k]; len(vs) == 1 {
				node[k] = vs[0]
			} else {
				node[k] = vs
			}
		}
		out = append(out, node)
	}
	return out
}

// property writes one predicate and object as a node object's key and value,
// in the shortest form that the context reads back as the same triple.
func (c *compactor) property(p quad.Value, o quad.Value) (string, any) {
	piri, ok := p.(quad.IRI)
	if !ok {
		piri = quad.IRI(quad.StringOf(p))
	}
	if piri == schema.Type {
		if oiri, ok := o.(quad.IRI); ok {
			return "@type", c.vocabIRI(oiri)
		}
	}
	key := c.vocabIRI(piri)
	coerce := schema.CoerceNone
	if t, ok := c.terms[piri]; ok {
		coerce = t.Coerce
	}
	switch v := literal(o).(type) {
	case quad.IRI, quad.BNode:
		if coerce == schema.CoerceID {
			return key, c.id(v)
		}
		return key, map[string]any{"@id": c.id(v)}
	case quad.String:
		if coerce == schema.CoerceNone {
			return key, string(v)
		}
		return key, map[string]any{"@value": string(v)}
	case quad.LangString:
		return key, map[string]any{"@value": string(v.Value), "@language": v.Lang}
	case quad.TypedString:
		if coerce == schema.Coercion(v.Type) {
			return key, string(v.Value)
		}
		return key, map[string]any{"@value": string(v.Value), "@type": c.vocabIRI(v.Type)}
	}
	return key, map[string]any{"@value": quad.StringOf(o)}
}
