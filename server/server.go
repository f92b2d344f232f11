// Package server is actorgraph's HTTP face: a Cayley-compatible Gizmo
// endpoint (/api/v1/query/gizmo), Cayley's own query API (/api/v2/) and web
// UI (/cayley/), actorgraph's JSON API (actor search, profiles, articles,
// neighbourhood graphs, exports, stats) and a page that uses it, embedded in
// the binary and working offline.
//
// The server is read-only unless Config.WriteToken is set; every query runs
// under Config.QueryTimeout and returns at most Config.QueryLimit results;
// request bodies are limited to Config.MaxBody bytes.
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/graph"
)

// Store is what the server needs of the graph store; *graph.Store has it.
type Store interface {
	// Query runs a Gizmo query under opt's limit and timeout.
	Query(ctx context.Context, src string, opt graph.QueryOptions, fn func(result any) error) error
	// QuadsWith calls fn with every quad whose dir is v (an index lookup).
	QuadsWith(ctx context.Context, dir quad.Direction, v quad.Value, fn func(quad.Quad) error) error
	// LabelQuads calls fn with every quad labelled label.
	LabelQuads(ctx context.Context, label quad.Value, fn func(quad.Quad) error) error
	// Quads streams every quad of the store.
	Quads(ctx context.Context, fn func(quad.Quad) error) error
	// Stats counts quads and nodes.
	Stats(ctx context.Context) (graph.Stats, error)
	// QuadStore is the Cayley store underneath, for Cayley's own API.
	QuadStore() cgraph.QuadStore
}

// Defaults for the zero values of Config.
const (
	DefaultQueryTimeout = 10 * time.Second
	DefaultQueryLimit   = 1000
	DefaultMaxBody      = 1 << 20 // 1 MiB, as Cayley's v2 query endpoint
)

// Config configures a Server.
type Config struct {
	// QueryTimeout stops every query (Gizmo, Cayley v2, profiles) after
	// this long. Default DefaultQueryTimeout.
	QueryTimeout time.Duration
	// QueryLimit caps the results of every Gizmo query, whatever limit the
	// client asks for. Default DefaultQueryLimit.
	QueryLimit int
	// WriteToken, when set, enables the endpoints that change the store;
	// a request must carry it as "Authorization: Bearer TOKEN". When empty
	// the server is read-only.
	WriteToken string
	// CORSOrigin, when set, is sent as Access-Control-Allow-Origin ("*" or
	// one origin). When empty, no CORS headers are sent.
	CORSOrigin string
	// MaxBody limits request bodies. Default DefaultMaxBody.
	MaxBody int64
	// Build, when set, is what POST /api/build runs (with the write token):
	// it rebuilds the store from the given paths, or from the default
	// corpus when there are none, and returns a JSON-ready summary.
	Build func(ctx context.Context, paths []string) (any, error)
	// Log receives one line per failed request. Default: discard.
	Log *slog.Logger
}

// Server serves the graph over HTTP. It is an http.Handler.
type Server struct {
	st      Store
	cfg     Config
	idx     atomic.Pointer[index]
	handler http.Handler
	handle  *cgraph.Handle // for Cayley's v2 API

	// rw orders requests that change the store (exclusive) against all
	// others (shared): Cayley's memstore is not safe for concurrent reads
	// and writes, and a rebuild must not be read half-done.
	rw sync.RWMutex
}

// New makes a server for st and indexes st's actors for search.
func New(ctx context.Context, st Store, cfg Config) (*Server, error) {
	if cfg.QueryTimeout <= 0 {
		cfg.QueryTimeout = DefaultQueryTimeout
	}
	if cfg.QueryLimit <= 0 {
		cfg.QueryLimit = DefaultQueryLimit
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	s := &Server{st: st, cfg: cfg}
	if err := s.Reindex(ctx); err != nil {
		return nil, err
	}
	h, err := s.routes()
	if err != nil {
		return nil, err
	}
	s.handler = h
	return s, nil
}

// Reindex rebuilds the search index from the store. The server calls it
// after every write it makes; call it after writing to the store some other
// way.
func (s *Server) Reindex(ctx context.Context) error {
	ix, err := buildIndex(ctx, s.st)
	if err != nil {
		return err
	}
	s.idx.Store(ix)
	return nil
}

// index is the current search index.
func (s *Server) index() *index { return s.idx.Load() }

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

// Serve serves h on ln until ctx is done, then shuts down gracefully,
// giving requests in flight up to grace to finish.
func Serve(ctx context.Context, ln net.Listener, h http.Handler, grace time.Duration) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      10 * time.Minute, // exports of a large graph stream for a while
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serve %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
		return fmt.Errorf("shut down %s: %w", ln.Addr(), err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve %s: %w", ln.Addr(), err)
	}
	return nil
}
