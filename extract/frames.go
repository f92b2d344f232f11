package extract

import "strings"

// This file holds the action frames of the genre that are not a verb with
// its subject and object: people referred to by their post ("the
// commissioner", "his cabinet colleague"), inspectors' findings, the
// acceptance of a report, labels in quotation marks, votes of confidence
// and handovers of a post.

// refHeads are the nouns that may head a reference to a person by post or
// by relation: "his colleague", "the MP".
var refHeads = setOf("colleague", "councillor", "member", "holder", "commissioner", "mp", "msp",
	"mayor", "leader", "chairman", "chairwoman", "chair", "minister", "executive", "director",
	"auditor", "inspector", "ombudsman", "constable", "secretary", "deputy", "officer", "peer",
	"spokesman", "spokeswoman", "spokesperson", "organiser", "convener", "provost", "clerk")

// refWord reports whether token k may stand in a reference by post.
func (d *doc) refWord(k int) bool {
	t := &d.toks[k]
	if t.kind != tWord || d.tokMention[k] != 0 {
		return false
	}
	if t.cap && !t.caps && t.norm != "mp" && !d.sentenceInitial(k) {
		return false
	}
	return roleHeads[t.norm] || roleModifiers[t.norm] || refHeads[t.norm] || t.norm == "colleague" || t.norm == "external" || t.norm == "internal"
}

// apposable reports whether an entity may stand in apposition to a post:
// a person, or a body that is not a council or a party.
func (d *doc) apposable(e int) bool {
	x := d.ents[e]
	return x.typ == Person || x.kind != Council && x.kind != Party && x.kind != PartyGroup
}

// refStart reports whether token k may open a reference by post: a
// determiner, a possessive pronoun or a possessive name.
func (d *doc) refStart(k int) bool {
	t := &d.toks[k]
	switch t.norm {
	case "the", "his", "her", "their", "its", "our", "my":
		return true
	}
	if mi := d.mentionEnding(k); mi >= 0 && d.mentions[mi].poss {
		return true
	}
	return false
}

// roleRefAt reads a reference by post starting at token k ("the
// commissioner", "his cabinet colleague", "Kelverton's mayor") and returns
// the person it refers to, other than not, and the token past it; -1 if
// there is none.
func (d *doc) roleRefAt(k, not int) (int, int) {
	s := d.sents[d.toks[k].sent]
	if !d.refStart(k) {
		return -1, k
	}
	i := k + 1
	if mi := d.mentionEnding(k); mi >= 0 {
		i = d.mentions[mi].j
	}
	j := i
	for j < s.tok1 && j < i+6 && d.refWord(j) {
		j++
	}
	for j > i && d.toks[j-1].norm == "and" {
		j--
	}
	if j == i || !refHeads[d.toks[j-1].norm] {
		return -1, k
	}
	// an appositive name follows: "the council leader, Cllr X"
	if j+1 < s.tok1 && d.toks[j].text == "," && d.mentionStarting(j+1) >= 0 {
		if n := d.mentionStarting(j + 1); d.mentions[n].ent >= 0 && d.apposable(d.mentions[n].ent) {
			return d.mentions[n].ent, d.mentions[n].j
		}
		return -1, k
	}
	if j < s.tok1 && d.mentionStarting(j) >= 0 {
		if n := d.mentionStarting(j); d.mentions[n].ent >= 0 && d.ents[d.mentions[n].ent].typ == Person {
			return d.mentions[n].ent, d.mentions[n].j // "the council leader Cllr X"
		}
		return -1, k
	}
	return d.resolveRef(i, j, k, not), j
}

// roleRefEnding reads a reference by post ending at token k: the subject
// in "Kelverton's police and crime commissioner has hit out at".
func (d *doc) roleRefEnding(k, not int) int {
	if k < 0 || d.toks[k].kind != tWord || !refHeads[d.toks[k].norm] || !d.refWord(k) {
		return -1
	}
	s := d.sents[d.toks[k].sent]
	i := k
	for i > s.tok0 && i > k-6 && d.refWord(i-1) {
		i--
	}
	start := i - 1
	if start < s.tok0 {
		return -1
	}
	if pm := d.mentionEnding(start); pm >= 0 && !d.mentions[pm].poss && d.mentions[pm].ps > s.tok0 && d.mentions[pm].ps-1 >= s.tok0 && (d.toks[d.mentions[pm].ps-1].norm == "a" || d.toks[d.mentions[pm].ps-1].norm == "an") {
		// "A Labour MP has launched…"
		return d.resolveRef(i, k+1, start, not)
	}
	if d.toks[start].norm == "a" || d.toks[start].norm == "an" {
		// "A Labour MP has launched…": the indefinite lede; only a
		// post held by one person names them
		if pm := d.mentionEnding(start + 1); pm >= 0 {
			return -1
		}
		return d.resolveRef(i, k+1, start, not)
	}
	if !d.refStart(start) {
		return -1
	}
	return d.resolveRef(i, k+1, start, not)
}

// resolveRef finds the person a reference by post, tokens [i, j), refers
// to: a person whose post has those words, the one named last before it
// when several have; for a colleague, the councillor, the cabinet member,
// the person last criticised.
func (d *doc) resolveRef(i, j, at, not int) int {
	head := d.toks[j-1].norm
	var words []string
	for k := i; k < j; k++ {
		w := d.toks[k].norm
		if w != "and" && w != "colleague" && w != "councillor" {
			words = append(words, w)
		}
	}
	generic := head == "colleague" || head == "councillor"
	cabinet := false
	for _, w := range words {
		if w == "cabinet" || w == "portfolio" {
			cabinet = true
		}
	}
	if cabinet {
		words = nil
	}
	cands := map[int]bool{}
	if !generic || cabinet {
		for _, r := range d.roles {
			if r.person == not || d.ents[r.person].typ != Person {
				continue
			}
			if cabinet {
				if strings.Contains(r.role, "cabinet") || strings.Contains(r.role, "portfolio") || strings.Contains(r.role, "lead member") || strings.Contains(r.role, "executive member") {
					cands[r.person] = true
				}
				continue
			}
			if hasWords(r.role, words) {
				cands[r.person] = true
			}
		}
	}
	if len(cands) == 1 {
		for p := range cands {
			return p
		}
	}
	if generic || cabinet {
		// the person under attack: "X defended his colleague"
		for a := len(d.actions) - 1; a >= 0; a-- {
			ac := &d.actions[a]
			if (ac.typ == Criticises || ac.typ == DemandsResignation || ac.typ == Blames) && ac.target != not && d.ents[ac.target].typ == Person && (len(cands) == 0 || cands[ac.target]) {
				return ac.target
			}
		}
	}
	if len(cands) > 1 {
		for mi := len(d.mentions) - 1; mi >= 0; mi-- {
			m := &d.mentions[mi]
			if m.i < at && m.ent >= 0 && cands[m.ent] {
				return m.ent
			}
		}
	}
	return -1
}

// hasWords reports whether every word of words is a word of s.
func hasWords(s string, words []string) bool {
	return len(words) > 0 && allWordsIn(words, strings.Fields(s))
}

// findingVerbs report what an inspection found.
var findingVerbs = setOf("found", "finds", "identified", "identifies", "highlighted", "highlights",
	"said", "says", "judged", "concluded", "concludes", "raised", "warned", "warns", "criticised",
	"blasted", "listing", "listed", "uncovered", "meaning", "revealed", "reveals")

// badFindings are words of an inspection's adverse finding (a rating
// alone, "inadequate", is an inspection, not a criticism).
var badFindings = setOf("failings", "failures", "failing", "failed", "fault", "faults", "weakness",
	"weaknesses", "shortcomings", "deficiencies", "concern", "concerns", "problems", "ignored",
	"insufficient", "unacceptable", "poor", "unsafe", "breach", "breaches", "unlawful",
	"maladministration", "mismanagement", "denial", "flaws", "flawed", "lapses", "missed")

// inspectFinding reads an inspector's adverse findings: "Ofsted found
// widespread failings", "a report by X found the council had ignored
// warnings", "The report said: "...not sufficient..."". The inspector
// criticises the body inspected.
func (d *doc) inspectFinding(si int) {
	s := d.sents[si]
	for v := s.tok0; v < s.tok1; v++ {
		t := &d.toks[v]
		if t.kind != tWord || t.inQ || !findingVerbs[t.norm] {
			continue
		}
		if !d.badAfter(v) {
			continue
		}
		finders := d.findersOf(v, si)
		if len(finders) == 0 {
			continue
		}
		targets := d.inspectedAfter(v, si, finders)
		for _, f := range finders {
			for _, tg := range targets {
				d.act(f, Criticises, tg, si, 0.6)
			}
		}
		return
	}
}

// badAfter reports whether an adverse finding follows token v in its
// sentence.
func (d *doc) badAfter(v int) bool {
	s := d.sents[d.toks[v].sent]
	for k := v + 1; k < s.tok1 && k < v+40; k++ {
		w := d.toks[k].norm
		if badFindings[w] {
			return true
		}
		if w == "not" && k+1 < s.tok1 && (d.toks[k+1].norm == "sufficient" || d.toks[k+1].norm == "always" || d.toks[k+1].norm == "good" || d.toks[k+1].norm == "effective" || d.toks[k+1].norm == "safe") {
			return true
		}
		if w == "too" && k+1 < s.tok1 && (d.toks[k+1].norm == "long" || d.toks[k+1].norm == "many" || d.toks[k+1].norm == "slow" || d.toks[k+1].norm == "often") {
			return true
		}
	}
	return false
}

// findersOf returns the inspectors that found what verb v reports: its
// subject when it is an inspector, the author of the report or inspection
// that is its subject.
func (d *doc) findersOf(v, si int) []int {
	a := d.agentOf(v)
	if a >= 0 && d.isInspector(a) {
		return []int{a}
	}
	if a >= 0 && d.ents[a].typ == Person {
		return nil
	}
	s := d.sents[si]
	// "a joint inspection found", "Their report, published today, found"
	k := v - 1
	for k > s.tok0 && d.toks[k].kind == tWord && (auxiliaries[d.toks[k].norm] || d.toks[k].norm == "which" || d.toks[k].norm == "that") && d.tokMention[k] == 0 {
		k--
	}
	if k > s.tok0 && d.toks[k].text == "," {
		c := k - 1
		for c > s.tok0 && d.toks[c].text != "," && k-c < 8 {
			c--
		}
		if d.toks[c].text == "," {
			k = c - 1
		}
	}
	if k >= s.tok0 && !d.toks[k].inQ {
		if mi := d.mentionEnding(k); mi >= 0 && d.mentions[mi].kind == mReport {
			if e := d.mentions[mi].ent; e >= 0 {
				return []int{e}
			}
			return d.implicitInspectors(si)
		}
		if d.toks[k].kind == tWord && (d.reportNoun(k) || d.toks[k].norm == "assessment") && (d.tokMention[k] == 0 || d.entOf(int(d.tokMention[k])-1) < 0) {
			if au := d.authorBefore(k); au >= 0 {
				return []int{au}
			}
			return d.implicitInspectors(si)
		}
	}
	// "The CQC's first assessment of … found"; "a report from X, which found"
	var out []int
	for _, mi := range d.sentMentions[si] {
		m := &d.mentions[mi]
		if m.i >= v || m.inQ || m.ent < 0 || !d.isInspector(m.ent) {
			continue
		}
		if sm := d.subject(si); sm == mi || m.poss && d.reportWithin(m.j, 3) {
			out = append(out, m.ent)
		}
	}
	return out
}

// reportWithin reports whether a report noun stands within n tokens from
// token k.
func (d *doc) reportWithin(k, n int) bool {
	for j := k; j < len(d.toks) && j < k+n; j++ {
		if d.reportNoun(j) || d.toks[j].norm == "assessment" {
			return true
		}
	}
	return false
}

// authorBefore returns the possessor of the report noun at token k: "the
// CQC's report", "its findings", or -1.
func (d *doc) authorBefore(k int) int {
	s := d.sents[d.toks[k].sent]
	for j := k - 1; j >= s.tok0 && j >= k-3; j-- {
		mi := d.mentionEnding(j)
		if mi < 0 {
			if d.toks[j].kind != tWord || d.toks[j].cap {
				return -1
			}
			continue
		}
		m := &d.mentions[mi]
		if m.ent < 0 {
			return -1
		}
		if m.kind == mPronoun && (d.toks[j].norm == "their" || d.toks[j].norm == "its") || m.poss {
			if d.isInspector(m.ent) {
				return m.ent
			}
		}
		return -1
	}
	return -1
}

// implicitInspectors returns who inspected in an article that speaks of
// "the inspection" or "the report": the inspectors of the nearest earlier
// sentence with an inspection, else the inspectors named next.
func (d *doc) implicitInspectors(si int) []int {
	var out []int
	last := -1
	for a := len(d.actions) - 1; a >= 0; a-- {
		ac := &d.actions[a]
		if ac.typ != Inspects || ac.sent > si {
			continue
		}
		if last >= 0 && ac.sent != last {
			break
		}
		last = ac.sent
		if !containsInt(out, ac.actor) {
			out = append(out, ac.actor)
		}
	}
	if len(out) > 0 {
		// "the report": the body that wrote it rather than its officer
		body := false
		for _, e := range out {
			body = body || d.ents[e].typ == Organization
		}
		if !body {
			for a := len(d.actions) - 1; a >= 0; a-- {
				if ac := &d.actions[a]; ac.typ == Inspects && ac.sent <= si && d.ents[ac.actor].typ == Organization && d.isInspector(ac.actor) {
					return []int{ac.actor}
				}
			}
		}
		return out
	}
	for s := si; s < len(d.sents) && s <= si+3; s++ {
		for _, mi := range d.sentMentions[s] {
			m := &d.mentions[mi]
			if m.ent >= 0 && m.kind != mPronoun && d.isInspector(m.ent) && !containsInt(out, m.ent) {
				out = append(out, m.ent)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// inspectedAfter returns the bodies an adverse finding after token v is
// about: companies and councils named after it, else the council the
// sentence names, else the article's council.
func (d *doc) inspectedAfter(v, si int, not []int) []int {
	var out []int
	council := false
	for _, mi := range d.sentMentions[si] {
		m := &d.mentions[mi]
		if m.i <= v || m.ent < 0 || m.kind == mPronoun || containsInt(not, m.ent) || containsInt(out, m.ent) {
			continue
		}
		if e := d.ents[m.ent]; e.typ == Organization && e.kind == Council {
			council = true
		} else if e.typ == Organization && e.kind == Company {
			out = append(out, m.ent)
		}
	}
	if len(out) > 0 && !council {
		return out
	}
	for _, mi := range d.sentMentions[si] {
		m := &d.mentions[mi]
		if m.ent >= 0 && d.ents[m.ent].kind == Council && !containsInt(not, m.ent) {
			return []int{m.ent}
		}
	}
	if b := d.inspectedBody(); b >= 0 && !containsInt(not, b) {
		return []int{b}
	}
	return nil
}

// inspectVerbs take the inspected body as their object.
var inspectVerbs = setOf("visited", "inspected", "rated", "graded", "judged", "assessed", "reviewed", "audited", "inspect", "inspects", "inspecting")

// inspectedObjects returns the bodies (other than the council the sentence
// names first) an inspection verb takes as objects: "Ofsted visited
// Eastvale County Council and NHS Eastvale ICB".
func (d *doc) inspectedObjects(si int) []int {
	s := d.sents[si]
	var out []int
	for v := s.tok0; v < s.tok1; v++ {
		if !inspectVerbs[d.toks[v].norm] || d.toks[v].inQ {
			continue
		}
		for k := v + 1; k < s.tok1 && k < v+14; k++ {
			t := &d.toks[k]
			if t.text == "," || t.text == ";" || t.kind == tQuote || t.kind == tWord && prepositions[t.norm] && t.norm != "of" {
				break
			}
			mi := d.mentionStarting(k)
			if mi < 0 {
				continue
			}
			m := &d.mentions[mi]
			if e := m.ent; e >= 0 && d.ents[e].typ == Organization && (d.ents[e].kind == Council || d.ents[e].kind == Board) && !m.poss {
				if !containsInt(out, e) {
					out = append(out, e)
				}
			}
			k = m.j - 1
		}
	}
	return out
}

// inspectionBy reads "a review of the project by X", "an inspection led by
// X", "a report from the council's auditor, X": X inspects the council.
func (d *doc) inspectionBy(si, target int) {
	if target < 0 {
		return
	}
	s := d.sents[si]
	for k := s.tok0; k < s.tok1; k++ {
		t := &d.toks[k]
		if t.inQ || t.kind != tWord {
			continue
		}
		switch t.norm {
		case "inspection", "review", "audit", "investigation", "report", "assessment", "inquiry", "probe":
		default:
			continue
		}
		for j := k + 1; j < s.tok1 && j < k+12; j++ {
			w := d.toks[j].norm
			if d.toks[j].text == "," && j+1 < s.tok1 && reviewParticiples[d.toks[j+1].norm] {
				continue // "the review, led by X"
			}
			if d.toks[j].text == "," || d.toks[j].text == ";" || w == "which" || w == "that" || j >= k+8 && !reviewParticiples[d.toks[j].norm] && !reviewParticiples[d.toks[j-1].norm] && !reviewParticiples[d.toks[j-2].norm] {
				break
			}
			if w != "by" && w != "from" {
				continue
			}
			if j > k+1 && w == "by" && commissionVerbs[d.toks[j-1].norm] {
				// "the review recommended by X will be carried out by Y":
				// X asked for the review, Y carries it out
				continue
			}
			e := -1
			if mi := d.mentionStarting(j + 1); mi >= 0 && d.mentions[mi].kind != mPronoun {
				e = d.mentions[mi].ent
				if d.mentions[mi].poss {
					e, _ = d.roleRefAt(d.mentions[mi].j-1, target)
				}
			} else if j+1 < s.tok1 {
				e, _ = d.roleRefAt(j+1, target)
			}
			if e >= 0 && e != target && d.ents[e].kind != Council && d.ents[e].kind != Media && d.ents[e].kind != Party && d.ents[e].kind != PartyGroup {
				d.act(e, Inspects, target, si, 0.6)
			}
			break
		}
	}
}

// reviewParticiples introduce who carries out a review: "the review, led by X".
var reviewParticiples = setOf("led", "carried", "conducted", "undertaken", "out")

// commissionVerbs say who asked for a review, not who carries it out.
var commissionVerbs = setOf("recommended", "commissioned", "ordered", "requested", "demanded", "sought", "backed")

// reportWords name what an inspection produced, that one may accept or
// welcome: "we accept the findings".
var reportWords = setOf("findings", "finding", "recommendations", "recommendation", "report",
	"verdict", "conclusions", "conclusion", "judgment", "judgement", "ruling", "result", "results",
	"outcome", "criticism", "criticisms", "assessment", "review", "rating", "grading", "inspection")

// acceptReport reads "I accept Estyn's findings", "we welcome this report",
// "the council had accepted all of the Ombudsman's recommendations": the
// speaker agrees with whoever wrote it.
func (d *doc) acceptReport(v, si int) bool {
	s := d.sents[si]
	k := -1
	for j := v + 1; j < s.tok1 && j < v+9; j++ {
		t := &d.toks[j]
		if t.text == "," || t.text == ";" || t.kind == tQuote && t.inQ != d.toks[v].inQ {
			break
		}
		if t.kind == tWord && reportWords[t.norm] {
			k = j
			break
		}
	}
	if k < 0 {
		return false
	}
	var authors []int
	if au := d.authorBefore(k); au >= 0 {
		authors = []int{au}
	} else if mi := d.mentionEnding(k - 1); mi >= 0 && d.mentions[mi].poss && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].kind != Council {
		authors = []int{d.mentions[mi].ent}
	} else if mi := d.mentionStarting(k + 2); k+1 < s.tok1 && d.toks[k+1].norm == "of" && mi >= 0 && d.mentions[mi].ent >= 0 && d.isInspector(d.mentions[mi].ent) {
		authors = []int{d.mentions[mi].ent}
	} else {
		authors = d.implicitInspectors(si)
	}
	actor := d.claimant(v, si)
	for _, a := range authors {
		d.act(actor, AgreesWith, a, si, 0.6)
	}
	return len(authors) > 0
}

// claimant returns who holds the view at token v: the speaker inside a
// quotation, the subject of a reporting verb before it ("X said the
// council had accepted…"), else the verb's own subject.
func (d *doc) claimant(v, si int) int {
	if d.toks[v].inQ {
		return d.speakerAt(v)
	}
	s := d.sents[si]
	for k := v - 1; k >= s.tok0; k-- {
		if speechVerbs[d.toks[k].norm] && !d.toks[k].inQ && d.toks[k].norm != "called" {
			if e := d.agentOf(k); e >= 0 {
				return e
			}
		}
	}
	return d.agentOf(v)
}

// badVerbs, after a body or person that a speaker names, make the report a
// criticism: "X says the administration ignored warnings".
var badVerbs = setOf("ignored", "failed", "refused", "neglected", "misled", "wasted", "squandered",
	"botched", "mismanaged", "betrayed", "abandoned", "broken", "broke", "dithered", "bungled",
	"lost", "let", "ducked", "dodged")

// goodWords in a label make it praise, not criticism.
var goodWords = setOf("good", "great", "excellent", "fantastic", "brilliant", "strength", "strong",
	"proud", "right", "best", "committed", "outstanding", "welcome", "pleased", "delighted",
	"support", "supportive", "confident", "positive", "helpful", "courage", "tireless",
	"hard-working", "thank", "grateful", "sympathy", "open", "access", "fully", "full", "confidence",
	"improvement", "improved", "improving", "progress", "robust", "robustly", "cooperate", "co-operate")

// labelQuote reports whether the quotation opening at token k reads as a
// criticism of its subject: no word of praise in it, and not a promise.
func (d *doc) labelQuote(k int) bool {
	n := 0
	for ; k < len(d.toks) && d.toks[k].inQ; k++ {
		if goodWords[d.toks[k].norm] {
			return false
		}
		n++
	}
	return n > 0
}

// confidenceIn reads "X has every confidence in Y", "Y has my full
// backing": support.
func (d *doc) confidenceIn(v, si int, conf float64) {
	s := d.sents[si]
	w := d.toks[v].norm
	if w == "confidence" && v+1 < s.tok1 && d.toks[v+1].norm == "in" {
		for k := v - 1; k >= s.tok0 && k >= v-3; k-- {
			switch d.toks[k].norm {
			case "full", "every", "complete", "total", "my", "our", "absolute", "confidence", "have", "has", "had", "\u201c", "\"":
				if d.toks[k].norm == "full" || d.toks[k].norm == "every" || d.toks[k].norm == "complete" || d.toks[k].norm == "total" || d.toks[k].norm == "absolute" || d.toks[k].norm == "has" || d.toks[k].norm == "have" || d.toks[k].norm == "had" {
					d.act(d.claimant(v, si), Supports, d.targetOf(v+1, 5), si, conf)
					return
				}
			}
		}
		return
	}
	// "Y has my full confidence/backing/support"
	if v < s.tok0+2 {
		return
	}
	k := v - 1
	for k > s.tok0 && (d.toks[k].norm == "full" || d.toks[k].norm == "complete" || d.toks[k].norm == "total" || d.toks[k].norm == "absolute" || d.toks[k].norm == "unequivocal" || d.toks[k].norm == "wholehearted" || d.toks[k].kind == tQuote) {
		k--
	}
	// reported: "X said the leader had her "full support""
	reported := (d.toks[k].norm == "his" || d.toks[k].norm == "her" || d.toks[k].norm == "their") && !d.toks[k].inQ
	if d.toks[k].norm != "my" && d.toks[k].norm != "our" && !reported || k == v-1 && w != "backing" && w != "support" && w != "confidence" {
		return
	}
	if k-1 < s.tok0 || d.toks[k-1].norm != "has" && d.toks[k-1].norm != "have" && !(reported && d.toks[k-1].norm == "had") {
		return
	}
	target := -1
	if mi := d.mentionEnding(k - 2); mi >= 0 {
		if d.mentions[mi].kind != mPronoun || !reported {
			target = d.mentions[mi].ent
		}
	} else if reported {
		target = d.roleRefEnding(k-2, -1)
	}
	if target < 0 || d.ents[target].typ != Person {
		return
	}
	actor := d.claimant(v, si)
	if reported && !d.toks[v].inQ {
		actor = -1
		for j := k - 2; j >= s.tok0; j-- {
			if speechVerbs[d.toks[j].norm] && !d.toks[j].inQ {
				actor = d.agentOf(j)
				break
			}
		}
	}
	d.act(actor, Supports, target, si, conf)
}

// succession reads "X, who took over from Y", "X took over from his
// predecessor Y", "Y's role has been taken by X".
func (d *doc) succession(v, si int) {
	s := d.sents[si]
	w := d.toks[v].norm
	switch w {
	case "took", "takes", "taking":
		if v+2 < s.tok1 && d.toks[v+1].norm == "over" {
			from := v + 2
			if d.toks[from].norm != "from" {
				// "took over the environment portfolio from Y"
				from = -1
				asRole := d.toks[v+2].norm == "as" // "took over as leader from Y"
				for k := v + 2; k < s.tok1 && k < v+8; k++ {
					if asRole && d.toks[k].norm == "from" && k > v+3 {
						from = k
						break
					}
					if w := d.toks[k].norm; (w == "portfolio" || w == "role" || w == "post" || w == "job" || w == "brief" || w == "seat" || w == "position" || w == "chairmanship" || w == "leadership") && k+1 < s.tok1 && d.toks[k+1].norm == "from" {
						from = k + 1
						break
					}
					if d.toks[k].text == "," || d.tokMention[k] != 0 && !asRole {
						break
					}
				}
			}
			if from < 0 {
				return
			}
			if tg := d.targetOf(from, 6); tg >= 0 && d.ents[tg].typ == Person {
				d.act(d.relativeAgent(v), Succeeds, tg, si, 0.7)
			}
		}
	case "taken", "filled", "inherited":
		// "Y's cabinet role has been taken by X"
		if v+1 >= s.tok1 || d.toks[v+1].norm != "by" || v-2 < s.tok0 || d.toks[v-1].norm != "been" {
			return
		}
		for k := v - 2; k >= s.tok0 && k >= v-8; k-- {
			switch d.toks[k].norm {
			case "role", "post", "job", "seat", "portfolio", "position":
				for j := k - 1; j >= s.tok0 && j >= k-4; j-- {
					if mi := d.mentionEnding(j); mi >= 0 {
						if d.mentions[mi].poss && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].typ == Person {
							if tg := d.targetOf(v+1, 4); tg >= 0 && d.ents[tg].typ == Person {
								d.act(tg, Succeeds, d.mentions[mi].ent, si, 0.7)
							}
						}
						return
					}
				}
				return
			}
		}
	}
}

// relativeAgent returns the subject of the verb at token v, reading
// through a relative pronoun: "X, who replaced Y".
func (d *doc) relativeAgent(v int) int {
	s := d.sents[d.toks[v].sent]
	k := v - 1
	for k > s.tok0 && d.toks[k].kind == tWord && auxiliaries[d.toks[k].norm] {
		k--
	}
	if k > s.tok0+1 && d.toks[k].norm == "who" && d.toks[k-1].text == "," {
		if mi := d.mentionEnding(k - 2); mi >= 0 && d.mentions[mi].ent >= 0 {
			return d.mentions[mi].ent
		}
	}
	return d.agentOf(v)
}

// emotionThat reads "X was disappointed that Y had…", "she was
// "astonished" that Y had not…": X criticises Y.
func (d *doc) emotionThat(v, si int, conf float64) {
	s := d.sents[si]
	k := v + 1
	for k < s.tok1 && d.toks[k].kind == tQuote {
		k++
	}
	if k >= s.tok1 || d.toks[k].norm != "that" && d.toks[k].norm != "by" {
		return
	}
	tg := d.targetOf(k, 4)
	if tg < 0 {
		return
	}
	actor := d.claimant(v, si)
	if !d.toks[v].inQ {
		// "X said he was disappointed": the subject of "was"
		actor = d.agentOf(v)
		if actor < 0 {
			actor = d.claimant(v, si)
		}
	}
	if d.toks[k].norm == "by" {
		// "disappointed by the decision" names no one; "by X" does
		if d.ents[tg].typ != Organization && d.ents[tg].typ != Person {
			return
		}
	}
	d.act(actor, Criticises, tg, si, conf)
}

// saysFailed reads "X says Y has failed", "X claimed Y had not…", "X says
// the administration ignored warnings", "X said the group was "in
// meltdown"": X criticises Y.
func (d *doc) saysFailed(v, si int) {
	s := d.sents[si]
	k := v + 1
	if k < s.tok1 && d.toks[k].norm == "that" {
		k++
	}
	if k >= s.tok1 {
		return
	}
	target, j := -1, k
	if mi := d.mentionStarting(k); mi >= 0 && d.mentions[mi].poss && d.mentions[mi].kind != mPronoun && d.mentions[mi].j < s.tok1 && conductNouns[d.toks[d.mentions[mi].j].norm] {
		// "said Clearway's performance had been …"
		target, j = d.mentions[mi].ent, d.mentions[mi].j+1
	} else if mi >= 0 {
		target, j = d.mentions[mi].ent, d.mentions[mi].j
		if d.mentions[mi].poss || d.mentions[mi].adj || d.mentions[mi].kind == mPronoun {
			return // "said she had…" speaks of herself
		}
	} else if k+3 < s.tok1 && d.toks[k].norm == "the" && conductNouns[d.toks[k+1].norm] && d.toks[k+2].norm == "of" && d.mentionStarting(k+3) >= 0 {
		// "said the performance of X had been …"
		m := &d.mentions[d.mentionStarting(k+3)]
		if m.kind == mPronoun || m.adj {
			return
		}
		target, j = m.ent, m.j
	} else {
		target, j = d.roleRefAt(k, -1)
	}
	if target < 0 {
		return
	}
	aux := false
	for j < s.tok1 && d.toks[j].kind == tWord && (auxiliaries[d.toks[j].norm] && d.toks[j].norm != "not" || strings.HasSuffix(d.toks[j].norm, "ly") || d.toks[j].norm == "simply") {
		if d.toks[j].norm == "would" || d.toks[j].norm == "will" || d.toks[j].norm == "could" || d.toks[j].norm == "should" || d.toks[j].norm == "may" || d.toks[j].norm == "might" || d.toks[j].norm == "can" {
			return // a forecast or a demand, not a finding
		}
		aux = true
		j++
	}
	if j >= s.tok1 {
		return
	}
	t := &d.toks[j]
	switch {
	case t.kind == tWord && badVerbs[t.norm] && !(t.norm == "let" && d.findWord(j+1, s.tok1, "down", 6) < 0):
	case aux && t.kind == tWord && (t.norm == "not" || t.norm == "never"):
	case aux && t.kind == tQuote && t.open && d.labelQuote(j+1):
	case aux && t.kind == tWord && t.inQ && j > 0 && d.toks[j-1].kind == tQuote && d.negativeQuote(j):
	default:
		return
	}
	if t.norm == "not" && j+2 < s.tok1 && d.toks[j+1].norm == "been" && strings.HasSuffix(d.toks[j+2].norm, "ed") {
		return // "the force had not been consulted": wronged, not at fault
	}
	if d.mentionStarting(k) >= 0 && d.mentions[d.mentionStarting(k)].kind == mReport {
		return // "said the report was …": a document, not an actor
	}
	if d.sufferedBy(j, s.tok1) {
		return // "said the authority had been "let down" by ministers"
	}
	actor := d.agentOf(v)
	for _, a := range d.actions {
		if a.sent == si && a.actor == actor && a.target == target && a.typ == Supports {
			return // "defended her colleague, saying X had …"
		}
	}
	if d.ownBody(actor, target) {
		return // a chief constable on his own force
	}
	d.act(actor, Criticises, target, si, 0.6)
}

// ownBody reports whether person p holds a post in body b, other than a
// council.
func (d *doc) ownBody(p, b int) bool {
	if p < 0 || b < 0 || d.ents[b].typ != Organization || d.ents[b].kind == Council {
		return false // councillors attack their own council
	}
	for _, r := range d.roles {
		if r.person == p && r.body == b {
			return true
		}
	}
	return false
}

// resolveLeftovers resolves a sentence-initial "He added", "She said"
// that found no antecedent to the speaker of the quotation just before.
func (d *doc) resolveLeftovers() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind != mPronoun || m.ent >= 0 || m.inQ || (m.gender != 'm' && m.gender != 'f') || !isSubjectPronoun(d.toks[m.i].norm) {
			continue
		}
		sent := d.toks[m.i].sent
		for qi := len(d.quoteFacts) - 1; qi >= 0; qi-- {
			q := &d.quoteFacts[qi]
			if q.tok0 >= m.i {
				continue
			}
			if q.sent < sent-4 {
				break
			}
			if e := d.ents[q.speaker]; e.typ == Person && compatible(e.gender, m.gender) {
				m.ent = q.speaker
			}
			break
		}
	}
}

// coordinated reports whether the phrase at token k follows "and" or "or",
// a determiner aside: "the council and the ICB".
func (d *doc) coordinated(k int) bool {
	s := d.sents[d.toks[k].sent]
	j := k - 1
	if j >= s.tok0 && determiners[d.toks[j].norm] {
		j--
	}
	return j >= s.tok0 && (d.toks[j].norm == "and" || d.toks[j].norm == "or")
}

// objectBefore returns the person named as the object before token k
// ("elected X to …", "appointed X, the deputy leader, to …"), or -1 when
// the verb there is not one that takes a person and an infinitive.
func (d *doc) objectBefore(k, start int) int {
	if k > start && d.toks[k].text == "," {
		// an appositive: ", the deputy leader of the council,"
		c := k - 1
		for c > start && d.toks[c].text != "," && k-c < 12 {
			c--
		}
		if d.toks[c].text != "," {
			return -1
		}
		k = c - 1
	}
	mi := d.mentionEnding(k)
	if mi < 0 || d.mentions[mi].ent < 0 || d.ents[d.mentions[mi].ent].typ != Person {
		return -1
	}
	p := d.mentions[mi].ps - 1
	if p < start {
		return -1
	}
	switch d.toks[p].norm {
	case "elected", "appointed", "chose", "chosen", "named", "picked", "selected", "nominated", "installed", "asked", "drafted":
		return d.mentions[mi].ent
	}
	return -1
}

// feelingWords describe how the subject feels, not what it did: "the
// company was "deeply disappointed"".
var feelingWords = setOf("disappointed", "saddened", "frustrated", "upset", "angry", "furious", "dismayed",
	"shocked", "concerned", "worried", "devastated", "appalled", "hurt", "sorry")

// sufferedBy reports whether the words from token j, after "X was",
// make X the one wronged or the one who feels: "let down" by someone,
// ""deeply disappointed" by the decision".
func (d *doc) sufferedBy(j, end int) bool {
	k := j
	for k < end && k < j+8 {
		t := &d.toks[k]
		if t.kind == tWord && feelingWords[t.norm] {
			return true
		}
		if t.kind == tQuote && !t.open && k > j {
			k++
			break
		}
		if t.kind == tWord && !t.inQ && k > j {
			break
		}
		k++
	}
	return k < end && d.toks[k].norm == "by" && j > 0 && (d.toks[j-1].norm == "been" || d.toks[j-1].norm == "was" || d.toks[j-1].norm == "were" || d.toks[j-1].kind == tQuote && j > 1 && (d.toks[j-2].norm == "been" || d.toks[j-2].norm == "was" || d.toks[j-2].norm == "were"))
}

// conductNouns name how a body or person acted: "the performance of X",
// "X's handling".
var conductNouns = setOf("performance", "handling", "conduct", "behaviour", "behavior", "management", "response", "record")
