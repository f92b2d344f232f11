package graph

import (
	"context"

	"github.com/cayleygraph/quad"
)

// Quads is a list of quads in memory that reads like a store, for callers
// that hold quads already (the output of schema.Quads, say) where a store is
// expected.
type Quads []quad.Quad

// Quads calls fn with each quad in order, stopping at the first error.
func (qs Quads) Quads(ctx context.Context, fn func(quad.Quad) error) error {
	for _, q := range qs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	return nil
}
