package server

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/schema"
)

// Event is one political action read from an article, with its evidence.
type Event struct {
	IRI        string     `json:"iri"`
	Action     string     `json:"action"`    // the action type: criticises, demands-resignation, …
	Predicate  string     `json:"predicate"` // its direct-edge predicate
	Actor      ActorRef   `json:"actor"`
	Target     ActorRef   `json:"target"`
	Evidence   string     `json:"evidence"` // the sentence, verbatim
	Confidence float64    `json:"confidence"`
	Article    ArticleRef `json:"article"`
}

// ActionGroup is the events of one action type.
type ActionGroup struct {
	Action    string  `json:"action"`
	Predicate string  `json:"predicate"`
	Events    []Event `json:"events"`
}

// Link is a relation to another actor, with the articles that state it.
type Link struct {
	Actor    ActorRef     `json:"actor"`
	Articles []ArticleRef `json:"articles"`
}

// PostHeld is a post an actor holds.
type PostHeld struct {
	IRI      string       `json:"iri"`
	Name     string       `json:"name"`
	Body     *ActorRef    `json:"body,omitempty"`
	Articles []ArticleRef `json:"articles"`
}

// PostIn is a post in a body, with who holds it.
type PostIn struct {
	IRI     string     `json:"iri"`
	Name    string     `json:"name"`
	Holders []ActorRef `json:"holders"`
}

// Quote is something an actor is quoted as saying.
type Quote struct {
	IRI     string     `json:"iri"`
	Text    string     `json:"text"`
	Article ArticleRef `json:"article"`
}

// Profile is everything the graph says about one actor.
type Profile struct {
	ActorRef
	Types      []string      `json:"types"` // classes, as schema:Person, ag:Council, …
	Aliases    []string      `json:"aliases"`
	Honorifics []string      `json:"honorifics"`
	Posts      []PostHeld    `json:"posts"`
	MemberOf   []Link        `json:"memberOf"`
	Members    []Link        `json:"members"`
	PartOf     []Link        `json:"partOf"`
	Parts      []Link        `json:"parts"`
	PostsIn    []PostIn      `json:"postsIn"`
	ActsOn     []ActionGroup `json:"actsOn"`    // actions it takes, by type
	ActedOnBy  []ActionGroup `json:"actedOnBy"` // actions taken towards it, by type
	Quotes     []Quote       `json:"quotes"`
	Articles   []ArticleRef  `json:"articles"` // articles that mention it
	// Truncated says that some lists were cut at the profile's limit.
	Truncated bool `json:"truncated"`
}

// errNotFound marks lookups of things the graph does not have.
type errNotFound struct{ what string }

func (e errNotFound) Error() string { return e.what + " not found" }

// linkSet collects related actors with the articles stating each relation.
type linkSet struct {
	order []quad.Value
	arts  map[quad.Value]map[quad.Value]bool
}

func (ls *linkSet) add(v, label quad.Value) {
	if ls.arts == nil {
		ls.arts = map[quad.Value]map[quad.Value]bool{}
	}
	if ls.arts[v] == nil {
		ls.arts[v] = map[quad.Value]bool{}
		ls.order = append(ls.order, v)
	}
	if label != nil {
		ls.arts[v][label] = true
	}
}

func (ls *linkSet) len() int { return len(ls.order) }

// articleRefs names a set of article IRIs, sorted by id.
func (ix *index) articleRefs(set map[quad.Value]bool) []ArticleRef {
	out := make([]ArticleRef, 0, len(set))
	for v := range set {
		if iri, ok := v.(quad.IRI); ok {
			out = append(out, ix.article(iri))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (ix *index) links(ls *linkSet) []Link {
	out := make([]Link, 0, ls.len())
	for _, v := range ls.order {
		iri, ok := v.(quad.IRI)
		if !ok {
			continue
		}
		out = append(out, Link{Actor: ix.ref(iri), Articles: ix.articleRefs(ls.arts[v])})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Actor.Name < out[j].Actor.Name })
	return out
}

// profile assembles an actor's profile by index lookups: what is said of
// it, what points at it, then each of its posts, events and quotes. Each
// list is cut at limit entries.
func (s *Server) profile(ctx context.Context, id string, limit int) (*Profile, error) {
	ix := s.index()
	iri := schema.ActorIRI(id)
	p := &Profile{Types: []string{}, Aliases: []string{}, Honorifics: []string{}}
	p.ActorRef = ix.ref(iri)
	if i, ok := ix.byIRI[iri]; ok {
		p.Aliases = append(p.Aliases, ix.actors[i].aliases[1:]...)
	}

	articles := map[quad.Value]bool{}
	var memberOf, partOf, members, parts linkSet
	posts := map[quad.Value]map[quad.Value]bool{}
	var postOrder []quad.Value
	var postsIn, evOut, evIn, quotes []quad.IRI
	seenSet := map[string]bool{}
	addOnce := func(list *[]string, kind, v string) {
		if !seenSet[kind+v] {
			seenSet[kind+v] = true
			*list = append(*list, v)
		}
	}
	found := false
	err := s.st.QuadsWith(ctx, quad.Subject, iri, func(q quad.Quad) error {
		found = true
		if q.Label != nil {
			articles[q.Label] = true
		}
		switch q.Predicate {
		case schema.Type:
			addOnce(&p.Types, "t", shortIRI(q.Object))
		case schema.AlternateName, schema.Name:
			if _, ok := ix.byIRI[iri]; !ok { // the index is behind: read them here
				switch t := schema.TextOf(q.Object); {
				case q.Predicate == schema.Name && p.Name == id:
					p.Name = t
				case t != p.Name:
					addOnce(&p.Aliases, "a", t)
				}
			}
		case schema.HonorificPrefix:
			addOnce(&p.Honorifics, "h", schema.TextOf(q.Object))
		case schema.MemberOf:
			memberOf.add(q.Object, q.Label)
		case schema.SubOrganizationOf:
			partOf.add(q.Object, q.Label)
		case schema.Holds:
			if posts[q.Object] == nil {
				posts[q.Object] = map[quad.Value]bool{}
				postOrder = append(postOrder, q.Object)
			}
			if q.Label != nil {
				posts[q.Object][q.Label] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("profile %s: %w", id, err)
	}
	seenEv := map[quad.Value]bool{}
	err = s.st.QuadsWith(ctx, quad.Object, iri, func(q quad.Quad) error {
		found = true
		sub, ok := q.Subject.(quad.IRI)
		if !ok {
			return nil
		}
		switch q.Predicate {
		case schema.MemberOf:
			members.add(sub, q.Label)
		case schema.SubOrganizationOf:
			parts.add(sub, q.Label)
		case schema.PostIn:
			postsIn = append(postsIn, sub)
		case schema.Actor, schema.Target:
			if seenEv[q.Subject] {
				return nil // an actor acting on itself
			}
			seenEv[q.Subject] = true
			if q.Predicate == schema.Actor {
				evOut = append(evOut, sub)
			} else {
				evIn = append(evIn, sub)
			}
		case schema.Creator:
			quotes = append(quotes, sub)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("profile %s: %w", id, err)
	}
	if !found {
		return nil, errNotFound{"actor " + id}
	}

	p.MemberOf, p.PartOf = ix.links(&memberOf), ix.links(&partOf)
	p.Members, p.Parts = ix.links(&members), ix.links(&parts)
	p.Articles = ix.articleRefs(articles)
	cut := func(n int) int {
		if n > limit {
			p.Truncated = true
			return limit
		}
		return n
	}
	p.Members = p.Members[:cut(len(p.Members))]

	p.Posts = []PostHeld{}
	for _, pv := range postOrder[:cut(len(postOrder))] {
		ph := PostHeld{IRI: quad.StringOf(pv), Articles: ix.articleRefs(posts[pv])}
		info, err := s.post(ctx, ix, pv)
		if err != nil {
			return nil, fmt.Errorf("profile %s: %w", id, err)
		}
		ph.Name = info.name
		if info.body != "" {
			r := ix.ref(info.body)
			ph.Body = &r
		}
		p.Posts = append(p.Posts, ph)
	}
	sort.Slice(p.Posts, func(i, j int) bool { return p.Posts[i].Name < p.Posts[j].Name })

	p.PostsIn = []PostIn{}
	sortIRIs(postsIn)
	postsIn = slices.Compact(postsIn)
	for _, pv := range postsIn[:cut(len(postsIn))] {
		info, err := s.post(ctx, ix, pv)
		if err != nil {
			return nil, fmt.Errorf("profile %s: %w", id, err)
		}
		pi := PostIn{IRI: string(pv), Name: info.name, Holders: []ActorRef{}}
		for _, h := range info.holders {
			pi.Holders = append(pi.Holders, ix.ref(h))
		}
		p.PostsIn = append(p.PostsIn, pi)
	}

	sortIRIs(evOut)
	sortIRIs(evIn)
	if p.ActsOn, err = s.events(ctx, ix, evOut[:cut(len(evOut))]); err != nil {
		return nil, fmt.Errorf("profile %s: %w", id, err)
	}
	if p.ActedOnBy, err = s.events(ctx, ix, evIn[:cut(len(evIn))]); err != nil {
		return nil, fmt.Errorf("profile %s: %w", id, err)
	}

	p.Quotes = []Quote{}
	sortIRIs(quotes)
	for _, qv := range quotes[:cut(len(quotes))] {
		qu := Quote{IRI: string(qv)}
		if err := s.st.QuadsWith(ctx, quad.Subject, qv, func(q quad.Quad) error {
			switch q.Predicate {
			case schema.Text:
				qu.Text = schema.TextOf(q.Object)
			case schema.IsBasedOn:
				if a, ok := q.Object.(quad.IRI); ok {
					qu.Article = ix.article(a)
				}
			}
			return nil
		}); err != nil {
			return nil, fmt.Errorf("profile %s: quote: %w", id, err)
		}
		p.Quotes = append(p.Quotes, qu)
	}
	return p, nil
}

// post describes a post: from the index, or by lookups when the index does
// not know it yet.
func (s *Server) post(ctx context.Context, ix *index, pv quad.Value) (*postInfo, error) {
	iri, _ := pv.(quad.IRI)
	if info, ok := ix.posts[iri]; ok {
		return info, nil
	}
	info := &postInfo{}
	if err := s.st.QuadsWith(ctx, quad.Subject, pv, func(q quad.Quad) error {
		o, _ := q.Object.(quad.IRI)
		switch q.Predicate {
		case schema.Name:
			info.name = schema.TextOf(q.Object)
		case schema.PostIn:
			info.body = o
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("post %s: %w", pv, err)
	}
	if err := s.st.QuadsWith(ctx, quad.Object, pv, func(q quad.Quad) error {
		if h, ok := q.Subject.(quad.IRI); ok && q.Predicate == schema.Holds && !slices.Contains(info.holders, h) {
			info.holders = append(info.holders, h)
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("post %s holders: %w", pv, err)
	}
	return info, nil
}

// events reads events and groups them by action type, in the vocabulary's
// order of action types.
func (s *Server) events(ctx context.Context, ix *index, evs []quad.IRI) ([]ActionGroup, error) {
	byAction := map[string][]Event{}
	for _, ev := range evs {
		e, err := s.event(ctx, ix, ev)
		if err != nil {
			return nil, err
		}
		byAction[e.Action] = append(byAction[e.Action], e)
	}
	groups := []ActionGroup{}
	add := func(action string) {
		list := byAction[action]
		if len(list) == 0 {
			return
		}
		sort.SliceStable(list, func(i, j int) bool {
			a, b := list[i], list[j]
			if a.Target.Name != b.Target.Name {
				return a.Target.Name < b.Target.Name
			}
			if a.Actor.Name != b.Actor.Name {
				return a.Actor.Name < b.Actor.Name
			}
			return a.Article.ID < b.Article.ID
		})
		groups = append(groups, ActionGroup{Action: action, Predicate: list[0].Predicate, Events: list})
		delete(byAction, action)
	}
	for _, t := range extract.ActionTypes {
		add(string(t))
	}
	rest := make([]string, 0, len(byAction))
	for a := range byAction {
		rest = append(rest, a)
	}
	sort.Strings(rest)
	for _, a := range rest {
		add(a)
	}
	return groups, nil
}

// event reads one event node.
func (s *Server) event(ctx context.Context, ix *index, ev quad.IRI) (Event, error) {
	e := Event{IRI: string(ev)}
	err := s.st.QuadsWith(ctx, quad.Subject, ev, func(q quad.Quad) error {
		o, _ := q.Object.(quad.IRI)
		switch q.Predicate {
		case schema.Action:
			e.Predicate = string(o)
			if t, ok := schema.ActionOf(o); ok {
				e.Action = string(t)
			} else {
				e.Action = shortIRI(o)
			}
		case schema.Actor:
			e.Actor = ix.ref(o)
		case schema.Target:
			e.Target = ix.ref(o)
		case schema.Evidence:
			e.Evidence = schema.TextOf(q.Object)
		case schema.Confidence:
			e.Confidence, _ = strconv.ParseFloat(schema.TextOf(q.Object), 64)
		case schema.WasDerivedFrom:
			e.Article = ix.article(o)
		}
		if e.Article.ID == "" && q.Label != nil {
			if l, ok := q.Label.(quad.IRI); ok {
				e.Article = ix.article(l)
			}
		}
		return nil
	})
	if err != nil {
		return Event{}, fmt.Errorf("event %s: %w", ev, err)
	}
	return e, nil
}

func sortIRIs(s []quad.IRI) { sort.Slice(s, func(i, j int) bool { return s[i] < s[j] }) }

// shortIRI abbreviates an IRI with the vocabulary's prefixes: schema:Person.
func shortIRI(v quad.Value) string {
	iri, ok := v.(quad.IRI)
	if !ok {
		return schema.TextOf(v)
	}
	for _, p := range schema.Prefixes {
		if rest, ok := strings.CutPrefix(string(iri), p.IRI); ok {
			return p.Prefix + ":" + rest
		}
	}
	return string(iri)
}
