package server

import "fmt"

// Element is a Cytoscape.js element: a node or an edge.
type Element struct {
	Data map[string]any `json:"data"`
}

// GraphView is a graph as Cytoscape.js takes it (cy.add(view.Nodes) …).
type GraphView struct {
	Nodes []Element `json:"nodes"`
	Edges []Element `json:"edges"`
}

// nodeType is what colours a node: the kind of body where known, else
// Person or Organization.
func nodeType(r ActorRef) string {
	if r.Kind != "" {
		return r.Kind
	}
	if r.Type == "" {
		return "Unknown"
	}
	return r.Type
}

// neighbourhood draws a profile: the actor in the middle, the actors it
// acts on or is acted on by (one edge per action type and direction, with
// how many times), its bodies, posts' bodies, members and parts.
func neighbourhood(p *Profile) GraphView {
	v := GraphView{Nodes: []Element{}, Edges: []Element{}}
	seen := map[string]bool{}
	node := func(r ActorRef, center bool) {
		if seen[r.IRI] {
			return
		}
		seen[r.IRI] = true
		v.Nodes = append(v.Nodes, Element{Data: map[string]any{
			"id": r.IRI, "slug": r.ID, "label": r.Name, "type": nodeType(r), "center": center,
		}})
	}
	edges := map[string]int{}
	var order []string
	type edge struct {
		from, to       ActorRef
		label, kind, a string
	}
	info := map[string]edge{}
	addEdge := func(e edge) {
		k := e.from.IRI + "|" + e.kind + "|" + e.label + "|" + e.to.IRI
		if edges[k] == 0 {
			order = append(order, k)
			info[k] = e
		}
		edges[k]++
	}
	node(p.ActorRef, true)
	for _, groups := range [][]ActionGroup{p.ActsOn, p.ActedOnBy} {
		for _, g := range groups {
			for _, e := range g.Events {
				node(e.Actor, false)
				node(e.Target, false)
				addEdge(edge{from: e.Actor, to: e.Target, label: g.Action, kind: "action", a: g.Action})
			}
		}
	}
	for _, l := range p.MemberOf {
		node(l.Actor, false)
		addEdge(edge{from: p.ActorRef, to: l.Actor, label: "member of", kind: "membership"})
	}
	for _, l := range p.Members {
		node(l.Actor, false)
		addEdge(edge{from: l.Actor, to: p.ActorRef, label: "member of", kind: "membership"})
	}
	for _, l := range p.PartOf {
		node(l.Actor, false)
		addEdge(edge{from: p.ActorRef, to: l.Actor, label: "part of", kind: "part"})
	}
	for _, l := range p.Parts {
		node(l.Actor, false)
		addEdge(edge{from: l.Actor, to: p.ActorRef, label: "part of", kind: "part"})
	}
	for _, ph := range p.Posts {
		if ph.Body != nil {
			node(*ph.Body, false)
			addEdge(edge{from: p.ActorRef, to: *ph.Body, label: ph.Name, kind: "post"})
		}
	}
	for _, pi := range p.PostsIn {
		for _, h := range pi.Holders {
			node(h, false)
			addEdge(edge{from: h, to: p.ActorRef, label: pi.Name, kind: "post"})
		}
	}
	for i, k := range order {
		e, n := info[k], edges[k]
		label := e.label
		if n > 1 {
			label = fmt.Sprintf("%s ×%d", label, n)
		}
		d := map[string]any{"id": fmt.Sprintf("e%d", i), "source": e.from.IRI, "target": e.to.IRI, "label": label, "kind": e.kind, "count": n}
		if e.a != "" {
			d["action"] = e.a
		}
		v.Edges = append(v.Edges, Element{Data: d})
	}
	return v
}
