package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/eval"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/seeds"
)

func init() {
	extraCommands = append(extraCommands, newEvalCmd)
}

func newEvalCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval --gold DIR [PATH…]",
		Short: "Score the extraction against gold annotations",
		Long: `eval builds the articles (default: the bundled seeds) into a fresh in-memory
store, reads the graph back through its public vocabulary, and scores it
against the gold annotation files (*.yaml, see FORMAT.md in the gold folder):
precision, recall and F1 for entities (all, Person, Organization),
memberships, roles, actions and quotes, micro-averaged over the articles that
have a gold file. Articles without gold are built but not scored. The
configured --store is not touched.

--misses lists, per article, each gold item not found and each predicted item
not in the gold, with the evidence sentence of spurious actions.
--min sets F1 floors (category=F1, comma-separated); eval exits with status 1
if any category is below its floor. Categories: ` + strings.Join(eval.Categories(), ", ") + `.`,
		Example: `  actorgraph eval --gold ../shared/gold
  actorgraph eval --gold ../shared/gold --misses
  actorgraph eval --gold ../shared/gold --json --min entities=0.9,quotes=0.8 articles/`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.eval(cmd, args)
		},
	}
	f := cmd.Flags()
	f.String("gold", "", "folder of gold annotation files (*.yaml)")
	f.Bool("misses", false, "list what was missed and what is spurious, per article")
	f.Bool("json", false, "print the report as JSON (scores, per-article counts, misses)")
	f.String("min", "", "F1 floors, e.g. entities=0.9,quotes=0.8; exit 1 if any is not met")
	a.bind(f, "eval.gold", "gold")
	a.bind(f, "eval.min", "min")
	return cmd
}

func (a *app) eval(cmd *cobra.Command, paths []string) error {
	ctx := cmd.Context()
	showMisses, _ := cmd.Flags().GetBool("misses")
	asJSON, _ := cmd.Flags().GetBool("json")

	goldDir := a.v.GetString("eval.gold")
	if goldDir == "" {
		return usagef("eval: --gold DIR is required (the folder of gold *.yaml files)")
	}
	min, err := eval.ParseMin(a.v.GetString("eval.min"))
	if err != nil {
		return usageError{fmt.Errorf("eval: --min: %w", err)}
	}
	golds, err := eval.ReadGoldDir(goldDir)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}

	corpus := ingest.Corpus(func(ctx context.Context, fn func(ingest.Item) error) error {
		return ingest.WalkFS(ctx, seeds.FS, "seeds", nil, fn)
	})
	if len(paths) > 0 {
		corpus = func(ctx context.Context, fn func(ingest.Item) error) error {
			return ingest.Walk(ctx, paths, fn)
		}
	}
	st, err := graph.Open(ctx, "memory:")
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	defer st.Close()
	_, err = ingest.Build(ctx, st, corpus, ingest.Options{
		Workers: a.v.GetInt("build.workers"),
		Progress: func(p ingest.Progress) {
			if p.Status == ingest.Skipped {
				fmt.Fprintf(a.stderr, "skip %s: %s\n", p.Item.Path, p.Item.Skip)
			}
		},
	})
	if err != nil {
		return fmt.Errorf("eval: build: %w", err)
	}

	preds, err := eval.ReadPredictions(ctx, st)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	built := map[string]bool{}
	for doc := range preds {
		built[doc] = true
	}
	var absent []string
	for _, g := range golds {
		if !built[g.Doc] {
			absent = append(absent, g.Doc)
		}
	}
	if len(absent) > 0 {
		fmt.Fprintf(a.stderr, "eval: %d gold article(s) not among those built, scored as all missed: %s\n", len(absent), strings.Join(absent, ", "))
	}
	rep := eval.Score(golds, preds)

	if asJSON {
		if err := json.NewEncoder(a.stdout).Encode(rep); err != nil {
			return fmt.Errorf("eval: %w", err)
		}
	} else {
		fmt.Fprint(a.stdout, rep.Table())
		fmt.Fprintf(a.stdout, "(gold articles scored: %d, micro-averaged; articles built: %d)\n", len(golds), len(preds))
		if showMisses {
			fmt.Fprintln(a.stdout)
			fmt.Fprint(a.stdout, rep.Misses())
		}
	}
	if err := rep.Check(min); err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	return nil
}
