package schema

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/extract"
)

func sampleFacts() (Article, extract.Facts) {
	art := Article{ID: "n1", Title: "Leader faces calls to quit", WordCount: 42, SHA256: "abc"}
	f := extract.Facts{
		Doc: "n1",
		Actors: []extract.Actor{
			{ID: "jo-bloggs", Type: extract.Person, Name: "Jo Bloggs", Aliases: []string{"Cllr Bloggs", "Jo Bloggs"}, Honorifics: []string{"Cllr"}},
			{ID: "northfield-district-council", Type: extract.Organization, Kind: extract.Council, Name: "Northfield District Council"},
			{ID: "green-party", Type: extract.Organization, Kind: extract.Party, Name: "Green"},
			{ID: "acme", Type: extract.Organization, Name: "Acme"},
		},
		Memberships: []extract.Membership{{Member: "jo-bloggs", Body: "green-party"}},
		Roles: []extract.Role{
			{Person: "jo-bloggs", Role: "leader of the council", Body: "northfield-district-council"},
			{Person: "jo-bloggs", Role: "police and crime commissioner"},
		},
		Actions: []extract.Action{{Actor: "green-party", Type: extract.DemandsResignation, Target: "jo-bloggs", Evidence: "The Greens want her to quit.", Confidence: 0.834}},
		Quotes:  []extract.Quote{{Speaker: "jo-bloggs", Text: "I will not go."}},
	}
	return art, f
}

func has(qs []quad.Quad, s, p, o string) bool {
	for _, q := range qs {
		if quad.StringOf(q.Subject) == s && quad.StringOf(q.Predicate) == p && quad.StringOf(q.Object) == o {
			return true
		}
	}
	return false
}

func TestQuads(t *testing.T) {
	art, f := sampleFacts()
	qs := Quads(art, f)
	id := func(s string) string { return "<https://w3id.org/actorgraph/id/" + s + ">" }
	doc := "<https://w3id.org/actorgraph/doc/n1>"
	ev := "<" + string(EventIRI("n1", f.Actions[0])) + ">"
	tests := []struct{ s, p, o string }{
		{doc, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/NewsArticle>"},
		{doc, "<https://schema.org/name>", `"Leader faces calls to quit"`},
		{doc, "<https://schema.org/wordCount>", `"42"^^<http://www.w3.org/2001/XMLSchema#integer>`},
		{doc, "<https://w3id.org/actorgraph/ns#sha256>", `"abc"`},
		{id("jo-bloggs"), "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/Person>"},
		{id("jo-bloggs"), "<https://schema.org/name>", `"Jo Bloggs"`},
		{id("jo-bloggs"), "<https://schema.org/alternateName>", `"Cllr Bloggs"`},
		{id("jo-bloggs"), "<https://schema.org/honorificPrefix>", `"Cllr"`},
		{id("northfield-district-council"), "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/Organization>"},
		{id("northfield-district-council"), "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://w3id.org/actorgraph/ns#Council>"},
		{id("green-party"), "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://w3id.org/actorgraph/ns#PoliticalParty>"},
		{id("jo-bloggs"), "<http://www.w3.org/ns/org#memberOf>", id("green-party")},
		{id("jo-bloggs"), "<http://www.w3.org/ns/org#holds>", id("post/northfield-district-council/leader-of-the-council")},
		{id("post/northfield-district-council/leader-of-the-council"), "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://www.w3.org/ns/org#Post>"},
		{id("post/northfield-district-council/leader-of-the-council"), "<https://schema.org/name>", `"leader of the council"`},
		{id("post/northfield-district-council/leader-of-the-council"), "<http://www.w3.org/ns/org#postIn>", id("northfield-district-council")},
		{id("jo-bloggs"), "<http://www.w3.org/ns/org#holds>", id("post/police-and-crime-commissioner")},
		{id("green-party"), "<https://w3id.org/actorgraph/ns#demandsResignationOf>", id("jo-bloggs")},
		{ev, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://w3id.org/actorgraph/ns#Event>"},
		{ev, "<https://w3id.org/actorgraph/ns#actor>", id("green-party")},
		{ev, "<https://w3id.org/actorgraph/ns#target>", id("jo-bloggs")},
		{ev, "<https://w3id.org/actorgraph/ns#action>", "<https://w3id.org/actorgraph/ns#demandsResignationOf>"},
		{ev, "<https://w3id.org/actorgraph/ns#evidence>", `"The Greens want her to quit."`},
		{ev, "<https://w3id.org/actorgraph/ns#confidence>", `"0.83"^^<http://www.w3.org/2001/XMLSchema#decimal>`},
	}
	for _, tt := range tests {
		if !has(qs, tt.s, tt.p, tt.o) {
			t.Errorf("missing quad %s %s %s", tt.s, tt.p, tt.o)
		}
	}
	// The canonical name is not repeated as an alias; a body of unknown kind
	// is only an Organization; every quad carries the article's label.
	if has(qs, id("jo-bloggs"), "<https://schema.org/alternateName>", `"Jo Bloggs"`) {
		t.Error("canonical name repeated as alternateName")
	}
	types := 0
	for _, q := range qs {
		if quad.StringOf(q.Subject) == id("acme") && q.Predicate == Type {
			types++
		}
		if q.Label != DocIRI("n1") {
			t.Errorf("quad %v has label %v, want the article's IRI", q, q.Label)
		}
	}
	if types != 1 {
		t.Errorf("acme has %d types, want 1 (schema:Organization)", types)
	}
	var quote bool
	for _, q := range qs {
		if q.Predicate == Creator && quad.StringOf(q.Object) == id("jo-bloggs") && strings.Contains(quad.StringOf(q.Subject), "/quote/n1-") {
			quote = true
		}
	}
	if !quote {
		t.Error("no schema:Quotation with schema:creator jo-bloggs")
	}
}

func TestQuadsDeterministicAndStable(t *testing.T) {
	art, f := sampleFacts()
	a, b := Quads(art, f), Quads(art, f)
	if len(a) != len(b) {
		t.Fatalf("lengths differ: %d, %d", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("quad %d differs: %v vs %v", i, a[i], b[i])
		}
	}
	// IRIs are fixed by the vocabulary: a change here breaks every reader.
	if got, want := EventIRI("n1", f.Actions[0]), EventIRI("n1", f.Actions[0]); got != want || !strings.HasPrefix(string(got), IDBase+"event/n1-") {
		t.Errorf("EventIRI = %s", got)
	}
	if got := PostIRI("", "Chief Executive"); got != IDBase+"post/chief-executive" {
		t.Errorf("PostIRI without body = %s", got)
	}
}

func TestActionAndKindMappingsRoundTrip(t *testing.T) {
	for _, at := range extract.ActionTypes {
		p, ok := ActionPredicate(at)
		if !ok {
			t.Errorf("no predicate for %s", at)
			continue
		}
		if back, ok := ActionOf(p); !ok || back != at {
			t.Errorf("ActionOf(%s) = %s, %v; want %s", p, back, ok, at)
		}
	}
	for _, k := range []extract.Kind{extract.Council, extract.Party, extract.PartyGroup, extract.Government, extract.Regulator, extract.Board, extract.Media, extract.Company} {
		c, ok := KindClass(k)
		if !ok {
			t.Errorf("no class for kind %s", k)
			continue
		}
		if back, ok := KindOf(c); !ok || back != k {
			t.Errorf("KindOf(%s) = %s; want %s", c, back, k)
		}
	}
}
