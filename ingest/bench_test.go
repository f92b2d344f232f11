package ingest

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/seeds"
)

// syntheticCorpus makes n distinct articles from the seeds: each is a seed
// with a paragraph naming a new councillor of a new council appended, so
// that every article has its own digest and some actors of its own.
func syntheticCorpus(b *testing.B, n int) (Corpus, int) {
	b.Helper()
	var texts []string
	if err := fs.WalkDir(seeds.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		t, err := fs.ReadFile(seeds.FS, p)
		texts = append(texts, string(t))
		return err
	}); err != nil {
		b.Fatal(err)
	}
	first := []string{"Alan", "Beth", "Carys", "Dev", "Erin", "Farid", "Gwen", "Hugo"}
	words := 0
	items := make([]Item, n)
	for i := range items {
		text := fmt.Sprintf("%s\n\nCllr %s Testname%d, leader of Place%d District Council, said: \"We will not accept this.\"\n",
			texts[i%len(texts)], first[i%len(first)], i, i%97)
		words += len(strings.Fields(text))
		items[i] = Item{ID: fmt.Sprintf("synthetic-%06d", i), Path: "synthetic", Text: text}
	}
	return func(ctx context.Context, fn func(Item) error) error {
		for _, it := range items {
			if err := fn(it); err != nil {
				return err
			}
		}
		return nil
	}, words
}

// BenchmarkBuild runs the whole pipeline (extract on all cores, map, write
// one transaction per article) over 1,000 articles into a fresh store per
// backend, and reports articles/s, quads/s and words/s.
func BenchmarkBuild(b *testing.B) {
	const n = 1000
	corpus, words := syntheticCorpus(b, n)
	for _, backend := range []string{graph.BBolt, graph.Memory} {
		b.Run(backend, func(b *testing.B) {
			var quads int
			for range b.N {
				url := "memory:"
				if backend != graph.Memory {
					url = backend + ":" + filepath.Join(b.TempDir(), "g")
				}
				s, err := graph.Open(context.Background(), url)
				if err != nil {
					b.Fatal(err)
				}
				sum, err := Build(context.Background(), s, corpus, Options{})
				if err != nil {
					b.Fatal(err)
				}
				quads += sum.Quads
				s.Close()
			}
			secs := b.Elapsed().Seconds()
			b.ReportMetric(float64(n*b.N)/secs, "articles/s")
			b.ReportMetric(float64(quads)/secs, "quads/s")
			b.ReportMetric(float64(words*b.N)/secs, "words/s")
		})
	}
}
