package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo" // registers the Gizmo language
)

// QueryOptions bound a query.
type QueryOptions struct {
	Limit   int           // at most this many results; 0 means no limit
	Timeout time.Duration // stop the query after this long; 0 means no timeout
}

// ErrTimeout is returned (wrapped) when a query runs past its timeout.
var ErrTimeout = errors.New("query timed out")

// Query runs a Gizmo query and calls fn with each result, as JSON-ready
// values (maps, strings, numbers). A query that runs past its timeout is
// stopped and yields an error wrapping ErrTimeout; a query with a syntax
// error yields an error giving its position.
func (s *Store) Query(ctx context.Context, src string, opt QueryOptions, fn func(result any) error) error {
	if opt.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opt.Timeout)
		defer cancel()
	}
	defer s.rlock()()
	it, err := query.Execute(ctx, s.qs, "gizmo", src, query.Options{Collation: query.JSON, Limit: opt.Limit})
	if err != nil {
		return queryErr(ctx, opt, err)
	}
	defer closeQuery(it)
	n := 0
	for it.Next(ctx) {
		if err := fn(it.Result()); err != nil {
			return err
		}
		n++
		if opt.Limit > 0 && n >= opt.Limit {
			break
		}
	}
	if err := it.Err(); err != nil {
		return queryErr(ctx, opt, err)
	}
	return queryErr(ctx, opt, ctx.Err())
}

func queryErr(ctx context.Context, opt QueryOptions, err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("%w after %v (raise --timeout, or narrow the query)", ErrTimeout, opt.Timeout)
	}
	return fmt.Errorf("query: %w", err)
}

// closeQuery stops a query and waits until it has stopped. Gizmo runs a
// query in a goroutine of its own that Close only interrupts: a query left
// running past its caller would hold a read transaction that makes closing
// a bolt store hang. Once stopped, Next returns false when that goroutine
// has returned. (cmd/actorgraph's TestBuildThenQuery, which closes a bbolt
// store right after a query stopped at --limit, hangs without this.)
func closeQuery(it query.Iterator) {
	it.Close()
	for it.Next(context.Background()) {
	}
}
