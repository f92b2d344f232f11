package schema

import (
	"encoding/json"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/extract"
)

func TestVocabularyQuads(t *testing.T) {
	qs := VocabularyQuads()
	has := func(s quad.IRI, p quad.IRI, o quad.Value) bool {
		for _, q := range qs {
			if q.Subject == s && q.Predicate == p && (o == nil || q.Object == o) {
				return true
			}
		}
		return false
	}
	for _, q := range qs {
		if q.Label != nil {
			t.Fatalf("vocabulary quad %v is not in the default graph", q)
		}
	}
	for _, at := range extract.ActionTypes {
		p, _ := ActionPredicate(at)
		for _, prop := range []quad.IRI{Label, Comment, Domain, Range} {
			if !has(p, prop, nil) {
				t.Errorf("%s has no %s", p, prop)
			}
		}
		if !has(p, Type, Property) {
			t.Errorf("%s is not an rdf:Property", p)
		}
	}
	plover := map[quad.IRI]quad.IRI{
		DemandsResignationOf: PloverRequest,
		Criticises:           PloverAccuse,
		Blames:               PloverAccuse,
		Supports:             PloverSupport,
		AgreesWith:           PloverAgree,
		Inspects:             PloverInvestigate,
	}
	for p, c := range plover {
		if !has(p, CloseMatch, c) {
			t.Errorf("%s lacks skos:closeMatch %s", p, c)
		}
	}
	for _, c := range []quad.IRI{Council, PoliticalParty, PartyGroup, Regulator, Board, Event} {
		if !has(c, Type, Class) || !has(c, Label, nil) || !has(c, SubClassOf, nil) {
			t.Errorf("class %s is not described", c)
		}
	}
}

func TestContext(t *testing.T) {
	ctx := Context()
	names := map[string]bool{}
	for _, term := range ContextTerms() {
		if names[term.Name] {
			t.Errorf("term %s defined twice", term.Name)
		}
		names[term.Name] = true
		if _, ok := ctx[term.Name]; !ok {
			t.Errorf("term %s missing from the context", term.Name)
		}
	}
	for _, p := range Prefixes {
		if ctx[p.Prefix] != p.IRI {
			t.Errorf("prefix %s = %v", p.Prefix, ctx[p.Prefix])
		}
	}
	for _, at := range extract.ActionTypes {
		p, _ := ActionPredicate(at)
		if PredicateLabel(p) == "" {
			t.Errorf("no label for %s", p)
		}
	}
	if _, err := json.Marshal(ContextDocument()); err != nil {
		t.Fatal(err)
	}
}
