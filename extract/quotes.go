package extract

import "strings"

// findQuotes attributes every quotation to a speaker:
//
//   - `X said: "…"`, `X, role, told the chamber: "…"` — the actor of the
//     speech verb before the quotation;
//   - `"…," said X`, `"…," X said`, `"…," he said` — the actor after it;
//   - `X called the plan "a disgrace"` — the subject of the sentence;
//   - a paragraph that opens with a quotation and names no speaker goes on
//     with the last speaker, or with whoever last acted in the paragraph
//     before.
func (d *doc) findQuotes() {
	last := -1     // last speaker
	lastPara := -1 // paragraph of the last attributed quotation
	for qi := range d.quotes {
		q := &d.quotes[qi]
		if !q.dbl && d.insideDouble(q) {
			continue
		}
		sp := d.speakerAfter(q)
		explicit := sp >= 0
		if sp < 0 {
			sp = d.speakerBefore(q)
		}
		if sp < 0 && q.atStart {
			if last >= 0 && (lastPara == q.para-1 || lastPara == q.para) {
				sp = last
			} else if q.para > 0 {
				sp = d.lastAgent(q.para - 1)
			}
		}
		if sp < 0 && !q.atStart && last >= 0 && lastPara == q.para && d.opensSentence(q) {
			// `"…," he said. "…"`: the same speaker goes on
			sp, explicit = last, true
		}
		if sp < 0 && !q.atStart && q.dbl {
			if s := d.subject(d.toks[q.tok0].sent); s >= 0 && d.mentions[s].j <= q.tok0 {
				sp = d.speakerOf(s)
			}
		}
		if sp < 0 {
			continue
		}
		if !q.atStart && !explicit && !d.hasSpeechVerb(d.toks[q.tok0].sent) && !d.hasAccording(d.toks[q.tok0].sent) {
			continue // a label, not a quotation: rated "inadequate"
		}
		last, lastPara = sp, q.para
		d.quoteFacts = append(d.quoteFacts, quoteFact{speaker: sp, text: strings.TrimSpace(d.text[q.start:q.end]), sent: d.toks[q.tok0].sent, tok0: q.tok0, tok1: q.tok1})
	}
}

// opensSentence reports whether quotation q opens its sentence, and the
// sentence before it, in the same paragraph, ends outside quotation
// marks: `"…," she said. "…"`.
func (d *doc) opensSentence(q *quoteSpan) bool {
	open := q.tok0 - 1
	if open < 1 {
		return false
	}
	si := d.toks[open].sent
	if d.sents[si].tok0 != open || si == 0 {
		return false
	}
	prev := d.sents[si-1]
	last := prev.tok1 - 1
	for last > prev.tok0 && d.toks[last].kind == tPunct {
		last--
	}
	if d.toks[last].para != q.para || d.toks[last].inQ || d.toks[last].kind != tWord {
		return false
	}
	if speechVerbs[d.toks[last].norm] {
		return true
	}
	// `"…," said Cllr X. "…"`
	n := len(d.quoteFacts)
	return n > 0 && d.quoteFacts[n-1].tok1 >= prev.tok0 && d.quoteFacts[n-1].tok1 <= prev.tok1
}

// insideDouble reports whether a single-quoted span lies within a
// double-quoted one.
func (d *doc) insideDouble(q *quoteSpan) bool {
	return q.tok0 > 0 && d.toks[q.tok0-1].inQ
}

// firstSpeechVerb returns the index of the first verb of saying in
// sentence s outside quotations, or the end of the sentence.
func (d *doc) firstSpeechVerb(s int) int {
	sn := d.sents[s]
	for k := sn.tok0; k < sn.tok1; k++ {
		if !d.toks[k].inQ && d.toks[k].kind == tWord && speechVerbs[d.toks[k].norm] && !d.nounUse(k) {
			return k
		}
	}
	return sn.tok1
}

// hasAccording reports whether sentence s attributes with "according to".
func (d *doc) hasAccording(s int) bool {
	sn := d.sents[s]
	return d.findWord(sn.tok0, sn.tok1, "according", sn.tok1-sn.tok0) >= 0
}

// hasSpeechVerb reports whether sentence s has a verb of saying outside
// quotations.
func (d *doc) hasSpeechVerb(s int) bool {
	sn := d.sents[s]
	for k := sn.tok0; k < sn.tok1; k++ {
		if !d.toks[k].inQ && d.toks[k].kind == tWord && speechVerbs[d.toks[k].norm] && !d.nounUse(k) {
			return true
		}
	}
	return false
}

// speakerAfter reads an attribution after the closing mark: `"…," said
// X`, `"…," X said`, `"…," he added`.
func (d *doc) speakerAfter(q *quoteSpan) int {
	p := d.paras[q.para]
	k := q.tok1 + 1 // past the closing mark
	if q.open || k >= p.tok1 {
		return -1
	}
	for k < p.tok1 && d.toks[k].kind == tPunct && d.toks[k].text != "." {
		k++
	}
	if k >= p.tok1 {
		return -1
	}
	t := &d.toks[k]
	if attributionVerbs[t.norm] {
		if mi := d.mentionStarting(k + 1); mi >= 0 {
			return d.speakerOf(mi)
		}
		return -1
	}
	if mi := d.mentionStarting(k); mi >= 0 {
		m := &d.mentions[mi]
		j := m.j
		// skip an appositive: `"…," Cllr X, the leader, said.`
		if j < p.tok1 && d.toks[j].text == "," {
			for j++; j < p.tok1 && d.toks[j].text != "," && j < m.j+15; j++ {
			}
			j++
		}
		for j < p.tok1 && auxiliaries[d.toks[j].norm] {
			j++
		}
		if j < p.tok1 && attributionVerbs[d.toks[j].norm] {
			return d.speakerOf(mi)
		}
	}
	return -1
}

// speakerBefore reads the speaker before the opening mark, within the
// sentence: `X said: "…"`, `X called it "…"`.
func (d *doc) speakerBefore(q *quoteSpan) int {
	open := q.tok0 - 1
	s := d.toks[open].sent
	start := d.sents[s].tok0
	for k := open - 1; k >= start; k-- {
		t := &d.toks[k]
		if t.inQ {
			break
		}
		if (speechVerbs[t.norm] || t.norm == "labelled") && !d.nounUse(k) {
			if mi := d.docOwner(s, k); mi >= 0 {
				return d.mentions[mi].ent
			}
			if mi := d.actorBefore(k); mi >= 0 {
				return d.speakerOf(d.clauseOwner(mi, k))
			}
		}
	}
	// "According to Cllr X, the plan is "a disaster""
	sn := d.sents[s]
	for k := sn.tok0; k+2 < open; k++ {
		if d.toks[k].norm == "according" && d.toks[k+1].norm == "to" && !d.toks[k].inQ {
			if mi := d.mentionStarting(k + 2); mi >= 0 && d.mentions[mi].ent >= 0 {
				return d.speakerOf(mi)
			}
		}
	}
	if !q.atStart {
		if sm := d.subject(s); sm >= 0 && d.mentions[sm].j <= q.tok0 && d.mentions[sm].i < d.firstSpeechVerb(s) {
			return d.speakerOf(sm)
		}
	}
	return -1
}

// nounUse reports whether the word at k is used as a noun: "the
// comments", "his claims".
func (d *doc) nounUse(k int) bool {
	if k == 0 {
		return false
	}
	p := d.toks[k-1].norm
	return determiners[p] || p == "his" || p == "her" || p == "their" || p == "its" || p == "of" || d.toks[k-1].poss
}

// speakerOf returns the entity a speaker mention stands for: pronouns and
// "the report" resolved.
func (d *doc) speakerOf(mi int) int {
	m := &d.mentions[mi]
	if m.kind == mName && m.ent >= 0 && d.ents[m.ent].kind == Party && m.j+1 < len(d.toks) && spokesWords[d.toks[m.j].norm] && !d.toks[m.j+1].cap && d.toks[m.j+1].norm != "for" {
		return m.ent // "A Labour spokesperson said": the party speaks
	}
	if m.kind == mName && m.ent >= 0 && d.ents[m.ent].kind == Party && m.j < len(d.toks) && roleHeads[d.toks[m.j].norm] {
		return -1 // "A Labour MP said": someone unnamed
	}
	if m.kind == mPronoun && (m.gender == 'm' || m.gender == 'f') && m.ent >= 0 && d.namedInParaSince(m.ent, m.i) {
		return m.ent // "Cllr X slammed them. "…," she said."
	}
	if m.kind == mPronoun && (m.gender == 'm' || m.gender == 'f') {
		// "he said" goes on with the last speaker of that gender, if the
		// last quotation was in this paragraph or the one before
		e := m.ent
		if n := len(d.quoteFacts); n > 0 {
			last := d.quoteFacts[n-1]
			if d.ents[last.speaker].typ == Person && compatible(d.ents[last.speaker].gender, m.gender) && d.toks[m.i].para-d.toks[last.tok0].para <= 1 {
				e = last.speaker
			}
		}
		if e >= 0 && (d.ents[e].gender == 0 || d.ents[e].gender == 'u') {
			d.ents[e].gender = m.gender // learnt: "she said"
		}
		return e
	}
	return m.ent
}

// lastAgent returns the last person or body in paragraph p who acts: the
// subject of a sentence, or a name followed by a verb ("with Cllr X
// calling for…").
func (d *doc) lastAgent(p int) int {
	para := d.paras[p]
	if para.tok0 >= para.tok1 {
		return -1
	}
	for s := d.toks[para.tok1-1].sent; s >= d.toks[para.tok0].sent; s-- {
		ms := d.sentMentions[s]
		for x := len(ms) - 1; x >= 0; x-- {
			m := &d.mentions[ms[x]]
			if m.ent < 0 || m.inQ || m.kind == mPronoun || m.poss {
				continue
			}
			if m.j < len(d.toks) {
				n := &d.toks[m.j]
				if n.kind == tWord && !n.cap && (strings.HasSuffix(n.norm, "ing") || speechVerbs[n.norm] || actionVerb(n.norm)) {
					return m.ent
				}
			}
		}
		if sm := d.subject(s); sm >= 0 {
			return d.mentions[sm].ent
		}
	}
	return -1
}

// namedInParaSince reports whether entity e is named by a proper name in
// the paragraph of token k, before k and after the last quotation
// attributed.
func (d *doc) namedInParaSince(e, k int) bool {
	from := d.paras[d.toks[k].para].tok0
	if n := len(d.quoteFacts); n > 0 && d.quoteFacts[n-1].tok1 > from {
		from = d.quoteFacts[n-1].tok1
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.i >= k {
			break
		}
		if m.i >= from && m.ent == e && m.kind == mName && !m.inQ {
			return true
		}
	}
	return false
}

// clauseOwner returns, for a mention inside a relative clause or an
// appositive that follows a person ("Cllr X, who took over from Cllr Y,
// said"; "Leader of the council, Cllr X, said"), that person's mention;
// else mi.
func (d *doc) clauseOwner(mi, v int) int {
	m := &d.mentions[mi]
	s := d.sents[d.toks[v].sent]
	// "Leader of the council, Cllr X, said": a person between the body
	// and the verb
	if m.ent >= 0 && d.ents[m.ent].typ == Organization {
		if m.ps-1 < s.tok0 || !(d.toks[m.ps-1].norm == "of" || roleHeads[d.toks[m.ps-1].norm]) {
			return mi
		}
		for _, pj := range d.sentMentions[d.toks[v].sent] {
			p := &d.mentions[pj]
			if p.i >= m.j && p.j <= v && p.ps == m.j+1 && d.toks[m.j].text == "," && p.kind == mName && !p.inQ && p.ent >= 0 && d.ents[p.ent].typ == Person && !p.poss {
				return pj
			}
		}
		return mi
	}
	// "Cllr X, who took over from Cllr Y, in May, said"
	for k := m.ps - 1; k > s.tok0; k-- {
		if d.toks[k].inQ || d.toks[k].kind == tQuote {
			break
		}
		if d.toks[k].norm == "who" && d.toks[k-1].text == "," {
			if pm := d.mentionEnding(k - 2); pm >= 0 && d.mentions[pm].ent >= 0 && d.ents[d.mentions[pm].ent].typ == Person {
				return pm
			}
			break
		}
	}
	return mi
}

// docNouns are documents a body speaks through: "the Agency's objection
// said", "the regulator's letter stated".
var docNouns = setOf("objection", "objections", "submission", "response", "report", "statement", "letter", "assessment", "findings", "verdict", "ruling", "judgment", "judgement", "decision", "notice", "review", "audit", "investigation", "guidance")

// docOwner returns the body whose document opens sentence s and speaks
// through the verb at v: "The Environment Agency's objection, seen by
// the Herald, said…". It returns -1 otherwise.
func (d *doc) docOwner(s, v int) int {
	for _, mi := range d.sentMentions[s] {
		m := &d.mentions[mi]
		if m.inQ || m.i >= v {
			return -1
		}
		if m.kind == mPronoun {
			continue
		}
		if !m.poss || m.ent < 0 || d.ents[m.ent].typ != Organization {
			return -1
		}
		for k := m.j; k < m.j+3 && k < v; k++ {
			if docNouns[d.toks[k].norm] {
				return mi
			}
			if d.toks[k].kind != tWord {
				break
			}
		}
		return -1
	}
	return -1
}
