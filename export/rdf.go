package export

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/schema"
)

// RDFOptions tune the RDF writers.
type RDFOptions struct {
	// Extra quads are added to the default graph: the vocabulary's
	// description (schema.VocabularyQuads), say. Labels are ignored.
	Extra []quad.Quad
}

func (o RDFOptions) extra() []quad.Quad {
	out := make([]quad.Quad, len(o.Extra))
	for i, q := range o.Extra {
		q.Label = nil
		out[i] = q
	}
	return out
}

// WriteNQuads writes every quad of src as N-Quads, with its label: the
// default graph first, then each named graph in the order of its label, each
// graph's lines sorted. It returns the number of quads written.
func WriteNQuads(ctx context.Context, w io.Writer, src Source, opt RDFOptions) (int64, error) {
	bw := bufio.NewWriterSize(w, 1<<16)
	var n int64
	err := graphs(ctx, src, opt.extra(), func(_ quad.Value, qs []quad.Quad) error {
		for _, q := range qs {
			bw.WriteString(nquadLine(q))
			if err := bw.WriteByte('\n'); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	if err != nil {
		return n, fmt.Errorf("write n-quads: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("write n-quads: %w", err)
	}
	return n, nil
}

// WriteTriG writes every quad of src as TriG: the vocabulary's prefixes,
// then the default graph in a { } block and each named graph in a
// <label> { } block, ordered by label; within a graph, statements are
// grouped by subject (sorted), with rdf:type first. It returns the number of
// quads written.
func WriteTriG(ctx context.Context, w io.Writer, src Source, opt RDFOptions) (int64, error) {
	return writeTurtleFamily(ctx, w, src, opt, true)
}

// WriteTurtle writes the triples of src as Turtle, as WriteTriG does but
// without graph blocks: each graph's triples follow a comment naming its
// label, so the labels are lost to a Turtle parser (use TriG or N-Quads to
// keep them). A triple asserted by two articles is written twice, once in
// each article's section. It returns the number of triples written.
func WriteTurtle(ctx context.Context, w io.Writer, src Source, opt RDFOptions) (int64, error) {
	return writeTurtleFamily(ctx, w, src, opt, false)
}

func writeTurtleFamily(ctx context.Context, w io.Writer, src Source, opt RDFOptions, trig bool) (int64, error) {
	name := "turtle"
	if trig {
		name = "trig"
	}
	tw := newTurtler()
	bw := bufio.NewWriterSize(w, 1<<16)
	fmt.Fprintf(bw, "# actorgraph export (%s). Vocabulary: %s\n", name, schema.VocabularyIRI)
	for _, p := range tw.prefixes {
		fmt.Fprintf(bw, "@prefix %s: <%s> .\n", p.Prefix, p.IRI)
	}
	var n int64
	err := graphs(ctx, src, opt.extra(), func(label quad.Value, qs []quad.Quad) error {
		bw.WriteByte('\n')
		indent := ""
		switch {
		case trig && label == nil:
			bw.WriteString("# the default graph\n{\n")
			indent = "  "
		case trig:
			bw.WriteString(tw.term(label))
			bw.WriteString(" {\n")
			indent = "  "
		case label == nil:
			bw.WriteString("# the default graph\n")
		default:
			fmt.Fprintf(bw, "# graph %s\n", ntTerm(label))
		}
		tw.triples(bw, indent, qs)
		n += int64(len(qs))
		if trig {
			bw.WriteString("}\n")
		}
		_, err := bw.WriteString("")
		return err
	})
	if err != nil {
		return n, fmt.Errorf("write %s: %w", name, err)
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("write %s: %w", name, err)
	}
	return n, nil
}

// turtler writes terms in Turtle, abbreviating IRIs by the export prefixes.
type turtler struct {
	prefixes []schema.Prefix // in the order they are declared
	byLen    []schema.Prefix // longest namespace first
}

func newTurtler() *turtler {
	ps := schema.ExportPrefixes()
	sorted := append([]schema.Prefix(nil), ps...)
	sort.SliceStable(sorted, func(i, j int) bool { return len(sorted[i].IRI) > len(sorted[j].IRI) })
	return &turtler{prefixes: ps, byLen: sorted}
}

// safeLocal matches local names that every Turtle and TriG parser reads in a
// prefixed name (a subset of PN_LOCAL: no escapes, no leading digit).
var safeLocal = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_-]*$`)

// iri writes an IRI as a prefixed name where it can.
func (t *turtler) iri(s string) string {
	for _, p := range t.byLen {
		if local, ok := strings.CutPrefix(s, p.IRI); ok && safeLocal.MatchString(local) {
			return p.Prefix + ":" + local
		}
	}
	return ntIRI(s)
}

func (t *turtler) term(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return t.iri(string(v))
	case quad.BNode:
		return ntTerm(v)
	}
	switch l := literal(v).(type) {
	case quad.TypedString:
		return ntString(string(l.Value)) + "^^" + t.iri(string(l.Type))
	case quad.LangString:
		return ntString(string(l.Value)) + "@" + l.Lang
	case quad.String:
		return ntString(string(l))
	}
	return ntTerm(v)
}

// triples writes sorted quads as Turtle statements grouped by subject, with
// rdf:type ("a") first among each subject's predicates.
func (t *turtler) triples(w *bufio.Writer, indent string, qs []quad.Quad) {
	for i := 0; i < len(qs); {
		j := i
		subj := ntTerm(qs[i].Subject)
		for j < len(qs) && ntTerm(qs[j].Subject) == subj {
			j++
		}
		group := append([]quad.Quad(nil), qs[i:j]...)
		sort.SliceStable(group, func(a, b int) bool {
			ta, tb := group[a].Predicate == schema.Type, group[b].Predicate == schema.Type
			if ta != tb {
				return ta
			}
			return false // already sorted by predicate, then object
		})
		if i > 0 {
			w.WriteByte('\n')
		}
		w.WriteString(indent)
		w.WriteString(t.term(qs[i].Subject))
		for k := 0; k < len(group); {
			p := group[k].Predicate
			l := k
			for l < len(group) && ntTerm(group[l].Predicate) == ntTerm(p) {
				l++
			}
			if k > 0 {
				w.WriteString(" ;\n" + indent + "    ")
			} else {
				w.WriteByte(' ')
			}
			if p == schema.Type {
				w.WriteString("a")
			} else {
				w.WriteString(t.term(p))
			}
			for m := k; m < l; m++ {
				if m > k {
					w.WriteString(" ,\n" + indent + "        ")
				} else {
					w.WriteByte(' ')
				}
				w.WriteString(t.term(group[m].Object))
			}
			k = l
		}
		w.WriteString(" .\n")
		i = j
	}
}

// literal gives a literal value as a String, LangString or TypedString:
// native values (quad.Int, quad.Float, …) as their typed strings.
func literal(v quad.Value) quad.Value {
	switch v := v.(type) {
	case quad.String, quad.LangString, quad.IRI, quad.BNode:
		return v
	case quad.TypedString:
		v.Type = v.Type.Full() // "xsd:integer" as quad.Int writes it
		return v
	case interface{ TypedString() quad.TypedString }:
		ts := v.TypedString()
		ts.Type = ts.Type.Full()
		return ts
	case nil:
		return quad.String("")
	}
	return quad.String(fmt.Sprint(v.Native()))
}

// nquadLine is the N-Quads line of q, without the newline.
func nquadLine(q quad.Quad) string {
	var b strings.Builder
	b.WriteString(ntTerm(q.Subject))
	b.WriteByte(' ')
	b.WriteString(ntTerm(q.Predicate))
	b.WriteByte(' ')
	b.WriteString(ntTerm(q.Object))
	if q.Label != nil {
		b.WriteByte(' ')
		b.WriteString(ntTerm(q.Label))
	}
	b.WriteString(" .")
	return b.String()
}

// ntTerm writes a term as N-Triples and N-Quads do.
func ntTerm(v quad.Value) string {
	switch l := literal(v).(type) {
	case quad.IRI:
		return ntIRI(string(l))
	case quad.BNode:
		return "_:" + string(l)
	case quad.TypedString:
		return ntString(string(l.Value)) + "^^" + ntIRI(string(l.Type))
	case quad.LangString:
		return ntString(string(l.Value)) + "@" + l.Lang
	case quad.String:
		return ntString(string(l))
	}
	return ntString(quad.StringOf(v))
}

// ntIRI writes an IRI in angle brackets, with the characters an IRIREF may
// not hold escaped as \u.
func ntIRI(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('<')
	for _, r := range s {
		switch {
		case r <= 0x20, strings.ContainsRune("<>\"{}|^`\\", r):
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('>')
	return b.String()
}

// ntString writes a string literal in double quotes with the escapes
// N-Triples, N-Quads, Turtle and TriG share.
func ntString(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
