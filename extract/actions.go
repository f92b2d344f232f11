package extract

import "strings"

// directVerbs are verbs whose subject acts on their object: "X criticised
// Y", "X backed Y".
var directVerbs = func() map[string]ActionType {
	m := make(map[string]ActionType)
	add := func(t ActionType, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = t
		}
	}
	add(Criticises, `criticise criticises criticised criticising criticize criticizes criticized
		criticizing attack attacks attacked attacking slam slams slammed slamming blast blasts
		blasted blasting condemn condemns condemned condemning accuse accuses accused accusing
		lambast lambasts lambasted lambaste lambastes berate berates berated rebuke rebukes
		rebuked denounce denounces denounced castigate castigated castigates savaged savages
		savage criticisms ridiculed mocked derided`)
	add(Supports, `defend defends defended defending praise praises praised praising thank
		thanks thanked thanking backed backing supported commended commends hailed applauded
		congratulated congratulates endorsed endorses`)
	add(Blames, `blame blames blamed blaming`)
	add(Succeeds, `succeeded succeeds replaced replaces replacing succeeding replace`)
	return m
}()

// actionVerb reports whether w is a verb of political action.
func actionVerb(w string) bool {
	_, ok := directVerbs[w]
	return ok || callVerbs[w]
}

// callVerbs introduce a demand: "called for", "calls for".
var callVerbs = setOf("call", "calls", "called", "calling", "demand", "demands", "demanded", "demanding", "urged", "urges", "urging")

// resignWords say that someone should leave their post.
var resignWords = setOf("resign", "resignation", "resigns", "quit", "quits", "go", "step", "stand", "sacked", "sacking", "removal", "removed", "axed", "dismissal", "dismissed", "departure", "position", "sack", "fired", "replaced", "ousted")

// sanctionWords say that someone should be disciplined.
var sanctionWords = setOf("sanctioned", "disciplined", "suspended", "censured", "investigated", "reprimanded", "punished", "apologise", "apologize")

// inspectWords tell of an inspection or a report on a body.
var inspectWords = setOf("inspection", "inspections", "inspected", "inspects", "inspect", "inspectors",
	"report", "reports", "rated", "rates", "rating", "graded", "grades", "grading", "judged",
	"verdict", "findings", "probe", "probes", "investigation", "review", "audit", "assessment",
	"assurance", "assured", "oversight", "scrutiny", "named", "ranked", "monitoring", "visit", "inadequate", "requires",
	"visited", "warned", "overview", "found", "concluded", "assessed", "audited", "auditor", "auditors")

// findActions reads the actions of every sentence.
func (d *doc) findActions() {
	for si := range d.sents {
		if d.paras[d.sents[si].para].heading {
			continue
		}
		d.sentenceActions(si)
		d.verdicts(si)
		d.inspections(si)
		d.inspectFinding(si)
	}
}

// act records an action between two entities.
func (d *doc) act(actor int, typ ActionType, target, sent int, conf float64) {
	if actor < 0 || target < 0 || actor == target {
		return
	}
	if (typ == Criticises || typ == Blames) && d.ownBody(actor, target) {
		return // "its managing director said the company was disappointed"
	}
	d.actions = append(d.actions, actionFact{actor: actor, typ: typ, target: target, sent: sent, conf: conf})
	if typ == DemandsResignation && d.ents[actor].typ == Person && d.ents[target].typ == Person && !d.echoes(sent) {
		// a person who calls for someone to go criticises them; a party
		// or group that does so only demands it
		d.actions = append(d.actions, actionFact{actor: actor, typ: Criticises, target: target, sent: sent, conf: conf * 0.8})
	}
}

// echoes reports whether sentence si repeats another's call: "X echoed the
// call", "backed the call".
func (d *doc) echoes(si int) bool {
	s := d.sents[si]
	for k := s.tok0; k < s.tok1; k++ {
		switch d.toks[k].norm {
		case "echo", "echoed", "echoes", "echoing", "repeated", "joined", "seconded":
			return true
		}
	}
	return false
}

// speakerAt returns the speaker of the quotation around token k, or -1.
func (d *doc) speakerAt(k int) int {
	for _, q := range d.quoteFacts {
		if q.tok0 <= k && k < q.tok1 {
			return q.speaker
		}
	}
	return -1
}

// agentOf returns the entity acting with the verb at token v: inside a
// quotation the speaker ("I", "we") unless a name stands before the verb,
// else the actor before the verb; for a second verb ("X defended Y and
// blamed Z") the actor of the first.
func (d *doc) agentOf(v int) int {
	t := &d.toks[v]
	if v > 0 && (d.toks[v-1].norm == "and" || d.toks[v-1].norm == "but" || d.toks[v-1].norm == "then") && d.mentionEnding(v-2) < 0 || (v > 1 && d.toks[v-1].norm == "then" && d.mentionEnding(v-2) >= 0 && d.entOf(d.mentionEnding(v-2)) < 0) {
		s := d.sents[t.sent]
		for k := v - 2; k >= s.tok0; k-- {
			if actionVerb(d.toks[k].norm) || speechVerbs[d.toks[k].norm] {
				if speechVerbs[d.toks[k].norm] && k > s.tok0 && d.toks[k-1].norm == "had" {
					continue // "agreed with what X had said and accused Y"
				}
				if e := d.agentOf(k); e >= 0 {
					return e
				}
				break
			}
		}
		// "X apologised and said": the subject of the first verb
		if p := &d.toks[v-2]; v-2 > s.tok0 && p.kind == tWord && !p.cap && strings.HasSuffix(p.norm, "ed") && d.tokMention[v-2] == 0 {
			if mi := d.actorBefore(v - 2); mi >= 0 && d.mentions[mi].ent >= 0 {
				return d.mentions[mi].ent
			}
		}
	}
	if !t.inQ {
		k := v - 1
		for k > d.sents[t.sent].tok0 && d.toks[k].kind == tWord && auxiliaries[d.toks[k].norm] && d.tokMention[k] == 0 {
			k--
		}
		if e := d.roleRefEnding(k, -1); e >= 0 {
			return e
		}
	}
	mi := d.actorBefore(v)
	if t.inQ {
		if mi >= 0 && d.mentions[mi].inQ && d.mentions[mi].kind == mName && d.mentions[mi].j >= v-3 && d.mentions[mi].ent >= 0 {
			return d.mentions[mi].ent
		}
		return d.speakerAt(v)
	}
	if mi < 0 && strings.HasSuffix(t.norm, "ing") {
		mi = d.subject(t.sent)
	}
	if mi < 0 {
		return -1
	}
	if m := &d.mentions[mi]; m.ent >= 0 && d.ents[m.ent].kind == Party && m.j < len(d.toks) && roleHeads[d.toks[m.j].norm] && d.tokMention[m.j] == 0 {
		// "A Tory MP has … accusing": the MP acts, not the party
		return -1
	}
	return d.mentions[mi].ent
}

// targetOf returns the entity of the first mention after token v, skipping
// possessive pronouns ("blamed his predecessor, X").
func (d *doc) targetOf(v, limit int) int {
	s := d.sents[d.toks[v].sent]
	for k := v + 1; k < s.tok1 && k <= v+limit; k++ {
		t := &d.toks[k]
		if t.text == ";" || t.text == "." {
			break
		}
		mi := int(d.tokMention[k]) - 1
		if mi < 0 || d.mentions[mi].poss || d.mentions[mi].kind == mPronoun {
			// "his colleague", "the commissioner", "Kelverton's mayor"
			at := k
			if mi >= 0 {
				at = d.mentions[mi].j - 1
			}
			if at+1 < s.tok1 && d.refWord(at+1) {
				if e, _ := d.roleRefAt(at, d.agentOf(v)); e >= 0 {
					return e
				}
			}
		}
		if mi < 0 {
			continue
		}
		m := &d.mentions[mi]
		if m.kind == mPronoun && (t.norm == "his" || t.norm == "their" || t.norm == "its" || (t.norm == "her" && k+1 < s.tok1 && d.toks[k+1].kind == tWord && !d.toks[k+1].cap && d.mentionStarting(k+1) < 0 && !prepositions[d.toks[k+1].norm])) {
			continue
		}
		if m.ent >= 0 && !m.adj && !d.modifiesPerson(m) {
			return m.ent
		}
		k = m.j - 1
	}
	return -1
}

// sentenceActions reads the verb-led actions of sentence si.
func (d *doc) sentenceActions(si int) {
	s := d.sents[si]
	for v := s.tok0; v < s.tok1; v++ {
		t := &d.toks[v]
		if t.kind != tWord {
			continue
		}
		conf := 0.85
		if t.inQ {
			conf = 0.6
		}
		w := t.norm
		if w == "confidence" || w == "backing" || w == "support" {
			d.confidenceIn(v, si, conf)
		}
		switch {
		case w == "hit" || w == "hits" || w == "hitting" || w == "lashed" || w == "lashes" || w == "lashing":
			if v+2 < s.tok1 && (d.toks[v+1].norm == "out" || d.toks[v+1].norm == "back") && d.toks[v+2].norm == "at" {
				d.act(d.agentOf(v), Criticises, d.targetOf(v+2, 8), si, conf)
			}
		case w == "rounded" || w == "turned" && v+1 < s.tok1 && d.toks[v+1].norm == "on":
			if v+1 < s.tok1 && d.toks[v+1].norm == "on" {
				d.act(d.agentOf(v), Criticises, d.targetOf(v+1, 6), si, conf*0.9)
			}
		case callVerbs[w] && d.negatedCall(v):
			// "stopped short of calling for X to resign"
		case callVerbs[w]:
			d.callFor(v, si, conf)
			if !t.inQ {
				d.calledIt(v, si)
			}
		case w == "confidence" && v > s.tok0 && (d.toks[v-1].norm == "no" || d.toks[v-1].norm == "no-confidence"):
			d.noConfidence(v, si, conf)
		case w == "no-confidence":
			d.noConfidence(v, si, conf)
		case w == "motion" && d.motionTarget > 0 && si-d.motionSent <= 6 && !t.inQ && v > s.tok0 && (d.toks[v-1].norm == "the" || d.toks[v-1].norm == "this"):
			d.motionBackers(v, si, conf)
		case w == "should" || w == "must" || w == "ought" || (w == "has" || w == "have" || w == "needs" || w == "need") && v+2 < s.tok1 && d.toks[v+1].norm == "to" && (d.toks[v+2].norm == "go" || d.toks[v+2].norm == "resign" || d.toks[v+2].norm == "quit" || d.toks[v+2].norm == "step"):
			d.shouldGo(v, si, conf)
		case w == "would" && d.conditional(v, si):
			// "if he had any integrity he would resign"
			d.shouldGo(v, si, conf*0.9)
		case w == "fault" || w == "blame" && v > s.tok0 && d.toks[v-1].norm == "to":
			d.faultOf(v, si)
		case (w == "after" || w == "following") && !t.inQ:
			d.afterLeaving(v, si)
		case w == "predecessor" || w == "predecessors":
			d.predecessor(v, si)
		case w == "successor":
			if mi := d.mentionEnding(v - 1); mi >= 0 && d.mentions[mi].poss {
				d.act(d.targetOf(v, 8), Succeeds, d.mentions[mi].ent, si, 0.7)
			}
		case w == "agree" || w == "agrees" || w == "agreed" || w == "agreeing":
			if v+2 < s.tok1 && d.toks[v+1].kind == tQuote && d.toks[v+2].norm == "with" {
				// "agreed "with every word" X had said"
				d.act(d.agentOf(v), AgreesWith, d.targetOf(v+2, 5), si, conf)
				break
			}
			if v > s.tok0 && (d.toks[v-1].norm == "who" || d.toks[v-1].norm == "which") {
				break // "the ones who agree with him"
			}
			if v+1 < s.tok1 && d.toks[v+1].norm == "with" {
				if v+3 < s.tok1 && determiners[d.toks[v+2].norm] && (reportWords[d.toks[v+3].norm] || v+4 < s.tok1 && reportWords[d.toks[v+4].norm]) && d.acceptReport(v+1, si) {
					break
				}
				d.act(d.agentOf(v), AgreesWith, d.targetOf(v+1, 5), si, conf)
			}
		case w == "shared" || w == "shares" || w == "share":
			// "she shared some of Cllr X's concerns"
			for k := v + 1; k < s.tok1 && k < v+6; k++ {
				if mi := d.mentionEnding(k); mi >= 0 && d.mentions[mi].poss && k+1 < s.tok1 {
					switch d.toks[k+1].norm {
					case "concerns", "concern", "view", "views", "frustration", "frustrations", "anger", "assessment":
						d.act(d.claimant(v, si), AgreesWith, d.mentions[mi].ent, si, 0.6)
					}
					break
				}
			}
		case w == "right" && v > s.tok0+1 && (d.toks[v-1].norm == "is" || d.toks[v-1].norm == "was" || d.toks[v-1].norm == "are" || d.toks[v-1].norm == "were") && v+1 < s.tok1 && (d.toks[v+1].norm == "to" || d.toks[v+1].norm == "that" || d.toks[v+1].norm == "about"):
			// "The Ombudsman is right to hold us to account"
			if mi := d.mentionEnding(v - 2); mi >= 0 && d.mentions[mi].kind != mPronoun {
				d.act(d.claimant(v, si), AgreesWith, d.mentions[mi].ent, si, 0.6)
			}
		case w == "welcome" || w == "welcomed" || w == "welcomes" || w == "welcoming":
			if !d.acceptReport(v, si) {
				d.welcomeWho(v, si, conf)
			}
		case w == "took" || w == "takes" || w == "taking" || w == "taken" || w == "filled":
			d.succession(v, si)
		case (w == "clashed" || w == "clashes" || w == "clashing") && (v+1 < s.tok1 && d.toks[v+1].norm == "with" || v+2 < s.tok1 && d.toks[v+2].norm == "with"):
			k := v + 1
			if d.toks[k].norm != "with" {
				k++
			}
			d.act(d.agentOf(v), Criticises, d.targetOf(k, 4), si, 0.6)
		case (w == "attack" || w == "broadside" || w == "assault" || w == "tirade") && v+1 < s.tok1 && d.toks[v+1].norm == "on":
			// "X launched a blistering attack on Y"
			if vb := d.verbBefore(v - 1); vb < v-1 || vb == v-1 && (d.toks[vb].norm == "launched" || d.toks[vb].norm == "made") {
				d.act(d.agentOf(vb), Criticises, d.targetOf(v+1, 6), si, conf)
			}
		case w == "questions" && v+2 < s.tok1 && d.toks[v+1].norm == "to" && d.toks[v+2].norm == "answer":
			// "X and his cabinet have questions to answer"
			k := v - 1
			for k > s.tok0 && (auxiliaries[d.toks[k].norm] || d.toks[k].norm == "serious" || d.toks[k].norm == "some" || d.toks[k].norm == "many") {
				k--
			}
			for ; k >= s.tok0 && k >= v-8; k-- {
				if d.toks[k].norm == "that" || d.toks[k].norm == "with" {
					break // "agreed with X that the leadership had questions…"
				}
				if mi := d.mentionStarting(k); mi >= 0 && d.mentions[mi].kind != mPronoun && d.mentions[mi].ent >= 0 && !d.mentions[mi].poss {
					d.act(d.claimant(v, si), Criticises, d.mentions[mi].ent, si, 0.6)
					break
				}
			}
		case w == "disappointed" || w == "astonished" || w == "dismayed" || w == "appalled" || w == "furious" || w == "shocked" || w == "angry" || w == "staggered" || w == "amazed":
			d.emotionThat(v, si, 0.6)
		case w == "echo" || w == "echoes" || w == "echoed" || w == "echoing" || w == "sided" || w == "endorsed":
			if d.echoCall(v, si, conf) {
				break
			}
			d.act(d.agentOf(v), AgreesWith, d.targetOf(v, 4), si, conf*0.9)
		case w == "accept" || w == "accepts" || w == "accepted" || w == "accepting":
			if d.acceptReport(v, si) {
				break
			}
			if t.inQ {
				// "I accept a lot of what Ofsted are saying"
				if o := d.otherMention(si, d.speakerAt(v), Organization); o >= 0 && d.isInspector(o) {
					d.act(d.speakerAt(v), AgreesWith, o, si, 0.5)
				}
			}
		case w == "grateful":
			if v+1 < s.tok1 && (d.toks[v+1].norm == "for" || d.toks[v+1].norm == "to") {
				limit := 4
				if v+4 < s.tok1 && d.toks[v+4].norm == "of" {
					limit = 9 // "grateful for the support of Y"
				}
				d.act(d.claimant(v, si), Supports, d.targetOf(v+1, limit), si, conf)
			}
		case w == "against":
			d.against(v, si, conf)
		case (w == "fire" || w == "criticism" || w == "attack" || w == "flak") && v+1 < s.tok1 && d.toks[v+1].norm == "from":
			// "X came under fire from Y": Y criticises X
			if sm := d.subject(si); sm >= 0 && d.mentions[sm].i < v {
				d.act(d.targetOf(v+1, 4), Criticises, d.mentions[sm].ent, si, conf*0.9)
			}
		case w == "working" && v > s.tok0+1 && d.toks[v-1].norm == "to" && d.toks[v-2].norm == "forward" && v+1 < s.tok1 && d.toks[v+1].norm == "with":
			// "I look forward to working with Dr X"
			d.act(d.claimant(v, si), Supports, d.targetOf(v+1, 4), si, conf*0.8)
		case (w == "wished" || w == "wishes" || w == "wish") && d.findWord(v+1, s.tok1, "well", 5) > 0:
			// "wished his successor well"
			d.act(d.claimant(v, si), Supports, d.targetOf(v, 4), si, conf*0.8)
		case w == "tribute" && v+1 < s.tok1 && d.toks[v+1].norm == "to":
			d.act(d.agentOf(d.verbBefore(v)), Supports, d.targetOf(v+1, 4), si, conf)
		case w == "support" && v+1 < s.tok1 && (d.toks[v+1].norm == "for" || d.toks[v+1].norm == "behind") && !t.inQ:
			d.act(d.agentOf(d.verbBefore(v)), Supports, d.targetOf(v+1, 4), si, conf*0.8)
		case w == "failure" || w == "failures" || w == "failings" || w == "failing":
			d.failureOf(v, si)
		case w == "responsible" || w == "responsibility":
			d.responsible(v, si)
		case w == "unhappy" || w == "concerned" || w == "critical":
			if v+1 < s.tok1 && (d.toks[v+1].norm == "about" || d.toks[v+1].norm == "with" || d.toks[v+1].norm == "by" || d.toks[v+1].norm == "of") {
				if tg := d.targetOf(v+1, 4); tg >= 0 && d.ents[tg].typ == Organization && d.ents[tg].kind == Council {
					d.act(d.agentOf(v), Criticises, tg, si, 0.6)
				}
			}
		case w == "improve":
			d.mustImprove(v, si)
		case t.inQ && negativeWords[w]:
			d.negativeAbout(v, si)
		case t.inQ && (w == "cuts" || w == "austerity"):
			if k := d.findWord(v+1, s.tok1, "by", 6); k > 0 {
				d.act(d.speakerAt(v), Criticises, d.targetOf(k, 3), si, 0.5)
			}
		case speechVerbs[w] && !t.inQ:
			d.saysFailed(v, si)
			d.calledIt(v, si)
		}
		if typ, ok := directVerbs[w]; ok {
			d.directAction(v, typ, si, conf)
		}
		if (w == "describing" || w == "calling" || w == "branding" || w == "labelling" || w == "saying" || w == "accusing") && !t.inQ && !(v+1 < s.tok1 && d.toks[v+1].norm == "for") {
			d.withJoining(v, si)
		}
		if cutVerbs[w] && !(w == "cut" && v > s.tok0 && determiners[d.toks[v-1].norm]) {
			d.governmentCuts(v, si)
		}
	}
}

// verbBefore returns the verb governing the noun at token v: "paid" in
// "paid tribute to", or v itself when there is none near.
func (d *doc) verbBefore(v int) int {
	s := d.sents[d.toks[v].sent]
	for k := v - 1; k >= s.tok0 && k >= v-4; k-- {
		t := &d.toks[k]
		if t.kind != tWord || d.tokMention[k] != 0 {
			break
		}
		if strings.HasSuffix(t.norm, "ed") || strings.HasSuffix(t.norm, "s") && !determiners[t.norm] || t.norm == "paid" || t.norm == "threw" || t.norm == "gave" {
			return k
		}
	}
	return v
}

// directAction reads "X criticised Y", "Y was criticised by X".
func (d *doc) directAction(v int, typ ActionType, si int, conf float64) {
	s := d.sents[si]
	w := d.toks[v].norm
	if (w == "backed" || w == "backing" || w == "thanks") && d.mentionStarting(v+1) < 0 {
		return // "backed up", "thanks to"
	}
	if w == "blame" && v > s.tok0 && d.toks[v-1].norm == "to" || d.ingSubject(v) {
		return // "X is to blame" (faultOf); "the leader has spent months blaming Y"
	}
	if w == "replacing" || w == "replaced" || w == "replaces" || w == "replace" {
		if d.mentionStarting(v+1) < 0 && !(v > s.tok0 && d.toks[v-1].norm == "was" && v+1 < s.tok1 && (d.toks[v+1].norm == "by" || d.toks[v+1].norm == "as")) {
			return
		}
	}
	// passive: "Y was criticised by X"
	if v > s.tok0 && (d.toks[v-1].norm == "was" || d.toks[v-1].norm == "were" || d.toks[v-1].norm == "been" || d.toks[v-1].norm == "being" || d.toks[v-1].norm == "is") {
		by := -1
		if v+1 < s.tok1 && d.toks[v+1].norm == "by" {
			by = v + 1
		} else if typ == Succeeds && v+2 < s.tok1 && d.toks[v+1].norm == "as" {
			// "X was replaced as cabinet member for transport by Y"
			for k := v + 2; k < s.tok1 && k < v+10; k++ {
				if d.toks[k].norm == "by" {
					by = k
					break
				}
				if d.toks[k].kind != tWord {
					break
				}
			}
		}
		if by > 0 {
			target := -1
			if k := v - 2; k > s.tok0 && d.toks[k].norm == "who" && d.toks[k-1].text == "," && d.mentionEnding(k-2) >= 0 {
				// "X, who was replaced by Y"
				target = d.mentions[d.mentionEnding(k-2)].ent
			} else if mi := d.actorBefore(v - 1); mi >= 0 {
				target = d.mentions[mi].ent
			}
			actor := d.targetOf(by, 4)
			if typ == Succeeds && (actor < 0 || target < 0 || d.ents[actor].typ != Person || d.ents[target].typ != Person) {
				return
			}
			d.act(actor, typ, target, si, conf*0.9)
		}
		return
	}
	limit := 6
	if typ == Blames {
		limit = 14
	}
	if typ != Succeeds {
		if g := d.targetsOf(v, limit); len(g) > 1 {
			// "accused the three of …"
			actor := d.agentOf(v)
			for _, e := range g {
				d.act(actor, typ, e, si, conf*0.9)
			}
			return
		}
	}
	target := d.targetOf(v, limit)
	if typ == Succeeds && target >= 0 && d.ents[target].typ != Person {
		return
	}
	actor := d.agentOf(v)
	if typ == Succeeds && v-2 >= s.tok0 && d.toks[v-1].norm == "to" {
		// "the group elected X, the deputy leader, to replace her"
		if e := d.objectBefore(v-2, s.tok0); e >= 0 {
			actor = e
		}
	}
	d.act(actor, typ, target, si, conf)
	if typ == Blames && !d.deflects(actor, target, si) {
		d.act(actor, Criticises, target, si, conf*0.6)
	}
}

// callFor reads "X called for Y to resign", "X calls for the resignation of
// Y", "X called for Y to be disciplined", "X urged Y to step down".
func (d *doc) callFor(v, si int, conf float64) {
	s := d.sents[si]
	w := d.toks[v].norm
	k := v + 1
	if strings.HasPrefix(w, "call") {
		if k >= s.tok1 || (d.toks[k].norm != "for" && d.toks[k].norm != "on" && d.toks[k].norm != "upon") {
			return
		}
		k++
	}
	target, cue := -1, ActionType("")
	for j := k; j < s.tok1 && j < k+30; j++ {
		t := &d.toks[j]
		if t.text == ";" || (t.kind == tQuote && j > k+2 && target >= 0) || (subordinators[t.norm] && t.norm != "as") {
			break
		}
		if mi := int(d.tokMention[j]) - 1; mi >= 0 && target < 0 {
			m := &d.mentions[mi]
			if m.kind == mPronoun && (t.norm == "his" || t.norm == "her" && j+1 < s.tok1 && d.toks[j+1].kind == tWord && !d.toks[j+1].cap && d.mentionStarting(j+1) < 0 && !resignWords[d.toks[j+1].norm]) {
				continue
			}
			if m.ent >= 0 && d.ents[m.ent].typ == Person {
				target = m.ent
			}
			j = m.j - 1
			continue
		}
		if resignWords[t.norm] && cue == "" {
			if t.norm == "position" && !(j > 0 && (d.toks[j-1].norm == "his" || d.toks[j-1].norm == "her" || d.toks[j-1].norm == "their")) {
				continue
			}
			if t.norm == "go" && !(j > 0 && d.toks[j-1].norm == "to") {
				continue
			}
			cue = DemandsResignation
		}
		if t.norm == "confidence" && j > 0 && d.toks[j-1].norm == "no" && cue == "" {
			cue = DemandsResignation
		}
		if sanctionWords[t.norm] && cue == "" {
			cue = Criticises
		}
		if cue != "" && target >= 0 {
			break
		}
	}
	if cue == "" {
		return
	}
	if v > s.tok0 && (d.toks[v-1].norm == "was" || d.toks[v-1].norm == "were" || d.toks[v-1].norm == "been" || d.toks[v-1].norm == "being") && !d.toks[v].inQ {
		// "Y was urged to resign by X"
		if by := d.findWord(v+1, s.tok1, "by", 10); by > 0 {
			if mi := d.actorBefore(v - 1); mi >= 0 && d.mentions[mi].ent >= 0 && d.ents[d.mentions[mi].ent].typ == Person {
				d.act(d.targetOf(by, 4), cue, d.mentions[mi].ent, si, conf*0.9)
			}
		}
		return
	}
	if target < 0 {
		return
	}
	d.act(d.agentOf(v), cue, target, si, conf)
}

// noConfidence reads "a motion of no confidence in X", "a no-confidence
// vote against X", whose actor is who tabled or called for it.
func (d *doc) noConfidence(v, si int, conf float64) {
	s := d.sents[si]
	target := -1
	for j := v + 1; j < s.tok1 && j < v+8; j++ {
		if d.toks[j].norm == "in" || d.toks[j].norm == "against" || d.toks[j].norm == "on" {
			target = d.targetOf(j, 5)
			break
		}
	}
	if target < 0 {
		return
	}
	if d.ents[target].typ == Person {
		d.motionTarget, d.motionSent = target+1, si
	}
	// the verb that brought the motion
	actor := -1
	for k := v - 1; k >= s.tok0; k-- {
		w := d.toks[k].norm
		if callVerbs[w] {
			return // callFor has read it
		}
		if w == "table" || w == "tabled" || w == "tabling" || w == "tried" || w == "moved" || w == "proposed" || w == "submitted" || w == "launched" || w == "brought" || w == "put" || w == "forced" || w == "lodged" || w == "won" || w == "backed" || w == "supported" || w == "voted" || w == "seconded" || w == "signed" {
			if e := d.agentOf(k); e >= 0 {
				actor = e
				break
			}
		}
	}
	d.act(actor, DemandsResignation, target, si, conf)
}

// shouldGo reads "X should quit", "he must resign", said by the subject or
// the speaker.
func (d *doc) shouldGo(v, si int, conf float64) {
	s := d.sents[si]
	found := false
	for j := v + 1; j < s.tok1 && j < v+6; j++ {
		w := d.toks[j].norm
		if d.toks[j].kind == tQuote {
			continue
		}
		if w == "resign" || w == "resigned" || w == "quit" || w == "go" || w == "step" || w == "stand" || w == "be" && j+1 < s.tok1 && (d.toks[j+1].norm == "sacked" || d.toks[j+1].norm == "removed") {
			found = true
			break
		}
		if (w == "consider" || w == "considering") && j+2 < s.tok1 && (d.toks[j+2].norm == "position" || d.toks[j+2].norm == "positions") {
			found = true
			break
		}
		if w == "do" && j+3 < s.tok1 && d.toks[j+1].norm == "the" && (d.toks[j+2].norm == "decent" || d.toks[j+2].norm == "honourable" || d.toks[j+2].norm == "honorable") && d.toks[j+3].norm == "thing" {
			// "she should do the decent thing and go"
			found = true
			break
		}
		if !auxiliaries[w] && w != "have" && w != "now" && w != "be" && w != "seriously" && w != "to" {
			break
		}
	}
	if !found {
		return
	}
	k := v - 1
	if k > s.tok0 && d.toks[k].text == "," && d.mentionEnding(k-1) >= 0 && !d.toks[v].inQ {
		// "the cabinet member for housing, Cllr X, should resign"
		k--
	}
	if k > s.tok0 && (d.toks[k].norm == "responsible" || d.toks[k].norm == "concerned" || d.toks[k].norm == "involved" || d.toks[k].norm == "himself" || d.toks[k].norm == "herself") {
		k-- // "the cabinet member responsible must go"
	}
	tm := d.mentionEnding(k)
	if tm >= 0 && d.toks[k].norm == "they" && d.toks[v].inQ {
		// "if they had any respect they would resign", after "the three"
		if g := d.recentGroup(si); g != nil {
			for _, e := range g {
				d.act(d.speakerAt(v), DemandsResignation, e, si, conf*0.8)
			}
			return
		}
	}
	if tm < 0 {
		// "both men should consider their positions"
		if group := d.groupOf(k, d.claimant(v, si)); group != nil {
			for _, e := range group {
				// "should consider their positions": a call, not an attack
				if a := d.claimant(v, si); a >= 0 && a != e {
					d.actions = append(d.actions, actionFact{actor: a, typ: DemandsResignation, target: e, sent: si, conf: conf * 0.8})
				}
			}
		}
		return
	}
	target := d.mentions[tm].ent
	if target < 0 || d.ents[target].typ != Person {
		return
	}
	actor := -1
	if d.toks[v].inQ {
		actor = d.speakerAt(v)
	} else {
		for k := d.mentions[tm].ps - 1; k >= s.tok0; k-- {
			if speechVerbs[d.toks[k].norm] || d.toks[k].norm == "believe" || d.toks[k].norm == "believes" || d.toks[k].norm == "think" || d.toks[k].norm == "insist" {
				actor = d.agentOf(k)
				break
			}
		}
	}
	d.act(actor, DemandsResignation, target, si, conf)
}

// predecessor reads "X's predecessor Y", "his predecessor, Y": X succeeds Y.
func (d *doc) predecessor(v, si int) {
	successor := -1
	if v > 0 {
		if mi := int(d.tokMention[v-1]) - 1; mi >= 0 {
			m := &d.mentions[mi]
			if m.kind == mPronoun {
				successor = d.antecedent(mi, m.gender, false)
			} else if m.poss {
				successor = m.ent
			}
		}
	}
	target := d.targetOf(v, 10)
	if target >= 0 && d.ents[target].typ == Person {
		d.act(successor, Succeeds, target, si, 0.7)
	}
}

// otherMention returns the first entity of the given type named in
// sentence si that is not the given one.
func (d *doc) otherMention(si, not int, typ ActorType) int {
	for _, mi := range d.sentMentions[si] {
		m := &d.mentions[mi]
		if m.ent >= 0 && m.ent != not && d.ents[m.ent].typ == typ && m.kind == mName {
			return m.ent
		}
	}
	return -1
}

// against reads "cries of shame against X", "a campaign against X".
func (d *doc) against(v, si int, conf float64) {
	s := d.sents[si]
	ok := false
	for k := v - 1; k >= s.tok0 && k >= v-6; k-- {
		switch d.toks[k].norm {
		case "cries", "protest", "protests", "complaint", "complaints", "campaign", "campaigned", "criticism", "attack", "attacks", "spoke", "speaking", "warned", "railed", "argued", "motion":
			ok = true
		}
	}
	if !ok {
		return
	}
	if v-1 > s.tok0 && d.toks[v-1].norm == "motion" && d.toks[v-2].norm == "the" && !d.toks[v].inQ && d.noConfidenceBefore(si) {
		// "X tabled the motion against Y" after "a vote of no confidence"
		if tg := d.targetOf(v, 4); tg >= 0 && d.ents[tg].typ == Person {
			d.act(d.agentOf(v), DemandsResignation, tg, si, conf*0.8)
			return
		}
	}
	d.act(d.agentOf(v), Criticises, d.targetOf(v, 4), si, conf*0.8)
}

// noConfidenceBefore reports whether a sentence up to si tells of a vote
// or motion of no confidence.
func (d *doc) noConfidenceBefore(si int) bool {
	for k := d.sents[0].tok0; k < d.sents[si].tok1; k++ {
		if w := d.toks[k].norm; w == "no-confidence" || w == "confidence" && k > 0 && d.toks[k-1].norm == "no" {
			return true
		}
	}
	return false
}

// failureOf reads "the failure of X", "X's failings", said by the subject
// or speaker: criticism, and blame.
func (d *doc) failureOf(v, si int) {
	s := d.sents[si]
	target := -1
	if mi := d.mentionEnding(v - 1); mi >= 0 && d.mentions[mi].poss {
		target = d.mentions[mi].ent
	} else if v+1 < s.tok1 && (d.toks[v+1].norm == "of" || d.toks[v+1].norm == "in" || d.toks[v+1].norm == "by" || d.toks[v+1].norm == "at") {
		target = d.targetOf(v+1, 8)
	}
	if target < 0 {
		return
	}
	actor := -1
	if d.toks[v].inQ {
		actor = d.speakerAt(v)
	} else {
		for k := v - 1; k >= s.tok0; k-- {
			if speechVerbs[d.toks[k].norm] {
				actor = d.agentOf(k)
				break
			}
		}
	}
	d.act(actor, Criticises, target, si, 0.6)
	if d.toks[v].norm == "failure" {
		d.act(actor, Blames, target, si, 0.5)
	}
}

// responsible reads "it is X which is responsible for this mess" and
// "responsibility … lies with X": the speaker blames X.
func (d *doc) responsible(v, si int) {
	s := d.sents[si]
	actor := d.speakerAt(v)
	if !d.toks[v].inQ {
		return
	}
	if d.toks[v].norm == "responsibility" {
		for k := v + 1; k < s.tok1 && k < v+15; k++ {
			if d.toks[k].norm == "lies" || d.toks[k].norm == "rests" || d.toks[k].norm == "lay" {
				if k+1 < s.tok1 && d.toks[k+1].norm == "with" {
					d.act(actor, Blames, d.targetOf(k+1, 6), si, 0.6)
				}
				return
			}
		}
		return
	}
	if v+1 >= s.tok1 || d.toks[v+1].norm != "for" {
		return
	}
	k := v - 1
	for k >= s.tok0 && (d.toks[k].norm == "is" || d.toks[k].norm == "are" || d.toks[k].norm == "was" || d.toks[k].norm == "were" || d.toks[k].norm == "which" || d.toks[k].norm == "who" || d.toks[k].norm == "that" || d.toks[k].norm == "solely" || d.toks[k].norm == "directly") {
		k--
	}
	if mi := d.mentionEnding(k); mi >= 0 {
		d.act(actor, Blames, d.mentions[mi].ent, si, 0.6)
	}
}

// mustImprove reads "X must improve", "the council needs to improve": the
// subject criticises X.
func (d *doc) mustImprove(v, si int) {
	s := d.sents[si]
	k := v - 1
	for k >= s.tok0 && (d.toks[k].kind == tQuote || d.toks[k].norm == "must" || d.toks[k].norm == "needs" || d.toks[k].norm == "need" || d.toks[k].norm == "to" || d.toks[k].norm == "has" || d.toks[k].norm == "have" || d.toks[k].norm == "urgently") {
		k--
	}
	if k == v-1 {
		return
	}
	mi := d.mentionEnding(k)
	if mi < 0 {
		return
	}
	target := d.mentions[mi].ent
	actor := -1
	for j := d.mentions[mi].ps - 1; j >= s.tok0; j-- {
		if speechVerbs[d.toks[j].norm] {
			actor = d.agentOf(j)
			break
		}
	}
	d.act(actor, Criticises, target, si, 0.6)
}

// negativeWords in a quoted label make it a criticism.
var negativeWords = setOf("failed", "failing", "failure", "line", "disgrace", "disgraceful", "scandal",
	"scandalous", "shambles", "shocking", "appalling", "incompetent", "unacceptable", "let", "misled",
	"lied", "wrong", "reckless", "arrogant", "chaos", "chaotic", "farce", "betrayal", "betrayed",
	"shameful", "disastrous", "disaster", "inadequate", "mess", "woeful", "dreadful", "uncaring",
	"negligent", "contempt", "abuse", "bullying", "cover-up", "whitewash", "omnishambles", "hypocrisy")

// negativeAbout reads a word of blame near a name inside a quotation:
// "X's record is shocking", "X has presided over a scandal". The speaker
// criticises X.
func (d *doc) negativeAbout(v, si int) {
	s := d.sents[si]
	speaker := d.speakerAt(v)
	if speaker < 0 {
		return
	}
	copula := false
	for k := v - 1; k >= s.tok0 && k >= v-6; k-- {
		t := &d.toks[k]
		if !t.inQ || t.text == "," || t.text == ";" || t.text == "-" || t.text == "–" || t.text == "—" {
			return
		}
		switch t.norm {
		case "is", "are", "was", "were", "has", "have", "had", "been", "be":
			copula = true
		case "responsible", "blame":
			return // blame, read by responsible and faultOf
		}
		if mi := d.mentionEnding(k); mi >= 0 {
			m := &d.mentions[mi]
			if m.ent >= 0 && m.kind != mPronoun && m.ent != speaker && !m.adj && (copula || m.poss) {
				d.act(speaker, Criticises, m.ent, si, 0.5)
			}
			return
		}
	}
}

// findWord returns the index of word w in tokens [i, min(end, i+limit)),
// or -1.
func (d *doc) findWord(i, end int, w string, limit int) int {
	for k := i; k < end && k < i+limit; k++ {
		if d.toks[k].norm == w {
			return k
		}
	}
	return -1
}

// negativeQuote reports whether the quotation starting at token k holds a
// word of blame.
func (d *doc) negativeQuote(k int) bool {
	for ; k < len(d.toks) && d.toks[k].inQ; k++ {
		if negativeWords[d.toks[k].norm] {
			return true
		}
	}
	return false
}

// calledIt reads "X called the council's failures "a scandal"": a label in
// quotation marks for someone's failings.
func (d *doc) calledIt(v, si int) {
	w := d.toks[v].norm
	if w != "called" && w != "calling" && w != "calls" && w != "branded" && w != "labelled" && w != "described" {
		return
	}
	s := d.sents[si]
	target := -1
	for k := v + 1; k < s.tok1 && k < v+8; k++ {
		t := &d.toks[k]
		if t.kind == tQuote {
			if target < 0 {
				return
			}
			d.act(d.agentOf(v), Criticises, target, si, 0.5)
			return
		}
		if mi := d.mentionEnding(k); mi >= 0 && d.mentions[mi].ent >= 0 && d.mentions[mi].kind != mPronoun {
			target = d.mentions[mi].ent
			continue
		}
		switch t.norm {
		case "failures", "failings", "failure", "problems", "service", "services", "situation", "handling", "performance", "record", "department":
			if target < 0 && d.main >= 0 {
				target = d.main
			}
		}
	}
}

// inspections reads inspections: a regulator, a board or a commission named
// in a sentence about an inspection or a report inspects the council the
// sentence names, or else the article's council.
func (d *doc) inspections(si int) {
	s := d.sents[si]
	cue := false
	for k := s.tok0; k < s.tok1; k++ {
		if inspectWords[d.toks[k].norm] {
			cue = true
			break
		}
	}
	if !cue {
		return
	}
	target := -1
	ie := d.inspectee()
	for _, mi := range d.sentMentions[si] {
		m := &d.mentions[mi]
		if m.ent >= 0 && d.ents[m.ent].kind == Council && m.kind != mPronoun {
			if ie >= 0 && m.j < s.tok1 && speechVerbs[d.toks[m.j].norm] {
				// "X Council said it would end its contract with Y after
				// the regulator found…": the speaker is not inspected
				continue
			}
			target = m.ent
			break
		}
	}
	if target < 0 {
		for _, mi := range d.sentMentions[si] {
			if m := &d.mentions[mi]; m.ent >= 0 && m.kind != mPronoun && !m.inQ && d.inspectable(m.ent) && d.objectPosition(m) {
				target = m.ent // "issued a notice to X Fire and Rescue Service"
				break
			}
		}
	}
	if target < 0 {
		target = d.inspectedBody()
	}
	// the bodies an inspection verb takes as objects: "visited the
	// council and the ICB"
	objects := d.inspectedObjects(si)
	d.inspectionBy(si, target)
	for _, mi := range d.sentMentions[si] {
		m := &d.mentions[mi]
		e := m.ent
		if e < 0 || e == target || containsInt(objects, e) {
			continue
		}
		switch {
		case d.isInspector(e):
			d.act(e, Inspects, target, si, 0.7)
			for _, o := range objects {
				d.act(e, Inspects, o, si, 0.6)
			}
		case d.ents[e].kind == Board && !m.inQ && !d.objectPosition(m) && !d.coordinated(m.ps):
			d.act(e, Inspects, target, si, 0.5)
		case d.ents[e].typ == Person && !m.inQ && !d.ents[e].councillor && !d.memberships[[2]int{e, d.main}] && d.reportAuthored(mi):
			d.act(e, Inspects, target, si, 0.5)
		}
	}
}

// reportAuthored reports whether a person mention is the author of a
// report: "X's report", "X has produced a report", "In the report, X said".
func (d *doc) reportAuthored(mi int) bool {
	m := &d.mentions[mi]
	if m.poss && d.reportNoun(m.j) && d.toks[m.j].norm == "report" {
		return true
	}
	s := d.sents[d.toks[m.i].sent]
	for k := s.tok0; k < s.tok1; k++ {
		if d.toks[k].norm == "report" && !d.toks[k].inQ {
			if k > m.j && k < m.j+5 && (d.toks[m.j].norm == "has" || d.toks[m.j].norm == "produced" || d.toks[m.j].norm == "published" || d.toks[m.j].norm == "wrote") {
				return true
			}
			if k < m.i && k > s.tok0 && d.toks[k-1].norm == "the" && d.toks[k-2].norm == "in" {
				return true
			}
		}
	}
	return false
}

// motionVerbs bring or second a motion.
var motionVerbs = setOf("tabled", "seconded", "proposed", "moved", "brought", "lodged", "submitted", "signed", "co-signed")

// motionBackers reads who tabled or seconded a motion already named as one
// of no confidence: "The motion, tabled by X and seconded by Y", "Y
// seconded the motion". Each demands the resignation of its target.
func (d *doc) motionBackers(v, si int, conf float64) {
	s := d.sents[si]
	for k := s.tok0; k < s.tok1; k++ {
		if d.toks[k].norm == "confidence" || d.toks[k].norm == "no-confidence" {
			return // noConfidence reads it
		}
	}
	target := d.motionTarget - 1
	for k := v + 1; k < s.tok1 && k <= v+12; k++ {
		if !motionVerbs[d.toks[k].norm] || k+1 >= s.tok1 || d.toks[k+1].norm != "by" {
			continue
		}
		// "the motion, tabled by X and seconded by Y"
		d.act(d.targetOf(k+1, 8), DemandsResignation, target, si, conf*0.9)
	}
	// "X seconded the motion"
	if v-2 >= s.tok0 && determiners[d.toks[v-1].norm] && motionVerbs[d.toks[v-2].norm] {
		d.act(d.agentOf(v-2), DemandsResignation, target, si, conf*0.9)
	}
}

// cutVerbs say that funding was taken away.
var cutVerbs = setOf("cut", "slashed", "slashing", "starved", "starving", "squeezed", "underfunded", "short-changed", "reduced")

// governmentCuts reads a government cutting a council's money, "the
// Government has cut our grant", "budgets slashed by this Government":
// whoever says so criticises the government.
func (d *doc) governmentCuts(v, si int) {
	s := d.sents[si]
	gov := -1
	// "slashed by this Government"
	if k := d.findWord(v+1, s.tok1, "by", 3); k > 0 {
		if mi := d.mentionStarting(k + 1); mi < 0 && k+2 < s.tok1 && determiners[d.toks[k+1].norm] {
			gov = d.govAt(d.mentionStarting(k + 2))
		} else {
			gov = d.govAt(mi)
		}
	}
	// "the Government has cut"
	if gov < 0 {
		k := v - 1
		for k > s.tok0 && d.toks[k].kind == tWord && (auxiliaries[d.toks[k].norm] || strings.HasSuffix(d.toks[k].norm, "ly")) && d.tokMention[k] == 0 {
			k--
		}
		if k < v-1 || d.toks[v].norm != "cut" {
			gov = d.govAt(d.mentionEnding(k))
		}
	}
	if gov < 0 {
		return
	}
	d.act(d.claimant(v, si), Criticises, gov, si, 0.6)
}

// govAt returns the entity of mention mi if it is a government, else -1.
func (d *doc) govAt(mi int) int {
	if mi < 0 || d.mentions[mi].ent < 0 || d.mentions[mi].poss {
		return -1
	}
	if e := d.mentions[mi].ent; d.ents[e].kind == Government {
		return e
	}
	return -1
}

// withJoining reads "X criticised Y, with Z describing the situation as
// …": Z, named after "with", joins X's criticism of Y.
func (d *doc) withJoining(v, si int) {
	mi := d.mentionEnding(v - 1)
	if mi < 0 || d.mentions[mi].ent < 0 || d.ents[d.mentions[mi].ent].typ != Person {
		return
	}
	k := d.mentions[mi].ps - 1
	for k > d.sents[si].tok0 && d.toks[k].kind == tWord && (roleHeads[d.toks[k].norm] || roleModifiers[d.toks[k].norm] || d.toks[k].norm == "group") && d.tokMention[k] == 0 {
		k-- // "with group leader Cllr X"
	}
	if k < d.sents[si].tok0 || d.toks[k].norm != "with" {
		return
	}
	z := d.mentions[mi].ent
	for _, a := range d.actions {
		if a.sent == si && a.typ == Criticises && a.actor != z && a.target != z {
			d.act(z, Criticises, a.target, si, a.conf*0.9)
			return
		}
	}
}

// negatedCall reports whether the call at token v is denied: "stopped
// short of calling for", "refused to call for", "did not call for".
func (d *doc) negatedCall(v int) bool {
	s := d.sents[d.toks[v].sent]
	for k := v - 1; k >= s.tok0 && k >= v-3; k-- {
		switch d.toks[k].norm {
		case "short", "refused", "declined", "not", "never", "stopping", "without":
			return true
		}
	}
	return false
}

// leavingWords say that someone left a post: "after X retired".
var leavingWords = setOf("retired", "resigned", "stood", "stepped", "left", "quit", "died", "departed", "moved")

// leavingNouns name a departure: "after the death of X".
var leavingNouns = setOf("retirement", "resignation", "death", "departure", "exit")

// takingVerbs say that someone took up a post or seat.
var takingVerbs = setOf("became", "becomes", "appointed", "elected", "named", "installed", "promoted")

// afterLeaving reads "X, who became director after Y retired", "X was
// appointed following the resignation of Y" and, for a by-election, "the
// by-election was called after the death of Y", whose winner succeeds Y.
func (d *doc) afterLeaving(v, si int) {
	s := d.sents[si]
	target := -1
	k := v + 1
	for k < s.tok1 && d.toks[k].kind == tWord && determiners[d.toks[k].norm] && d.tokMention[k] == 0 {
		k++
	}
	if k < s.tok1 && leavingNouns[d.toks[k].norm] {
		if j := d.findWord(k+1, s.tok1, "of", 4); j > 0 {
			target = d.targetOf(j, 6)
		}
	} else if mi := d.mentionStarting(k); mi >= 0 && d.mentions[mi].kind == mName {
		j := d.mentions[mi].j
		if j < s.tok1 && (d.toks[j].norm == "had" || d.toks[j].norm == "has") {
			j++
		}
		if j < s.tok1 && leavingWords[d.toks[j].norm] {
			target = d.mentions[mi].ent
		}
	}
	if target < 0 || d.ents[target].typ != Person {
		return
	}
	actor := -1
	for k := v - 1; k >= s.tok0 && k >= v-14; k-- {
		if d.toks[k].text == ";" {
			break
		}
		if takingVerbs[d.toks[k].norm] {
			actor = d.relativeAgent(k)
			break
		}
		if d.toks[k].norm == "by-election" || d.toks[k].norm == "election" {
			actor = d.electionWinner()
			break
		}
	}
	if actor >= 0 && d.ents[actor].typ == Person {
		d.act(actor, Succeeds, target, si, 0.65)
	}
}

// electionWinner returns the one person the article says won a seat, or -1.
func (d *doc) electionWinner() int {
	win := -1
	for v := range d.toks {
		t := &d.toks[v]
		if t.inQ || (t.norm != "won" && t.norm != "wins") || d.paras[d.sents[t.sent].para].heading {
			continue
		}
		if mi := d.actorBefore(v); mi >= 0 && d.mentions[mi].j >= v-2 {
			e := d.mentions[mi].ent
			if e < 0 && d.mentions[mi].kind == mName {
				for ei := range d.ents {
					if d.ents[ei].typ == Person && d.ents[ei].name == d.mentions[mi].name {
						e = ei
						break
					}
				}
			}
			if e < 0 || d.ents[e].typ != Person {
				continue
			}
			if win >= 0 && win != e {
				return -1
			}
			win = e
		}
	}
	return win
}
