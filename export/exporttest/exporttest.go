// Package exporttest provides graphs for testing and measuring exports: a
// small hand-made graph whose every fact is known (Articles), and large
// synthetic ones (Generate).
package exporttest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/schema"
)

// Actor IDs of the hand-made graph.
const (
	Bayliss   = "marc-bayliss"
	Hill      = "pattie-hill"
	Geraghty  = "simon-geraghty"
	Council   = "worcestershire-county-council"
	Labour    = "labour"
	LabGroup  = "labour-group"
	Tories    = "conservatives"
	Ofsted    = "ofsted"
	Newspaper = "worcester-news"
)

// Article is an article's record and facts.
type Article struct {
	Article schema.Article
	Facts   extract.Facts
}

// Quads maps the article to quads as a build does.
func (a Article) Quads() []quad.Quad { return schema.Quads(a.Article, a.Facts) }

// Articles are two hand-made articles: people, bodies of several
// kinds, memberships, a group within a council, posts with and without a
// body, actions with evidence (one asserted by both articles), quotes, and
// strings that need escaping.
// The edge Hill —demandsResignationOf→ Bayliss is asserted by both.
func Articles() []Article {
	actors := []extract.Actor{
		{ID: Bayliss, Type: extract.Person, Name: "Marc Bayliss", Aliases: []string{"Cllr Bayliss", "Mr Bayliss"}, Honorifics: []string{"Cllr"}},
		{ID: Hill, Type: extract.Person, Name: "Pattie Hill", Honorifics: []string{"Cllr"}},
		{ID: Geraghty, Type: extract.Person, Name: "Simon Geraghty"},
		{ID: Council, Type: extract.Organization, Kind: extract.Council, Name: "Worcestershire County Council"},
		{ID: Labour, Type: extract.Organization, Kind: extract.Party, Name: "Labour"},
		{ID: LabGroup, Type: extract.Organization, Kind: extract.PartyGroup, Name: "the Labour group"},
		{ID: Tories, Type: extract.Organization, Kind: extract.Party, Name: "Conservatives"},
		{ID: Ofsted, Type: extract.Organization, Kind: extract.Regulator, Name: "Ofsted"},
	}
	demand := extract.Action{Actor: Hill, Type: extract.DemandsResignation, Target: Bayliss,
		Evidence: `Labour Councillor Pattie Hill called for Cllr Bayliss to "step down".`, Confidence: 0.9}
	a1 := extract.Facts{
		Doc: "000_aaaa", Title: "Council leader urged to quit", WordCount: 420,
		Actors:           actors,
		Memberships:      []extract.Membership{{Member: Hill, Body: Labour}, {Member: Bayliss, Body: Tories}, {Member: Hill, Body: LabGroup}},
		SubOrganizations: []extract.SubOrganization{{Child: LabGroup, Parent: Council}},
		Roles: []extract.Role{
			{Person: Bayliss, Role: "cabinet member for children and families", Body: Council},
			{Person: Geraghty, Role: "leader", Body: Council},
			{Person: Hill, Role: "shadow spokesperson"},
		},
		Actions: []extract.Action{
			demand,
			{Actor: Hill, Type: extract.Criticises, Target: Bayliss, Evidence: "She hit out at the cabinet member\nover the report.", Confidence: 0.7},
			{Actor: Ofsted, Type: extract.Inspects, Target: Council, Evidence: "Ofsted rated the council's services inadequate.", Confidence: 0.8},
			{Actor: Geraghty, Type: extract.Supports, Target: Bayliss, Evidence: "The leader backed Cllr Bayliss.", Confidence: 0.6},
		},
		Quotes: []extract.Quote{{Speaker: Hill, Text: "It's time for him to go — now."}, {Speaker: Bayliss, Text: `I won't resign, "whatever" they say.`}},
	}
	a2 := extract.Facts{
		Doc: "001_bbbb", Title: "Second call for resignation", WordCount: 310,
		Actors:      append([]extract.Actor{{ID: Newspaper, Type: extract.Organization, Kind: extract.Media, Name: "Worcester News"}}, actors[:3]...),
		Memberships: []extract.Membership{{Member: Hill, Body: Labour}},
		Roles:       []extract.Role{{Person: Bayliss, Role: "cabinet member for children and families", Body: Council}},
		Actions: []extract.Action{
			{Actor: Hill, Type: extract.DemandsResignation, Target: Bayliss, Evidence: "Cllr Hill repeated her call for Cllr Bayliss to resign.", Confidence: 0.85},
			{Actor: Bayliss, Type: extract.Blames, Target: Geraghty, Evidence: "Cllr Bayliss blamed the leader for the cuts.", Confidence: 0.5},
		},
		Quotes: []extract.Quote{{Speaker: Newspaper, Text: "The council did not respond."}},
	}
	// a2 needs the bodies it refers to
	a2.Actors = append(a2.Actors, actors[3], actors[4])
	return []Article{
		{schema.Article{ID: a1.Doc, Title: a1.Title, WordCount: a1.WordCount, SHA256: "aaaa"}, a1},
		{schema.Article{ID: a2.Doc, Title: a2.Title, WordCount: a2.WordCount, SHA256: "bbbb"}, a2},
	}
}

// Quads is the hand-made graph as quads.
func Quads() []quad.Quad {
	var qs []quad.Quad
	for _, a := range Articles() {
		qs = append(qs, a.Quads()...)
	}
	return qs
}

// Store writes articles into a fresh store, one Replace per article, and
// closes it when the test ends. An empty url means a bolt store in the
// test's temporary folder.
func Store(t testing.TB, url string, arts []Article) *graph.Store {
	t.Helper()
	ctx := context.Background()
	if url == "" {
		url = "bolt:" + filepath.Join(t.TempDir(), "store")
	}
	st, err := graph.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, a := range arts {
		if _, err := st.Replace(ctx, schema.DocIRI(a.Article.ID), a.Quads()); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// Count is the number of quads in the store.
func Count(t testing.TB, st *graph.Store) int64 {
	t.Helper()
	var n int64
	if err := st.Quads(context.Background(), func(quad.Quad) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}

// Generate makes n synthetic articles of about perArticle actors each,
// drawn from a pool shared by all articles (so that actors recur, and
// edges are asserted by several articles), with memberships, posts,
// actions with evidence and quotes in news-like proportions. The same seed
// gives the same articles.
func Generate(n, perArticle int, seed uint64) []Article {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	people := max(perArticle, n/2)
	kinds := []extract.Kind{extract.Council, extract.Party, extract.PartyGroup, extract.Government, extract.Regulator, extract.Board, extract.Media, extract.Company, extract.OtherKind}
	bodies := max(len(kinds), people/8)
	pool := make([]extract.Actor, 0, people+bodies)
	for i := range people {
		pool = append(pool, extract.Actor{ID: fmt.Sprintf("person-%d", i), Type: extract.Person,
			Name: fmt.Sprintf("Person %d", i), Aliases: []string{fmt.Sprintf("Cllr P%d", i)}, Honorifics: []string{"Cllr"}})
	}
	for i := range bodies {
		pool = append(pool, extract.Actor{ID: fmt.Sprintf("body-%d", i), Type: extract.Organization,
			Kind: kinds[i%len(kinds)], Name: fmt.Sprintf("Body %d", i)})
	}
	roles := []string{"leader", "deputy leader", "cabinet member for finance", "chief executive", "chair", "mayor"}
	out := make([]Article, 0, n)
	for d := range n {
		doc := fmt.Sprintf("%05d_gen", d)
		f := extract.Facts{Doc: doc, Title: fmt.Sprintf("Generated article %d", d), WordCount: 300 + r.IntN(700)}
		seen := map[string]bool{}
		var ps, bs []string
		for len(f.Actors) < perArticle {
			var a extract.Actor
			if len(f.Actors)%4 == 3 {
				a = pool[people+r.IntN(bodies)]
			} else {
				a = pool[r.IntN(people)]
			}
			if seen[a.ID] {
				continue
			}
			seen[a.ID] = true
			f.Actors = append(f.Actors, a)
			if a.Type == extract.Person {
				ps = append(ps, a.ID)
			} else {
				bs = append(bs, a.ID)
			}
		}
		for _, p := range ps {
			if r.IntN(2) == 0 {
				f.Memberships = append(f.Memberships, extract.Membership{Member: p, Body: bs[r.IntN(len(bs))]})
			}
			if r.IntN(4) == 0 {
				f.Roles = append(f.Roles, extract.Role{Person: p, Role: roles[r.IntN(len(roles))], Body: bs[r.IntN(len(bs))]})
			}
		}
		for range perArticle / 4 {
			a, t := ps[r.IntN(len(ps))], ps[r.IntN(len(ps))]
			if a == t {
				continue
			}
			typ := extract.ActionTypes[r.IntN(len(extract.ActionTypes))]
			f.Actions = append(f.Actions, extract.Action{Actor: a, Type: typ, Target: t, Confidence: float64(50+r.IntN(50)) / 100,
				Evidence: fmt.Sprintf("In article %d, %s was said to act (%s) on %s, as the council meeting heard on Tuesday.", d, a, typ, t)})
		}
		for range perArticle / 10 {
			f.Quotes = append(f.Quotes, extract.Quote{Speaker: ps[r.IntN(len(ps))], Text: fmt.Sprintf("We will not stand for this, says quote %d of article %d.", r.IntN(1000), d)})
		}
		out = append(out, Article{schema.Article{ID: doc, Title: f.Title, WordCount: f.WordCount, SHA256: fmt.Sprintf("%064x", d)}, f})
	}
	return out
}
