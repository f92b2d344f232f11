package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/seeds"
)

func newBuildCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "build [PATH…]",
		Short: "Extract facts from articles and write them to the graph store",
		Long: `build reads news articles (.txt and .md files; folders are read recursively),
extracts the people and bodies in each and what they do and say, and writes
those facts to the store as quads labelled with the article's IRI
(https://w3id.org/actorgraph/doc/<file name without extension>).

With no PATH it builds the bundled seed articles. An article whose text has
not changed since the last build is skipped; a changed one has exactly its old
quads replaced. Other files are skipped with the reason on stderr.`,
		Example: `  actorgraph build
  actorgraph build articles/ more/one.txt
  actorgraph --store leveldb:/tmp/g build --workers 8 --json articles/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.build(cmd, args)
		},
	}
	f := cmd.Flags()
	f.Int("workers", 0, "articles extracted at once (default: one per core)")
	f.Bool("force", false, "rebuild articles even when their text is unchanged")
	f.Bool("json", false, "print the summary as JSON")
	f.Bool("quiet", false, "print nothing but errors")
	f.Int("batch", ingest.DefaultBatch, "at most this many articles per transaction")
	a.bind(f, "build.workers", "workers")
	a.bind(f, "build.batch", "batch")
	return cmd
}

func (a *app) build(cmd *cobra.Command, paths []string) error {
	ctx := cmd.Context()
	force, _ := cmd.Flags().GetBool("force")
	asJSON, _ := cmd.Flags().GetBool("json")
	quiet, _ := cmd.Flags().GetBool("quiet")

	corpus := ingest.Corpus(func(ctx context.Context, fn func(ingest.Item) error) error {
		return ingest.WalkFS(ctx, seeds.FS, "seeds", nil, fn)
	})
	source := "the bundled seeds"
	if len(paths) > 0 {
		corpus = func(ctx context.Context, fn func(ingest.Item) error) error {
			return ingest.Walk(ctx, paths, fn)
		}
		source = strings.Join(paths, ", ")
	}

	st, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()

	bar := newProgressBar(a.stderr, !quiet && isTerminal(os.Stderr))
	sum, err := ingest.Build(ctx, st, corpus, ingest.Options{
		Workers: a.v.GetInt("build.workers"),
		Batch:   a.v.GetInt("build.batch"),
		Force:   force,
		Progress: func(p ingest.Progress) {
			if p.Status == ingest.Skipped && !quiet {
				bar.clear()
				fmt.Fprintf(a.stderr, "skip %s: %s\n", p.Item.Path, p.Item.Skip)
			}
			bar.update(p)
		},
	})
	bar.clear()
	if err != nil {
		return fmt.Errorf("build %s into %s: %w (articles written so far are complete)", source, st.Location(), err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if err := st.Close(); err != nil {
		return err
	}
	if asJSON {
		return json.NewEncoder(a.stdout).Encode(buildReport{st.Location().String(), sum, stats})
	}
	if quiet {
		return nil
	}
	fmt.Fprintf(a.stdout, "built %s into %s in %v\n", source, st.Location(), sum.Elapsed.Round(time.Millisecond))
	fmt.Fprintf(a.stdout, "  articles: %d new, %d changed, %d unchanged, %d skipped\n", sum.New, sum.Changed, sum.Unchanged, sum.Skipped)
	fmt.Fprintf(a.stdout, "  written:  %d actors, %d quads (%d added, %d removed)\n", sum.Actors, sum.Quads, sum.Added, sum.Removed)
	fmt.Fprintf(a.stdout, "  store:    %d quads, %d nodes\n", stats.Quads, stats.Nodes)
	return nil
}

// buildReport is the summary `build --json` prints.
type buildReport struct {
	Store string `json:"store"`
	ingest.Summary
	Totals graph.Stats `json:"store_totals"`
}
