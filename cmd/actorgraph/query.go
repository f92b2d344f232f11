package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
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

A query is stopped after --timeout and prints at most --limit results.
Gizmo yields one result per path, and the same fact reported by several
articles is several paths (one quad per article), so by default each distinct
result is printed once; --distinct=false prints every path.

On a large graph, mind the paths: an actor named in a thousand articles has a
thousand name quads and a thousand type quads, so Has(type).Out(name) walks a
million paths to print one name. In a chain without Save or Tag, put .Unique()
after each hop (it keeps one path per node). After a Save or Tag it would drop
rows that differ only in their tags: start from one node instead, g.V("<iri>").

The project's queries/ folder holds ready-made queries for common questions.
Use -f - to read the query from standard input.`,
		Example: `  # the people in the graph
  actorgraph query 'g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/Person>").Out("<https://schema.org/name>").All()'
  # the people, fast on any size of graph
  actorgraph query 'g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/Person>").Unique().Out("<https://schema.org/name>").Unique().All()'
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
	f.Bool("distinct", true, "print each distinct result once")
	f.Duration("timeout", 30*time.Second, "stop the query after this long")
	a.bind(f, "query.limit", "limit")
	a.bind(f, "query.timeout", "timeout")
	a.bind(f, "query.distinct", "distinct")
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
	st, err := a.readStore(cmd.Context())
	if err != nil {
		return err
	}
	defer st.Close()
	w := bufio.NewWriter(a.stdout)
	defer w.Flush()
	limit := a.v.GetInt("query.limit")
	opt := graph.QueryOptions{Limit: limit, Timeout: a.v.GetDuration("query.timeout")}
	var seen map[string]bool
	if a.v.GetBool("query.distinct") {
		// Gizmo's limit counts paths, not distinct results: count here.
		seen, opt.Limit = make(map[string]bool), 0
	}
	errLimit := errors.New("limit reached")
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // IRIs are <…>
	n := 0
	err = st.Query(cmd.Context(), src, opt, func(r any) error {
		buf.Reset()
		if err := enc.Encode(r); err != nil {
			return fmt.Errorf("encode result: %w", err)
		}
		if seen != nil {
			if seen[buf.String()] {
				return nil
			}
			seen[buf.String()] = true
		}
		w.Write(buf.Bytes())
		if n++; limit > 0 && n >= limit {
			return errLimit
		}
		return nil
	})
	if errors.Is(err, errLimit) {
		err = nil
	}
	if err != nil {
		return err
	}
	return w.Flush()
}
