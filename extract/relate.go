package extract

import "strings"

// relate finds the relations between the entities: memberships and posts,
// then quotations (whose speakers the actions reuse), then actions.
func (d *doc) relate() {
	d.indexMentions()
	d.resolvePronouns()
	d.findMemberships()
	d.findDefections()
	d.findRoles()
	d.roleAnaphora()
	d.inferMemberships()
	d.findQuotes()
	d.resolveLeftovers()
	d.findActions()
}

// indexMentions maps every token to the mention covering it, and every
// sentence to its mentions.
func (d *doc) indexMentions() {
	d.sentMentions = make([][]int, len(d.sents))
	for mi := range d.mentions {
		m := &d.mentions[mi]
		for k := m.ps; k < m.j; k++ {
			d.tokMention[k] = int32(mi + 1)
		}
		s := d.toks[m.i].sent
		d.sentMentions[s] = append(d.sentMentions[s], mi)
	}
}

// mentionEnding returns the mention whose last token is k, or -1.
func (d *doc) mentionEnding(k int) int {
	if k < 0 || k >= len(d.toks) {
		return -1
	}
	mi := int(d.tokMention[k]) - 1
	if mi >= 0 && d.mentions[mi].j == k+1 {
		return mi
	}
	return -1
}

// mentionStarting returns the mention whose phrase starts at token k, or -1.
func (d *doc) mentionStarting(k int) int {
	if k < 0 || k >= len(d.toks) {
		return -1
	}
	mi := int(d.tokMention[k]) - 1
	if mi >= 0 && (d.mentions[mi].ps == k || d.mentions[mi].i == k) {
		return mi
	}
	return -1
}

// isSubjectPronoun reports whether a pronoun stands as a subject.
func isSubjectPronoun(w string) bool { return w == "he" || w == "she" || w == "they" || w == "it" }

// resolvePronouns resolves he, she, they, it and their possessives to the
// entity they most likely refer to: for a subject, the last compatible
// subject; otherwise the last compatible mention.
func (d *doc) resolvePronouns() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind == mReport {
			m.ent = d.reportAuthor(mi)
			continue
		}
		if m.kind != mPronoun {
			continue
		}
		if m.inQ {
			// "he" inside a quotation: someone the speaker named
			if m.gender == 'm' || m.gender == 'f' {
				m.ent = d.antecedentAt(m.i, m.gender, false)
			}
			continue
		}
		w := d.toks[m.i].norm
		preferSubject := isSubjectPronoun(w) || d.sentenceInitial(m.i)
		m.ent = d.antecedent(mi, m.gender, preferSubject)
	}
}

// antecedent finds the entity a pronoun of the given gender at mention mi
// refers to.
func (d *doc) antecedent(mi int, g byte, preferSubject bool) int {
	return d.antecedentAt(d.mentions[mi].i, g, preferSubject)
}

// antecedentAt finds the entity a pronoun of the given gender at token tok
// refers to: with preferSubject the subject of the current or a recent
// sentence, otherwise the last compatible mention.
func (d *doc) antecedentAt(tok int, g byte, preferSubject bool) int {
	sent := d.toks[tok].sent
	ok := func(ei int) bool {
		if ei < 0 {
			return false
		}
		e := d.ents[ei]
		switch g {
		case 'm', 'f':
			return e.typ == Person && compatible(e.gender, g)
		case 'u':
			return e.typ == Person
		case 'p':
			return e.typ == Organization && e.kind != Media && e.kind != Government
		default:
			return e.typ == Organization
		}
	}
	if preferSubject {
		for s := sent; s >= 0 && s >= sent-3; s-- {
			sm := d.subject(s)
			if sm < 0 || d.mentions[sm].i >= tok {
				continue
			}
			if ok(d.mentions[sm].ent) {
				return d.mentions[sm].ent
			}
		}
	}
	for k := len(d.mentions) - 1; k >= 0; k-- {
		m := &d.mentions[k]
		if m.i >= tok {
			continue
		}
		if d.toks[m.i].sent < sent-4 {
			break
		}
		if m.kind == mPronoun || m.inQ != d.toks[tok].inQ && m.kind != mName {
			continue
		}
		if ok(m.ent) {
			return m.ent
		}
	}
	return -1
}

// reportAuthor finds who wrote "the report": the last regulator, board,
// commission or inspecting person mentioned.
func (d *doc) reportAuthor(mi int) int {
	for k := mi - 1; k >= 0; k-- {
		if ei := d.mentions[k].ent; ei >= 0 && d.isInspector(ei) {
			return ei
		}
	}
	return -1
}

// isInspector reports whether an entity inspects others: a regulator, a
// commission, an ombudsman, or a person holding such a post.
func (d *doc) isInspector(ei int) bool {
	e := d.ents[ei]
	switch {
	case e.kind == Regulator:
		return true
	case e.typ == Organization:
		n := strings.ToLower(e.name)
		return strings.HasSuffix(n, "commission") || strings.HasSuffix(n, "ombudsman") || strings.HasSuffix(n, "inspectorate") || d.isAuditor(ei)
	}
	for _, a := range d.actions {
		if a.actor == ei && a.typ == Inspects {
			return true
		}
	}
	for _, r := range d.roles {
		if r.person == ei && (strings.Contains(r.role, "audit") || strings.Contains(r.role, "commissioner") || strings.Contains(r.role, "inspector") || strings.Contains(r.role, "auditor") || strings.Contains(r.role, "ombudsman")) {
			return true
		}
	}
	return false
}

// leadingClauseEnd returns the token past an opening adverbial phrase of
// sentence s ("During the debate,", "After blaming X,"), or the sentence's
// first token.
func (d *doc) leadingClauseEnd(s int) int {
	sn := d.sents[s]
	i := sn.tok0
	for i < sn.tok1 && d.toks[i].kind != tWord {
		i++
	}
	if i >= sn.tok1 {
		return sn.tok0
	}
	w := d.toks[i].norm
	if !prepositions[w] && !subordinators[w] && !strings.HasSuffix(w, "ing") && w != "last" && w != "back" && w != "moments" && w != "earlier" {
		return sn.tok0
	}
	for k := i; k < sn.tok1 && k < i+25; k++ {
		if d.toks[k].text == "," {
			return k + 1
		}
		if d.toks[k].kind == tQuote {
			break
		}
		// a name not governed by a preposition starts the main clause:
		// "During the debate Cllr X, who…, said"
		if mi := d.mentionStarting(k); mi >= 0 && k > i && d.mentions[mi].ps == k && !d.objectPosition(&d.mentions[mi]) && !d.mentions[mi].poss && (d.mentions[mi].kind != mPronoun || isSubjectPronoun(d.toks[k].norm)) {
			return k
		}
	}
	return sn.tok0
}

// subordinators open a clause before the main one.
var subordinators = setOf("although", "though", "while", "whilst", "when", "if", "as", "since", "because", "once", "after", "before", "despite", "following", "unless", "until")

// subject returns the mention that is the grammatical subject of sentence
// s, as far as one can tell without a parser: the first mention outside
// quotations, opening phrases, prepositional phrases and possessives.
func (d *doc) subject(s int) int {
	start := d.leadingClauseEnd(s)
	for _, mi := range d.sentMentions[s] {
		m := &d.mentions[mi]
		if m.ps < start || m.inQ || m.ent < 0 || m.adj {
			continue
		}
		if m.kind == mPronoun && !isSubjectPronoun(d.toks[m.i].norm) {
			continue
		}
		if d.objectPosition(m) {
			continue
		}
		if m.poss && !d.reportNoun(m.j) {
			continue
		}
		if d.modifiesPerson(m) {
			continue
		}
		return mi
	}
	// an opening clause with no subject after it: take its first mention
	return -1
}

// modifiesPerson reports whether a body's mention only qualifies the
// person named after it: "Labour Councillor X", "Labour group leader X".
func (d *doc) modifiesPerson(m *mention) bool {
	if m.ent < 0 || d.ents[m.ent].typ != Organization {
		return false
	}
	k := m.j
	for k < len(d.toks) && k < m.j+4 && d.toks[k].kind == tWord && (roleHeads[d.toks[k].norm] || roleModifiers[d.toks[k].norm]) && d.tokMention[k] == 0 {
		k++
	}
	n := d.mentionStarting(k)
	return n >= 0 && d.mentions[n].ent >= 0 && d.ents[d.mentions[n].ent].typ == Person
}

// objectPosition reports whether a mention follows a preposition or a verb
// that takes it as an object.
func (d *doc) objectPosition(m *mention) bool {
	k := m.ps - 1
	s := d.sents[d.toks[m.i].sent]
	if k < s.tok0 {
		return false
	}
	p := &d.toks[k]
	if p.kind != tWord {
		return false
	}
	if prepositions[p.norm] {
		return true
	}
	if p.cap {
		return false
	}
	return actionVerb(p.norm) || strings.HasSuffix(p.norm, "ing") && p.norm != "during"
}

// reportNoun reports whether token k is a noun for an inspection's output:
// "Ofsted's report", "the Ofsted inspectors".
func (d *doc) reportNoun(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	switch d.toks[k].norm {
	case "report", "reports", "inspection", "inspectors", "inspector", "verdict", "findings", "review", "audit", "investigation", "judgment", "judgement", "ruling", "letter", "statement", "spokesman", "spokeswoman", "spokesperson":
		return true
	}
	return false
}

// actorBefore returns the mention acting as the subject of the verb at
// token v: the mention just before it (auxiliaries, an appositive and a
// report noun may stand between), else the sentence's subject.
func (d *doc) actorBefore(v int) int {
	s := d.toks[v].sent
	start := d.sents[s].tok0
	k := v - 1
	for k >= start {
		t := &d.toks[k]
		switch {
		case t.kind == tWord && (auxiliaries[t.norm] || strings.HasSuffix(t.norm, "ly") && !t.cap) && d.mentionEnding(k) < 0:
			k--
			continue
		case t.kind == tWord && d.reportNoun(k) && d.mentionEnding(k) < 0:
			k--
			continue
		case t.text == ")":
			// skip a parenthesis: "Cllr X (Con, Northgate) said"
			c := k - 1
			for c > start && d.toks[c].text != "(" && k-c < 12 {
				c--
			}
			if c > start && d.toks[c].text == "(" {
				k = c - 1
				continue
			}
		case t.text == ",":
			// the name in apposition: "The party's regional chairman,
			// Jo Bloggs, welcomed…"
			if mi := d.mentionEnding(k - 1); mi >= 0 && d.mentions[mi].kind == mName && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].typ == Person && d.mentions[mi].ps-1 > start && d.toks[d.mentions[mi].ps-1].text == "," {
				return mi
			}
			// skip an appositive: ", Labour group leader,"
			c := k - 1
			for c > start && d.toks[c].text != "," && d.toks[c].kind != tQuote && k-c < 20 {
				c--
			}
			if c > start && d.toks[c].text == "," {
				if mi := d.mentionEnding(c - 1); mi >= 0 {
					return d.ownerOf(mi)
				}
			}
		}
		break
	}
	if mi := d.mentionEnding(k); mi >= 0 {
		return d.headOf(mi)
	}
	if sm := d.subject(s); sm >= 0 && d.mentions[sm].i < v {
		return sm
	}
	return -1
}

// ownerOf returns mention mi: for a possessive before a report noun
// ("Ofsted's report") the possessor is the actor.
func (d *doc) ownerOf(mi int) int { return d.headOf(mi) }

// headOf returns the head of a noun phrase ending with mention mi: for "the
// Labour group on Northfield Council" the group, not the council.
func (d *doc) headOf(mi int) int {
	for n := 0; n < 3; n++ {
		m := &d.mentions[mi]
		k := m.ps - 1
		if k < 1 {
			break
		}
		switch d.toks[k].norm {
		case "on", "at", "of", "in", "from", "for":
		default:
			return mi
		}
		h := d.mentionEnding(k - 1)
		if h < 0 || d.mentions[h].ent < 0 {
			return mi
		}
		mi = h
	}
	return mi
}

// targetAfter returns the first mention after token v in its clause, within
// limit tokens, skipping determiners and the given particles.
func (d *doc) targetAfter(v, limit int) int {
	s := d.toks[v].sent
	end := d.sents[s].tok1
	for k := v + 1; k < end && k <= v+limit; k++ {
		t := &d.toks[k]
		if t.text == ";" || (t.kind == tQuote && t.inQ != d.toks[v].inQ) {
			break
		}
		if mi := int(d.tokMention[k]) - 1; mi >= 0 {
			m := &d.mentions[mi]
			if m.ent >= 0 {
				return mi
			}
			k = m.j - 1
		}
	}
	return -1
}

// entOf returns the entity of mention mi, or -1.
func (d *doc) entOf(mi int) int {
	if mi < 0 {
		return -1
	}
	return d.mentions[mi].ent
}

// isAuditor reports whether the article names organization ei as an
// auditor: "the council's external auditor, X LLP", "auditors from X".
func (d *doc) isAuditor(ei int) bool {
	if d.auditors == nil {
		d.auditors = make([]bool, len(d.ents)+1)
		for mi := range d.mentions {
			m := &d.mentions[mi]
			if m.ent < 0 || m.ent >= len(d.ents) || d.ents[m.ent].typ != Organization || m.kind == mPronoun {
				continue
			}
			k := m.ps - 1
			if k >= 0 && (d.toks[k].norm == "from" || d.toks[k].text == ",") {
				k--
			}
			if k >= 0 && d.toks[k].sent == d.toks[m.ps].sent && (d.toks[k].norm == "auditor" || d.toks[k].norm == "auditors") {
				d.auditors[m.ent] = true
			}
		}
	}
	return ei < len(d.auditors) && d.auditors[ei]
}
