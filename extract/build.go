package extract

import "sort"

// roleFact, actionFact and quoteFact are relations between entity indices,
// turned into Facts by ID at the end.
type roleFact struct {
	person int
	role   string
	body   int // -1: none
	sent   int
}

type actionFact struct {
	actor, target int
	typ           ActionType
	sent          int
	conf          float64
}

type quoteFact struct {
	speaker    int
	text       string
	sent       int
	tok0, tok1 int // the quoted tokens
}

// facts assembles the Facts: actors in order of first mention, relations
// in text order, duplicates dropped.
func (d *doc) facts() Facts {
	f := Facts{Doc: d.art.ID, Title: title(d.text, d.paras), WordCount: countWords(d.text)}
	order := make([]int, 0, len(d.ents))
	for ei, e := range d.ents {
		if e.key != "" && e.count > 0 && e.id != "" {
			order = append(order, ei)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return d.entLess(order[a], order[b]) })
	seenID := make(map[string]bool)
	emitted := make(map[int]bool)
	for _, ei := range order {
		e := d.ents[ei]
		if seenID[e.id] {
			continue
		}
		seenID[e.id] = true
		emitted[ei] = true
		a := Actor{ID: e.id, Type: e.typ, Kind: e.kind, Name: e.name}
		if e.typ == Person {
			a.Kind = ""
		}
		for _, al := range e.aliases {
			if al != e.name {
				a.Aliases = append(a.Aliases, al)
			}
		}
		a.Honorifics = append(a.Honorifics, e.honorifics...)
		f.Actors = append(f.Actors, a)
	}
	id := func(ei int) string {
		if ei < 0 || ei >= len(d.ents) {
			return ""
		}
		return d.ents[ei].id
	}
	ok := func(ei int) bool {
		return ei >= 0 && ei < len(d.ents) && emitted[ei] || ei >= 0 && ei < len(d.ents) && seenID[d.ents[ei].id]
	}

	mems := make([][2]int, 0, len(d.memberships))
	for k := range d.memberships {
		mems = append(mems, k)
	}
	sort.Slice(mems, func(a, b int) bool { return d.pairLess(mems[a], mems[b]) })
	seen := make(map[string]bool)
	for _, m := range mems {
		if !ok(m[0]) || !ok(m[1]) || id(m[0]) == id(m[1]) {
			continue
		}
		k := id(m[0]) + "|" + id(m[1])
		if !seen[k] {
			seen[k] = true
			f.Memberships = append(f.Memberships, Membership{Member: id(m[0]), Body: id(m[1])})
		}
	}
	subs := make([][2]int, 0, len(d.subOrgs))
	for k := range d.subOrgs {
		subs = append(subs, k)
	}
	sort.Slice(subs, func(a, b int) bool { return d.pairLess(subs[a], subs[b]) })
	for _, s := range subs {
		if ok(s[0]) && ok(s[1]) && id(s[0]) != id(s[1]) {
			f.SubOrganizations = append(f.SubOrganizations, SubOrganization{Child: id(s[0]), Parent: id(s[1])})
		}
	}
	for _, r := range d.roles {
		if !ok(r.person) || r.role == "" {
			continue
		}
		body := ""
		if r.body >= 0 && ok(r.body) {
			body = id(r.body)
		}
		k := id(r.person) + "|" + r.role + "|" + body
		if seen[k] {
			continue
		}
		seen[k] = true
		f.Roles = append(f.Roles, Role{Person: id(r.person), Role: r.role, Body: body, Evidence: d.sentenceText(r.sent)})
	}
	for _, a := range d.actions {
		if !ok(a.actor) || !ok(a.target) || id(a.actor) == id(a.target) {
			continue
		}
		k := id(a.actor) + "|" + string(a.typ) + "|" + id(a.target) + "|" + d.sentenceText(a.sent)
		if seen[k] {
			continue
		}
		seen[k] = true
		f.Actions = append(f.Actions, Action{Actor: id(a.actor), Type: a.typ, Target: id(a.target), Evidence: d.sentenceText(a.sent), Confidence: a.conf})
	}
	for _, q := range d.quoteFacts {
		if !ok(q.speaker) || q.text == "" {
			continue
		}
		k := "q|" + id(q.speaker) + "|" + q.text
		if seen[k] {
			continue
		}
		seen[k] = true
		f.Quotes = append(f.Quotes, Quote{Speaker: id(q.speaker), Text: q.text})
	}
	return f
}

// entLess orders entities by first mention, then by creation.
func (d *doc) entLess(a, b int) bool {
	if d.ents[a].order != d.ents[b].order {
		return d.ents[a].order < d.ents[b].order
	}
	return a < b
}

// pairLess orders pairs of entities.
func (d *doc) pairLess(a, b [2]int) bool {
	if a[0] != b[0] {
		return d.entLess(a[0], b[0])
	}
	return d.entLess(a[1], b[1])
}
