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

// Replace makes the quads labelled label exactly quads, atomically: quads
// with that label that are not in quads are removed, the missing ones added,
// and the rest left alone. Every quad in quads must carry label.
func (s *Store) Replace(ctx context.Context, label quad.Value, quads []quad.Quad) (Change, error) {
	ch, err := s.ReplaceAll(ctx, []Replacement{{Label: label, Quads: quads}})
	if err != nil {
		return Change{}, err
	}
	return ch[0], nil
}

// Replacement is the new content of one label: an article's quads.
type Replacement struct {
	Label quad.Value
	Quads []quad.Quad // every one carrying Label
}

// ReplaceAll does what Replace does for several labels at once, committing
// them together: whole articles, or none of them. Writing many articles per
// transaction is what makes a large build fast on a disk store, where each
// commit waits for the disk. The labels must be distinct.
func (s *Store) ReplaceAll(ctx context.Context, reps []Replacement) ([]Change, error) {
	labels := make(map[quad.Value]bool, len(reps))
	for _, r := range reps {
		if labels[r.Label] {
			return nil, fmt.Errorf("replace %s: label given twice", r.Label)
		}
		labels[r.Label] = true
		for _, q := range r.Quads {
			if q.Label != r.Label {
				return nil, fmt.Errorf("replace %s: quad %v has label %v", r.Label, q, q.Label)
			}
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	changes := make([]Change, len(reps))
	var add, remove []quad.Quad
	for i, r := range reps {
		a, rm, err := s.diff(ctx, r)
		if err != nil {
			return nil, err
		}
		add, remove = append(add, a...), append(remove, rm...)
		changes[i] = Change{Added: len(a), Removed: len(rm)}
	}
	if !s.kv() {
		if err := s.apply(add, remove); err != nil {
			return nil, fmt.Errorf("replace %s: %w", describe(reps), err)
		}
		return changes, nil
	}
	// Cayley's kv stores drop a direction of an added quad when the same
	// transaction removes more quads than it adds through that node (a
	// node's net reference count goes negative: the article's label, a
	// predicate). So kv stores get two transactions: first the new versions'
	// missing quads, then the removal of the old versions' stale ones. A
	// crash between them leaves each article's whole new version plus stale
	// quads of the old, never half of either; the stale ag:sha256 left beside
	// the new one marks the article as changed, and the next build removes
	// the rest.
	if err := s.apply(add, nil); err != nil {
		return nil, fmt.Errorf("replace %s: add: %w", describe(reps), err)
	}
	if err := s.apply(nil, remove); err != nil {
		return nil, fmt.Errorf("replace %s: remove stale quads: %w", describe(reps), err)
	}
	return changes, nil
}

// diff compares a replacement with the quads the store has under its label.
func (s *Store) diff(ctx context.Context, r Replacement) (add, remove []quad.Quad, err error) {
	old := make(map[quadKey]quad.Quad)
	if err := s.labelQuads(ctx, r.Label, func(q quad.Quad) error {
		old[keyOf(q)] = q
		return nil
	}); err != nil {
		return nil, nil, fmt.Errorf("replace %s: read old quads: %w", r.Label, err)
	}
	seen := make(map[quadKey]bool, len(r.Quads))
	for _, q := range r.Quads {
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
	return add, remove, nil
}

// describe names the labels of a batch in an error message.
func describe(reps []Replacement) string {
	if len(reps) == 1 {
		return fmt.Sprint(reps[0].Label)
	}
	return fmt.Sprintf("%d articles (%v…)", len(reps), reps[0].Label)
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
