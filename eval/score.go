package eval

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/schema"
)

// The categories of a Report, in the order Categories lists them.
const (
	CatEntities      = "entities"
	CatPersons       = "entities.Person"
	CatOrganizations = "entities.Organization"
	CatMemberships   = "memberships"
	CatRoles         = "roles"
	CatActions       = "actions"
	CatQuotes        = "quotes"
)

// Categories lists the categories of a Report in a fixed order.
func Categories() []string {
	return []string{CatEntities, CatPersons, CatOrganizations, CatMemberships, CatRoles, CatActions, CatQuotes}
}

// Counts are true positives, false positives and false negatives.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

func (c *Counts) add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Precision is TP/(TP+FP); with nothing predicted it is 1 if nothing was
// to be found, else 0.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP, c.FN == 0) }

// Recall is TP/(TP+FN); with nothing to find it is 1 if nothing was
// predicted, else 0.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN, c.FP == 0) }

// F1 is the harmonic mean of Precision and Recall (0 if both are 0).
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(n, d int, emptyOK bool) float64 {
	if d == 0 {
		if emptyOK {
			return 1
		}
		return 0
	}
	return float64(n) / float64(d)
}

// CategoryScore is the micro-averaged score of one category: counts summed
// over the scored articles, then precision, recall and F1.
type CategoryScore struct {
	Category string `json:"category"`
	Counts
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// ArticleScore is the counts of one scored article, by category.
type ArticleScore struct {
	Doc string `json:"doc"`
	// Predicted says whether the graph had any quad labelled with the
	// article; without, everything in its gold is a miss.
	Predicted bool              `json:"predicted"`
	Counts    map[string]Counts `json:"counts"`
}

// Miss is one difference between gold and prediction: a gold item not found
// ("missed") or a predicted item not in the gold ("spurious").
type Miss struct {
	Doc      string `json:"doc"`
	Category string `json:"category"`
	// Outcome is "missed" or "spurious".
	Outcome string `json:"outcome"`
	// Item names the fact: gold entity ids where an actor is matched,
	// otherwise the predicted actor's IRI (less the id base) and name,
	// prefixed with "?".
	Item string `json:"item"`
	// Evidence holds the ag:evidence sentences of a spurious action's
	// events.
	Evidence []string `json:"evidence,omitempty"`
	// Note explains what is near: a type mismatch, an unmatched actor,
	// an action predicted with another type.
	Note string `json:"note,omitempty"`
}

// Outcomes of a Miss.
const (
	Missed   = "missed"
	Spurious = "spurious"
)

// Report is the result of Score.
type Report struct {
	Categories []CategoryScore `json:"categories"`
	Articles   []ArticleScore  `json:"articles"`
	// Findings lists every miss, by article, category, outcome and item.
	Findings []Miss `json:"misses"`
}

// Category returns the score of the named category, and whether there is
// one.
func (r Report) Category(name string) (CategoryScore, bool) {
	for _, c := range r.Categories {
		if c.Category == name {
			return c, true
		}
	}
	return CategoryScore{}, false
}

// ScoreSource reads the predictions of src (ReadPredictions) and scores them
// against golds.
func ScoreSource(ctx context.Context, golds []Gold, src QuadSource) (Report, error) {
	preds, err := ReadPredictions(ctx, src)
	if err != nil {
		return Report{}, fmt.Errorf("score: %w", err)
	}
	return Score(golds, preds), nil
}

// Score scores predictions against golds, micro-averaged over the gold
// articles: an article without gold is not scored, a gold article without
// predictions scores every gold item as a miss.
func Score(golds []Gold, preds Predictions) Report {
	gs := append([]Gold(nil), golds...)
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].Doc < gs[j].Doc })

	totals := map[string]*Counts{}
	for _, c := range Categories() {
		totals[c] = &Counts{}
	}
	var rep Report
	for i := range gs {
		g := &gs[i]
		p := preds[g.Doc]
		as := ArticleScore{Doc: g.Doc, Predicted: p != nil, Counts: map[string]Counts{}}
		if p == nil {
			p = &Predicted{Doc: g.Doc}
		}
		counts, misses := scoreArticle(g, p)
		for c, n := range counts {
			as.Counts[c] = n
			totals[c].add(n)
		}
		rep.Articles = append(rep.Articles, as)
		rep.Findings = append(rep.Findings, misses...)
	}
	for _, c := range Categories() {
		n := *totals[c]
		rep.Categories = append(rep.Categories, CategoryScore{
			Category: c, Counts: n, Precision: n.Precision(), Recall: n.Recall(), F1: n.F1(),
		})
	}
	return rep
}

// match is the one-to-one matching of gold entities and predicted actors of
// one article.
type match struct {
	g   *Gold
	p   *Predicted
	g2p map[string]string // gold id → predicted IRI
	p2g map[string]string // predicted IRI → gold id
}

type names struct {
	canon string
	all   map[string]bool
}

func nameSet(name string, aliases []string) names {
	n := names{canon: NormalizeName(name), all: map[string]bool{}}
	for _, s := range append([]string{name}, aliases...) {
		if v := NormalizeName(s); v != "" {
			n.all[v] = true
		}
	}
	return n
}

func (a names) share(b names) bool {
	for v := range a.all {
		if b.all[v] {
			return true
		}
	}
	return false
}

// MatchEntities matches the gold entities of g one to one with the actors of
// p of the same type whose normalised names (NormalizeName) meet: first
// canonical name against canonical name, then any name against any name;
// each pass takes gold entities in file order and predicted actors in IRI
// order, greedily. It returns gold id → predicted IRI.
func MatchEntities(g *Gold, p *Predicted) map[string]string {
	return matchEntities(g, p).g2p
}

func matchEntities(g *Gold, p *Predicted) *match {
	m := &match{g: g, p: p, g2p: map[string]string{}, p2g: map[string]string{}}
	gn := make([]names, len(g.Entities))
	for i, e := range g.Entities {
		gn[i] = nameSet(e.Name, e.Aliases)
	}
	pn := make([]names, len(p.Actors))
	for i, a := range p.Actors {
		pn[i] = nameSet(a.Name, a.Aliases)
	}
	passes := []func(a, b names) bool{
		func(a, b names) bool { return a.canon != "" && a.canon == b.canon },
		names.share,
	}
	for _, meet := range passes {
		for i, e := range g.Entities {
			if _, done := m.g2p[e.ID]; done {
				continue
			}
			for j, a := range p.Actors {
				if _, taken := m.p2g[a.IRI]; taken || a.Type != e.Type {
					continue
				}
				if meet(gn[i], pn[j]) {
					m.g2p[e.ID] = a.IRI
					m.p2g[a.IRI] = e.ID
					break
				}
			}
		}
	}
	return m
}

// short is an IRI less the id base.
func short(iri string) string { return strings.TrimPrefix(iri, schema.IDBase) }

// label names a predicted node in a Miss: its gold id if matched, else
// "?<short IRI>" and its name.
func (m *match) label(iri string) string {
	if id, ok := m.p2g[iri]; ok {
		return id
	}
	if iri == "" {
		return "(none)"
	}
	if a, ok := m.p.Actor(iri); ok && a.Name != "" {
		return fmt.Sprintf("?%s %q", short(iri), a.Name)
	}
	return "?" + short(iri)
}

// unmatchedGold lists the ids among ids that no predicted actor matched.
func (m *match) unmatchedGold(ids ...string) string {
	var out []string
	for _, id := range ids {
		if _, ok := m.g2p[id]; !ok && id != "" && !contains(out, id) {
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		return ""
	}
	return "entity not found: " + strings.Join(out, ", ")
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func quoteList(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

func scoreArticle(g *Gold, p *Predicted) (map[string]Counts, []Miss) {
	m := matchEntities(g, p)
	counts := map[string]Counts{}
	var misses []Miss
	miss := func(cat, outcome, item, note string, evidence []string) {
		misses = append(misses, Miss{Doc: g.Doc, Category: cat, Outcome: outcome, Item: item, Note: note, Evidence: evidence})
	}

	// Entities.
	var ents, persons, orgs Counts
	byType := func(t extract.ActorType) *Counts {
		if t == extract.Person {
			return &persons
		}
		return &orgs
	}
	for _, e := range g.Entities {
		if _, ok := m.g2p[e.ID]; ok {
			byType(e.Type).TP++
			continue
		}
		byType(e.Type).FN++
		item := fmt.Sprintf("%s %s %q", e.Type, e.ID, e.Name)
		if len(e.Aliases) > 0 {
			item += " aka " + quoteList(e.Aliases)
		}
		miss(CatEntities, Missed, item, entityNote(m, nameSet(e.Name, e.Aliases), e.Type), nil)
	}
	for _, a := range p.Actors {
		if _, ok := m.p2g[a.IRI]; ok {
			continue
		}
		byType(a.Type).FP++
		item := fmt.Sprintf("%s ?%s %q", a.Type, short(a.IRI), a.Name)
		if len(a.Aliases) > 0 {
			item += " aka " + quoteList(a.Aliases)
		}
		miss(CatEntities, Spurious, item, goldNote(m, nameSet(a.Name, a.Aliases), a.Type), nil)
	}
	ents.add(persons)
	ents.add(orgs)
	counts[CatEntities], counts[CatPersons], counts[CatOrganizations] = ents, persons, orgs

	// Memberships.
	var gm []fact
	for _, x := range g.Memberships {
		gm = append(gm, fact{key: x[0] + " memberOf " + x[1], note: m.unmatchedGold(x[0], x[1])})
	}
	var pm []fact
	for _, x := range p.Memberships {
		pm = append(pm, m.predFact(x[0], "memberOf", x[1]))
	}
	counts[CatMemberships] = compareFacts(gm, pm, func(outcome string, f fact) { miss(CatMemberships, outcome, f.key, f.note, f.evidence) })

	// Actions.
	var ga []fact
	for _, x := range g.Actions {
		note := m.unmatchedGold(x[0], x[2])
		if note == "" {
			var other []string
			for _, a := range p.Actions {
				if m.p2g[a.Actor] == x[0] && m.p2g[a.Target] == x[2] && string(a.Type) != x[1] {
					other = append(other, string(a.Type))
				}
			}
			if len(other) > 0 {
				note = "predicted as " + strings.Join(other, ", ")
			}
		}
		ga = append(ga, fact{key: x[0] + " " + x[1] + " " + x[2], note: note})
	}
	var pa []fact
	for _, a := range p.Actions {
		f := m.predFact(a.Actor, string(a.Type), a.Target)
		f.evidence = a.Evidence
		pa = append(pa, f)
	}
	counts[CatActions] = compareFacts(ga, pa, func(outcome string, f fact) { miss(CatActions, outcome, f.key, f.note, f.evidence) })

	// Quotes.
	var gq []fact
	for _, id := range g.Quotes {
		gq = append(gq, fact{key: id, note: m.unmatchedGold(id)})
	}
	var pq []fact
	for _, s := range p.Quotes {
		pq = append(pq, m.predFact(s))
	}
	counts[CatQuotes] = compareFacts(gq, pq, func(outcome string, f fact) { miss(CatQuotes, outcome, f.key, f.note, f.evidence) })

	// Roles.
	rc, rm := scoreRoles(m)
	counts[CatRoles] = rc
	for _, x := range rm {
		miss(CatRoles, x.outcome, x.item, x.note, nil)
	}
	return counts, sortMisses(misses)
}

// entityNote says why a gold entity found no predicted actor, where a
// predicted actor shares a name with it.
func entityNote(m *match, n names, t extract.ActorType) string {
	for j, a := range m.p.Actors {
		if !n.share(nameSet(a.Name, a.Aliases)) {
			continue
		}
		if a.Type != t {
			return fmt.Sprintf("predicted as %s ?%s", a.Type, short(m.p.Actors[j].IRI))
		}
		if id, ok := m.p2g[a.IRI]; ok {
			return fmt.Sprintf("name shared with ?%s, matched to %s", short(a.IRI), id)
		}
	}
	return ""
}

// goldNote says why a predicted actor found no gold entity, where a gold
// entity shares a name with it.
func goldNote(m *match, n names, t extract.ActorType) string {
	for _, e := range m.g.Entities {
		if !n.share(nameSet(e.Name, e.Aliases)) {
			continue
		}
		if e.Type != t {
			return fmt.Sprintf("gold has %s %s", e.Type, e.ID)
		}
		if iri, ok := m.g2p[e.ID]; ok {
			return fmt.Sprintf("gold %s already matched to ?%s (duplicate actor?)", e.ID, short(iri))
		}
	}
	return ""
}

// fact is a gold or predicted fact of a set-compared category. A predicted
// fact whose actors are all matched has the key of the gold fact it would
// be; otherwise it has no key and is spurious as such.
type fact struct {
	key      string
	item     string // for unkeyed predicted facts
	note     string
	evidence []string
}

// predFact maps a predicted fact over actor IRIs (the parts at even
// positions; odd parts are predicates) to gold ids.
func (m *match) predFact(parts ...string) fact {
	keyParts := make([]string, len(parts))
	labels := make([]string, len(parts))
	var unmatched []string
	for i, s := range parts {
		if i%2 == 1 {
			keyParts[i], labels[i] = s, s
			continue
		}
		labels[i] = m.label(s)
		id, ok := m.p2g[s]
		switch _, actor := m.p.Actor(s); {
		case ok:
		case actor:
			unmatched = append(unmatched, "?"+short(s)+" matches no gold entity")
		default:
			unmatched = append(unmatched, "?"+short(s)+" is not an actor of this article")
		}
		keyParts[i] = id
	}
	if len(unmatched) > 0 {
		return fact{item: strings.Join(labels, " "), note: strings.Join(unmatched, "; ")}
	}
	return fact{key: strings.Join(keyParts, " ")}
}

// compareFacts compares gold and predicted facts as sets and reports each
// difference to report.
func compareFacts(gold, pred []fact, report func(outcome string, f fact)) Counts {
	var c Counts
	gset := map[string]bool{}
	var gkeys []fact
	for _, f := range gold {
		if !gset[f.key] {
			gset[f.key] = true
			gkeys = append(gkeys, f)
		}
	}
	pset := map[string]int{}
	var pkeyed []fact
	for _, f := range pred {
		if f.key == "" {
			c.FP++
			f.key = f.item
			report(Spurious, f)
			continue
		}
		if i, dup := pset[f.key]; dup {
			pkeyed[i].evidence = append(pkeyed[i].evidence, f.evidence...)
			continue
		}
		pset[f.key] = len(pkeyed)
		pkeyed = append(pkeyed, f)
	}
	for _, f := range gkeys {
		if _, ok := pset[f.key]; ok {
			c.TP++
		} else {
			c.FN++
			report(Missed, f)
		}
	}
	for _, f := range pkeyed {
		if !gset[f.key] {
			c.FP++
			report(Spurious, f)
		}
	}
	return c
}

type roleMiss struct{ outcome, item, note string }

// scoreRoles matches gold and predicted roles one to one: the person must
// match, the body must match unless the gold body is null, and the role
// texts must have RoleSimilarity ≥ RoleThreshold; the most similar pairs are
// taken first.
func scoreRoles(m *match) (Counts, []roleMiss) {
	g, p := m.g, m.p
	type pair struct {
		gi, pi int
		sim    float64
	}
	var pairs []pair
	for gi, gr := range g.Roles {
		for pi, pr := range p.Roles {
			if m.p2g[pr.Person] != gr.Person {
				continue
			}
			if gr.Org != "" && (pr.Body == "" || m.p2g[pr.Body] != gr.Org) {
				continue
			}
			if sim := RoleSimilarity(gr.Role, pr.Role); sim >= RoleThreshold {
				pairs = append(pairs, pair{gi, pi, sim})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].sim > pairs[j].sim })
	gdone, pdone := map[int]bool{}, map[int]bool{}
	var c Counts
	for _, x := range pairs {
		if gdone[x.gi] || pdone[x.pi] {
			continue
		}
		gdone[x.gi], pdone[x.pi] = true, true
		c.TP++
	}
	var out []roleMiss
	for gi, gr := range g.Roles {
		if gdone[gi] {
			continue
		}
		c.FN++
		org := gr.Org
		if org == "" {
			org = "(any)"
		}
		note := m.unmatchedGold(gr.Person, gr.Org)
		if note == "" {
			var near []string
			for _, pr := range p.Roles {
				if m.p2g[pr.Person] == gr.Person {
					near = append(near, fmt.Sprintf("%q in %s (%.2f)", pr.Role, m.label(pr.Body), RoleSimilarity(gr.Role, pr.Role)))
				}
			}
			if len(near) > 0 {
				note = "predicted: " + strings.Join(near, "; ")
			}
		}
		out = append(out, roleMiss{Missed, fmt.Sprintf("%s holds %q in %s", gr.Person, gr.Role, org), note})
	}
	for pi, pr := range p.Roles {
		if pdone[pi] {
			continue
		}
		c.FP++
		out = append(out, roleMiss{Spurious, fmt.Sprintf("%s holds %q in %s", m.label(pr.Person), pr.Role, m.label(pr.Body)), ""})
	}
	return c, out
}

// sortMisses orders the misses of one article by category, outcome (missed
// first) and item, keeping the order stable otherwise.
func sortMisses(ms []Miss) []Miss {
	rank := map[string]int{}
	for i, c := range Categories() {
		rank[c] = i
	}
	sort.SliceStable(ms, func(i, j int) bool {
		a, b := ms[i], ms[j]
		if rank[a.Category] != rank[b.Category] {
			return rank[a.Category] < rank[b.Category]
		}
		if a.Outcome != b.Outcome {
			return a.Outcome == Missed
		}
		return a.Item < b.Item
	})
	return ms
}
