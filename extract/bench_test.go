package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// readSeeds reads the seed articles bundled with the repository.
func readSeeds(tb testing.TB) []Article {
	tb.Helper()
	files, err := filepath.Glob("../seeds/*.txt")
	if err != nil || len(files) == 0 {
		tb.Skip("no seed articles in ../seeds")
	}
	var arts []Article
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		id := filepath.Base(f)
		arts = append(arts, Article{ID: id[:len(id)-len(filepath.Ext(id))], Text: string(b)})
	}
	return arts
}

// BenchmarkExtract measures extraction speed over the seed articles, in
// words per second on one core.
func BenchmarkExtract(b *testing.B) {
	arts := readSeeds(b)
	words := 0
	for _, a := range arts {
		words += countWords(a.Text)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			Extract(a)
		}
	}
	b.StopTimer()
	if s := b.Elapsed().Seconds(); s > 0 {
		b.ReportMetric(float64(words)*float64(b.N)/s, "words/s")
	}
}
