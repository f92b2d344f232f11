// Package export writes actorgraph's graph in the formats other tools read:
// the RDF formats (N-Quads, TriG, Turtle, JSON-LD) carry every quad with its
// label; the visualisation formats (GraphML, GEXF, DOT, Cytoscape JSON, CSV)
// carry the actor graph, a projection of people and bodies and the relations
// among them (see ActorGraph).
//
// Every writer is deterministic: the same graph gives the same bytes, so
// exports diff cleanly. The RDF writers stream: they hold one named graph
// (one article's quads) in memory at a time.
package export

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/graph"
)

// Source is a stream of quads; *graph.Store is one.
type Source interface {
	Quads(ctx context.Context, fn func(quad.Quad) error) error
}

// LabelSource is a Source that also reads the quads of one label (one named
// graph) by itself, as a store does by an index lookup.
type LabelSource interface {
	Source
	LabelQuads(ctx context.Context, label quad.Value, fn func(quad.Quad) error) error
}

// DirSource reads the quads whose dir is v (the quads of one subject, say),
// as *graph.Store does by an index lookup.
type DirSource interface {
	QuadsWith(ctx context.Context, dir quad.Direction, v quad.Value, fn func(quad.Quad) error) error
}

// labeller is a source that knows its labels without reading its quads.
type labeller interface {
	labels() []quad.Value
}

// Docs restricts src to the quads with the given labels (article IRIs), read
// label by label. The result reads each label's quads by itself, and reads
// the quads of one node by index lookups when src can (DirSource).
func Docs(src LabelSource, labels []quad.Value) LabelSource {
	d := &docs{src: src, set: make(map[string]bool, len(labels))}
	for _, l := range labels {
		k := quad.StringOf(l)
		if !d.set[k] {
			d.set[k] = true
			d.list = append(d.list, l)
		}
	}
	sortValues(d.list)
	return d
}

type docs struct {
	src  LabelSource
	list []quad.Value
	set  map[string]bool
}

func (d *docs) labels() []quad.Value { return d.list }

func (d *docs) Quads(ctx context.Context, fn func(quad.Quad) error) error {
	for _, l := range d.list {
		if err := d.src.LabelQuads(ctx, l, fn); err != nil {
			return err
		}
	}
	return nil
}

func (d *docs) LabelQuads(ctx context.Context, label quad.Value, fn func(quad.Quad) error) error {
	if !d.set[quad.StringOf(label)] {
		return nil
	}
	return d.src.LabelQuads(ctx, label, fn)
}

func (d *docs) QuadsWith(ctx context.Context, dir quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	keep := func(q quad.Quad) error {
		if !d.set[quad.StringOf(q.Label)] {
			return nil
		}
		return fn(q)
	}
	if ds, ok := d.src.(DirSource); ok {
		return ds.QuadsWith(ctx, dir, v, keep)
	}
	k := quad.StringOf(v)
	return d.Quads(ctx, func(q quad.Quad) error {
		if quad.StringOf(q.Get(dir)) != k {
			return nil
		}
		return fn(q)
	})
}

// SubjectQuads reads the quads of src whose subject is one of nodes: by an
// index lookup per node where src is a DirSource, else by one scan. It is
// how a query's subgraph is exported in the RDF formats.
func SubjectQuads(ctx context.Context, src Source, nodes []quad.Value) (graph.Quads, error) {
	var out graph.Quads
	add := func(q quad.Quad) error {
		out = append(out, q)
		return nil
	}
	if ds, ok := src.(DirSource); ok {
		seen := make(map[string]bool, len(nodes))
		for _, n := range nodes {
			k := quad.StringOf(n)
			if seen[k] {
				continue
			}
			seen[k] = true
			if err := ds.QuadsWith(ctx, quad.Subject, n, add); err != nil {
				return nil, fmt.Errorf("read quads of %s: %w", k, err)
			}
		}
		return out, nil
	}
	set := make(map[string]bool, len(nodes))
	for _, n := range nodes {
		set[quad.StringOf(n)] = true
	}
	err := src.Quads(ctx, func(q quad.Quad) error {
		if set[quad.StringOf(q.Subject)] {
			out = append(out, q)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read quads: %w", err)
	}
	return out, nil
}

// graphs calls fn once per graph of src, with that graph's quads sorted:
// the default graph first (the quads without a label, with extra added),
// then each named graph in the order of its label. It holds one named graph
// in memory at a time where src reads labels by themselves (LabelSource);
// the default graph, which holds the vocabulary's description at most, is
// held whole. A plain Source is read into memory whole.
func graphs(ctx context.Context, src Source, extra []quad.Quad, fn func(label quad.Value, qs []quad.Quad) error) error {
	def := append([]quad.Quad(nil), extra...)
	ls, isLS := src.(LabelSource)
	switch {
	case isLS:
		var labels []quad.Value
		if l, ok := src.(labeller); ok {
			labels = l.labels()
		} else {
			seen := make(map[string]bool)
			err := src.Quads(ctx, func(q quad.Quad) error {
				if q.Label == nil {
					def = append(def, q)
					return nil
				}
				if k := quad.StringOf(q.Label); !seen[k] {
					seen[k] = true
					labels = append(labels, q.Label)
				}
				return nil
			})
			if err != nil {
				return fmt.Errorf("list graphs: %w", err)
			}
			sortValues(labels)
		}
		if def = sortQuads(def); len(def) > 0 {
			if err := fn(nil, def); err != nil {
				return err
			}
		}
		var qs []quad.Quad
		for _, l := range labels {
			qs = qs[:0]
			if err := ls.LabelQuads(ctx, l, func(q quad.Quad) error {
				qs = append(qs, q)
				return nil
			}); err != nil {
				return fmt.Errorf("read graph %s: %w", quad.StringOf(l), err)
			}
			if qs = sortQuads(qs); len(qs) > 0 {
				if err := fn(l, qs); err != nil {
					return err
				}
			}
		}
		return nil
	default:
		byLabel := make(map[string][]quad.Quad)
		var labels []quad.Value
		err := src.Quads(ctx, func(q quad.Quad) error {
			if q.Label == nil {
				def = append(def, q)
				return nil
			}
			k := quad.StringOf(q.Label)
			if _, ok := byLabel[k]; !ok {
				labels = append(labels, q.Label)
			}
			byLabel[k] = append(byLabel[k], q)
			return nil
		})
		if err != nil {
			return fmt.Errorf("read quads: %w", err)
		}
		if def = sortQuads(def); len(def) > 0 {
			if err := fn(nil, def); err != nil {
				return err
			}
		}
		sortValues(labels)
		for _, l := range labels {
			if err := fn(l, sortQuads(byLabel[quad.StringOf(l)])); err != nil {
				return err
			}
		}
		return nil
	}
}

// sortQuads sorts quads by their N-Quads line and drops repeats.
func sortQuads(qs []quad.Quad) []quad.Quad {
	keys := make([]string, len(qs))
	idx := make([]int, len(qs))
	for i, q := range qs {
		keys[i] = nquadLine(q)
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	out := make([]quad.Quad, 0, len(qs))
	prev := ""
	for n, i := range idx {
		if n > 0 && keys[i] == prev {
			continue
		}
		prev = keys[i]
		out = append(out, qs[i])
	}
	return out
}

// sortValues sorts values by their N-Quads form.
func sortValues(vs []quad.Value) {
	sort.Slice(vs, func(i, j int) bool { return ntTerm(vs[i]) < ntTerm(vs[j]) })
}
