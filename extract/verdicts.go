package extract

import "strings"

// verdicts.go reads the judgements a speaker passes inside a quotation on
// an actor the quotation names: "Cllr X has simply not listened", "The
// Tories have run this council for ten years", "the Government has left us
// with a deficit", "it is not our fault, it is the fault of X".

// unheededVerbs, after "not" or "never", tell of a duty neglected: "X has
// not listened".
var unheededVerbs = setOf("listened", "listen", "listening", "delivered", "deliver", "acted", "act",
	"consulted", "consult", "engaged", "bothered", "answered", "responded", "explained", "learned",
	"learnt", "apologised", "apologized", "kept", "grasped", "understood", "cared", "lifted")

// quotedAdverbs may stand between an auxiliary and its verb.
var quotedAdverbs = setOf("simply", "repeatedly", "completely", "consistently", "clearly", "just",
	"still", "totally", "utterly", "again", "now", "once", "always", "basically", "frankly", "spectacularly",
	"abjectly", "comprehensively", "systematically", "routinely", "wilfully", "shamefully")

// tenureVerbs tell how long someone has held power: "have run", "has had".
var tenureVerbs = setOf("run", "ran", "controlled", "led", "held", "had", "been", "presided", "dominated", "governed")

// numberWords count years.
var numberWords = setOf("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "twenty", "thirty", "several", "many",
	"a", "more", "over", "nearly", "almost")

// deficitNouns are what a failing body leaves behind.
var deficitNouns = setOf("deficit", "deficits", "debt", "debts", "overspend", "hole", "mess", "bill",
	"shortfall", "gap", "legacy", "crisis", "liabilities")

// verdicts reads the quoted verdicts of sentence si.
func (d *doc) verdicts(si int) {
	s := d.sents[si]
	for _, mi := range d.sentMentions[si] {
		m := &d.mentions[mi]
		if !m.inQ || m.ent < 0 || m.poss || m.adj || m.kind == mPronoun || m.kind == mReport || m.kind == mRoleRef {
			continue
		}
		ps := m.ps
		if ps > s.tok0 && d.toks[ps-1].norm == "both" {
			ps-- // "Both the council and the Government have…"
		}
		if !d.clauseInitial(ps) {
			continue
		}
		speaker := d.speakerAt(m.i)
		if speaker < 0 || speaker == m.ent {
			continue
		}
		j := m.j
		if j+1 < s.tok1 && d.toks[j].norm == "and" {
			// "the council and the Government have…": the verb after the
			// second conjunct
			if n := d.mentionStarting(j + 1); n >= 0 && d.mentions[n].kind != mPronoun && !d.mentions[n].poss {
				j = d.mentions[n].j
			}
		}
		if j >= s.tok1 || !d.toks[j].inQ {
			continue
		}
		aux := d.toks[j].norm
		if aux != "has" && aux != "have" && aux != "had" {
			continue
		}
		j++
		for j < s.tok1 && quotedAdverbs[d.toks[j].norm] {
			j++
		}
		if j >= s.tok1 || !d.toks[j].inQ {
			continue
		}
		w := d.toks[j].norm
		switch {
		case w == "not" || w == "never" || w == "n't":
			k := j + 1
			for k < s.tok1 && (quotedAdverbs[d.toks[k].norm] || d.toks[k].norm == "even" || d.toks[k].norm == "once" || d.toks[k].norm == "bothered") && !unheededVerbs[d.toks[k].norm] {
				k++
			}
			if k < s.tok1 && d.toks[k].inQ && (unheededVerbs[d.toks[k].norm] || d.toks[k].norm == "bothered") && !d.praiseIn(si, m.ps) {
				d.act(speaker, Criticises, m.ent, si, 0.55)
			}
		case badVerbs[w] && w != "lost" && w != "broke" && w != "broken":
			if w == "let" && d.findWord(j+1, s.tok1, "down", 6) < 0 {
				continue
			}
			if !d.praiseIn(si, m.ps) {
				d.act(speaker, Criticises, m.ent, si, 0.55)
			}
		case w == "left" && d.findWord(j+1, s.tok1, "with", 4) > 0:
			// "the Government has left us with a £48m deficit"
			k := d.findWord(j+1, s.tok1, "with", 4)
			for n := k + 1; n < s.tok1 && n < k+8 && d.toks[n].inQ; n++ {
				if deficitNouns[d.toks[n].norm] {
					d.act(speaker, Blames, m.ent, si, 0.55)
					break
				}
			}
		case tenureVerbs[w] && d.tenure(j+1, s.tok1) && !d.praiseIn(si, m.ps) && !d.allies(speaker, m.ent):
			// "The Tories have run this council for eleven years and…"
			d.act(speaker, Criticises, m.ent, si, 0.5)
		}
	}
}

// clauseInitial reports whether the phrase at token k opens a quoted
// sentence or clause.
func (d *doc) clauseInitial(k int) bool {
	s := d.sents[d.toks[k].sent]
	if k > s.tok0 && d.toks[k-1].norm == "the" {
		k--
	}
	if k == s.tok0 {
		return true
	}
	p := &d.toks[k-1]
	return p.kind == tQuote && p.open || p.text == ":" || p.text == ";" || (p.norm == "and" || p.norm == "but") && k-2 >= s.tok0 && d.toks[k-2].text == ","
}

// tenure reports whether tokens from i (before end) tell of a span of
// years: "this council for eleven years", "two years to sort this out".
func (d *doc) tenure(i, end int) bool {
	for k := i; k < end && k < i+10 && d.toks[k].inQ; k++ {
		t := &d.toks[k]
		if t.text == "," || t.text == ";" {
			return false
		}
		if t.norm != "years" && t.norm != "decade" && t.norm != "decades" && t.norm != "months" {
			continue
		}
		p := d.toks[k-1].norm
		if len(p) > 0 && p[0] >= '0' && p[0] <= '9' || numberWords[p] {
			return true
		}
	}
	return false
}

// praiseIn reports whether the quoted part of sentence si from token k
// holds a word of praise.
func (d *doc) praiseIn(si, k int) bool {
	s := d.sents[si]
	for ; k < s.tok1; k++ {
		if d.toks[k].inQ && goodWords[d.toks[k].norm] {
			return true
		}
	}
	return false
}

// allies reports whether a and b belong to the same party or party group,
// or one to the other.
func (d *doc) allies(a, b int) bool {
	if d.memberships[[2]int{a, b}] || d.memberships[[2]int{b, a}] {
		return true
	}
	for k := range d.memberships {
		if k[0] != a {
			continue
		}
		if e := d.ents[k[1]]; e.kind != Party && e.kind != PartyGroup {
			continue
		}
		if d.memberships[[2]int{b, k[1]}] {
			return true
		}
		if p := d.ents[k[1]].party; p != "" && d.ents[b].party == p {
			return true
		}
	}
	return false
}

// faultOf reads "X is to blame", "the fault of X", "X's fault": the
// claimant blames X, unless the sentence denies it.
func (d *doc) faultOf(v, si int) {
	s := d.sents[si]
	w := d.toks[v].norm
	target := -1
	switch {
	case w == "blame" && v-2 >= s.tok0 && d.toks[v-1].norm == "to":
		k := v - 2
		switch d.toks[k].norm {
		case "is", "are", "was", "were":
		default:
			return
		}
		for j := k - 1; j >= s.tok0 && j >= k-3; j-- {
			if d.toks[j].norm == "not" || d.toks[j].norm == "who" || d.toks[j].norm == "that" || d.toks[j].norm == "which" {
				if d.toks[j].norm == "not" {
					return
				}
				continue
			}
			if mi := d.mentionEnding(j); mi >= 0 && d.mentions[mi].kind != mPronoun && !d.mentions[mi].adj {
				target = d.mentions[mi].ent
			}
			break
		}
	case w == "fault":
		if mi := d.mentionEnding(v - 1); mi >= 0 && d.mentions[mi].poss && d.mentions[mi].kind != mPronoun {
			target = d.mentions[mi].ent
		} else if v+2 < s.tok1 && d.toks[v+1].norm == "of" && v > s.tok0 && d.toks[v-1].norm == "the" {
			if mi := d.mentionStarting(v + 2); mi >= 0 && d.mentions[mi].kind != mPronoun {
				target = d.mentions[mi].ent
			}
		}
		for j := v - 1; j >= s.tok0 && j >= v-6; j-- {
			if n := d.toks[j].norm; n == "not" || n == "no" || n == "n't" || n == "isn't" || n == "wasn't" {
				return
			}
		}
	}
	if target < 0 {
		return
	}
	d.act(d.claimant(v, si), Blames, target, si, 0.55)
}

// groupOf returns the people "both men", "both women", "the two
// councillors" refer to: the last two people of that gender named before
// token k, other than not; nil when there are not two.
func (d *doc) groupOf(k, not int) []int {
	if k < 1 || d.toks[k-1].norm != "both" && d.toks[k-1].norm != "two" {
		return nil
	}
	var g byte
	switch d.toks[k].norm {
	case "men":
		g = 'm'
	case "women":
		g = 'f'
	case "councillors", "leaders", "members":
	default:
		return nil
	}
	var out []int
	for mi := len(d.mentions) - 1; mi >= 0 && len(out) < 2; mi-- {
		m := &d.mentions[mi]
		if m.i >= k || m.ent < 0 || m.ent == not || m.kind == mPronoun || d.ents[m.ent].typ != Person {
			continue
		}
		if d.toks[m.i].sent < d.toks[k].sent-8 {
			break
		}
		if g != 0 && !compatible(d.ents[m.ent].gender, g) {
			continue
		}
		if !containsInt(out, m.ent) {
			out = append(out, m.ent)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// ingSubject reports whether the "-ing" verb at token v, inside a
// quotation, has a third-party subject earlier in its quoted sentence:
// "the council leader has spent more time blaming X".
func (d *doc) ingSubject(v int) bool {
	t := &d.toks[v]
	if !t.inQ || !strings.HasSuffix(t.norm, "ing") {
		return false
	}
	s := d.sents[t.sent]
	if t.cap && (v == s.tok0 || d.toks[v-1].kind == tQuote && d.toks[v-1].open) {
		return true // "Blaming the contractor is not good enough"
	}
	for k := v - 1; k >= s.tok0 && d.toks[k].inQ; k-- {
		if d.toks[k].norm == "i" || d.toks[k].norm == "we" {
			return false
		}
		if mi := int(d.tokMention[k]) - 1; mi >= 0 && d.mentions[mi].kind != mPronoun {
			return true
		}
		if d.toks[k].norm == "leader" || d.toks[k].norm == "member" || d.toks[k].norm == "minister" {
			return true
		}
	}
	return false
}

// conditional reports whether "would" at token v ends the main clause of
// a condition on the target's conscience: "if he had any integrity he
// would resign", "if she had any shame she would go".
func (d *doc) conditional(v, si int) bool {
	s := d.sents[si]
	for k := v - 1; k >= s.tok0 && k >= v-12; k-- {
		if d.toks[k].norm == "if" {
			for j := k + 1; j < v; j++ {
				switch d.toks[j].norm {
				case "integrity", "decency", "shame", "honour", "honor", "principles", "self-respect", "conscience", "dignity", "respect":
					return true
				}
			}
			return false
		}
	}
	return false
}

// deflects reports whether blame by actor in sentence si shifts fault
// away from someone the actor defends ("X defended Y and blamed Z"), or
// onto central government: the annotators read these as blame alone.
func (d *doc) deflects(actor, target, si int) bool {
	if target >= 0 && d.ents[target].kind == Government {
		return true
	}
	for _, a := range d.actions {
		if a.sent == si && a.actor == actor && a.typ == Supports {
			return true
		}
	}
	return false
}
