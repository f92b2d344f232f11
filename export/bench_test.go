package export

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/export/exporttest"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/seeds"
)

// Export measurements for the notes: file sizes and export times, on the
// seed articles (as the current extractor reads them) and on a generated
// graph of 3000 articles of 20 actors each, both in bolt stores.
//
//	go test ./export/ -run '^$' -bench Export -benchtime 1x
//
// They print figures; they assert nothing about time.

type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return len(p), nil
}

func benchFormats(b *testing.B, st *graph.Store, name string) {
	ctx := context.Background()
	stats, err := st.Stats(ctx)
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range Formats() {
		b.Run(string(f), func(b *testing.B) {
			var size int64
			var proj time.Duration
			for b.Loop() {
				w := &countingWriter{}
				if f.RDF() {
					if _, err := WriteRDF(ctx, f, w, st, RDFOptions{}); err != nil {
						b.Fatal(err)
					}
				} else {
					start := time.Now()
					g, err := BuildActorGraph(ctx, st)
					if err != nil {
						b.Fatal(err)
					}
					proj = time.Since(start)
					if err := WriteGraph(f, w, g); err != nil {
						b.Fatal(err)
					}
				}
				size = w.n
			}
			perOp := b.Elapsed() / time.Duration(b.N)
			b.ReportMetric(float64(size), "file-bytes")
			b.ReportMetric(float64(stats.Quads)/perOp.Seconds(), "quads/s")
			fmt.Fprintf(os.Stderr, "%s\t%s\t%d quads\t%d bytes\t%v per export", name, f, stats.Quads, size, perOp.Round(time.Millisecond))
			if proj > 0 {
				fmt.Fprintf(os.Stderr, " (actor-graph projection %v)", proj.Round(time.Millisecond))
			}
			fmt.Fprintln(os.Stderr)
		})
	}
}

// BenchmarkExportSeeds exports the bundled seed articles, built by the
// current extractor.
func BenchmarkExportSeeds(b *testing.B) {
	ctx := context.Background()
	st, err := graph.Open(ctx, "bolt:"+filepath.Join(b.TempDir(), "store"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	corpus := func(ctx context.Context, fn func(ingest.Item) error) error {
		return ingest.WalkFS(ctx, seeds.FS, "seeds", nil, fn)
	}
	if _, err := ingest.Build(ctx, st, corpus, ingest.Options{}); err != nil {
		b.Fatal(err)
	}
	benchFormats(b, st, "seeds")
}

// BenchmarkExportGenerated exports a generated graph of 3000 articles of 20
// actors each (seeded, so the same every run).
func BenchmarkExportGenerated(b *testing.B) {
	ctx := context.Background()
	arts := exporttest.Generate(3000, 20, 1)
	st, err := graph.Open(ctx, "bolt:"+filepath.Join(b.TempDir(), "store"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	start := time.Now()
	var quads int
	for _, a := range arts {
		qs := a.Quads()
		quads += len(qs)
		if _, err := st.Replace(ctx, qs[0].Label, qs); err != nil {
			b.Fatal(err)
		}
	}
	el := time.Since(start)
	fmt.Fprintf(os.Stderr, "generated\twrote %d articles, %d quads to bolt in %v (%.0f quads/s)\n", len(arts), quads, el.Round(time.Millisecond), float64(quads)/el.Seconds())
	b.ResetTimer()
	benchFormats(b, st, "generated")
}
