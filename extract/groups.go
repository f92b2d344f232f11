package extract

// groups.go reads references to several people named together: "Cllrs A,
// B and C quit the party … Cllr D accused the three of …", "welcomed the
// two councillors".

// groupCounts are the words that count the people of a group reference.
var groupCounts = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "pair": 2, "trio": 3, "both": 2}

// countedNouns may follow the count: "the three councillors".
var countedNouns = setOf("councillors", "members", "men", "women", "defectors", "rebels", "aldermen",
	"politicians", "colleagues", "of", "former", "independents", "mps", "msps")

// personList returns the people of the last list of two or more people
// named together ("A, B and C") before token k
// with exactly n members (any number when n is 0).
func (d *doc) personList(k, n int) []int {
	sk := d.toks[k].sent
	for si := sk; si >= 0; si-- {
		var best []int
		var cur []int
		last := -1
		for _, mi := range d.sentMentions[si] {
			m := &d.mentions[mi]
			if m.i >= k {
				break
			}
			if m.kind != mName || m.ent < 0 || d.ents[m.ent].typ != Person {
				continue
			}
			joined := last >= 0 && m.ps > last
			for j := last; joined && j < m.ps; j++ {
				if t := &d.toks[j]; t.text != "," && t.norm != "and" {
					joined = false
				}
			}
			if !joined {
				if len(cur) >= 2 {
					best = cur
				}
				cur = nil
			}
			if !containsInt(cur, m.ent) {
				cur = append(cur, m.ent)
			}
			last = m.j
		}
		if len(cur) >= 2 {
			best = cur
		}
		if len(best) >= 2 && (n == 0 || len(best) == n) {
			return best
		}
	}
	return nil
}

// groupRefAt reads a reference to a group of people at token k ("the
// three", "the two councillors", "the trio") and returns its members and
// the token past it.
func (d *doc) groupRefAt(k int) ([]int, int) {
	s := d.sents[d.toks[k].sent]
	if k+1 >= s.tok1 || d.toks[k].norm != "the" && d.toks[k].norm != "all" && d.toks[k].norm != "these" {
		return nil, k
	}
	n, ok := groupCounts[d.toks[k+1].norm]
	if !ok || d.toks[k+1].norm == "both" {
		return nil, k
	}
	j := k + 2
	if j < s.tok1 && countedNouns[d.toks[j].norm] && d.toks[j].norm != "of" {
		j++
	}
	if j < s.tok1 && d.mentionStarting(j) >= 0 {
		return nil, k // "the two Labour councillors X and Y": named
	}
	if j < s.tok1 && d.toks[j].kind == tWord && !prepositions[d.toks[j].norm] && d.toks[j].norm != "and" && d.toks[j].norm != "who" && d.toks[j].norm != "had" && d.toks[j].norm != "have" && d.toks[j].norm != "were" {
		return nil, k // "the three options"
	}
	g := d.personList(k, n)
	if g == nil {
		return nil, k
	}
	return g, j
}

// targetsOf returns the entities acted on after token v: the members of a
// group reference when one comes first, else the target targetOf finds.
func (d *doc) targetsOf(v, limit int) []int {
	s := d.sents[d.toks[v].sent]
	for k := v + 1; k < s.tok1 && k <= v+limit; k++ {
		if d.tokMention[k] != 0 || d.toks[k].text == "," || d.toks[k].text == ";" {
			break
		}
		if g, _ := d.groupRefAt(k); g != nil {
			return g
		}
	}
	if t := d.targetOf(v, limit); t >= 0 {
		return []int{t}
	}
	return nil
}

// recentGroup returns the group last referred to ("the three") in the two
// sentences up to si: what a later "they" stands for.
func (d *doc) recentGroup(si int) []int {
	for s := si; s >= 0 && s >= si-2; s-- {
		for k := d.sents[s].tok1 - 1; k >= d.sents[s].tok0; k-- {
			if g, _ := d.groupRefAt(k); g != nil {
				return g
			}
		}
	}
	return nil
}

// echoCall reads "X echoed the call for …", "X echoed those criticisms":
// X agrees with who last made such a call or criticism in an earlier
// sentence, and joins a call for resignations.
func (d *doc) echoCall(v, si int, conf float64) bool {
	s := d.sents[si]
	k := v + 1
	if k < s.tok1 && (determiners[d.toks[k].norm] || d.toks[k].norm == "those" || d.toks[k].norm == "these") {
		k++
	}
	if k >= s.tok1 || d.tokMention[k] != 0 {
		return false
	}
	var types []ActionType
	switch d.toks[k].norm {
	case "call", "calls", "demand", "demands":
		types = []ActionType{DemandsResignation}
	case "criticism", "criticisms", "concerns", "concern", "attack", "warning", "warnings", "condemnation":
		types = []ActionType{Criticises}
	default:
		return false
	}
	actor := d.agentOf(v)
	if actor < 0 {
		return false
	}
	last := -1
	for a := len(d.actions) - 1; a >= 0; a-- {
		ac := d.actions[a]
		if ac.sent >= si || ac.actor == actor || last >= 0 && ac.sent != last {
			if last >= 0 && ac.sent != last {
				break
			}
			continue
		}
		if !containsTyp(types, ac.typ) {
			continue
		}
		if last < 0 {
			last = ac.sent
			d.act(actor, AgreesWith, ac.actor, si, conf*0.8)
		}
		if ac.typ == DemandsResignation && ac.target != actor {
			d.actions = append(d.actions, actionFact{actor: actor, typ: DemandsResignation, target: ac.target, sent: si, conf: conf * 0.7})
		}
	}
	return last >= 0
}

func containsTyp(xs []ActionType, x ActionType) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// welcomedDeeds are what one may welcome someone for: "welcomed the swift
// action taken by X", "welcomed X's decision".
var welcomedDeeds = setOf("action", "actions", "decision", "move", "intervention", "announcement",
	"steps", "step", "response", "commitment", "apology", "pledge", "u-turn", "appointment", "election")

// welcomeWho reads "X welcomed Y" (Y a person: "welcomed the three
// councillors"), "X welcomed the action taken by Y", "X welcomed Y's
// decision": X supports Y.
func (d *doc) welcomeWho(v, si int, conf float64) {
	s := d.sents[si]
	if v+1 < s.tok1 && d.toks[v+1].norm == "by" {
		return // "was welcomed by"
	}
	if g := d.targetsOf(v, 3); len(g) > 0 {
		k := v + 1
		for k < s.tok1 && d.toks[k].kind == tWord && determiners[d.toks[k].norm] && d.tokMention[k] == 0 {
			k++
		}
		mi := d.mentionStarting(k)
		if len(g) > 1 || mi >= 0 && !d.mentions[mi].poss && d.mentions[mi].kind == mName && d.ents[g[0]].typ == Person {
			actor := d.agentOf(v)
			for _, e := range g {
				d.act(actor, Supports, e, si, conf*0.8)
			}
			return
		}
	}
	// the deed: "the swift action taken by X", "X's decision"
	for k := v + 1; k < s.tok1 && k < v+5; k++ {
		t := &d.toks[k]
		if t.kind != tWord || !welcomedDeeds[t.norm] {
			continue
		}
		by := -1
		if mi := d.mentionEnding(k - 1); mi >= 0 && d.mentions[mi].poss && d.mentions[mi].kind != mPronoun {
			by = d.mentions[mi].ent
		} else if e := d.roleRefEnding(k-1, d.claimant(v, si)); e >= 0 && d.toks[k-1].poss {
			by = e // "welcomed the new leader's appointment"
		} else {
			j := k + 1
			if j < s.tok1 && (d.toks[j].norm == "taken" || d.toks[j].norm == "made" || d.toks[j].norm == "announced") {
				j++
			}
			if j < s.tok1 && (d.toks[j].norm == "by" || d.toks[j].norm == "of" || d.toks[j].norm == "from") {
				by = d.targetOf(j, 3)
			}
		}
		if by >= 0 {
			d.act(d.claimant(v, si), Supports, by, si, conf*0.8)
		}
		return
	}
}

// defectVerbs move their subject to the party after "to".
var defectVerbs = setOf("defected", "defect", "defects", "defecting")

// findDefections reads "X, Y and Z have defected to Reform UK", and "Three
// Tory councillors have defected to Reform UK. Cllrs X, Y and Z said…": the
// people named become members of the party they move to.
func (d *doc) findDefections() {
	for si, sn := range d.sents {
		for k := sn.tok0; k+2 < sn.tok1; k++ {
			if !defectVerbs[d.toks[k].norm] || d.toks[k].inQ || d.toks[k+1].norm != "to" {
				continue
			}
			at := k + 2
			if d.toks[at].norm == "the" && at+1 < sn.tok1 {
				at++
			}
			pm := d.mentionStarting(at)
			if pm < 0 || d.mentions[pm].ent < 0 || d.ents[d.mentions[pm].ent].kind != Party {
				continue
			}
			party := d.mentions[pm].ent
			people := d.sentList(si, sn.tok0, k)
			if len(people) < 2 {
				if n := d.countBefore(sn.tok0, k); n >= 2 && si+1 < len(d.sents) {
					next := d.sents[si+1]
					people = d.sentList(si+1, next.tok0, next.tok1)
					if len(people) != n {
						people = nil
					}
				} else if len(people) == 1 && d.sentHasOnlyPerson(si, k) {
					// "Cllr X has defected to Reform UK"
				} else {
					people = nil
				}
			}
			for _, p := range people {
				d.member(p, party)
			}
		}
	}
}

// sentHasOnlyPerson reports whether the only person named in sentence si
// before token k is its first mention.
func (d *doc) sentHasOnlyPerson(si, k int) bool {
	ms := d.sentMentions[si]
	return len(ms) > 0 && d.mentions[ms[0]].i < k && d.mentions[ms[0]].ent >= 0 && d.ents[d.mentions[ms[0]].ent].typ == Person
}

// countBefore returns the number a count word gives in tokens [a, k)
// ("three Conservative councillors"), or 0.
func (d *doc) countBefore(a, k int) int {
	for x := a; x < k; x++ {
		if n, ok := groupCounts[d.toks[x].norm]; ok && d.toks[x].norm != "pair" && d.toks[x].norm != "trio" {
			return n
		}
	}
	return 0
}

// sentList returns the first list of people named together ("A, B and C")
// in sentence si between tokens a and b, or the one person if only one.
func (d *doc) sentList(si, a, b int) []int {
	var cur []int
	last := -1
	for _, mi := range d.sentMentions[si] {
		m := &d.mentions[mi]
		if m.i < a || m.i >= b || m.inQ {
			continue
		}
		if m.kind != mName || m.ent < 0 || d.ents[m.ent].typ != Person {
			if len(cur) > 0 {
				break
			}
			continue
		}
		joined := last >= 0
		for j := last; joined && j < m.ps; j++ {
			if t := &d.toks[j]; t.text != "," && t.norm != "and" {
				joined = false
			}
		}
		if last >= 0 && !joined {
			break
		}
		if !containsInt(cur, m.ent) {
			cur = append(cur, m.ent)
		}
		last = m.j
	}
	return cur
}
