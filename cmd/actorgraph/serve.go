package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/seeds"
	"github.com/actorgraph/actorgraph/server"
)

// Defaults of the serve.* settings.
const (
	defaultServeAddr = "127.0.0.1:8080"
	shutdownGrace    = 10 * time.Second
)

func newServeCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:8080]",
		Short: "Serve the graph: a web page, actorgraph's JSON API and Cayley's query API",
		Long: `serve opens the store and serves, until Ctrl-C:

  /                         the page: search actors as you type, actor pages
                            (posts, memberships, actions with their evidence,
                            quotes, an interactive neighbourhood graph), a
                            Gizmo console, downloads in the export formats
  /api/v1/query/gizmo       Cayley's v1 Gizmo endpoint: POST the query, get
                            {"result": [...]} as Cayley answers it
  /api/v2/                  Cayley's own API v2 (query, read, formats)
  /cayley/                  Cayley's web UI
  /api/search?q=NAME        actors by name, prefix and fuzzy, all aliases
  /api/actors/ID            an actor's profile; /api/actors/ID/graph its
                            neighbourhood as Cytoscape.js elements
  /api/articles[/ID]        articles; the facts read from one
  /api/stats                the size of the graph
  /api/export?format=F      the graph (or &actor=ID, &article=ID) as a download
  POST /api/build           rebuild from the seeds or {"paths": [...]}
                            (needs the write token)

It listens on 127.0.0.1 unless told otherwise, and is read-only unless a write
token is configured (serve.write_token or ACTORGRAPH_SERVE_WRITE_TOKEN, never a
flag); writes (POST /api/build, Cayley's /api/v2/write and /delete) then need
"Authorization: Bearer TOKEN". Every query is stopped after serve.query_timeout
and returns at most serve.query_limit results; request bodies are limited to
serve.max_body bytes. CORS is off unless serve.cors_origin is set.

A bolt, bbolt or leveldb store is held by the server while it runs: stop it
before running build or query on the same store, or query it over HTTP.`,
		Example: `  actorgraph serve
  actorgraph serve --addr 127.0.0.1:9000 --query-timeout 5s
  ACTORGRAPH_SERVE_WRITE_TOKEN=$(openssl rand -hex 16) actorgraph serve
  curl -s -X POST --data 'g.V("<https://w3id.org/actorgraph/id/marc-bayliss>").Out().All()' \
      http://127.0.0.1:8080/api/v1/query/gizmo`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.serve(cmd)
		},
	}
	f := cmd.Flags()
	f.String("addr", defaultServeAddr, "address to listen on (host:port)")
	f.Duration("query-timeout", server.DefaultQueryTimeout, "stop every query after this long")
	f.Int("query-limit", server.DefaultQueryLimit, "at most this many results per query")
	f.String("cors-origin", "", `allow cross-origin requests from this origin ("*" for any); off when empty`)
	f.Int64("max-body", server.DefaultMaxBody, "largest request body accepted, in bytes")
	a.bind(f, "serve.addr", "addr")
	a.bind(f, "serve.query_timeout", "query-timeout")
	a.bind(f, "serve.query_limit", "query-limit")
	a.bind(f, "serve.cors_origin", "cors-origin")
	a.bind(f, "serve.max_body", "max-body")
	return cmd
}

func (a *app) serve(cmd *cobra.Command) error {
	ctx := cmd.Context()
	addr := a.v.GetString("serve.addr")
	st, err := a.readStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()

	build := func(ctx context.Context, paths []string) (any, error) {
		corpus := ingest.Corpus(func(ctx context.Context, fn func(ingest.Item) error) error {
			return ingest.WalkFS(ctx, seeds.FS, "seeds", nil, fn)
		})
		if len(paths) > 0 {
			corpus = func(ctx context.Context, fn func(ingest.Item) error) error {
				return ingest.Walk(ctx, paths, fn)
			}
		}
		return ingest.Build(ctx, st, corpus, ingest.Options{Workers: a.v.GetInt("build.workers")})
	}
	token := a.v.GetString("serve.write_token")
	srv, err := server.New(ctx, st, server.Config{
		QueryTimeout: a.v.GetDuration("serve.query_timeout"),
		QueryLimit:   a.v.GetInt("serve.query_limit"),
		WriteToken:   token,
		CORSOrigin:   a.v.GetString("serve.cors_origin"),
		MaxBody:      a.v.GetInt64("serve.max_body"),
		Build:        build,
		Log:          slog.New(slog.NewTextHandler(a.stderr, nil)),
	})
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	mode := "read-only"
	if token != "" {
		mode = "writes need the token"
	}
	fmt.Fprintf(a.stdout, "serving %s on http://%s/ (%s; Ctrl-C stops)\n", st.Location(), ln.Addr(), mode)
	if host, _, err := net.SplitHostPort(addr); err == nil {
		if ip := net.ParseIP(host); host == "" || (ip != nil && !ip.IsLoopback()) {
			fmt.Fprintf(a.stderr, "warning: listening on %s: reachable from other machines\n", ln.Addr())
		}
	}
	if err := server.Serve(ctx, ln, srv, shutdownGrace); err != nil {
		return err
	}
	fmt.Fprintln(a.stdout, "stopped")
	return nil
}
