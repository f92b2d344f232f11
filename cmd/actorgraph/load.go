package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/graph"
)

func newLoadCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "load FILE…",
		Short: "Add the quads of N-Quads files to the store",
		Long: `load reads N-Quads files (gzipped when their names end in .gz; - is standard
input) and adds their quads to the store, labels included, in batches of
--batch quads (one transaction each). Quads already in the store are skipped,
so loading twice changes nothing. With 'export --format nquads' it round-trips
a store: exported, loaded into a fresh store and exported again, the files are
identical.

Loading adds; it does not replace an article's quads as build does. Load into
a fresh store (--store bolt:DIR) to copy a graph.`,
		Example: `  actorgraph --store bolt:/tmp/copy load graph.nq
  actorgraph export | actorgraph --store bolt:/tmp/copy load -
  actorgraph vocab --format nquads | actorgraph load -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.load(cmd, args)
		},
	}
	f := cmd.Flags()
	f.Int("batch", quad.DefaultBatch, "quads per transaction")
	f.Bool("quiet", false, "print nothing but errors")
	a.bind(f, "load.batch", "batch")
	return cmd
}

func (a *app) load(cmd *cobra.Command, files []string) error {
	ctx := cmd.Context()
	quiet, _ := cmd.Flags().GetBool("quiet")
	batch := a.v.GetInt("load.batch")
	if batch <= 0 {
		return usagef("load: --batch must be positive")
	}
	stdin := 0
	for _, f := range files {
		if f == "-" {
			stdin++
		}
	}
	if stdin > 1 {
		return usagef("load: standard input (-) given more than once")
	}
	st, err := a.openStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	start := time.Now()
	var total int64
	for _, name := range files {
		n, err := loadFile(ctx, st, name, batch)
		total += n
		if err != nil {
			return fmt.Errorf("load %s: %w (%d quads of it loaded)", name, err, n)
		}
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	if err := st.Close(); err != nil {
		return err
	}
	if !quiet {
		el := time.Since(start)
		fmt.Fprintf(a.stderr, "loaded %d quads from %s into %s in %v (%.0f quads/s); the store has %d quads\n",
			total, strings.Join(files, ", "), st.Location(), el.Round(time.Millisecond), float64(total)/max(el.Seconds(), 1e-9), stats.Quads)
	}
	return nil
}

// loadFile adds the quads of one N-Quads file to the store in batches.
func loadFile(ctx context.Context, st *graph.Store, name string, batch int) (int64, error) {
	var r io.Reader
	if name == "-" {
		r = os.Stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return 0, err
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 1<<16)
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return 0, err
		}
		defer zr.Close()
		r = zr
	} else {
		r = br
	}
	qr := nquads.NewReader(r, true) // raw: typed literals stay as written
	var n int64
	buf := make([]quad.Quad, 0, batch)
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		if err := st.Add(ctx, buf); err != nil {
			return err
		}
		n += int64(len(buf))
		buf = buf[:0]
		return nil
	}
	for {
		q, err := qr.ReadQuad()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return n, err
		}
		buf = append(buf, q)
		if len(buf) == batch {
			if err := flush(); err != nil {
				return n, err
			}
		}
	}
	return n, flush()
}
