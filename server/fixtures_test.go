package server

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/schema"
)

// article is one hand-made article: what schema.Quads maps to the graph.
type article struct {
	art   schema.Article
	facts extract.Facts
}

func person(id, name string, aliases ...string) extract.Actor {
	return extract.Actor{ID: id, Type: extract.Person, Name: name, Aliases: aliases}
}

func body(id, name string, kind extract.Kind, aliases ...string) extract.Actor {
	return extract.Actor{ID: id, Type: extract.Organization, Kind: kind, Name: name, Aliases: aliases}
}

// seedArticles is a small graph shaped like the seeds: the Worcestershire
// children's services story, as the extractor should read it.
func seedArticles() []article {
	bayliss := person("marc-bayliss", "Marc Bayliss", "Cllr Marc Bayliss", "Cllr Bayliss", "Bayliss")
	bayliss.Honorifics = []string{"Cllr"}
	oborski := person("fran-oborski", "Fran Oborski", "Oborski")
	campion := person("john-campion", "John Campion", "Mr Campion")
	marchant := person("clare-marchant", "Clare Marchant", "Ms Marchant")
	hill := person("pattie-hill", "Pattie Hill", "Cllr Hill")
	wcc := body("worcestershire-county-council", "Worcestershire County Council", extract.Council, "County Hall", "the council")
	labour := body("labour", "Labour", extract.Party, "Labour Party")
	labourGroup := body("labour-group-worcestershire", "Labour group", extract.PartyGroup, "the Labour group")
	libdem := body("liberal-democrats", "Liberal Democrats", extract.Party, "Lib Dem")
	tories := body("conservatives", "Conservatives", extract.Party, "Conservative", "Tory")
	ofsted := body("ofsted", "Ofsted", extract.Regulator)
	const (
		ev1 = "County Hall's opposition Labour group have called the inspector's findings \"disgraceful\" and say cabinet member for children and families Cllr Marc Bayliss should quit."
		ev2 = "It comes just a day after Lib Dem Fran Oborski defended Cllr Bayliss and blamed his predecessor, current police and crime commissioner John Campion."
		ev3 = "Labour councillors tried to table a motion of 'no confidence' in chief executive Clare Marchant."
		ev4 = "Councillor Marc Bayliss says he agrees with comments from an independent safeguarding boss."
		ev5 = "An Ofsted inspection has graded Worcestershire County Council's children's services as 'inadequate'."
	)
	return []article{
		{schema.Article{ID: "000_c3ebd5795ba16fc6", Title: "Calls for Worcestershire politician to resign over Ofsted report", WordCount: 599, SHA256: "a0"},
			extract.Facts{
				Actors:           []extract.Actor{bayliss, oborski, campion, labourGroup, libdem, tories, wcc, ofsted},
				Memberships:      []extract.Membership{{Member: "fran-oborski", Body: "liberal-democrats"}, {Member: "marc-bayliss", Body: "conservatives"}, {Member: "marc-bayliss", Body: "worcestershire-county-council"}},
				SubOrganizations: []extract.SubOrganization{{Child: "labour-group-worcestershire", Parent: "worcestershire-county-council"}},
				Roles: []extract.Role{
					{Person: "marc-bayliss", Role: "cabinet member for children and families", Body: "worcestershire-county-council"},
					{Person: "john-campion", Role: "police and crime commissioner"},
				},
				Actions: []extract.Action{
					{Actor: "labour-group-worcestershire", Type: extract.DemandsResignation, Target: "marc-bayliss", Evidence: ev1, Confidence: 0.9},
					{Actor: "fran-oborski", Type: extract.Supports, Target: "marc-bayliss", Evidence: ev2, Confidence: 0.8},
					{Actor: "fran-oborski", Type: extract.Blames, Target: "john-campion", Evidence: ev2, Confidence: 0.7},
					{Actor: "marc-bayliss", Type: extract.Succeeds, Target: "john-campion", Evidence: "Cllr Bayliss was handed the role in May last year after a reshuffle.", Confidence: 0.6},
				},
				Quotes: []extract.Quote{{Speaker: "labour-group-worcestershire", Text: "disgraceful"}},
			}},
		{schema.Article{ID: "001_6855801319be5298", Title: "Labour councillors walk out in row over children's services", WordCount: 487, SHA256: "a1"},
			extract.Facts{
				Actors:      []extract.Actor{marchant, hill, labour, wcc, ofsted, labourGroup},
				Memberships: []extract.Membership{{Member: "pattie-hill", Body: "labour"}, {Member: "pattie-hill", Body: "labour-group-worcestershire"}},
				Roles:       []extract.Role{{Person: "clare-marchant", Role: "chief executive", Body: "worcestershire-county-council"}},
				Actions: []extract.Action{
					{Actor: "labour-group-worcestershire", Type: extract.DemandsResignation, Target: "clare-marchant", Evidence: ev3, Confidence: 0.85},
					{Actor: "ofsted", Type: extract.Inspects, Target: "worcestershire-county-council", Evidence: ev5, Confidence: 0.9},
				},
				Quotes: []extract.Quote{{Speaker: "pattie-hill", Text: "We cannot carry on like this."}},
			}},
		{schema.Article{ID: "002_6e48af0ac28618af", Title: "Councillor admits there is more work to do", WordCount: 456, SHA256: "a2"},
			extract.Facts{
				Actors:  []extract.Actor{bayliss, tories, person("derek-benson", "Derek Benson", "Mr Benson")},
				Actions: []extract.Action{{Actor: "marc-bayliss", Type: extract.AgreesWith, Target: "derek-benson", Evidence: ev4, Confidence: 0.75}},
				Quotes:  []extract.Quote{{Speaker: "marc-bayliss", Text: "There is more work to do."}},
			}},
	}
}

// openSeeded opens a memory store holding articles.
func openSeeded(tb testing.TB, articles []article) *graph.Store {
	tb.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory:")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	load(tb, st, articles)
	return st
}

func load(tb testing.TB, st *graph.Store, articles []article) {
	tb.Helper()
	for _, a := range articles {
		a.facts.Doc, a.facts.Title, a.facts.WordCount = a.art.ID, a.art.Title, a.art.WordCount
		qs := schema.Quads(a.art, a.facts)
		if _, err := st.Replace(context.Background(), schema.DocIRI(a.art.ID), qs); err != nil {
			tb.Fatal(err)
		}
	}
}

// generatedArticles makes n articles of random but plausible facts over a
// population of councils, parties, people and regulators, for benchmarks.
func generatedArticles(n int, seed uint64) []article {
	r := rand.New(rand.NewPCG(seed, 1))
	first := []string{"Alice", "Bob", "Carol", "David", "Emma", "Frank", "Grace", "Harry", "Isla", "Jack", "Katie", "Liam", "Mia", "Noah", "Olivia", "Peter", "Quinn", "Ruth", "Sam", "Tom", "Uma", "Victor", "Wendy", "Yusuf", "Zara"}
	last := []string{"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Wright", "Walker", "Evans", "Thomas", "Roberts", "Green", "Hall", "Wood", "Harris", "Clarke", "Lewis", "Khan", "Hughes", "Edwards", "Turner", "Hill", "Baker", "Cooper", "Ward", "Morris", "King", "Bayliss", "Oborski", "Campion", "Marchant"}
	places := []string{"Worcestershire", "Buckinghamshire", "Essex", "Kent", "Surrey", "Devon", "Norfolk", "Suffolk", "Dorset", "Cumbria", "Lancashire", "Somerset", "Wiltshire", "Oxfordshire", "Herefordshire", "Shropshire", "Staffordshire", "Derbyshire", "Leicestershire", "Lincolnshire"}
	parties := []extract.Actor{body("labour", "Labour", extract.Party), body("conservatives", "Conservatives", extract.Party, "Tory"), body("liberal-democrats", "Liberal Democrats", extract.Party, "Lib Dem"), body("green-party", "Green Party", extract.Party), body("reform-uk", "Reform UK", extract.Party)}
	var people []extract.Actor
	for _, f := range first {
		for _, l := range last {
			name := f + " " + l
			people = append(people, person(extract.Slug(name), name, "Cllr "+l, l))
		}
	}
	var councils []extract.Actor
	for _, p := range places {
		councils = append(councils, body(extract.Slug(p+" County Council"), p+" County Council", extract.Council, "the council"))
	}
	regulators := []extract.Actor{body("ofsted", "Ofsted", extract.Regulator), body("care-quality-commission", "Care Quality Commission", extract.Regulator, "CQC")}
	roles := []string{"leader", "deputy leader", "cabinet member for children and families", "cabinet member for finance", "chief executive", "chairman"}
	out := make([]article, 0, n)
	for i := 0; i < n; i++ {
		council := councils[r.IntN(len(councils))]
		cast := []extract.Actor{council}
		k := 2 + r.IntN(5)
		for j := 0; j < k; j++ {
			cast = append(cast, people[r.IntN(len(people))])
		}
		party := parties[r.IntN(len(parties))]
		cast = append(cast, party)
		f := extract.Facts{}
		seen := map[string]bool{}
		for _, a := range cast {
			if !seen[a.ID] {
				seen[a.ID] = true
				f.Actors = append(f.Actors, a)
			}
		}
		ppl := f.Actors[1 : len(f.Actors)-1 : len(f.Actors)-1]
		if r.IntN(3) == 0 {
			reg := regulators[r.IntN(len(regulators))]
			f.Actors = append(f.Actors, reg)
			f.Actions = append(f.Actions, extract.Action{Actor: reg.ID, Type: extract.Inspects, Target: council.ID,
				Evidence: fmt.Sprintf("%s rated %s's services as inadequate.", reg.Name, council.Name), Confidence: 0.9})
		}
		for _, p := range ppl {
			if p.Type != extract.Person {
				continue
			}
			f.Memberships = append(f.Memberships, extract.Membership{Member: p.ID, Body: council.ID})
			if r.IntN(2) == 0 {
				f.Memberships = append(f.Memberships, extract.Membership{Member: p.ID, Body: party.ID})
			}
			if r.IntN(3) == 0 {
				f.Roles = append(f.Roles, extract.Role{Person: p.ID, Role: roles[r.IntN(len(roles))], Body: council.ID})
			}
		}
		for j := 0; j < 1+r.IntN(4); j++ {
			a, b := ppl[r.IntN(len(ppl))], ppl[r.IntN(len(ppl))]
			if a.ID == b.ID {
				continue
			}
			t := extract.ActionTypes[r.IntN(len(extract.ActionTypes))]
			f.Actions = append(f.Actions, extract.Action{Actor: a.ID, Type: t, Target: b.ID,
				Evidence: fmt.Sprintf("%s %s %s over the %s budget (article %d).", a.Name, strings.ReplaceAll(string(t), "-", " "), b.Name, council.Name, i), Confidence: 0.5 + r.Float64()/2})
			if r.IntN(2) == 0 {
				f.Quotes = append(f.Quotes, extract.Quote{Speaker: a.ID, Text: fmt.Sprintf("This is not good enough for %s (%d).", council.Name, i)})
			}
		}
		id := fmt.Sprintf("gen_%05d", i)
		out = append(out, article{schema.Article{ID: id, Title: fmt.Sprintf("Row at %s, story %d", council.Name, i), WordCount: 300 + r.IntN(500), SHA256: id}, f})
	}
	return out
}
