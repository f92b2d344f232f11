package graph

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"
)

// newsArticle makes the quads of one synthetic article shaped like the
// extractor's output: ~20 actors drawn from a shared pool of 5,000 (so that
// nodes recur across articles), names, memberships, events with evidence.
func newsArticle(r *rand.Rand, doc int) []quad.Quad {
	label := quad.IRI(fmt.Sprintf("https://w3id.org/actorgraph/doc/a%07d", doc))
	id := func(n int) quad.IRI { return quad.IRI(fmt.Sprintf("https://w3id.org/actorgraph/id/actor-%d", n)) }
	p := func(s string) quad.IRI { return quad.IRI("https://example.org/p/" + s) }
	var qs []quad.Quad
	add := func(s quad.Value, pr quad.IRI, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: pr, Object: o, Label: label})
	}
	add(label, p("type"), p("NewsArticle"))
	add(label, p("sha256"), quad.String(fmt.Sprintf("%064x", r.Uint64())))
	actors := make([]int, 20)
	for i := range actors {
		actors[i] = r.IntN(5000)
		add(id(actors[i]), p("type"), p("Person"))
		add(id(actors[i]), p("name"), quad.String(fmt.Sprintf("Person %d", actors[i])))
		add(id(actors[i]), p("alternateName"), quad.String(fmt.Sprintf("Cllr %d", actors[i])))
		add(id(actors[i]), p("memberOf"), id(r.IntN(50)))
	}
	for i := range 15 {
		ev := quad.IRI(fmt.Sprintf("https://w3id.org/actorgraph/id/event/a%07d-%d", doc, i))
		a, t := id(actors[r.IntN(20)]), id(actors[r.IntN(20)])
		add(a, p("criticises"), t)
		add(ev, p("actor"), a)
		add(ev, p("target"), t)
		add(ev, p("evidence"), quad.String(fmt.Sprintf("Sentence %d of article %d says who criticised whom.", i, doc)))
	}
	return qs
}

// BenchmarkReplace loads synthetic articles, one Replace each, into every
// embedded backend and reports quads/s: the figure behind the default store.
func BenchmarkReplace(b *testing.B) {
	for _, backend := range []string{Bolt, BBolt, LevelDB, Memory} {
		b.Run(backend, func(b *testing.B) {
			ctx := context.Background()
			url := "memory:"
			if backend != Memory {
				url = backend + ":" + filepath.Join(b.TempDir(), "g")
			}
			s, err := Open(ctx, url)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			r := rand.New(rand.NewPCG(1, 2))
			quads := 0
			b.ResetTimer()
			for i := range b.N {
				qs := newsArticle(r, i)
				if _, err := s.Replace(ctx, qs[0].Label, qs); err != nil {
					b.Fatal(err)
				}
				quads += len(qs)
			}
			b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}
