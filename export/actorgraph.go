package export

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/schema"
)

// ActorGraph is the graph the visualisation formats draw: people and bodies
// as nodes, the relations among them as edges, named by their names.
//
//   - Nodes are the actors: every node typed schema:Person or
//     schema:Organization (or a kind of body), and every end of a relation.
//   - Edges are org:memberOf, org:subOrganizationOf and the action
//     predicates (ag:criticises, ag:demandsResignationOf, …), one edge per
//     (source, predicate, target) however many articles assert it.
//   - Posts are folded into edges: a person who org:holds a post that is
//     org:postIn a body gets a "holds" edge to the body with the post's name
//     as its Role (one edge per role). Every post a person holds, with a body
//     or without, is also listed in the person's Posts.
//   - Events give their action edges Evidence (the sentences) and
//     Confidence; quotations count towards their speaker's Quotes. Neither
//     becomes a node, nor does any literal or article.
type ActorGraph struct {
	Nodes []Node // sorted by ID
	Edges []Edge // sorted by source, predicate, target, role; IDs e0, e1, …
}

// Node is an actor.
type Node struct {
	ID       string   // the actor's IRI
	Name     string   // schema:name (the most asserted one), or the IRI's last segment
	Type     string   // "Person", "Organization", or "" when no article says
	Kind     string   // the kind of body (council, party, …; see extract.Kind), or ""
	Aliases  []string // schema:alternateName, sorted
	Posts    []string // names of the posts the person holds, sorted
	Articles int      // articles that say something of the actor
	Quotes   int      // quotations the actor is the speaker of
}

// Edge is a relation between two actors.
type Edge struct {
	ID         string   // e0, e1, … in the order of Edges
	Source     string   // the IRI of the actor the relation goes from
	Target     string   // the IRI of the actor it goes to
	Predicate  string   // short name: memberOf, subOrganizationOf, holds, criticises, …
	IRI        string   // the predicate's IRI (org:holds for posts)
	Role       string   // for holds: the post's name
	Articles   []string // ids of the articles asserting the edge, sorted
	Evidence   []string // for actions: the sentences they were read from, sorted
	Confidence float64  // for actions: the highest confidence of its events; 0 otherwise
}

// Weight is the number of articles asserting the edge (at least 1).
func (e Edge) Weight() int {
	if len(e.Articles) == 0 {
		return 1
	}
	return len(e.Articles)
}

// Label is a short, readable label for the edge: the predicate's label
// ("demands resignation of", "member of"), with the role for posts
// ("holds: leader").
func (e Edge) Label() string {
	l := schema.PredicateLabel(quad.IRI(e.IRI))
	if l == "" {
		l = e.Predicate
	}
	if e.Role != "" {
		return l + ": " + e.Role
	}
	return l
}

// Node returns the node with the given ID.
func (g *ActorGraph) Node(id string) (Node, bool) {
	i := sort.Search(len(g.Nodes), func(i int) bool { return g.Nodes[i].ID >= id })
	if i < len(g.Nodes) && g.Nodes[i].ID == id {
		return g.Nodes[i], true
	}
	return Node{}, false
}

// Restrict keeps the nodes whose IRIs are in ids and the edges between two
// of them, numbering the edges afresh.
func (g *ActorGraph) Restrict(ids map[string]bool) *ActorGraph {
	out := &ActorGraph{}
	for _, n := range g.Nodes {
		if ids[n.ID] {
			out.Nodes = append(out.Nodes, n)
		}
	}
	for _, e := range g.Edges {
		if ids[e.Source] && ids[e.Target] {
			out.Edges = append(out.Edges, e)
		}
	}
	numberEdges(out.Edges)
	return out
}

func numberEdges(es []Edge) {
	for i := range es {
		es[i].ID = fmt.Sprintf("e%d", i)
	}
}

// BuildActorGraph projects the actor graph from one pass over src. It holds
// the projection in memory (actors, relations, events' evidence), never the
// quads.
func BuildActorGraph(ctx context.Context, src Source) (*ActorGraph, error) {
	b := newProjector()
	if err := src.Quads(ctx, b.add); err != nil {
		return nil, fmt.Errorf("project the actor graph: %w", err)
	}
	return b.graph(), nil
}

// counter counts how many articles assert each value.
type counter map[string]map[string]bool

func (c counter) add(v, article string) {
	m := c[v]
	if m == nil {
		m = make(map[string]bool)
		c[v] = m
	}
	m[article] = true
}

// best is the value asserted by most articles; ties go to the longer, then
// the smaller value.
func (c counter) best() string {
	var out string
	n := -1
	for v, arts := range c {
		if len(arts) > n || len(arts) == n && (len(v) > len(out) || len(v) == len(out) && v < out) {
			out, n = v, len(arts)
		}
	}
	return out
}

type actorFacts struct {
	types    counter // "Person" / "Organization"
	kinds    counter
	aliases  map[string]bool
	articles map[string]bool
	quotes   map[string]bool
}

type edgeKey struct{ s, p, o, role string }

type edgeFacts struct {
	iri        string
	articles   map[string]bool
	evidence   map[string]bool
	confidence float64
}

type event struct {
	actor, target, action string
	evidence              []string
	confidence            float64
	articles              []string
}

type post struct {
	bodies map[string]bool
}

type holding struct{ person, post, article string }

// projector accumulates the actor graph from quads in any order.
type projector struct {
	actors   map[string]*actorFacts
	edges    map[edgeKey]*edgeFacts
	events   map[string]*event
	posts    map[string]*post
	holds    []holding
	quoteBy  map[string]string  // quotation → speaker
	names    map[string]counter // node → its schema:name values
	predName map[string]string  // predicate IRI → short name, for relations
}

func newProjector() *projector {
	p := &projector{
		actors:   make(map[string]*actorFacts),
		edges:    make(map[edgeKey]*edgeFacts),
		events:   make(map[string]*event),
		posts:    make(map[string]*post),
		quoteBy:  make(map[string]string),
		names:    make(map[string]counter),
		predName: make(map[string]string),
	}
	p.predName[string(schema.MemberOf)] = "memberOf"
	p.predName[string(schema.SubOrganizationOf)] = "subOrganizationOf"
	for _, t := range extract.ActionTypes {
		if iri, ok := schema.ActionPredicate(t); ok {
			p.predName[string(iri)] = shortName(string(iri))
		}
	}
	return p
}

func (p *projector) actor(id string) *actorFacts {
	a := p.actors[id]
	if a == nil {
		a = &actorFacts{types: counter{}, kinds: counter{}, aliases: map[string]bool{}, articles: map[string]bool{}, quotes: map[string]bool{}}
		p.actors[id] = a
	}
	return a
}

func (p *projector) event(id string) *event {
	e := p.events[id]
	if e == nil {
		e = &event{}
		p.events[id] = e
	}
	return e
}

func (p *projector) post(id string) *post {
	x := p.posts[id]
	if x == nil {
		x = &post{bodies: map[string]bool{}}
		p.posts[id] = x
	}
	return x
}

// articleOf is the article id of a label: the doc id of an article IRI, the
// label itself otherwise, "" for the default graph.
func articleOf(label quad.Value) string {
	switch l := label.(type) {
	case nil:
		return ""
	case quad.IRI:
		if id, ok := schema.DocID(l); ok {
			return id
		}
		return string(l)
	}
	return quad.StringOf(label)
}

func iriOf(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case quad.IRI:
		return string(v), true
	case quad.BNode:
		return "_:" + string(v), true
	}
	return "", false
}

func (p *projector) add(q quad.Quad) error {
	s, ok := iriOf(q.Subject)
	if !ok {
		return nil
	}
	art := articleOf(q.Label)
	pred, _ := q.Predicate.(quad.IRI)
	obj, objIsNode := iriOf(q.Object)
	switch pred {
	case schema.Type:
		switch q.Object {
		case schema.Person:
			p.actor(s).types.add("Person", art)
		case schema.Organization:
			p.actor(s).types.add("Organization", art)
		default:
			if oi, ok := q.Object.(quad.IRI); ok {
				if k, ok := schema.KindOf(oi); ok {
					p.actor(s).kinds.add(string(k), art)
				}
			}
		}
		return nil
	case schema.Name:
		// Kept for every node, since its type may come later: those of
		// actors and posts are used.
		c := p.names[s]
		if c == nil {
			c = counter{}
			p.names[s] = c
		}
		c.add(schema.TextOf(q.Object), art)
		return nil
	case schema.AlternateName:
		p.actor(s).aliases[schema.TextOf(q.Object)] = true
		p.actor(s).articles[art] = true
		return nil
	case schema.Holds:
		if objIsNode {
			p.holds = append(p.holds, holding{s, obj, art})
			p.post(obj)
			p.actor(s).articles[art] = true
		}
		return nil
	case schema.PostIn:
		if objIsNode {
			p.post(s).bodies[obj] = true
		}
		return nil
	case schema.Actor:
		p.event(s).actor = obj
		return nil
	case schema.Target:
		p.event(s).target = obj
		return nil
	case schema.Action:
		p.event(s).action = obj
		e := p.event(s)
		e.articles = append(e.articles, art)
		return nil
	case schema.Evidence:
		p.event(s).evidence = append(p.event(s).evidence, schema.TextOf(q.Object))
		return nil
	case schema.Confidence:
		var c float64
		if _, err := fmt.Sscan(schema.TextOf(q.Object), &c); err == nil {
			e := p.event(s)
			e.confidence = max(e.confidence, c)
		}
		return nil
	case schema.Creator:
		if objIsNode {
			p.quoteBy[s] = obj
		}
		return nil
	}
	if name, ok := p.predName[string(pred)]; ok && objIsNode {
		e := p.edge(edgeKey{s, name, obj, ""}, string(pred))
		e.articles[art] = true
		p.actor(s).articles[art] = true
		p.actor(obj)
	}
	return nil
}

func (p *projector) edge(k edgeKey, iri string) *edgeFacts {
	e := p.edges[k]
	if e == nil {
		e = &edgeFacts{iri: iri, articles: map[string]bool{}, evidence: map[string]bool{}}
		p.edges[k] = e
	}
	return e
}

// graph joins what was read into the actor graph.
func (p *projector) graph() *ActorGraph {
	// Events decorate (and, where the direct edge is missing, make) the
	// action edges.
	for _, ev := range p.events {
		name, ok := p.predName[ev.action]
		if !ok || ev.actor == "" || ev.target == "" {
			continue
		}
		e := p.edge(edgeKey{ev.actor, name, ev.target, ""}, ev.action)
		for _, a := range ev.articles {
			e.articles[a] = true
		}
		for _, s := range ev.evidence {
			e.evidence[s] = true
		}
		e.confidence = max(e.confidence, ev.confidence)
		p.actor(ev.actor)
		p.actor(ev.target)
	}
	// Posts fold into holds edges and the holder's Posts.
	posts := make(map[string]map[string]bool)
	for _, h := range p.holds {
		x := p.posts[h.post]
		role := p.names[h.post].best()
		if role == "" {
			role = shortName(h.post)
		}
		if posts[h.person] == nil {
			posts[h.person] = make(map[string]bool)
		}
		posts[h.person][role] = true
		for body := range x.bodies {
			e := p.edge(edgeKey{h.person, "holds", body, role}, string(schema.Holds))
			e.articles[h.article] = true
			p.actor(body)
		}
	}
	for q, speaker := range p.quoteBy {
		p.actor(speaker).quotes[q] = true
	}

	g := &ActorGraph{}
	for id, a := range p.actors {
		n := Node{ID: id, Name: p.names[id].best(), Kind: a.kinds.best(), Quotes: len(a.quotes)}
		if n.Name == "" {
			n.Name = shortName(id)
		}
		n.Type = a.types.best()
		if n.Type == "" && n.Kind != "" {
			n.Type = "Organization"
		}
		for al := range a.aliases {
			if al != n.Name {
				n.Aliases = append(n.Aliases, al)
			}
		}
		sort.Strings(n.Aliases)
		n.Posts = sortedKeys(posts[id])
		arts := map[string]bool{}
		for _, c := range []counter{a.types, a.kinds, p.names[id]} {
			for _, m := range c {
				for art := range m {
					arts[art] = true
				}
			}
		}
		for art := range a.articles {
			arts[art] = true
		}
		delete(arts, "")
		n.Articles = len(arts)
		g.Nodes = append(g.Nodes, n)
	}
	sort.Slice(g.Nodes, func(i, j int) bool { return g.Nodes[i].ID < g.Nodes[j].ID })
	for k, e := range p.edges {
		arts := sortedKeys(e.articles)
		if len(arts) > 0 && arts[0] == "" {
			arts = arts[1:]
		}
		g.Edges = append(g.Edges, Edge{
			Source: k.s, Target: k.o, Predicate: k.p, IRI: e.iri, Role: k.role,
			Articles: arts, Evidence: sortedKeys(e.evidence), Confidence: e.confidence,
		})
	}
	sort.Slice(g.Edges, func(i, j int) bool {
		a, b := g.Edges[i], g.Edges[j]
		if a.Source != b.Source {
			return a.Source < b.Source
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		if a.Target != b.Target {
			return a.Target < b.Target
		}
		return a.Role < b.Role
	})
	numberEdges(g.Edges)
	return g
}

func sortedKeys(m map[string]bool) []string {
	if len(m) == 0 {
		return nil
	}
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// shortName is the last segment of an IRI: after '#', else after '/'.
func shortName(iri string) string {
	if i := strings.LastIndexByte(iri, '#'); i >= 0 && i < len(iri)-1 {
		return iri[i+1:]
	}
	iri = strings.TrimRight(iri, "/")
	if i := strings.LastIndexByte(iri, '/'); i >= 0 {
		return iri[i+1:]
	}
	return iri
}

// style is how a node is drawn: a colour and a Graphviz shape by type and
// kind of body.
type style struct {
	R, G, B uint8
	Shape   string // Graphviz shape
}

// Hex is the colour as #rrggbb.
func (s style) Hex() string { return fmt.Sprintf("#%02x%02x%02x", s.R, s.G, s.B) }

func styleOf(n Node) style {
	if n.Type == "Person" {
		return style{0x4e, 0x79, 0xa7, "ellipse"}
	}
	switch extract.Kind(n.Kind) {
	case extract.Council:
		return style{0x59, 0xa1, 0x4f, "box"}
	case extract.Party:
		return style{0xe1, 0x57, 0x59, "hexagon"}
	case extract.PartyGroup:
		return style{0xf2, 0x8e, 0x2b, "octagon"}
	case extract.Government:
		return style{0xb0, 0x7a, 0xa1, "house"}
	case extract.Regulator:
		return style{0x9c, 0x75, 0x5f, "diamond"}
	case extract.Board:
		return style{0x76, 0xb7, 0xb2, "component"}
	case extract.Media:
		return style{0xba, 0xb0, 0xac, "note"}
	case extract.Company:
		return style{0xed, 0xc9, 0x48, "cylinder"}
	}
	if n.Type == "Organization" {
		return style{0x79, 0x70, 0x6e, "box"}
	}
	return style{0xbb, 0xbb, 0xbb, "plaintext"}
}
