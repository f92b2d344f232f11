package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/quad"
)

// Quads calls fn with every quad in the store, stopping at the first error.
// The quads are streamed: the store is never held in memory.
func (s *Store) Quads(ctx context.Context, fn func(quad.Quad) error) error {
	defer s.rlock()()
	return s.each(ctx, s.qs.QuadsAllIterator(), fn)
}

// LabelQuads calls fn with every quad labelled label.
func (s *Store) LabelQuads(ctx context.Context, label quad.Value, fn func(quad.Quad) error) error {
	defer s.rlock()()
	return s.labelQuads(ctx, label, fn)
}

func (s *Store) labelQuads(ctx context.Context, label quad.Value, fn func(quad.Quad) error) error {
	ref, err := s.qs.ValueOf(label)
	if err != nil {
		return fmt.Errorf("look up %s: %w", label, err)
	}
	if ref == nil {
		return nil
	}
	return s.each(ctx, s.qs.QuadIterator(quad.Label, ref), func(q quad.Quad) error {
		if q.Label != label { // a kv store without a label index filters nothing
			return nil
		}
		return fn(q)
	})
}

func (s *Store) each(ctx context.Context, sh iterator.Shape, fn func(quad.Quad) error) error {
	it := sh.Iterate()
	defer it.Close()
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return fmt.Errorf("read quad: %w", err)
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// Objects returns the objects of the quads (subject, predicate, *), any label.
func (s *Store) Objects(ctx context.Context, subject quad.Value, predicate quad.IRI) ([]quad.Value, error) {
	var out []quad.Value
	err := s.QuadsWith(ctx, quad.Subject, subject, func(q quad.Quad) error {
		if q.Predicate == predicate {
			out = append(out, q.Object)
		}
		return nil
	})
	return out, err
}

// Stats counts the store's quads and nodes.
type Stats struct {
	Quads int64 `json:"quads"`
	Nodes int64 `json:"nodes"`
	Exact bool  `json:"exact"`
}

// Stats returns the store's size.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	defer s.rlock()()
	st, err := s.qs.Stats(ctx, true)
	if err != nil {
		return Stats{}, fmt.Errorf("stats %s: %w", s.loc, err)
	}
	return Stats{Quads: st.Quads.Value, Nodes: st.Nodes.Value, Exact: st.Quads.Exact && st.Nodes.Exact}, nil
}

// QuadsWith calls fn with every quad whose dir is v: QuadsWith(ctx,
// quad.Subject, actor, fn) gives what is said of an actor, quad.Object what
// points at it. Both are index lookups, not scans.
func (s *Store) QuadsWith(ctx context.Context, dir quad.Direction, v quad.Value, fn func(quad.Quad) error) error {
	defer s.rlock()()
	ref, err := s.qs.ValueOf(v)
	if err != nil {
		return fmt.Errorf("look up %s: %w", v, err)
	}
	if ref == nil {
		return nil
	}
	return s.each(ctx, s.qs.QuadIterator(dir, ref), func(q quad.Quad) error {
		if q.Get(dir) != v {
			return nil
		}
		return fn(q)
	})
}
