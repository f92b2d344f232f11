package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
)

func init() {
	// Every article's quads carry its IRI as label, and rebuilding an article
	// replaces exactly those quads: a label-first index makes finding them a
	// prefix scan instead of a scan of the whole store. It applies to kv
	// stores created from now on (a store records its indexes when created).
	kv.DefaultQuadIndexes = append(kv.DefaultQuadIndexes, kv.QuadIndex{Dirs: []quad.Direction{quad.Label}})
}

// Change counts what Replace did.
type Change struct {
	Removed, Added int
}

// Replace makes the quads labelled label exactly quads, in one transaction:
// quads with that label that are not in quads are removed, the missing ones
// added, and the rest left alone. Every quad in quads must carry label.
func (s *Store) Replace(ctx context.Context, label quad.Value, quads []quad.Quad) (Change, error) {
	for _, q := range quads {
		if q.Label != label {
			return Change{}, fmt.Errorf("replace %s: quad %v has label %v", label, q, q.Label)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return Change{}, err
	}
	old := make(map[quadKey]quad.Quad)
	if err := s.labelQuads(ctx, label, func(q quad.Quad) error {
		old[keyOf(q)] = q
		return nil
	}); err != nil {
		return Change{}, fmt.Errorf("replace %s: read old quads: %w", label, err)
	}
	var add, remove []quad.Quad
	seen := make(map[quadKey]bool, len(quads))
	for _, q := range quads {
		k := keyOf(q)
		if seen[k] {
			continue
		}
		seen[k] = true
		if _, ok := old[k]; ok {
			delete(old, k)
			continue
		}
		add = append(add, q)
	}
	for _, q := range old {
		remove = append(remove, q)
	}
	ch := Change{Added: len(add), Removed: len(remove)}
	if !s.kv() {
		if err := s.apply(add, remove); err != nil {
			return Change{}, fmt.Errorf("replace %s: %w", label, err)
		}
		return ch, nil
	}
	// Cayley's kv stores drop a direction of an added quad when the same
	// transaction removes more quads than it adds through that node (a
	// node's net reference count goes negative: the article's label, a
	// predicate). So kv stores get two transactions: first the new version's
	// missing quads, then the removal of the old version's stale ones. A
	// crash between them leaves the whole new version plus stale quads of
	// the old, never half of either; the stale ag:sha256 left beside the new
	// one marks the article as changed, and the next build removes the rest.
	if err := s.apply(add, nil); err != nil {
		return Change{}, fmt.Errorf("replace %s: add: %w", label, err)
	}
	if err := s.apply(nil, remove); err != nil {
		return Change{}, fmt.Errorf("replace %s: remove stale quads: %w", label, err)
	}
	return ch, nil
}

// apply adds and removes quads in one transaction.
func (s *Store) apply(add, remove []quad.Quad) error {
	if len(add) == 0 && len(remove) == 0 {
		return nil
	}
	tx := graph.NewTransactionN(len(add) + len(remove))
	for _, q := range add {
		tx.AddQuad(q)
	}
	for _, q := range remove {
		tx.RemoveQuad(q)
	}
	return s.w.ApplyTransaction(tx)
}

// Add adds quads that are not tied to an article (the vocabulary's own
// description, say). Quads already present are skipped.
func (s *Store) Add(ctx context.Context, quads []quad.Quad) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := s.apply(quads, nil); err != nil {
		return fmt.Errorf("add quads: %w", err)
	}
	return nil
}

// quadKey identifies a quad by the canonical string of each of its parts.
type quadKey [4]string

func keyOf(q quad.Quad) quadKey {
	return quadKey{quad.StringOf(q.Subject), quad.StringOf(q.Predicate), quad.StringOf(q.Object), quad.StringOf(q.Label)}
}
