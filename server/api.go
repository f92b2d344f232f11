package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/schema"
)

// Limits of the JSON API.
const (
	defaultSearchLimit  = 10
	maxSearchLimit      = 100
	defaultProfileLimit = 200 // events, posts, members… per list
	maxProfileLimit     = 5000
)

// intParam reads a positive integer query parameter, defaulting to def and
// capped at max.
func intParam(r *http.Request, name string, def, max int) int {
	n, err := strconv.Atoi(r.URL.Query().Get(name))
	if err != nil || n <= 0 {
		return def
	}
	return min(n, max)
}

// timeout bounds a request's work by the server's query timeout.
func (s *Server) timeout(r *http.Request) (context.Context, context.CancelFunc) {
	return context.WithTimeout(r.Context(), s.cfg.QueryTimeout)
}

// fail reports err: 404 for things not found, 504 for timeouts, else 500.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var nf errNotFound
	switch {
	case errors.As(err, &nf):
		writeError(w, http.StatusNotFound, nf.Error())
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, graph.ErrTimeout):
		writeError(w, http.StatusGatewayTimeout, fmt.Sprintf("timed out after %v (the server's serve.query_timeout)", s.cfg.QueryTimeout))
	default:
		s.cfg.Log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		writeError(w, http.StatusInternalServerError, err.Error())
	}
}

// validID accepts actor slugs and article ids: no slashes, nothing odd.
func validID(id string) bool {
	if id == "" || len(id) > 300 {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return id != "." && id != ".."
}

// handleSearch is GET /api/search?q=NAME&limit=N: actors whose names match,
// best first.
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query().Get("q")
	if len(q) > 200 {
		writeError(w, http.StatusBadRequest, "q: at most 200 characters")
		return
	}
	hits := s.index().search(q, intParam(r, "limit", defaultSearchLimit, maxSearchLimit))
	writeJSON(w, http.StatusOK, map[string]any{"query": q, "results": hits})
}

// ActorSummary is an actor in a listing.
type ActorSummary struct {
	ActorRef
	Mentions int `json:"mentions"`
}

// handleActors is GET /api/actors?type=Person|Organization&limit=N: the
// actors most articles mention.
func (s *Server) handleActors(w http.ResponseWriter, r *http.Request) {
	typ := r.URL.Query().Get("type")
	limit := intParam(r, "limit", 50, 1000)
	ix := s.index()
	out := []ActorSummary{}
	for _, e := range ix.actors {
		if typ == "" || e.ref.Type == typ || e.ref.Kind == typ {
			out = append(out, ActorSummary{e.ref, e.mentions})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return out[i].Name < out[j].Name
	})
	total := len(out)
	if len(out) > limit {
		out = out[:limit]
	}
	writeJSON(w, http.StatusOK, map[string]any{"total": total, "actors": out})
}

// handleProfile is GET /api/actors/{id}: the actor's profile.
func (s *Server) handleProfile(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !validID(id) {
		writeError(w, http.StatusBadRequest, "bad actor id")
		return
	}
	ctx, cancel := s.timeout(r)
	defer cancel()
	p, err := s.profile(ctx, id, intParam(r, "limit", defaultProfileLimit, maxProfileLimit))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, p)
}

// handleNeighbourhood is GET /api/actors/{id}/graph: the actor and the
// actors it is linked to, as Cytoscape.js elements.
func (s *Server) handleNeighbourhood(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !validID(id) {
		writeError(w, http.StatusBadRequest, "bad actor id")
		return
	}
	ctx, cancel := s.timeout(r)
	defer cancel()
	p, err := s.profile(ctx, id, intParam(r, "limit", defaultProfileLimit, maxProfileLimit))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, neighbourhood(p))
}

// handleArticles is GET /api/articles?q=WORDS: the articles, by id, with
// their titles; q keeps those whose title or id contains every word.
func (s *Server) handleArticles(w http.ResponseWriter, r *http.Request) {
	words := strings.Fields(normalize(r.URL.Query().Get("q")))
	limit := intParam(r, "limit", 100, 10000)
	ix := s.index()
	out := []ArticleRef{}
	for _, a := range ix.articles {
		hay := normalize(a.Title + " " + a.ID)
		ok := true
		for _, w := range words {
			ok = ok && strings.Contains(hay, w)
		}
		if ok {
			out = append(out, a)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	total := len(out)
	if len(out) > limit {
		out = out[:limit]
	}
	writeJSON(w, http.StatusOK, map[string]any{"total": total, "articles": out})
}

// handleArticle is GET /api/articles/{id}: the facts read from one article.
func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if !validID(id) {
		writeError(w, http.StatusBadRequest, "bad article id")
		return
	}
	ctx, cancel := s.timeout(r)
	defer cancel()
	a, err := s.articleFacts(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

// Stats is GET /api/stats.
type Stats struct {
	graph.Stats
	Counts
	Store string `json:"store,omitempty"`
}

// handleStats is GET /api/stats: the store's size and what the index counted.
func (s *Server) handleStats(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.timeout(r)
	defer cancel()
	st, err := s.st.Stats(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, Stats{Stats: st, Counts: s.index().counts})
}

// handleConfig is GET /api/config: what the page needs to know of the server.
func (s *Server) handleConfig(w http.ResponseWriter, r *http.Request) {
	formats := make([]string, 0, len(s.exportFormats()))
	for _, f := range s.exportFormats() {
		formats = append(formats, f.Name)
	}
	writeJSON(w, http.StatusOK, map[string]any{
		"readOnly":      s.cfg.WriteToken == "",
		"queryTimeout":  s.cfg.QueryTimeout.String(),
		"queryLimit":    s.cfg.QueryLimit,
		"exportFormats": formats,
		"build":         s.cfg.Build != nil,
	})
}

// handleBuild is POST /api/build (write token required): rebuild the store
// from {"paths": […]} on the server's disk, or from the default corpus.
func (s *Server) handleBuild(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Build == nil {
		writeError(w, http.StatusNotImplemented, "this server has no build configured")
		return
	}
	var req struct {
		Paths []string `json:"paths"`
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		writeError(w, bodyErrorStatus(err), err.Error())
		return
	}
	if len(strings.TrimSpace(string(body))) > 0 {
		if err := json.Unmarshal(body, &req); err != nil {
			writeError(w, http.StatusBadRequest, "body: want {\"paths\": [...]}: "+err.Error())
			return
		}
	}
	sum, err := s.cfg.Build(r.Context(), req.Paths)
	if err != nil {
		s.fail(w, r, fmt.Errorf("build: %w", err))
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"result": sum})
}

// articleFacts reads one article's quads (a label lookup) back into facts.
func (s *Server) articleFacts(ctx context.Context, id string) (*ArticleFacts, error) {
	ix := s.index()
	doc := schema.DocIRI(id)
	a := &ArticleFacts{ArticleRef: ix.article(doc), Actors: []ArticleActor{}, Memberships: []Relation{},
		SubOrganizations: []Relation{}, Posts: []Relation{}, Actions: []Event{}, Quotes: []ArticleQuote{}}
	type node struct {
		types, names, alts []string
	}
	nodes := map[quad.Value]*node{}
	get := func(v quad.Value) *node {
		n := nodes[v]
		if n == nil {
			n = &node{}
			nodes[v] = n
		}
		return n
	}
	var quads []quad.Quad
	err := s.st.LabelQuads(ctx, doc, func(q quad.Quad) error {
		quads = append(quads, q)
		switch q.Predicate {
		case schema.Type:
			get(q.Subject).types = append(get(q.Subject).types, shortIRI(q.Object))
		case schema.Name:
			get(q.Subject).names = append(get(q.Subject).names, schema.TextOf(q.Object))
		case schema.AlternateName:
			get(q.Subject).alts = append(get(q.Subject).alts, schema.TextOf(q.Object))
		case schema.WordCount:
			if q.Subject == doc {
				a.WordCount, _ = strconv.Atoi(schema.TextOf(q.Object))
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("article %s: %w", id, err)
	}
	if len(quads) == 0 {
		return nil, errNotFound{"article " + id}
	}
	a.Quads = len(quads)
	if n := nodes[doc]; n != nil && len(n.names) > 0 {
		a.Title = n.names[0]
	}
	ref := func(v quad.Value) ActorRef {
		iri, _ := v.(quad.IRI)
		r := ix.ref(iri)
		if n := nodes[v]; n != nil && len(n.names) > 0 && r.Name == r.ID {
			r.Name = n.names[0]
		}
		return r
	}
	name := func(v quad.Value) string {
		if n := nodes[v]; n != nil && len(n.names) > 0 {
			return n.names[0]
		}
		return ""
	}
	events := map[quad.Value]*Event{}
	quotes := map[quad.Value]*ArticleQuote{}
	for _, q := range quads {
		switch q.Predicate {
		case schema.MemberOf:
			to := ref(q.Object)
			a.Memberships = append(a.Memberships, Relation{From: ref(q.Subject), To: &to})
		case schema.SubOrganizationOf:
			to := ref(q.Object)
			a.SubOrganizations = append(a.SubOrganizations, Relation{From: ref(q.Subject), To: &to})
		case schema.Holds:
			rel := Relation{From: ref(q.Subject), Role: name(q.Object)}
			for _, q2 := range quads {
				if q2.Subject == q.Object && q2.Predicate == schema.PostIn {
					to := ref(q2.Object)
					rel.To = &to
				}
			}
			a.Posts = append(a.Posts, rel)
		case schema.Actor, schema.Target, schema.Action, schema.Evidence, schema.Confidence:
			e := events[q.Subject]
			if e == nil {
				e = &Event{IRI: quad.StringOf(q.Subject), Article: a.ArticleRef}
				events[q.Subject] = e
			}
			o, _ := q.Object.(quad.IRI)
			switch q.Predicate {
			case schema.Actor:
				e.Actor = ref(o)
			case schema.Target:
				e.Target = ref(o)
			case schema.Action:
				e.Predicate = string(o)
				if t, ok := schema.ActionOf(o); ok {
					e.Action = string(t)
				}
			case schema.Evidence:
				e.Evidence = schema.TextOf(q.Object)
			case schema.Confidence:
				e.Confidence, _ = strconv.ParseFloat(schema.TextOf(q.Object), 64)
			}
		case schema.Creator, schema.Text:
			qu := quotes[q.Subject]
			if qu == nil {
				qu = &ArticleQuote{}
				quotes[q.Subject] = qu
			}
			if q.Predicate == schema.Creator {
				qu.Speaker = ref(q.Object)
			} else {
				qu.Text = schema.TextOf(q.Object)
			}
		}
	}
	for v, n := range nodes {
		iri, ok := v.(quad.IRI)
		if !ok || actorSlug(iri) == "" || len(n.types) == 0 {
			continue
		}
		aa := ArticleActor{ActorRef: ref(v), Types: n.types, Aliases: n.alts}
		if aa.Aliases == nil {
			aa.Aliases = []string{}
		}
		a.Actors = append(a.Actors, aa)
	}
	sort.Slice(a.Actors, func(i, j int) bool { return a.Actors[i].Name < a.Actors[j].Name })
	for _, e := range events {
		a.Actions = append(a.Actions, *e)
	}
	sort.Slice(a.Actions, func(i, j int) bool { return a.Actions[i].IRI < a.Actions[j].IRI })
	for _, q := range quotes {
		a.Quotes = append(a.Quotes, *q)
	}
	sort.Slice(a.Quotes, func(i, j int) bool {
		return a.Quotes[i].Speaker.Name+a.Quotes[i].Text < a.Quotes[j].Speaker.Name+a.Quotes[j].Text
	})
	return a, nil
}

// ArticleFacts is what the graph holds from one article.
type ArticleFacts struct {
	ArticleRef
	WordCount        int            `json:"wordCount"`
	Quads            int            `json:"quads"`
	Actors           []ArticleActor `json:"actors"`
	Memberships      []Relation     `json:"memberships"`
	SubOrganizations []Relation     `json:"subOrganizations"`
	Posts            []Relation     `json:"posts"`
	Actions          []Event        `json:"actions"`
	Quotes           []ArticleQuote `json:"quotes"`
}

// ArticleActor is an actor as one article names it.
type ArticleActor struct {
	ActorRef
	Types   []string `json:"types"`
	Aliases []string `json:"aliases"`
}

// Relation links two actors; Role names the post for a post held.
type Relation struct {
	From ActorRef  `json:"from"`
	To   *ActorRef `json:"to,omitempty"` // nil for a post in no known body
	Role string    `json:"role,omitempty"`
}

// ArticleQuote is a quote in one article.
type ArticleQuote struct {
	Speaker ActorRef `json:"speaker"`
	Text    string   `json:"text"`
}
