package server

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/actorgraph/actorgraph/schema"
)

// ActorRef names an actor: enough to link to it and to colour it.
type ActorRef struct {
	ID   string `json:"id"`   // the slug of its IRI
	IRI  string `json:"iri"`  // https://w3id.org/actorgraph/id/<id>
	Name string `json:"name"` // canonical name
	Type string `json:"type"` // Person or Organization ("" if the graph does not say)
	Kind string `json:"kind,omitempty"`
}

// ArticleRef names an article.
type ArticleRef struct {
	ID    string `json:"id"`
	IRI   string `json:"iri"`
	Title string `json:"title"`
}

// actorEntry is what the index knows of one actor.
type actorEntry struct {
	ref      ActorRef
	aliases  []string // every name, canonical first, deduplicated
	norms    []string // normalised aliases, parallel to aliases
	mentions int      // articles that mention the actor
}

// index is an immutable snapshot of the graph's actors and articles, for
// search and for naming the actors a profile links to. A new one is built
// after every write and swapped in whole.
type index struct {
	actors   []actorEntry
	byIRI    map[quad.IRI]int32
	articles map[quad.IRI]ArticleRef
	posts    map[quad.IRI]*postInfo

	tokens   []string           // distinct alias tokens, sorted
	postings [][]int32          // actors having tokens[i], ascending
	trigrams map[string][]int32 // trigram → indexes into tokens

	counts Counts
}

// Counts are what the index counted while it was built.
type Counts struct {
	Actors        int `json:"actors"`
	People        int `json:"people"`
	Organizations int `json:"organizations"`
	Articles      int `json:"articles"`
	Posts         int `json:"posts"`
	Events        int `json:"events"`
	Quotes        int `json:"quotes"`
	Aliases       int `json:"aliases"`
}

// postInfo is what the index knows of a post, so that profiles need no
// lookups for posts (a council's posts are restated by every article).
type postInfo struct {
	name    string
	body    quad.IRI
	holders []quad.IRI // in the order first seen, without repeats
}

// quadSource streams every quad of the store.
type quadSource interface {
	Quads(ctx context.Context, fn func(quad.Quad) error) error
}

// buildIndex reads the store once, streaming: it keeps the names, aliases,
// types and mentions of actors and the titles of articles.
func buildIndex(ctx context.Context, st quadSource) (*index, error) {
	type raw struct {
		person, org bool
		kind        string
		names       map[string]int // canonical names seen, by how many quads
		alts        []string
		labels      map[quad.Value]struct{}
	}
	actors := map[quad.IRI]*raw{}
	get := func(iri quad.IRI) *raw {
		r := actors[iri]
		if r == nil {
			r = &raw{names: map[string]int{}, labels: map[quad.Value]struct{}{}}
			actors[iri] = r
		}
		return r
	}
	posts := map[quad.IRI]*postInfo{}
	post := func(iri quad.IRI) *postInfo {
		p := posts[iri]
		if p == nil {
			p = &postInfo{}
			posts[iri] = p
		}
		return p
	}
	titles := map[quad.IRI]string{}
	isArticle := map[quad.IRI]bool{}
	var c Counts
	err := st.Quads(ctx, func(q quad.Quad) error {
		s, ok := q.Subject.(quad.IRI)
		if !ok {
			return nil
		}
		isActor := strings.HasPrefix(string(s), schema.IDBase) && actorSlug(s) != ""
		isPost := strings.HasPrefix(string(s), schema.IDBase+"post/")
		switch q.Predicate {
		case schema.PostIn:
			if o, ok := q.Object.(quad.IRI); ok && isPost {
				post(s).body = o
			}
		case schema.Holds:
			if o, ok := q.Object.(quad.IRI); ok {
				p := post(o)
				if !slices.Contains(p.holders, s) {
					p.holders = append(p.holders, s)
				}
			}
		case schema.Type:
			switch q.Object {
			case schema.Person:
				get(s).person = true
			case schema.Organization:
				get(s).org = true
			case schema.NewsArticle:
				isArticle[s] = true
			case schema.Post:
				c.Posts++
			case schema.Event:
				c.Events++
			case schema.Quotation:
				c.Quotes++
			default:
				if o, ok := q.Object.(quad.IRI); ok && isActor {
					if k, ok := schema.KindOf(o); ok {
						get(s).kind = string(k)
					}
				}
			}
			if isActor && q.Label != nil {
				get(s).labels[q.Label] = struct{}{}
			}
		case schema.Name:
			name := schema.TextOf(q.Object)
			if _, isDoc := schema.DocID(s); isDoc {
				titles[s] = name
			} else if isPost {
				post(s).name = name
			} else if isActor {
				get(s).names[name]++
			}
		case schema.AlternateName:
			if isActor {
				r := get(s)
				r.alts = append(r.alts, schema.TextOf(q.Object))
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("index the graph: %w", err)
	}

	ix := &index{byIRI: map[quad.IRI]int32{}, articles: map[quad.IRI]ArticleRef{}, posts: posts, trigrams: map[string][]int32{}}
	for iri := range isArticle {
		id, _ := schema.DocID(iri)
		ix.articles[iri] = ArticleRef{ID: id, IRI: string(iri), Title: titles[iri]}
	}
	c.Articles = len(ix.articles)

	iris := make([]quad.IRI, 0, len(actors))
	for iri, r := range actors {
		if r.person || r.org { // posts, events and quotes have IRIs under IDBase too
			iris = append(iris, iri)
		}
	}
	sort.Slice(iris, func(i, j int) bool { return iris[i] < iris[j] })
	tokenActors := map[string][]int32{}
	for _, iri := range iris {
		r := actors[iri]
		e := actorEntry{mentions: len(r.labels)}
		e.ref = ActorRef{ID: actorSlug(iri), IRI: string(iri), Kind: r.kind}
		switch {
		case r.person:
			e.ref.Type = "Person"
			c.People++
		default:
			e.ref.Type = "Organization"
			c.Organizations++
		}
		e.ref.Name = canonicalName(r.names, e.ref.ID)
		seen := map[string]bool{}
		addAlias := func(a string) {
			n := normalize(a)
			if a == "" || seen[n] {
				return
			}
			seen[n] = true
			e.aliases = append(e.aliases, a)
			e.norms = append(e.norms, n)
		}
		addAlias(e.ref.Name)
		others := make([]string, 0, len(r.names)+len(r.alts))
		for n := range r.names {
			others = append(others, n)
		}
		others = append(others, r.alts...)
		sort.Strings(others)
		for _, a := range others {
			addAlias(a)
		}
		c.Aliases += len(e.aliases)
		id := int32(len(ix.actors))
		ix.byIRI[iri] = id
		ix.actors = append(ix.actors, e)
		for _, n := range e.norms {
			for _, t := range strings.Fields(n) {
				if p := tokenActors[t]; len(p) == 0 || p[len(p)-1] != id {
					tokenActors[t] = append(p, id)
				}
			}
		}
	}
	c.Actors = len(ix.actors)
	ix.tokens = make([]string, 0, len(tokenActors))
	for t := range tokenActors {
		ix.tokens = append(ix.tokens, t)
	}
	sort.Strings(ix.tokens)
	ix.postings = make([][]int32, len(ix.tokens))
	for i, t := range ix.tokens {
		ix.postings[i] = tokenActors[t]
		for _, g := range trigramsOf(t) {
			ix.trigrams[g] = append(ix.trigrams[g], int32(i))
		}
	}
	ix.counts = c
	return ix, nil
}

// canonicalName picks the name most quads give, the longest on a tie, so
// that one article's shorter canonical name does not win over the rest.
func canonicalName(names map[string]int, slug string) string {
	best, bestN := "", 0
	for n, k := range names {
		if k > bestN || (k == bestN && (len(n) > len(best) || (len(n) == len(best) && n < best))) {
			best, bestN = n, k
		}
	}
	if best == "" {
		return slug
	}
	return best
}

// actorSlug is the id of an actor IRI, or "" if iri is not one (posts,
// events and quotes live under IDBase too, one path segment deeper).
func actorSlug(iri quad.IRI) string {
	s := strings.TrimPrefix(string(iri), schema.IDBase)
	if len(s) == len(iri) || s == "" || strings.Contains(s, "/") {
		return ""
	}
	return s
}

// ref names the actor with the given IRI, from the index when it knows it.
func (ix *index) ref(iri quad.IRI) ActorRef {
	if i, ok := ix.byIRI[iri]; ok {
		return ix.actors[i].ref
	}
	return ActorRef{ID: actorSlug(iri), IRI: string(iri), Name: actorSlug(iri)}
}

// article names the article with the given IRI.
func (ix *index) article(iri quad.IRI) ArticleRef {
	if a, ok := ix.articles[iri]; ok {
		return a
	}
	id, _ := schema.DocID(iri)
	return ArticleRef{ID: id, IRI: string(iri)}
}

// normalize folds a name for matching: lower case, no diacritics, letters
// and digits only, single spaces. "Cllr O'Brien-Smith" → "cllr o brien smith".
func normalize(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	if folded, _, err := transform.String(t, s); err == nil {
		s = folded
	}
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			space = false
		} else if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// trigramsOf gives the distinct trigrams of a token padded with a boundary
// mark at each end, so that tokens of one or two letters have trigrams too.
func trigramsOf(tok string) []string {
	r := []rune("$" + tok + "$")
	if len(r) < 3 {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	for i := 0; i+3 <= len(r); i++ {
		g := string(r[i : i+3])
		if !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	return out
}

// SearchHit is one actor found by a search.
type SearchHit struct {
	ActorRef
	Matched  string   `json:"matched"` // the alias that matched best
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"` // articles that mention the actor
	Score    float64  `json:"score"`
}

// tokenMatch is how well one query token matches one index token.
type tokenMatch struct {
	tok   int32
	score float64
}

// maxEdits is how many typos a query token of n letters may carry.
func maxEdits(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 8:
		return 1
	}
	return 2
}

// search finds actors by any of their names: whole names, word prefixes
// (as you type: "bay" finds Bayliss) and misspelt words ("bayliss" finds
// "Baylis"), ranked by how well and how fully the query matches, then by
// how many articles mention the actor.
func (ix *index) search(q string, limit int) []SearchHit {
	nq := normalize(q)
	qtoks := strings.Fields(nq)
	if len(qtoks) == 0 || limit <= 0 {
		return []SearchHit{}
	}
	// For every query token, the index tokens it matches and how well.
	perToken := make([]map[int32]float64, len(qtoks))
	for i, qt := range qtoks {
		m := map[int32]float64{}
		// Prefix matches (exact included): a binary search in the sorted tokens.
		lo := sort.SearchStrings(ix.tokens, qt)
		for j := lo; j < len(ix.tokens) && strings.HasPrefix(ix.tokens[j], qt); j++ {
			if ix.tokens[j] == qt {
				m[int32(j)] = 1
			} else {
				m[int32(j)] = 0.75 + 0.2*float64(len(qt))/float64(len(ix.tokens[j]))
			}
		}
		// Fuzzy matches: tokens sharing trigrams, within a few edits.
		if k := maxEdits(len([]rune(qt))); k > 0 {
			grams := trigramsOf(qt)
			shared := map[int32]int{}
			for _, g := range grams {
				for _, t := range ix.trigrams[g] {
					shared[t]++
				}
			}
			need := len(grams) - 4*k // an edit breaks at most three trigrams, a swap four
			for t, n := range shared {
				if n < need || n < 1 {
					continue
				}
				if _, ok := m[t]; ok {
					continue
				}
				tok := ix.tokens[t]
				// Compare with the token's prefix too, so that a misspelt
				// word still matches while it is being typed.
				d := editDistance(qt, tok)
				if r := []rune(tok); len(r) > len([]rune(qt)) {
					if dp := editDistance(qt, string(r[:len([]rune(qt))])); dp < d {
						d = dp
					}
				}
				if d <= k {
					m[t] = 0.7 - 0.15*float64(d)
				}
			}
		}
		perToken[i] = m
	}
	// Candidates: actors having a match for the rarest query token.
	cands := map[int32]bool{}
	for _, m := range perToken {
		for t := range m {
			for _, a := range ix.postings[t] {
				cands[a] = true
			}
		}
	}
	hits := make([]SearchHit, 0, len(cands))
	for a := range cands {
		e := &ix.actors[a]
		best, bestAlias := 0.0, 0
		for ai, n := range e.norms {
			s := aliasScore(ix, nq, qtoks, perToken, n)
			if ai == 0 {
				s += 0.01 // prefer the canonical name on a tie
			}
			if s > best {
				best, bestAlias = s, ai
			}
		}
		if best <= 0 {
			continue
		}
		best += 0.02 * math.Log1p(float64(e.mentions))
		hits = append(hits, SearchHit{ActorRef: e.ref, Matched: e.aliases[bestAlias], Aliases: e.aliases, Mentions: e.mentions, Score: math.Round(best*1000) / 1000})
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		if hits[i].Mentions != hits[j].Mentions {
			return hits[i].Mentions > hits[j].Mentions
		}
		return hits[i].Name < hits[j].Name
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

// aliasScore scores one normalised alias against the query: every query
// token must match a token of the alias; whole-name and whole-prefix
// matches rank first.
func aliasScore(ix *index, nq string, qtoks []string, perToken []map[int32]float64, alias string) float64 {
	atoks := strings.Fields(alias)
	total := 0.0
	for i := range qtoks {
		best := 0.0
		for _, at := range atoks {
			j := sort.SearchStrings(ix.tokens, at)
			if j < len(ix.tokens) && ix.tokens[j] == at {
				if s := perToken[i][int32(j)]; s > best {
					best = s
				}
			}
		}
		if best == 0 {
			return 0
		}
		total += best
	}
	s := total / float64(len(qtoks))
	switch {
	case alias == nq:
		s += 1
	case strings.HasPrefix(alias, nq):
		s += 0.5
	}
	// Prefer aliases the query covers more of ("bayliss" → "Cllr Bayliss"
	// over "Marc Bayliss Smith").
	s += 0.1 * float64(len(qtoks)) / float64(len(atoks))
	return s
}

// editDistance is the optimal-string-alignment distance between a and b:
// insertions, deletions, substitutions and swaps of adjacent letters.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
