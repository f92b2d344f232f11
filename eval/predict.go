package eval

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/schema"
)

// QuadSource is anything that can stream its quads: a graph store, or a
// plain slice (Quads). Quads calls fn once per quad and stops at the first
// error fn returns.
type QuadSource interface {
	Quads(ctx context.Context, fn func(quad.Quad) error) error
}

// Predictions are what a graph says about each article, keyed by article id.
type Predictions map[string]*Predicted

// Predicted is what a graph says about one article, read from the quads
// labelled with the article's IRI. Actors and facts refer to actors by IRI.
type Predicted struct {
	Doc         string
	Actors      []PredActor    // sorted by IRI
	Memberships [][2]string    // [member, body] IRIs, sorted, distinct
	Roles       []PredRole     // sorted, distinct
	Actions     []PredAction   // sorted, distinct
	Quotes      []string       // speaker IRIs, sorted, distinct
	actorIndex  map[string]int // IRI → index in Actors
}

// PredActor is a subject typed schema:Person or schema:Organization in the
// article.
type PredActor struct {
	IRI     string
	Type    extract.ActorType
	Kind    extract.Kind // from a kind class, where there is one
	Name    string       // schema:name (the smallest, if several)
	Aliases []string     // schema:alternateName and any further schema:name
}

// PredRole is a post held by a person: person org:holds post, the post's
// schema:name, and its org:postIn body ("" if none).
type PredRole struct {
	Person string
	Role   string
	Body   string
}

// PredAction is a direct action edge actor→target, with the evidence
// sentences of the event nodes that record it.
type PredAction struct {
	Actor    string
	Type     extract.ActionType
	Target   string
	Evidence []string
}

// Actor returns the predicted actor with the given IRI, and whether there is
// one.
func (p *Predicted) Actor(iri string) (PredActor, bool) {
	if p == nil {
		return PredActor{}, false
	}
	if i, ok := p.actorIndex[iri]; ok {
		return p.Actors[i], true
	}
	return PredActor{}, false
}

// ReadPredictions streams the quads of src and reads, for every article
// label (schema.DocID), the actors, memberships, roles, actions and quotes
// it records. Quads without an article label are ignored.
func ReadPredictions(ctx context.Context, src QuadSource) (Predictions, error) {
	acc := map[string]*docQuads{}
	err := src.Quads(ctx, func(q quad.Quad) error {
		lbl, ok := q.Label.(quad.IRI)
		if !ok {
			return nil
		}
		doc, ok := schema.DocID(lbl)
		if !ok {
			return nil
		}
		d := acc[doc]
		if d == nil {
			d = newDocQuads()
			acc[doc] = d
		}
		d.add(q)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read predictions: %w", err)
	}
	preds := make(Predictions, len(acc))
	for doc, d := range acc {
		preds[doc] = d.build(doc)
	}
	return preds, nil
}

// docQuads accumulates the quads of one article that the evaluation reads.
type docQuads struct {
	types    map[string]map[string]bool // subject → classes
	names    map[string]map[string]bool // subject → schema:name values
	alts     map[string]map[string]bool // subject → schema:alternateName values
	memberOf map[[2]string]bool
	holds    map[[2]string]bool // person, post
	postIn   map[string]map[string]bool
	edges    map[[3]string]bool // actor, predicate, target
	evActor  map[string]map[string]bool
	evTarget map[string]map[string]bool
	evAction map[string]map[string]bool
	evidence map[string]map[string]bool
	creators map[string]map[string]bool // quotation → speakers
}

func newDocQuads() *docQuads {
	return &docQuads{
		types: map[string]map[string]bool{}, names: map[string]map[string]bool{},
		alts: map[string]map[string]bool{}, memberOf: map[[2]string]bool{},
		holds: map[[2]string]bool{}, postIn: map[string]map[string]bool{},
		edges: map[[3]string]bool{}, evActor: map[string]map[string]bool{},
		evTarget: map[string]map[string]bool{}, evAction: map[string]map[string]bool{},
		evidence: map[string]map[string]bool{}, creators: map[string]map[string]bool{},
	}
}

func addTo(m map[string]map[string]bool, k, v string) {
	s := m[k]
	if s == nil {
		s = map[string]bool{}
		m[k] = s
	}
	s[v] = true
}

// node is the identity of a subject or object node; text is the lexical
// value of a literal.
func node(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return "_:" + string(v)
	case nil:
		return ""
	}
	return quad.StringOf(v)
}

func (d *docQuads) add(q quad.Quad) {
	pred, ok := q.Predicate.(quad.IRI)
	if !ok {
		return
	}
	s := node(q.Subject)
	switch pred {
	case schema.Type:
		addTo(d.types, s, node(q.Object))
	case schema.Name:
		addTo(d.names, s, schema.TextOf(q.Object))
	case schema.AlternateName:
		addTo(d.alts, s, schema.TextOf(q.Object))
	case schema.MemberOf:
		d.memberOf[[2]string{s, node(q.Object)}] = true
	case schema.Holds:
		d.holds[[2]string{s, node(q.Object)}] = true
	case schema.PostIn:
		addTo(d.postIn, s, node(q.Object))
	case schema.Actor:
		addTo(d.evActor, s, node(q.Object))
	case schema.Target:
		addTo(d.evTarget, s, node(q.Object))
	case schema.Action:
		addTo(d.evAction, s, node(q.Object))
	case schema.Evidence:
		addTo(d.evidence, s, schema.TextOf(q.Object))
	case schema.Creator:
		addTo(d.creators, s, node(q.Object))
	default:
		if _, ok := schema.ActionOf(pred); ok {
			d.edges[[3]string{s, string(pred), node(q.Object)}] = true
		}
	}
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (d *docQuads) build(doc string) *Predicted {
	p := &Predicted{Doc: doc, actorIndex: map[string]int{}}

	for _, s := range sortedSet(keysOf(d.types)) {
		cls := d.types[s]
		var a PredActor
		switch {
		case cls[string(schema.Person)]:
			a.Type = extract.Person
		case cls[string(schema.Organization)]:
			a.Type = extract.Organization
			for _, c := range sortedSet(cls) {
				if k, ok := schema.KindOf(quad.IRI(c)); ok {
					a.Kind = k
					break
				}
			}
		default:
			continue
		}
		a.IRI = s
		names := sortedSet(d.names[s])
		if len(names) > 0 {
			a.Name = names[0]
		}
		seen := map[string]bool{a.Name: true}
		for _, n := range append(names, sortedSet(d.alts[s])...) {
			if !seen[n] {
				seen[n] = true
				a.Aliases = append(a.Aliases, n)
			}
		}
		p.actorIndex[s] = len(p.Actors)
		p.Actors = append(p.Actors, a)
	}

	for m := range d.memberOf {
		p.Memberships = append(p.Memberships, m)
	}
	sort.Slice(p.Memberships, func(i, j int) bool { return lessStrings(p.Memberships[i][:], p.Memberships[j][:]) })

	roles := map[PredRole]bool{}
	for h := range d.holds {
		person, post := h[0], h[1]
		r := PredRole{Person: person}
		if names := sortedSet(d.names[post]); len(names) > 0 {
			r.Role = names[0]
		}
		if bodies := sortedSet(d.postIn[post]); len(bodies) > 0 {
			r.Body = bodies[0]
		}
		roles[r] = true
	}
	for r := range roles {
		p.Roles = append(p.Roles, r)
	}
	sort.Slice(p.Roles, func(i, j int) bool {
		a, b := p.Roles[i], p.Roles[j]
		return lessStrings([]string{a.Person, a.Role, a.Body}, []string{b.Person, b.Role, b.Body})
	})

	// Evidence of events, by actor, action predicate and target.
	evidence := map[[3]string][]string{}
	for ev := range d.evAction {
		for _, act := range sortedSet(d.evAction[ev]) {
			for _, ac := range sortedSet(d.evActor[ev]) {
				for _, tg := range sortedSet(d.evTarget[ev]) {
					k := [3]string{ac, act, tg}
					evidence[k] = append(evidence[k], sortedSet(d.evidence[ev])...)
				}
			}
		}
	}
	for e := range d.edges {
		t, _ := schema.ActionOf(quad.IRI(e[1]))
		ev := evidence[e]
		sort.Strings(ev)
		p.Actions = append(p.Actions, PredAction{Actor: e[0], Type: t, Target: e[2], Evidence: dedupeSorted(ev)})
	}
	sort.Slice(p.Actions, func(i, j int) bool {
		a, b := p.Actions[i], p.Actions[j]
		return lessStrings([]string{a.Actor, string(a.Type), a.Target}, []string{b.Actor, string(b.Type), b.Target})
	})

	speakers := map[string]bool{}
	for q, cs := range d.creators {
		if !d.types[q][string(schema.Quotation)] {
			continue
		}
		for c := range cs {
			speakers[c] = true
		}
	}
	p.Quotes = sortedSet(speakers)
	return p
}

func keysOf(m map[string]map[string]bool) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}

func dedupeSorted(s []string) []string {
	var out []string
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func lessStrings(a, b []string) bool {
	for i := range a {
		if c := strings.Compare(a[i], b[i]); c != 0 {
			return c < 0
		}
	}
	return false
}
