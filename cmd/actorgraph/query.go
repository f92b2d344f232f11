package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
)

func newQueryCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "query [-f FILE | GIZMO]",
		Short: "Run a Gizmo query and print one JSON result per line",
		Long: `query runs a Gizmo query (Cayley's JavaScript query language) against the
store and prints each result as one JSON object per line.

IRIs are written in angle brackets and literals in double quotes, as in
N-Quads. The vocabulary's terms (../shared/spec/vocabulary.md in the project,
also 'actorgraph vocab'): schema: = https://schema.org/, org: =
http://www.w3.org/ns/org#, ag: = https://w3id.org/actorgraph/ns#.

A query is stopped after --timeout and returns at most --limit results.
Use -f - to read the query from standard input.`,
		Example: `  # the people in the graph
  actorgraph query 'g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/Person>").Out("<https://schema.org/name>").All()'
  # who calls for whose resignation
  actorgraph query 'g.V().Tag("who").Out("<https://w3id.org/actorgraph/ns#demandsResignationOf>").Tag("whom").All()'
  actorgraph query -f queries/posts.js --limit 10`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.query(cmd, args)
		},
	}
	f := cmd.Flags()
	f.StringP("file", "f", "", "read the query from this file (- for standard input)")
	f.Int("limit", 100, "at most this many results (0: no limit)")
	f.Duration("timeout", 30*time.Second, "stop the query after this long")
	a.bind(f, "query.limit", "limit")
	a.bind(f, "query.timeout", "timeout")
	return cmd
}

func (a *app) query(cmd *cobra.Command, args []string) error {
	file, _ := cmd.Flags().GetString("file")
	var src string
	switch {
	case file != "" && len(args) > 0:
		return usagef("query: give the query as an argument or with -f, not both")
	case file == "-":
		b, err := io.ReadAll(os.Stdin)
		if err != nil {
			return fmt.Errorf("read query from stdin: %w", err)
		}
		src = string(b)
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return fmt.Errorf("read query: %w", err)
		}
		src = string(b)
	case len(args) == 1:
		src = args[0]
	default:
		return usagef("query: no query given (see actorgraph query --help)")
	}
	st, err := a.openStore(cmd.Context())
	if err != nil {
		return err
	}
	defer st.Close()
	w := bufio.NewWriter(a.stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return st.Query(cmd.Context(), src, graph.QueryOptions{
		Limit:   a.v.GetInt("query.limit"),
		Timeout: a.v.GetDuration("query.timeout"),
	}, func(r any) error { return enc.Encode(r) })
}
