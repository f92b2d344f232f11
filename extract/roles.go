package extract

import (
	"slices"
	"sort"
	"strings"
)

// findMemberships reads party memberships written next to a person's name:
// "Labour Councillor Jo Bloggs", "Lib Dem Sam Smith", "Jo Bloggs (Lab)",
// and "The Conservative has…" of the last person named.
func (d *doc) findMemberships() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 {
			continue
		}
		e := d.ents[m.ent]
		if e.typ == Person && m.kind == mName {
			// a party adjective or possessive just before: "Labour
			// Councillor X", "Labour's X"
			if pm := d.partyBefore(m.ps); pm >= 0 {
				d.member(m.ent, d.mentions[pm].ent)
			}
			// a party's post in apposition before: "The Greens' housing
			// spokesperson, Cllr X,"
			if pm := d.partyPostBefore(m.ps); pm >= 0 {
				d.member(m.ent, d.mentions[pm].ent)
			}
			// a party in parentheses after: "X (Lab)"
			if pm := d.mentionStarting(m.j + 1); pm >= 0 && m.j < len(d.toks) && d.toks[m.j].text == "(" && d.entKind(pm) == Party {
				d.member(m.ent, d.mentions[pm].ent)
			}
			continue
		}
		// "The Conservative has also…": a party name standing for the
		// person last named
		if e.kind == Party && m.kind == mName && m.ps > 0 && d.toks[m.ps].norm != "the" && m.i > 0 && d.toks[m.i-1].norm == "the" && d.sentenceInitial(m.i-1) && m.j < len(d.toks) {
			n := &d.toks[m.j]
			if n.kind == tWord && !n.cap && (auxiliaries[n.norm] || speechVerbs[n.norm] || actionVerb(n.norm)) && !strings.HasSuffix(d.toks[m.j-1].norm, "s") {
				if p := d.antecedent(mi, 'u', true); p >= 0 && d.ents[p].typ == Person {
					d.member(p, m.ent)
					m.ent = p
				}
			}
		}
	}
}

// partyPostBefore returns the possessive party mention that opens a post
// set before a name by a comma, "Labour's finance spokesperson, Cllr X",
// or -1.
func (d *doc) partyPostBefore(ps int) int {
	if ps < 2 || d.toks[ps-1].text != "," {
		return -1
	}
	s := d.sents[d.toks[ps].sent]
	post := false
	for k := ps - 2; k >= s.tok0 && k >= ps-10; k-- {
		t := &d.toks[k]
		if mi := d.mentionEnding(k); mi >= 0 {
			if d.mentions[mi].poss && d.entKind(mi) == Party && post && (d.mentions[mi].ps == s.tok0 || d.mentions[mi].ps > s.tok0 && d.toks[d.mentions[mi].ps-1].norm == "the") {
				return mi
			}
			return -1
		}
		if t.kind != tWord || speechVerbs[t.norm] || auxiliaries[t.norm] {
			return -1
		}
		if roleHeads[t.norm] || refHeads[t.norm] {
			post = true
		}
	}
	return -1
}

// partyBefore returns the party mention just before token k, perhaps
// with a post between: "Labour Councillor X", "Conservative MP X".
func (d *doc) partyBefore(k int) int {
	for n := 0; n < 3 && k-1 >= 0; n++ {
		if pm := d.mentionEnding(k - 1); pm >= 0 {
			if d.entKind(pm) == Party && !d.mentions[pm].adj {
				return pm
			}
			return -1
		}
		t := &d.toks[k-1]
		if t.kind != tWord || !(roleHeads[t.norm] || roleModifiers[t.norm]) || t.norm == "and" {
			return -1
		}
		k--
	}
	return -1
}

// entKind returns the kind of mention mi's entity.
func (d *doc) entKind(mi int) Kind {
	if mi < 0 || d.mentions[mi].ent < 0 {
		return ""
	}
	return d.ents[d.mentions[mi].ent].kind
}

// member records that entity a is a member of entity b.
func (d *doc) member(a, b int) {
	if a >= 0 && b >= 0 && a != b {
		d.memberships[[2]int{a, b}] = true
	}
}

// findRoles reads the posts people hold, from the phrases around their
// names.
func (d *doc) findRoles() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind != mName || m.ent < 0 || d.ents[m.ent].typ != Person {
			continue
		}
		s := d.sents[d.toks[m.i].sent]
		d.bylineRole(mi, s)
		d.roleBefore(mi, s)
		d.roleAfter(mi, s)
		d.replacedAs(mi, s)
	}
	d.ledBy()
	d.dedupeRoles()
}

// bylineRole reads the post in a byline: "By Jo Bloggs, Local Democracy
// Reporter".
func (d *doc) bylineRole(mi int, s sentence) {
	m := &d.mentions[mi]
	p := d.paras[s.para]
	if !p.byline || s.tok0 != p.tok0 || m.j >= s.tok1 || d.toks[m.j].text != "," || bylineComma(d.toks, p.tok0, p.tok1) != m.j {
		return
	}
	var ws []string
	for k := m.j + 1; k < s.tok1; k++ {
		t := &d.toks[k]
		if t.kind != tWord || !t.cap || d.tokMention[k] != 0 {
			return
		}
		ws = append(ws, t.norm)
	}
	if len(ws) == 0 || len(ws) > 5 {
		return
	}
	switch ws[len(ws)-1] {
	case "reporter", "correspondent", "editor":
		d.roles = append(d.roles, roleFact{person: m.ent, role: strings.Join(ws, " "), body: -1, sent: d.toks[m.i].sent})
	}
}

// roleBefore reads a post written before a name: "cabinet member for
// housing Cllr X", "Its chairman X", "Leader of the council, X,".
func (d *doc) roleBefore(mi int, s sentence) {
	m := &d.mentions[mi]
	end := m.ps
	if pm := d.mentionEnding(end - 1); pm >= 0 && end-1 >= s.tok0 && d.entKind(pm) == Party && d.mentions[pm].ps-1 >= s.tok0 && d.toks[d.mentions[pm].ps-1].text == "," {
		end = d.mentions[pm].ps // "the leader of X, Conservative Cllr Y", "…, Labour's Cllr Y"
	}
	if end-4 >= s.tok0 && d.toks[end-1].text == "," && d.toks[end-2].text == ")" && d.toks[end-3].caps && d.toks[end-4].text == "(" {
		end -= 3 // "Police and Crime Commissioner (PCC), X"
	}
	if end-1 >= s.tok0 && d.toks[end-1].text == "," {
		end-- // "Leader of the council, X"
		if pm := d.mentionEnding(end - 1); pm >= 0 && d.mentions[pm].ent >= 0 && d.ents[d.mentions[pm].ent].typ == Person {
			return // "X, Y": a list
		}
	}
	w := end
	for w-1 >= s.tok0 && end-w < 14 {
		t := &d.toks[w-1]
		if t.kind != tWord && t.text != "," && t.text != "'" || determiners[t.norm] || (t.kind == tQuote) {
			break
		}
		if t.text == "," && !(w < end && d.toks[w].cap) {
			break
		}
		if pm := d.mentionEnding(w - 1); pm >= 0 {
			if d.mentions[pm].ent < 0 && d.mentions[pm].typ != Person && !d.mentions[pm].poss {
				w = d.mentions[pm].ps // a place: "Mayor of Northvale and Eastmere, X"
				continue
			}
			if d.mentions[pm].ent < 0 || d.ents[d.mentions[pm].ent].typ == Person || d.mentions[pm].poss && !(d.mentions[pm].ps-1 >= s.tok0 && d.toks[d.mentions[pm].ps-1].norm == "of") {
				break
			}
			w = d.mentions[pm].ps
			continue
		}
		w--
	}
	for p := w; p < end; p++ {
		if pm := d.mentionStarting(p); pm >= 0 && p != d.mentions[pm].ps {
			continue
		}
		text, body, stop, ok := d.parseRole(p, end)
		if !ok || stop != end {
			continue
		}
		if body < 0 && p > s.tok0 {
			body = d.ownerBefore(p - 1)
			if body < 0 && d.toks[p-1].poss && d.toks[p-1].cap {
				body = d.placeCouncil(d.toks[p-1].text) // "Northvale's cabinet member"
			}
			if body < 0 && p-2 >= s.tok0 && d.toks[p-1].cap && d.toks[p-1].kind == tWord && (d.tokMention[p-1] == 0 || d.mentions[d.tokMention[p-1]-1].ent < 0 && d.mentions[d.tokMention[p-1]-1].i == p-1) && !d.toks[p-1].poss {
				if pm := d.mentionEnding(p - 2); pm >= 0 && d.mentions[pm].poss && d.mentions[pm].ent >= 0 && d.ents[d.mentions[pm].ent].typ == Organization && d.ents[d.mentions[pm].ent].kind != Party && d.ents[d.mentions[pm].ent].kind != PartyGroup {
					// "the union's Northfield branch secretary, X"
					body = d.mentions[pm].ent
					text = d.roleText(p-1, p) + " " + text
				}
			}
			if body < 0 && (d.toks[p-1].cap && d.toks[p-1].kind == tWord && !d.sentenceInitial(p-1) && !functionWords[d.toks[p-1].norm] || d.tokMention[p-1] != 0 && d.mentions[d.tokMention[p-1]-1].ent < 0) {
				// "Friends of Castle Park chairwoman X": a body we do not
				// know
				body = noBody
			}
		}
		d.addRole(m.ent, text, body, d.toks[m.i].sent)
		if p-1 > s.tok0 && d.toks[p-1].text == "," {
			// "the council's section 151 officer, executive director of
			// resources X": both posts are X's
			for q := p - 2; q >= s.tok0 && q >= p-8; q-- {
				if d.toks[q].kind != tWord && d.toks[q].text != "151" && d.toks[q].text != "'" {
					break
				}
				if t2, b2, stop2, ok2 := d.parseRole(q, p-1); ok2 && stop2 == p-1 && (q == s.tok0 || determiners[d.toks[q].norm] || d.toks[q-1].poss || d.toks[q-1].text == ",") {
					if b2 < 0 {
						b2 = d.ownerBefore(q - 1)
					}
					d.addRole(m.ent, t2, b2, d.toks[m.i].sent)
					break
				}
			}
		}
		return
	}
	d.deputyOf(m, end, s)
}

// deputyOf reads "His deputy, Cllr X": X is deputy on the body where the
// person "his" stands for holds a post.
func (d *doc) deputyOf(m *mention, end int, s sentence) {
	if end-2 < s.tok0 || d.toks[end-1].norm != "deputy" || end == m.ps {
		return
	}
	pm := d.mentionEnding(end - 2)
	if pm < 0 || d.mentions[pm].kind != mPronoun || d.mentions[pm].ent < 0 || d.mentions[pm].ent == m.ent {
		return
	}
	boss := d.mentions[pm].ent
	for _, r := range d.roles {
		if r.person == boss && r.body >= 0 && d.ents[r.body].kind == Council && strings.Contains(r.role, "leader") {
			d.addRole(m.ent, "deputy", r.body, d.toks[m.i].sent)
			return
		}
	}
}

// ledByVerbs turn "the Independent group, led by Cllr X" into X's post.
var ledByVerbs = map[string]string{"led": "leader", "chaired": "chair", "headed": "head", "run": "head"}

// ledBy reads the posts of bodies said to be led by someone: "the
// Independent group on the council, led by Cllr X, said…".
func (d *doc) ledBy() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind != mName && m.kind != mGroup || m.ent < 0 || d.ents[m.ent].typ != Organization || m.adj || m.poss {
			continue
		}
		s := d.sents[d.toks[m.i].sent]
		for k := m.j; k+2 < s.tok1 && k < m.j+8; k++ {
			t := &d.toks[k]
			if t.kind == tQuote || t.text == "." || t.text == ";" || t.text == "(" {
				break
			}
			if pm := int(d.tokMention[k]) - 1; pm >= 0 && pm != mi && d.mentions[pm].ent >= 0 && d.ents[d.mentions[pm].ent].typ == Person {
				break
			}
			r, ok := ledByVerbs[t.norm]
			if !ok || d.toks[k+1].norm != "by" || !(d.toks[k-1].text == "," || k == m.j) {
				continue
			}
			if pm := d.mentionStarting(k + 2); pm >= 0 && d.mentions[pm].ent >= 0 && d.ents[d.mentions[pm].ent].typ == Person && d.mentions[pm].kind == mName {
				p := d.mentions[pm].ent
				d.roles = append(d.roles, roleFact{person: p, role: r, body: m.ent, sent: d.toks[m.i].sent})
				switch d.ents[m.ent].kind {
				case Party, PartyGroup, Board, OtherKind:
					d.member(p, m.ent)
				}
			}
			break
		}
	}
}

// roleAnaphora resolves definite descriptions by post: "the cabinet
// member" refers to the one person the article gives that post.
func (d *doc) roleAnaphora() {
	added := false
	for si := range d.sents {
		s := d.sents[si]
		for k := s.tok0; k+1 < s.tok1; k++ {
			if d.toks[k].norm != "the" || d.tokMention[k] != 0 || d.tokMention[k+1] != 0 {
				continue
			}
			text, _, end, ok := d.parseRole(k+1, s.tok1)
			if !ok || end <= k+1 || d.tokMention[end-1] != 0 || (end < s.tok1 && d.mentionStarting(end) >= 0) || (end < s.tok1 && d.toks[end].text == ",") {
				continue
			}
			single := !strings.Contains(text, " ")
			person := -1
			for _, r := range d.roles {
				if r.role == text || !single && strings.HasPrefix(r.role, text+" ") || single && (r.role == "council "+text || r.role == text+" of the council") {
					if person >= 0 && person != r.person {
						person = -2
						break
					}
					person = r.person
				}
			}
			if person < 0 {
				continue
			}
			d.mentions = append(d.mentions, mention{i: k + 1, j: end, ps: k, kind: mRoleRef, typ: Person, name: text, surface: d.span(k, end), ent: person, inQ: d.toks[k].inQ})
			added = true
			k = end - 1
		}
	}
	if added {
		sort.SliceStable(d.mentions, func(a, b int) bool { return d.mentions[a].i < d.mentions[b].i })
		for k := range d.tokMention {
			d.tokMention[k] = 0
		}
		d.indexMentions()
	}
}

// ownerBefore reads the owner of a post from the word before it: "its",
// "the council's".
func (d *doc) ownerBefore(k int) int {
	if k < 0 {
		return -1
	}
	t := &d.toks[k]
	if t.norm == "its" || t.norm == "their" {
		return d.antecedentAt(k, 'o', d.sentenceInitial(k))
	}
	if pm := d.mentionEnding(k); pm >= 0 && d.mentions[pm].poss && d.mentions[pm].ent >= 0 && d.ents[d.mentions[pm].ent].typ == Organization {
		return d.mentions[pm].ent
	}
	return -1
}

// roleAfter reads a post written after a name: "X, Labour group leader,",
// "X, who chairs the audit committee", "X as director".
func (d *doc) roleAfter(mi int, s sentence) {
	m := &d.mentions[mi]
	k := m.j
	if k < s.tok1 && d.toks[k].text == "(" {
		for k < s.tok1 && d.toks[k].text != ")" {
			k++
		}
		k++
	}
	if k >= s.tok1 {
		return
	}
	// "X has been elected as leader", "X was appointed as chair"
	if q := k; d.toks[q].kind == tWord && auxiliaries[d.toks[q].norm] {
		for q < s.tok1 && q < k+3 && auxiliaries[d.toks[q].norm] {
			q++
		}
		if q+1 < s.tok1 && appointVerbs[d.toks[q].norm] && d.toks[q+1].norm == "as" {
			k = q + 1
		}
	}
	sent := d.toks[m.i].sent
	switch {
	case d.toks[k].text == "," && k+1 < s.tok1 && d.toks[k+1].norm == "who":
		d.roleRelative(m.ent, k+2, s.tok1, sent)
	case d.toks[k].text == "," && k+2 < s.tok1 && d.toks[k+1].norm == "of":
		// "Cllr X, of the Northfield Residents' Association,"
		q := k + 2
		if d.toks[q].norm == "the" {
			q++
		}
		if pm := d.mentionStarting(q); pm >= 0 && (d.entKind(pm) == Party || d.entKind(pm) == PartyGroup) {
			d.member(m.ent, d.mentions[pm].ent)
		}
	case d.toks[k].text == ",":
		if text, body, _, ok := d.parseRole(k+1, s.tok1); ok {
			d.addRole(m.ent, text, body, sent)
		} else if p := d.partyAppositive(k+1, s.tok1); p >= 0 {
			d.member(m.ent, p)
			// "X, a fellow Conservative who is also cabinet member for Y"
			for q := k + 1; q < s.tok1 && q < k+7; q++ {
				if d.toks[q].text == "," {
					break
				}
				if d.toks[q].norm == "who" {
					d.roleRelative(m.ent, q+1, s.tok1, sent)
					break
				}
			}
		}
	case (d.toks[k].norm == "becomes" || d.toks[k].norm == "became") && k+1 < s.tok1:
		// "Cllr X becomes portfolio holder for housing"
		if text, body, _, ok := d.parseRole(k+1, s.tok1); ok {
			d.addRole(m.ent, text, body, sent)
		}
	case d.toks[k].norm == "as":
		if text, body, _, ok := d.parseRole(k+1, s.tok1); ok {
			d.addRole(m.ent, text, body, sent)
		}
	}
}

// appointVerbs put someone in a post: "was elected as leader".
var appointVerbs = setOf("elected", "appointed", "named", "installed", "confirmed", "chosen", "selected", "re-elected")

// partyPosts are posts a party gives: "Labour leader", "Green
// spokesperson for transport".
var partyPosts = setOf("leader", "spokesman", "spokeswoman", "spokesperson", "whip", "chair", "chairman",
	"chairwoman", "treasurer", "organiser", "organizer", "agent", "candidate", "peer", "activist",
	"president", "campaigner", "secretary", "convener", "convenor", "representative")

// councilPostWords make a post the council's, whatever party holds it:
// "Labour council leader", "Tory cabinet member".
var councilPostWords = setOf("council", "cabinet", "county", "city", "district", "borough", "town", "parish",
	"portfolio", "executive", "mayor", "lead", "committee", "scrutiny", "mp", "mep", "msp", "ms", "commissioner")

// partyPostWords reports whether tokens [i, j) word a party's post: a
// party post head and no council word.
func (d *doc) partyPostWords(i, j int) bool {
	ws := make([]string, 0, j-i)
	for k := i; k < j; k++ {
		if d.toks[k].kind == tWord {
			ws = append(ws, d.toks[k].norm)
		}
	}
	return partyPostList(ws)
}

// partyPostText is partyPostWords for a post's text.
func partyPostText(text string) bool {
	ws := strings.Fields(text)
	for i, w := range ws {
		if w == "for" || w == "of" || w == "with" || w == "responsible" || w == "in" {
			ws = ws[:i]
			break
		}
	}
	return partyPostList(ws)
}

func partyPostList(ws []string) bool {
	if len(ws) == 0 || !partyPosts[ws[len(ws)-1]] {
		return false
	}
	for _, w := range ws {
		if councilPostWords[w] {
			return false
		}
	}
	return true
}

// noBody marks a post whose body is named but unknown: no default.
const noBody = -2

// partyAppositive reads "X, a Liberal Democrat, said": a party named
// alone between commas. It returns the party's entity, or -1.
func (d *doc) partyAppositive(k, end int) int {
	if k < end && (d.toks[k].norm == "a" || d.toks[k].norm == "the") {
		k++
	}
	if k < end && (d.toks[k].norm == "fellow" || d.toks[k].norm == "veteran" || d.toks[k].norm == "lifelong" || d.toks[k].norm == "long-serving") {
		k++ // "a fellow Conservative"
	}
	pm := d.mentionStarting(k)
	if pm < 0 || d.entKind(pm) != Party {
		return -1
	}
	j := d.mentions[pm].j
	if j < end && (d.toks[j].norm == "member" || d.toks[j].norm == "politician" || d.toks[j].norm == "supporter" || d.toks[j].norm == "councillor") {
		j++
	}
	if j >= end || d.toks[j].text == "," || d.toks[j].text == "." || d.toks[j].norm == "who" || speechVerbs[d.toks[j].norm] {
		return d.mentions[pm].ent
	}
	return -1
}

// relativeVerbs turn "who chairs the committee" into the post "chair".
var relativeVerbs = map[string]string{
	"chairs": "chair", "leads": "leader", "heads": "head", "runs": "head", "represents": "councillor",
}

// roleRelative reads "who chairs X", "who is cabinet member for Y", "who
// has been portfolio holder for Z" from token k.
func (d *doc) roleRelative(person, k, end, sent int) {
	for k < end && (auxiliaries[d.toks[k].norm] || d.toks[k].norm == "became" || d.toks[k].norm == "becomes" || d.toks[k].norm == "serves" || d.toks[k].norm == "served" || d.toks[k].norm == "as") {
		if d.toks[k].norm == "now" || d.toks[k].norm == "also" {
			k++
			continue
		}
		k++
	}
	if k+3 < end && keepVerbs[d.toks[k].norm] && possessives[d.toks[k+1].norm] && (d.toks[k+2].norm == "role" || d.toks[k+2].norm == "post" || d.toks[k+2].norm == "job" || d.toks[k+2].norm == "place") && d.toks[k+3].norm == "as" {
		k += 4 // "who keeps her role as portfolio holder for housing"
	}
	if k >= end {
		return
	}
	if r, ok := relativeVerbs[d.toks[k].norm]; ok {
		if r == "chair" && k+2 < end && d.toks[k+1].norm == "the" {
			// "who chairs the audit committee": a committee the text does not
			// name is the council's
			if n := d.bodyRefAt(k+2, end); n > 1 && d.toks[k+1+n].norm == "committee" {
				if pm := d.mentionStarting(k + 1); pm < 0 || d.mentions[pm].ent < 0 {
					d.addRole(person, r+" of "+d.roleText(k+1, k+2+n), -1, sent)
					return
				}
			}
		}
		body := -1
		for j := k + 1; j < end && j < k+8; j++ {
			if d.toks[j].text == "," || d.toks[j].kind == tQuote {
				break
			}
			if pm := int(d.tokMention[j]) - 1; pm >= 0 && d.mentions[pm].ent >= 0 && !d.mentions[pm].adj && d.ents[d.mentions[pm].ent].typ == Organization {
				body = d.mentions[pm].ent
				break
			}
		}
		if r == "councillor" {
			return
		}
		d.addRole(person, r, body, sent)
		return
	}
	if text, body, _, ok := d.parseRole(k, end); ok {
		d.addRole(person, text, body, sent)
	}
}

// roleStops end the words of a post.
var roleStops = setOf("who", "which", "that", "since", "until", "when", "after", "before", "has", "must", "should", "can", "may", "might", "shall",
	"have", "had", "is", "was", "were", "are", "will", "would", "to", "said", "says", "but",
	"and", "told", "added", "since", "because", "during", "yesterday", "today", "last", "this",
	"following", "while", "if", "called", "calls", "admitted", "insisted", "warned", "also", "could")

// parseRole reads a post starting at token i, before token limit: an
// owner ("the council's", "Labour's"), modifiers, one or more role nouns,
// and a complement ("for children and families", "of the Labour group").
// It returns the post lowercased, the body it names or -1, the token after
// it, and whether there was a post.
func (d *doc) parseRole(i, limit int) (string, int, int, bool) {
	body := -1
	k := i
	// determiners and owners
	for k < limit {
		t := &d.toks[k]
		if t.norm == "the" || t.norm == "a" || t.norm == "an" {
			k++
			continue
		}
		if t.norm == "its" || t.norm == "their" {
			body = d.antecedentAt(k, 'o', false)
			k++
			continue
		}
		if pm := d.mentionStarting(k); pm >= 0 && d.mentions[pm].poss && d.mentions[pm].ent >= 0 && d.ents[d.mentions[pm].ent].typ == Organization {
			body = d.mentions[pm].ent
			k = d.mentions[pm].j
			continue
		}
		if t.poss && t.cap && (d.tokMention[k] == 0 || d.mentions[d.tokMention[k]-1].ent < 0) {
			k++ // a place: "Northfield's"
			continue
		}
		break
	}
	ownerBody, i1 := body >= 0, k
	start, lastHead := -1, -1
	partyStart, partyEnd := -1, -1 // a party's name that opens the post
	for k < limit {
		t := &d.toks[k]
		if pm := d.mentionStarting(k); pm >= 0 {
			pmn := &d.mentions[pm]
			if pmn.ent < 0 || d.ents[pmn.ent].typ != Organization || pmn.poss || lastHead >= 0 {
				break
			}
			ek := d.ents[pmn.ent].kind
			body = pmn.ent
			if ek == PartyGroup || ek == Party {
				if start < 0 {
					start = pmn.i
					if ek == Party {
						partyStart, partyEnd = pmn.i, pmn.j
					}
				}
			} else {
				start = -1
			}
			k = pmn.j
			continue
		}
		if t.norm == "section" && lastHead < 0 && k+2 < limit && d.toks[k+1].text == "151" {
			if start < 0 {
				start = k // "the section 151 officer"
			}
			k += 2
			continue
		}
		if t.kind != tWord {
			break
		}
		if roleFormer[t.norm] || strings.HasPrefix(t.norm, "ex-") || strings.HasPrefix(t.norm, "former") {
			return "", -1, k, false
		}
		if ownerBody && start < 0 && k == i1 && t.cap && !t.poss && d.tokMention[k] == 0 && k+1 < limit && (roleHeads[d.toks[k+1].norm] || roleModifiers[d.toks[k+1].norm]) && !roleHeads[t.norm] && !roleModifiers[t.norm] {
			// "the union's Northfield branch secretary": a place in the post
			start = k
			k++
			continue
		}
		if roleDrop[t.norm] && start < 0 && lastHead < 0 {
			k++
			continue
		}
		if roleHeads[t.norm] {
			if start < 0 {
				start = k
			}
			lastHead = k
			k++
			continue
		}
		if roleModifiers[t.norm] && t.norm != "and" || (t.norm == "and" && start >= 0 && lastHead < 0) {
			if start < 0 {
				start = k
			}
			if lastHead >= 0 && !roleHeads[t.norm] {
				break
			}
			k++
			continue
		}
		break
	}
	if lastHead < 0 || start < 0 {
		return "", -1, k, false
	}
	// a role noun alone that is also a modifier ("executive", "council")
	// is no post
	if lastHead == start && (d.toks[start].norm == "executive" || d.toks[start].norm == "cabinet" || d.toks[start].norm == "portfolio" || d.toks[start].norm == "lead" || d.toks[start].norm == "councillor" || d.toks[start].norm == "deputy" || d.toks[start].norm == "head" || d.toks[start].norm == "am") {
		return "", -1, k, false
	}
	if start == partyStart && partyEnd <= lastHead && !d.partyPostWords(partyEnd, lastHead+1) {
		// "Labour cabinet member", "Conservative commissioner": the party
		// is the holder's, not the post's
		start = partyEnd
		for start < lastHead && d.toks[start].kind != tWord {
			start++
		}
	}
	end := lastHead + 1
	k = end
	// the complement
	comp := k
	if k < limit && (d.toks[k].norm == "for" || d.toks[k].norm == "of" || d.toks[k].norm == "with" || d.toks[k].norm == "responsible" || d.toks[k].norm == "in") {
		for k < limit {
			t := &d.toks[k]
			if t.kind == tQuote || t.text == "." || t.text == ";" || t.text == ":" || t.text == "(" || t.text == ")" {
				break
			}
			if t.text == "," {
				if !(k+1 < limit && d.toks[k+1].cap && d.listAhead(k+1, limit)) {
					break
				}
				k++
				continue
			}
			if (t.norm == "at" || t.norm == "on") && k > comp {
				if pm := d.mentionStarting(k + 1); pm >= 0 && d.mentions[pm].ent >= 0 && d.ents[d.mentions[pm].ent].typ == Organization {
					if body < 0 {
						body = d.mentions[pm].ent
					}
					k = d.mentions[pm].j
					break
				}
			}
			if t.norm == "with" && k+1 < limit && (d.toks[k+1].norm == "immediate" || d.toks[k+1].norm == "effect") {
				break // "with immediate effect"
			}
			if roleStops[t.norm] && !(t.norm == "and" && k+1 < limit && d.toks[k+1].kind == tWord && !speechVerbs[d.toks[k+1].norm] && !auxiliaries[d.toks[k+1].norm] && d.mentionStarting(k+1) < 0) {
				break
			}
			if speechVerbs[t.norm] && t.norm != "called" {
				break
			}
			if pm := int(d.tokMention[k]) - 1; pm >= 0 {
				pmn := &d.mentions[pm]
				if pmn.ent >= 0 && d.ents[pmn.ent].typ == Person {
					break
				}
				if pmn.ent >= 0 && body < 0 {
					body = pmn.ent
				}
				k = pmn.j
				end = k
				continue
			}
			k++
			end = k
		}
	}
	stop := end
	if end > comp && determiners[d.toks[comp+1].norm] && d.namedBodyOnly(comp+1, end) {
		end = comp // "chairman of the Northvale Police and Crime Panel": the body says it
	}
	text := d.roleText(start, end)
	if text == "" {
		return "", -1, k, false
	}
	return text, body, stop, true
}

// placeCouncil returns the one council named after a place, written
// possessively before a post ("Northvale's cabinet member"), or -1.
func (d *doc) placeCouncil(word string) int {
	word = strings.TrimSuffix(strings.TrimSuffix(strings.ReplaceAll(word, "\u2019", "'"), "'s"), "'")
	found := -1
	for ei, e := range d.ents {
		if e.kind == Council && e.key != "" && e.count > 0 && strings.EqualFold(councilPlace(e.name), word) {
			if found >= 0 {
				return -1
			}
			found = ei
		}
	}
	return found
}

// namedBodyOnly reports whether tokens [i, j) are one body's proper name,
// perhaps after "the", and not a party group or "the council".
func (d *doc) namedBodyOnly(i, j int) bool {
	for i < j && determiners[d.toks[i].norm] {
		i++
	}
	mi := d.mentionStarting(i)
	if mi < 0 {
		return false
	}
	m := &d.mentions[mi]
	return m.j == j && m.kind == mName && m.ent >= 0 && d.ents[m.ent].typ == Organization && d.ents[m.ent].kind != PartyGroup
}

// listAhead reports whether the capitalised words from k end a list with
// "and": "Children, Families and Communities".
func (d *doc) listAhead(k, limit int) bool {
	for ; k < limit && k < k+8; k++ {
		t := &d.toks[k]
		if t.norm == "and" {
			return true
		}
		if t.kind != tWord && t.text != "," || !t.cap && t.norm != "and" {
			return false
		}
	}
	return false
}

// roleText returns the words of a post, lowercased, with single spaces and
// plain apostrophes.
func (d *doc) roleText(i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		t := &d.toks[k]
		if t.kind == tQuote {
			continue
		}
		if b.Len() > 0 && t.text != "," && t.start > d.toks[k-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(strings.ReplaceAll(d.text[t.start:t.end], "\u2019", "'")))
	}
	return strings.TrimSpace(strings.TrimPrefix(b.String(), "and "))
}

// addRole records a post, giving it a default body: a party group's post
// belongs to the group, a council post to the article's council. A
// councillor's seat ("Labour councillor") is a membership, not a post.
func (d *doc) addRole(person int, text string, body, sent int) {
	if rest, ok := strings.CutPrefix(text, "group's "); ok && body < 0 {
		// "the group's spokesperson for housing": the party group just
		// named
		if g := d.groupBefore(person, sent); g >= 0 {
			text, body = rest, g
		}
	}
	if strings.HasSuffix(text, "councillor") {
		d.ents[person].councillor = true
		if body >= 0 && d.ents[body].kind == Party {
			d.member(person, body)
		}
		return
	}
	if ws := strings.Fields(text); len(ws) > 0 && roleLinkWords[ws[len(ws)-1]] {
		return // "a spokesperson for" with nothing after it
	}
	if body == person {
		body = -1
	}
	seat := ""
	if ws := strings.Fields(text); len(ws) == 2 && ws[1] == "member" && bodyRefHeads[ws[0]] {
		seat = ws[0] // "panel member"
	}
	if seat != "" && (body < 0 || d.ents[body].kind == Party) {
		body = d.bodyRef(&mention{name: seat}) // the panel named
	}
	if body >= 0 && (text == "member" || seat != "") && d.ents[body].typ == Organization {
		d.member(person, body) // "Labour panel member Cllr X": a seat, not a post
		return
	}
	if body >= 0 && d.ents[body].kind == Party {
		if !partyPostText(text) {
			// "Labour cabinet member": a member of the party, a post of the
			// council
			d.member(person, body)
			body = -1
		} else if post := adminLeaderPost(text); post != "" && d.main >= 0 && d.adminGroupOf(d.ents[body].party) >= 0 {
			// "Labour leader Cllr X" where Labour runs the council: X leads
			// the council, and sits in its group
			d.member(person, body)
			d.member(person, d.adminGroupOf(d.ents[body].party))
			text, body = post, d.main
		} else if strings.HasSuffix(text, "leader") && !strings.Contains(text, "party") {
			// "Lib Dem leader" on a council leads the party's group
			for gi, g := range d.ents {
				if g.kind == PartyGroup && g.party == d.ents[body].party && g.count > 0 && d.main >= 0 {
					d.member(person, body)
					body = gi
					break
				}
			}
		}
	}
	if body >= 0 && d.ents[body].typ == Person {
		body = -1
	}
	if body < 0 && body != noBody && (text == "opposition leader" || text == "leader of the opposition" || text == "group leader" || text == "opposition group leader") {
		// the leader of the holder's party group
		if g := d.personGroup(person); g >= 0 {
			body = g
		} else if g := d.nearbyGroup(sent); g >= 0 {
			body = g // "The Tory opposition … Group leader Cllr X said"
		}
	}
	if body == noBody {
		body = -1
	} else if body < 0 {
		words := strings.Fields(text)
		national := false
		for _, w := range words {
			if nonCouncilRoles[w] {
				national = true
			}
		}
		if !national {
			body = d.main
			if c := d.tierCouncil(words); c >= 0 {
				body = c // "town mayor", "district councillor"
			} else if c := d.contextBody(person, sent, words); c >= 0 {
				body = c // "Chief executive X, who joined the trust"
			}
		} else if c := d.contextBody(person, sent, words); c >= 0 && unionPost(words) && d.isUnion(c) {
			body = c // "Branch secretary X": the union just named
		} else if c := d.inspectorate(words); c >= 0 {
			body = c // "HM Inspector of Constabulary": the inspectorate named
		} else if c := d.policeForce(words); c >= 0 {
			body = c // "chief constable": the force the article names
			d.member(person, c)
		}
	}
	if body >= 0 && d.isUnion(body) {
		d.member(person, body) // a union's official is its member
	}
	d.roles = append(d.roles, roleFact{person: person, role: text, body: body, sent: sent})
}

// councilPostMarks make a post a council's, whatever body the sentence
// names: "cabinet member", "council leader".
var councilPostMarks = setOf("committee", "cabinet", "portfolio", "council", "councillor", "leader", "mayor",
	"scrutiny", "opposition", "group", "ward", "lead", "executive", "deputy", "alderman", "provost", "whip")

// officerBodyKinds are the kinds of body whose officers a generic post
// ("chief executive", "chair", "monitoring officer") may belong to.
var officerBodyKinds = map[Kind]bool{OtherKind: true, Board: true, Company: true, Council: true, "": true}

// contextBody returns the body a generic post belongs to when the text
// names none: the nearest body before the holder in the sentence, else
// after the holder in it, else the last in the sentence before; or -1.
func (d *doc) contextBody(person, sent int, words []string) int {
	for _, w := range words {
		if tierWords[w] {
			return -1 // "town clerk": the tier says the council
		}
		if councilPostMarks[w] && !(w == "executive" && len(words) > 1 && words[0] == "chief") && !(w == "deputy" && len(words) > 1) {
			return -1
		}
	}
	if unionPost(words) {
		// "Regional organiser X": the union the text has just named
		for sj := sent; sj >= 0 && sj >= sent-2; sj-- {
			for _, mi := range d.sentMentions[sj] {
				if e := d.mentions[mi].ent; e >= 0 && d.isUnion(e) {
					return e
				}
			}
		}
	}
	p := -1
	for _, mi := range d.sentMentions[sent] {
		if d.mentions[mi].ent == person {
			p = d.mentions[mi].i
			break
		}
	}
	if p < 0 {
		return -1
	}
	fits := func(mi int) bool {
		m := &d.mentions[mi]
		if m.ent < 0 || m.adj || m.kind == mPronoun || m.kind == mReport || m.kind == mCollective {
			return false
		}
		e := d.ents[m.ent]
		return e.typ == Organization && officerBodyKinds[e.kind] && e.count > 0
	}
	before, after := -1, -1
	for _, mi := range d.sentMentions[sent] {
		if !fits(mi) {
			continue
		}
		if d.mentions[mi].i < p {
			before = d.mentions[mi].ent
		} else if after < 0 && !(d.ents[d.mentions[mi].ent].kind == Company && servicePost(words)) {
			// "Director of place X told… its owner, Y Group": a firm named
			// later is not the body of an in-house director
			after = d.mentions[mi].ent
		}
	}
	if before >= 0 {
		return before
	}
	if after >= 0 {
		return after
	}
	if sent > 0 {
		last := -1
		for _, mi := range d.sentMentions[sent-1] {
			if fits(mi) {
				last = d.mentions[mi].ent
			}
		}
		return last
	}
	return -1
}

// dedupeRoles drops a post whose words all appear in another post of the
// same person and body.
func (d *doc) dedupeRoles() {
	out := d.roles[:0]
	for i, r := range d.roles {
		drop := false
		for j, o := range d.roles {
			if i == j || o.person != r.person || o.body != r.body {
				continue
			}
			if o.role == r.role && j < i {
				drop = true
				break
			}
			if o.role != r.role && len(o.role) > len(r.role) && wordsSubset(r.role, o.role) {
				drop = true
				break
			}
		}
		if !drop {
			out = append(out, r)
		}
	}
	d.roles = out
}

// wordsSubset reports whether every word of a is a word of b.
func wordsSubset(a, b string) bool {
	return allWordsIn(strings.Fields(a), strings.Fields(b))
}

// allWordsIn reports whether every one of words is in in.
func allWordsIn(words, in []string) bool {
	for _, w := range words {
		if !slices.Contains(in, w) {
			return false
		}
	}
	return true
}

// inferMemberships adds the memberships the posts and titles imply:
// councillors belong to the council, holders of a group's or board's post
// to that body, a party's councillors to its group on the council.
func (d *doc) inferMemberships() {
	for ei, e := range d.ents {
		if e.typ == Person && e.councillor && d.main >= 0 && e.count > 0 {
			d.member(ei, d.councilOf(ei))
		}
		if e.kind == PartyGroup && d.main >= 0 && e.count > 0 {
			d.subOrgs[[2]int{ei, d.main}] = true
		}
	}
	for _, r := range d.roles {
		if r.body < 0 {
			continue
		}
		switch d.ents[r.body].kind {
		case Party, PartyGroup, Board:
			d.member(r.person, r.body)
		case Company, Government, Media:
		default:
			if chairPosts[r.role] {
				d.member(r.person, r.body) // a body's chair sits on it
			}
		}
	}
	// members of a group belong to its party; a party's councillors to its
	// group
	for _, k := range d.memberList() {
		a, b := k[0], k[1]
		if d.ents[b].kind == PartyGroup {
			if p := d.nationalParty(d.ents[b].party); p >= 0 {
				d.member(a, p)
			}
		}
	}
	for _, k := range d.memberList() {
		a, b := k[0], k[1]
		if d.ents[b].kind != Party || d.ents[a].typ != Person {
			continue
		}
		if !d.ents[a].councillor && !d.memberships[[2]int{a, d.main}] {
			continue
		}
		for gi, g := range d.ents {
			if g.kind == PartyGroup && g.party == d.ents[b].party && g.count > 0 {
				d.member(a, gi)
			}
		}
	}
	// cabinet members of a council run by one group belong to it
	admin := -1
	for gi, g := range d.ents {
		if g.kind == PartyGroup && g.admin && g.count > 0 {
			admin = gi
		}
	}
	if admin >= 0 && d.ents[admin].party == coalitionParty {
		// the leader, deputy and cabinet of a council a coalition runs
		// belong to the coalition
		for _, r := range d.roles {
			if r.body == d.main && r.body >= 0 && (coalitionPosts[r.role] || strings.Contains(r.role, "cabinet")) {
				d.member(r.person, admin)
			}
		}
	} else if admin >= 0 {
		for _, r := range d.roles {
			if r.body != d.main || !(strings.Contains(r.role, "cabinet") || strings.Contains(r.role, "portfolio")) {
				continue
			}
			if d.hasParty(r.person) && !d.memberships[[2]int{r.person, d.nationalParty(d.ents[admin].party)}] {
				continue
			}
			d.member(r.person, admin)
			if p := d.nationalParty(d.ents[admin].party); p >= 0 {
				d.member(r.person, p)
			}
		}
	}
}

// coalitionPosts are the posts on a council held by its ruling coalition.
var coalitionPosts = setOf("leader", "council leader", "deputy leader", "deputy council leader", "deputy",
	"leader of the council", "deputy leader of the council")

// chairPosts are the posts of those who sit on the body they chair.
var chairPosts = setOf("chair", "chairman", "chairwoman", "chairperson", "vice-chair", "vice-chairman",
	"vice-chairwoman", "deputy chair", "deputy chairman", "parish member", "board member")

// tierWords name the tiers of local government.
var tierWords = setOf("town", "parish", "district", "county", "city", "borough")

// tierCouncil returns the council of the tier a post names ("town
// mayor", "district councillor") when it is not the main council's, and
// the article names just one such council; else -1.
func (d *doc) tierCouncil(words []string) int {
	if d.main < 0 {
		return -1
	}
	mainName := strings.ToLower(d.ents[d.main].name)
	for _, w := range words {
		if w == "for" || w == "of" {
			break
		}
		if !tierWords[w] || strings.Contains(mainName, w+" ") {
			continue
		}
		found := -1
		for ci, c := range d.ents {
			if c.kind == Council && c.key != "" && c.count > 0 && strings.Contains(strings.ToLower(c.name), " "+w+" ") {
				if found >= 0 {
					return -1
				}
				found = ci
			}
		}
		return found
	}
	return -1
}

// policeForce returns the police force the article names, for a police
// post ("chief constable"), or -1.
func (d *doc) policeForce(words []string) int {
	police := false
	for _, w := range words {
		if w == "constable" || w == "superintendent" || w == "inspector" && len(words) > 1 {
			police = true
		}
		if w == "fire" || w == "rescue" || w == "hm" || w == "schools" || w == "probation" || w == "prisons" {
			return -1
		}
	}
	if !police {
		return -1
	}
	found := -1
	for ei, e := range d.ents {
		n := strings.ToLower(e.name)
		if e.typ == Organization && e.key != "" && e.count > 0 && (strings.HasSuffix(n, " police") || strings.HasSuffix(n, " constabulary")) {
			if found >= 0 {
				return -1
			}
			found = ei
		}
	}
	return found
}

// inspectorate returns the one inspectorate the article names, for an
// inspector's post ("HM Inspector of Fire and Rescue Services"), or -1.
func (d *doc) inspectorate(words []string) int {
	insp := false
	for _, w := range words {
		if w == "inspector" || w == "inspectors" {
			insp = true
		}
	}
	if !insp {
		return -1
	}
	found := -1
	for ei, e := range d.ents {
		if e.kind == Regulator && e.key != "" && e.count > 0 && (strings.Contains(strings.ToLower(e.name), "inspectorate") || strings.HasPrefix(strings.ToLower(e.name), "hmi")) {
			if found >= 0 && found != ei {
				return -1
			}
			found = ei
		}
	}
	return found
}

// personGroup returns the council group of the party a person belongs
// to, or -1.
func (d *doc) personGroup(person int) int {
	for _, k := range d.memberList() {
		if k[0] != person || d.ents[k[1]].kind != Party {
			continue
		}
		for gi, g := range d.ents {
			if g.kind == PartyGroup && g.party == d.ents[k[1]].party && g.count > 0 && g.key != "" {
				return gi
			}
		}
	}
	return -1
}

// councilOf returns the council a councillor sits on: the council of a
// post they hold in another tier ("town mayor"), else the main council.
func (d *doc) councilOf(person int) int {
	other := -1
	for _, r := range d.roles {
		if r.person != person || r.body < 0 {
			continue
		}
		if r.body == d.main {
			return d.main
		}
		if d.ents[r.body].kind == Council && other < 0 {
			other = r.body
		}
	}
	if other >= 0 {
		return other
	}
	return d.main
}

// memberList returns the memberships found so far, sorted.
func (d *doc) memberList() [][2]int {
	l := make([][2]int, 0, len(d.memberships))
	for k := range d.memberships {
		l = append(l, k)
	}
	sort.Slice(l, func(i, j int) bool {
		if l[i][0] != l[j][0] {
			return l[i][0] < l[j][0]
		}
		return l[i][1] < l[j][1]
	})
	return l
}

// hasParty reports whether a person belongs to some party.
func (d *doc) hasParty(person int) bool {
	for k := range d.memberships {
		if k[0] == person && d.ents[k[1]].kind == Party {
			return true
		}
	}
	return false
}

// nationalParty returns the entity of a party key: the local party when the
// article names one, else the national party, or -1.
func (d *doc) nationalParty(key string) int {
	local, national := -1, -1
	for ei, e := range d.ents {
		if e.kind == Party && e.party == key && e.key != "" {
			if e.place != "" {
				local = ei
			} else {
				national = ei
			}
		}
	}
	if local >= 0 {
		return local
	}
	return national
}

// adminLeaderPost returns the council post a party's "leader" or "deputy
// leader" words when the party runs the council, or "": "Labour leader",
// "Tory deputy leader"; not "group leader".
func adminLeaderPost(text string) string {
	ws := strings.Fields(text)
	switch {
	case len(ws) >= 2 && ws[len(ws)-1] == "leader" && ws[len(ws)-2] == "deputy":
		ws = ws[:len(ws)-2]
	case len(ws) >= 1 && ws[len(ws)-1] == "leader":
		ws = ws[:len(ws)-1]
	default:
		return ""
	}
	if len(ws) == 0 {
		return ""
	}
	for _, w := range ws {
		if w == "group" || w == "opposition" || w == "party" || w == "national" || w == "former" {
			return ""
		}
	}
	if len(strings.Fields(text)) > len(ws)+1 {
		return "deputy leader"
	}
	return "leader"
}

// adminGroupOf returns the party group of the given party key that runs
// the council, or -1.
func (d *doc) adminGroupOf(party string) int {
	for gi, g := range d.ents {
		if g.kind == PartyGroup && g.admin && g.count > 0 && g.party == party {
			return gi
		}
	}
	return -1
}

// roleLinkWords join a post to its complement; a post cannot end in one.
var roleLinkWords = setOf("for", "of", "with", "in", "at", "on", "to", "and", "responsible")

// unionPostWords are posts a trade union gives.
var unionPostWords = setOf("organiser", "organizer", "steward", "convenor", "convener", "secretary")

// unionPost reports whether a post's words are a union official's:
// "regional organiser", "branch secretary".
func unionPost(words []string) bool {
	for _, w := range words {
		if w == "for" || w == "of" {
			return false
		}
		if unionPostWords[w] {
			return true
		}
	}
	return false
}

// unionNames are trade unions known by a name without the word "union".
var unionNames = setOf("unison", "unite", "gmb", "nasuwt", "royal college of nursing", "british medical association", "royal college of midwives", "napo", "aslef", "rmt", "pcs", "usdaw", "community")

// isUnion reports whether entity e is a trade union.
func (d *doc) isUnion(e int) bool {
	en := d.ents[e]
	if en.typ != Organization {
		return false
	}
	n := strings.ToLower(en.name)
	return unionNames[n] || strings.HasSuffix(n, " union") || strings.Contains(n, " union of ") || strings.HasPrefix(n, "union of ")
}

// servicePost reports whether a post is an in-house officer's, named for
// a service: "director of place", "head of finance".
func servicePost(words []string) bool {
	for i, w := range words {
		if (w == "of" || w == "for") && i > 0 && i+1 < len(words) {
			return words[0] == "director" || words[0] == "head" || words[0] == "executive" || words[0] == "assistant" || words[0] == "strategic" || words[0] == "corporate"
		}
	}
	return false
}

// keepVerbs say a holder stays in a post: "who keeps her role as".
var keepVerbs = setOf("keeps", "kept", "retains", "retained", "keep", "retain")

// possessives are the possessive determiners of people.
var possessives = setOf("his", "her", "their", "my")

// replacedAs reads "Y is replaced as deputy leader by Cllr X": X takes
// the post.
func (d *doc) replacedAs(mi int, s sentence) {
	m := &d.mentions[mi]
	for q := m.ps - 1; q >= s.tok0 && q >= m.ps-4; q-- {
		if d.toks[q].kind != tWord {
			return
		}
		if d.toks[q].norm != "by" {
			continue
		}
		for a := q - 2; a > s.tok0 && a >= q-10; a-- {
			if d.toks[a].kind != tWord {
				return
			}
			if d.toks[a].norm == "as" && (d.toks[a-1].norm == "replaced" || d.toks[a-1].norm == "succeeded") {
				if text, body, stop, ok := d.parseRole(a+1, q); ok && stop == q {
					d.addRole(m.ent, text, body, d.toks[m.i].sent)
				}
				return
			}
		}
		return
	}
}

// nearbyGroup returns the one party group named in sentence sent or the one
// before it, or -1 if none or several.
func (d *doc) nearbyGroup(sent int) int {
	g := -1
	for s := sent - 1; s <= sent; s++ {
		if s < 0 || s >= len(d.sentMentions) {
			continue
		}
		for _, mi := range d.sentMentions[s] {
			m := &d.mentions[mi]
			if m.ent < 0 || m.kind != mGroup || d.ents[m.ent].kind != PartyGroup {
				continue
			}
			if g >= 0 && g != m.ent {
				return -1
			}
			g = m.ent
		}
	}
	return g
}

// groupBefore returns the party group named last before the person's
// mention in sentence sent, looking back eight sentences; or -1.
func (d *doc) groupBefore(person, sent int) int {
	at := -1
	for _, mi := range d.sentMentions[sent] {
		if d.mentions[mi].ent == person {
			at = d.mentions[mi].i
			break
		}
	}
	if at < 0 {
		return -1
	}
	for sj := sent; sj >= 0 && sj >= sent-8; sj-- {
		ms := d.sentMentions[sj]
		for x := len(ms) - 1; x >= 0; x-- {
			m := &d.mentions[ms[x]]
			if m.i >= at || m.ent < 0 || m.kind != mGroup || d.ents[m.ent].kind != PartyGroup || d.toks[m.j-1].norm != "group" {
				continue
			}
			return m.ent
		}
	}
	return -1
}
