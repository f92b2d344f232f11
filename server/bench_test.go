package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/graph"
)

// benchAPI measures GET requests through the server's handler (routing,
// locking, the work, JSON encoding; no network).
func benchAPI(b *testing.B, s *Server, path string) {
	b.Helper()
	req := httptest.NewRequest("GET", path, nil)
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		b.Fatalf("GET %s: %d %s", path, rec.Code, rec.Body)
	}
	b.ReportMetric(float64(rec.Body.Len()), "bytes/resp")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/1000, "ms/op")
}

// topActor is the most mentioned actor of a type.
func topActor(s *Server, typ string) string {
	ix := s.index()
	best, n := "", -1
	for _, e := range ix.actors {
		if (e.ref.Type == typ || e.ref.Kind == typ) && e.mentions > n {
			best, n = e.ref.ID, e.mentions
		}
	}
	return best
}

// BenchmarkAPI measures search and profile latencies on the seeds as the
// extractor reads them and on the hand-made seed-shaped graph (memory
// stores) and on a generated graph of 3000 articles in a bolt
// store, the default backend. Run:
//
//	go test -run '^$' -bench API -benchtime 2s ./server/
func BenchmarkAPI(b *testing.B) {
	ctx := context.Background()
	seeds := openSeeded(b, seedArticles())
	ss, err := New(ctx, seeds, Config{})
	if err != nil {
		b.Fatal(err)
	}
	real, err := New(ctx, buildSeeds(b), Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("real-seeds/search-prefix", func(b *testing.B) { benchAPI(b, real, "/api/search?q=bay") })
	b.Run("real-seeds/search-fuzzy", func(b *testing.B) { benchAPI(b, real, "/api/search?q=oborsky") })
	b.Run("real-seeds/profile", func(b *testing.B) { benchAPI(b, real, "/api/actors/"+topActor(real, "Person")) })
	b.Run("real-seeds/profile-council", func(b *testing.B) { benchAPI(b, real, "/api/actors/"+topActor(real, "council")) })
	b.Run("seeds/search-prefix", func(b *testing.B) { benchAPI(b, ss, "/api/search?q=bay") })
	b.Run("seeds/search-fuzzy", func(b *testing.B) { benchAPI(b, ss, "/api/search?q=baylis") })
	b.Run("seeds/profile", func(b *testing.B) { benchAPI(b, ss, "/api/actors/marc-bayliss") })
	b.Run("seeds/graph", func(b *testing.B) { benchAPI(b, ss, "/api/actors/marc-bayliss/graph") })

	const n = 3000
	st, err := graph.Open(ctx, "bolt:"+filepath.Join(b.TempDir(), "store"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	start := time.Now()
	load(b, st, generatedArticles(n, 1))
	loaded := time.Since(start)
	start = time.Now()
	gs, err := New(ctx, st, Config{})
	if err != nil {
		b.Fatal(err)
	}
	stats, _ := st.Stats(ctx)
	b.Logf("generated: %d articles, %d quads, %d actors; loaded into bolt in %v; index built in %v",
		n, stats.Quads, gs.index().counts.Actors, loaded.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	person, council := topActor(gs, "Person"), topActor(gs, "council")
	b.Run("generated/search-prefix", func(b *testing.B) { benchAPI(b, gs, "/api/search?q=bay") })
	b.Run("generated/search-two-words", func(b *testing.B) { benchAPI(b, gs, "/api/search?q=emma+bayl") })
	b.Run("generated/search-fuzzy", func(b *testing.B) { benchAPI(b, gs, "/api/search?q=baylis") })
	b.Run("generated/search-typo", func(b *testing.B) { benchAPI(b, gs, "/api/search?q=wilsno") })
	b.Run("generated/profile-person", func(b *testing.B) { benchAPI(b, gs, "/api/actors/"+person) })
	b.Run("generated/profile-council", func(b *testing.B) { benchAPI(b, gs, "/api/actors/"+council) })
	b.Run("generated/graph-person", func(b *testing.B) { benchAPI(b, gs, "/api/actors/"+person+"/graph") })
	b.Run("generated/reindex", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if err := gs.Reindex(ctx); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/op")
	})
}
