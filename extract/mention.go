package extract

import "strings"

// mentionKind says how a mention names its actor.
type mentionKind uint8

const (
	mName       mentionKind = iota // a proper name: "Cllr Jo Bloggs", "Northfield District Council"
	mAcronym                       // capitals that may abbreviate a body: "NDC"
	mCouncilRef                    // the article's council: "the council", "County Hall"
	mPartyRef                      // "the party"
	mGroup                         // a council party group: "the Labour group"
	mAdminRef                      // "the ruling group", "the administration"
	mCollective                    // "Labour councillors": the group, or else the party
	mPronoun                       // he, she, they, it
	mReport                        // "the report", "the inspectors": whoever wrote it
	mRoleRef                       // "the cabinet member": the one person with that post
	mBodyRef                       // "the trust", "the park authority": the one body so named
)

// mention is one place where the text names, or refers to, an actor.
type mention struct {
	i, j    int // tokens of the name proper, [i, j)
	ps      int // first token of the phrase: titles, party adjective, determiner
	kind    mentionKind
	typ     ActorType
	body    Kind   // for bodies: the kind the name suggests
	name    string // the name without titles: "Jo Bloggs"
	surface string // as written, titles included: "Cllr Jo Bloggs"
	title   string // honorific: "Cllr"
	party   string // party key: a party's own mention, a group's party, an adjective before a person
	place   string // a local party's or place-qualified body's place
	gender  byte   // for pronouns and titled people
	ent     int    // resolved entity index, or -1
	inQ     bool   // inside a quotation
	poss    bool   // the name is possessive: "Ofsted's"
	bare    bool   // a single capitalised word that names someone only if the article names them in full
	adj     bool   // an adjective, not a noun phrase: "Tory-dominated"
	admin   bool   // a group that runs the council: "the Tory administration"
}

// detectMentions finds the mentions of every sentence, in text order.
func (d *doc) detectMentions() {
	for si := range d.sents {
		s := d.sents[si]
		if d.paras[s.para].heading {
			d.headingMentions(s.tok0, s.tok1)
			continue
		}
		if p := d.paras[s.para]; p.byline && s.tok0 == p.tok0 {
			// "By Jo Bloggs, Local Democracy Reporter": the name only
			if c := bylineComma(d.toks, p.tok0, p.tok1); c > 0 {
				d.sentenceMentions(s.tok0, c)
				// "By Jo Bloggs, Local Democracy Reporting Service": the
				// outlet too
				k := c + 1
				if k < s.tok1 && d.toks[k].norm == "bbc" {
					k++
				}
				if n, info, ok := d.lexiconAt(k, s.tok1); ok && info.kind == Media && k+n == s.tok1 {
					d.add(mention{i: c + 1, j: s.tok1, ps: c + 1, kind: mName, typ: Organization, body: Media, name: d.nameSpan(c+1, s.tok1), surface: d.nameSpan(c+1, s.tok1)})
				}
				continue
			}
		}
		d.sentenceMentions(s.tok0, s.tok1)
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		m.ent = -1
		m.inQ = d.toks[m.i].inQ
		m.poss = d.toks[m.j-1].poss
	}
}

// add records a mention.
func (d *doc) add(m mention) {
	if m.j <= m.i {
		return
	}
	if m.ps > m.i || m.ps < 0 {
		m.ps = m.i
	}
	d.mentions = append(d.mentions, m)
}

// headingMentions finds only the bodies and parties a heading names.
func (d *doc) headingMentions(a, b int) {
	for i := a; i < b; i++ {
		if n, info, ok := d.lexiconAt(i, b); ok {
			d.add(mention{i: i, j: i + n, ps: i, kind: mName, typ: Organization, body: info.kind, name: info.name, surface: d.nameSpan(i, i+n)})
			i += n - 1
		} else if n, key := d.partyAt(i, b); n > 0 {
			d.add(mention{i: i, j: i + n, ps: i, kind: mName, typ: Organization, body: Party, party: key, name: d.nameSpan(i, i+n), surface: d.nameSpan(i, i+n)})
			i += n - 1
		}
	}
}

// lexiconAt matches the longest known body starting at token i.
func (d *doc) lexiconAt(i, b int) (int, bodyInfo, bool) {
	t := &d.toks[i]
	if t.kind != tWord || !(t.cap || t.caps) {
		return 0, bodyInfo{}, false
	}
	var key strings.Builder
	best, bestInfo := 0, bodyInfo{}
	for k := i; k < b && k < i+8; k++ {
		u := &d.toks[k]
		if u.kind != tWord && u.text != "&" && u.text != "," {
			break
		}
		if k > i && u.text != "," {
			key.WriteByte(' ')
		}
		key.WriteString(u.norm)
		if info, ok := knownBodies[key.String()]; ok && (u.cap || u.caps || !isWordRune(rune(u.norm[0]))) {
			best, bestInfo = k-i+1, info
		}
		if u.poss {
			break
		}
	}
	if best == 1 && riskyWords[t.norm] && d.sentenceInitial(i) && !d.bodyVoiceAfter(i+1, b) {
		return 0, bodyInfo{}, false
	}
	return best, bestInfo, best > 0
}

// expletiveAfterIt are the words after an "it" that refers to nothing:
// "It comes after…", "It is understood…".
var expletiveAfterIt = setOf("comes", "came", "is", "was", "emerged", "seems", "seemed", "appears", "appeared", "means", "follows", "followed", "remains", "understood")

// honours are letters after a name, not bodies.
var honours = setOf("obe", "mbe", "cbe", "kbe", "dbe", "qc", "kc", "jp", "ma", "bsc", "phd", "ba", "uk", "gb", "eu", "tv", "pm", "am", "gcse", "gcses", "ceo", "pr", "it")

// institutionWords end the name of a place or institution: a list joined
// by "and" after one is two names.
var institutionWords = setOf("school", "academy", "college", "hospital", "centre", "church",
	"station", "university", "council", "board", "trust", "commission", "police", "service",
	"services", "authority", "agency", "ltd", "plc", "group", "party", "office", "department")

// bodyVoiceAfter reports whether token k makes the word before it a body
// speaking or a body's official: "Unite said", "Unite regional officer".
func (d *doc) bodyVoiceAfter(k, b int) bool {
	if k >= b || d.toks[k].kind != tWord {
		return false
	}
	w := d.toks[k].norm
	return w == "said" || w == "says" || spokesWords[w] || roleHeads[w] || roleModifiers[w]
}

var spokesWords = setOf("spokesperson", "spokesman", "spokeswoman")

// riskyWords are single-word names that are also common words.
var riskyWords = setOf("monitor", "unite", "reform", "green", "parliament", "treasury", "government")

// partyAt matches the longest party name starting at token i.
func (d *doc) partyAt(i, b int) (int, string) {
	t := &d.toks[i]
	if t.kind != tWord || !(t.cap || t.caps) {
		return 0, ""
	}
	// "Tory-dominated", "Labour-run"
	if h := strings.IndexByte(t.norm, '-'); h > 0 {
		if key := partyNames[t.norm[:h]]; key != "" && !t.caps {
			if rest := t.norm[h+1:]; rest != "" && partyNames[t.norm] == "" {
				return 1, key
			}
		}
	}
	best, bestKey := 0, ""
	key := t.norm
	for k := i; k < b && k < i+5; k++ {
		if k > i {
			u := &d.toks[k]
			if u.kind != tWord || !(u.cap || u.caps) {
				break
			}
			key += " " + u.norm
		}
		if p := partyNames[key]; p != "" {
			best, bestKey = k-i+1, p
		}
		if d.toks[k].poss {
			break
		}
	}
	if best == 1 && (t.norm == "green" || t.norm == "reform" || t.norm == "plaid" || t.norm == "alliance") {
		// a bare "Green" is a party only before a title, "group" or
		// "councillor"
		if i+1 >= b || !(titles[d.toks[i+1].norm] != "" || groupNouns[d.toks[i+1].norm] || collectiveNouns[d.toks[i+1].norm] || d.toks[i+1].norm == "party") {
			return 0, ""
		}
	}
	return best, bestKey
}

// sentenceInitial reports whether token i opens its sentence, after any
// quotation marks.
func (d *doc) sentenceInitial(i int) bool {
	s := d.sents[d.toks[i].sent]
	for k := s.tok0; k < i; k++ {
		if d.toks[k].kind == tWord {
			return false
		}
	}
	return true
}

// isCapWord reports whether token i is a capitalised word that may be part
// of a name.
func (d *doc) isCapWord(i int) bool {
	t := &d.toks[i]
	return t.kind == tWord && t.cap && !(strings.IndexByte(t.norm, '-') > 0 && lowerAfterHyphen(t.text))
}

// lowerAfterHyphen reports whether a hyphenated word goes on in lower case:
// "Government-led".
func lowerAfterHyphen(s string) bool {
	h := strings.IndexByte(s, '-')
	if h < 0 || h+1 >= len(s) {
		return false
	}
	c := s[h+1]
	return c >= 'a' && c <= 'z'
}

// sentenceMentions finds the mentions in tokens [a, b) of one sentence.
func (d *doc) sentenceMentions(a, b int) {
	for i := a; i < b; i++ {
		t := &d.toks[i]
		if t.text == "(" {
			if n := d.partyInParens(i, b); n > 0 {
				i += n
			}
			continue
		}
		if t.kind != tWord {
			continue
		}
		if (!t.cap && !t.caps) || (t.cap && functionWords[t.norm] && titles[t.norm] == "") {
			if n := d.lowerMention(i, a, b); n > 0 {
				i += n - 1
			}
			continue
		}
		// acronyms stand alone unless a known name starts with them
		if n, info, ok := d.lexiconAt(i, b); ok && !(n == 1 && t.caps && d.acronymOpensBody(i, b)) {
			ps := i
			if i > a && (d.toks[i-1].norm == "the" || d.toks[i-1].norm == "this") {
				ps = i - 1
			}
			d.add(mention{i: i, j: i + n, ps: ps, kind: mName, typ: Organization, body: info.kind, name: info.name, surface: d.nameSpan(i, i+n)})
			i += n - 1
			continue
		}
		if (t.norm == "independent" || t.norm == "independents") && i+1 < b && d.toks[i+1].norm == "group" {
			// "the Independent group": a group of no party
			ps := i
			if i > a && determiners[d.toks[i-1].norm] {
				ps = i - 1
			}
			d.add(mention{i: i, j: i + 2, ps: ps, kind: mGroup, typ: Organization, body: PartyGroup, party: "independent", name: d.nameSpan(i, i+2), surface: d.span(ps, i+2)})
			i++
			continue
		}
		if n, key := d.partyAt(i, b); n > 0 && !(i > a && d.isCapWord(i-1) && !d.toks[i-1].poss && !functionWords[d.toks[i-1].norm]) {
			if h := strings.IndexByte(t.text, '-'); h > 0 && n == 1 && partyNames[t.norm] == "" {
				// "Tory-dominated": the party as an adjective
				name := t.text[:h]
				d.add(mention{i: i, j: i + 1, ps: i, kind: mName, typ: Organization, body: Party, party: key, name: name, surface: name, adj: true})
				continue
			}
			i += d.partyMention(i, n, key, a, b) - 1
			continue
		}
		if t.caps && !t.cap {
			continue
		}
		if t.caps && len(t.norm) <= 6 && !roleHeads[t.norm] && !honours[t.norm] {
			d.add(mention{i: i, j: i + 1, ps: i, kind: mAcronym, typ: Organization, name: t.text, surface: t.text})
			continue
		}
		if strings.IndexByte(t.norm, '-') > 0 && lowerAfterHyphen(t.text) {
			continue
		}
		i = d.capSequence(i, a, b) - 1
	}
}

// partyMention records a party named at tokens [i, i+n), and what follows
// it: a group ("the Labour group"), a collective ("Labour councillors"). It
// returns the number of tokens consumed.
func (d *doc) partyMention(i, n int, key string, a, b int) int {
	j := i + n
	ps := i
	for ps > a && (determiners[d.toks[ps-1].norm] || d.toks[ps-1].norm == "opposition" || d.toks[ps-1].norm == "ruling" || d.toks[ps-1].norm == "controlling") {
		ps--
		if determiners[d.toks[ps].norm] {
			break
		}
	}
	if j < b && !d.toks[j-1].poss && d.toks[j].kind == tWord {
		w := d.toks[j].norm
		cabinetMember := w == "cabinet" && j+1 < b && (strings.HasPrefix(d.toks[j+1].norm, "member") || strings.HasPrefix(d.toks[j+1].norm, "colleague"))
		if w == "opposition" && j+1 < b && d.toks[j+1].norm == "group" {
			// "the Plaid Cymru opposition group"
			d.add(mention{i: i, j: j + 2, ps: ps, kind: mGroup, typ: Organization, body: PartyGroup, party: key, name: d.nameSpan(i, j+2), surface: d.span(ps, j+2)})
			return n + 2
		}
		if w == "opposition" && !(j+1 < b && (roleHeads[d.toks[j+1].norm] || roleModifiers[d.toks[j+1].norm] || d.toks[j+1].kind == tWord && !d.toks[j+1].cap && collectiveNouns[d.toks[j+1].norm])) {
			// "the Conservative opposition said"
			d.add(mention{i: i, j: j + 1, ps: ps, kind: mGroup, typ: Organization, body: PartyGroup, party: key, name: d.nameSpan(i, j+1), surface: d.span(ps, j+1)})
			return n + 1
		}
		if groupNouns[w] && w != "opposition" && w != "leadership" && w != "cabal" && !cabinetMember {
			surface := d.nameSpan(i, j+1)
			kind := mGroup
			d.add(mention{i: i, j: j + 1, ps: ps, kind: kind, typ: Organization, body: PartyGroup, party: key, name: surface, surface: d.span(ps, j+1)})
			return n + 1
		}
		if collectiveNouns[w] && d.toks[j].norm != "group" && !(w == "opposition" && j+1 < b && (roleHeads[d.toks[j+1].norm] || roleModifiers[d.toks[j+1].norm])) {
			d.add(mention{i: i, j: j + 1, ps: ps, kind: mCollective, typ: Organization, party: key, name: d.nameSpan(i, j), surface: d.nameSpan(i, j)})
			return n + 1
		}
	}
	// a place before the party makes a local party: "Northfield Labour",
	// "Northfield's Labour Party"
	if i > a && d.isCapWord(i-1) && !functionWords[d.toks[i-1].norm] && titles[d.toks[i-1].norm] == "" && !d.hasMentionAt(i-1) && !descriptor(d.toks[i-1].norm) {
		p := i - 1
		place := d.toks[p].text
		if !notNameWords[d.toks[p].norm] || d.toks[p].poss {
			d.add(mention{i: p, j: j, ps: p, kind: mName, typ: Organization, body: Party, party: key, place: place, name: place + " " + d.nameSpan(i, j), surface: d.nameSpan(p, j)})
			return n
		}
	}
	d.add(mention{i: i, j: j, ps: i, kind: mName, typ: Organization, body: Party, party: key, name: d.nameSpan(i, j), surface: d.nameSpan(i, j)})
	return n
}

// hasMentionAt reports whether the last mention recorded covers token i.
func (d *doc) hasMentionAt(i int) bool {
	n := len(d.mentions)
	return n > 0 && d.mentions[n-1].i <= i && i < d.mentions[n-1].j
}

// partyInParens reads a party abbreviation in parentheses after a name:
// "(Lab)", "(Con, Eastfield)", "(Lib Dem)". It returns the tokens read
// after the opening parenthesis.
func (d *doc) partyInParens(i, b int) int {
	if i == 0 || d.mentionEndingAt(i-1) < 0 {
		return 0
	}
	for n := 2; n >= 1; n-- {
		e := i + 1 + n
		if e >= b || (d.toks[e].text != ")" && d.toks[e].text != "," && d.toks[e].text != ";") {
			continue
		}
		words := make([]string, 0, n)
		for k := i + 1; k < e; k++ {
			if d.toks[k].kind != tWord {
				words = nil
				break
			}
			words = append(words, d.toks[k].norm)
		}
		if len(words) != n {
			continue
		}
		key := partyAbbrev[strings.Join(words, " ")]
		if key == "" {
			continue
		}
		name := parties[key].name
		surface := name
		if partyNames[strings.Join(words, " ")] != "" {
			surface = d.nameSpan(i+1, e) // "(Lib Dem, Northgate)": as written
		}
		d.add(mention{i: i + 1, j: e, ps: i + 1, kind: mName, typ: Organization, body: Party, party: key, name: name, surface: surface})
		return n
	}
	return 0
}

// mentionEndingAt returns the index of the last mention recorded if it
// ends at token k, or -1.
func (d *doc) mentionEndingAt(k int) int {
	n := len(d.mentions)
	if n > 0 && d.mentions[n-1].j == k+1 {
		return n - 1
	}
	return -1
}

// lowerMention recognises lower-case references at token i: "the council",
// "the party", "the report", pronouns. It returns the tokens consumed.
func (d *doc) lowerMention(i, a, b int) int {
	t := &d.toks[i]
	if g, ok := pronouns[t.norm]; ok && !(t.norm == "it" && i+1 < b && expletiveAfterIt[d.toks[i+1].norm]) {
		d.add(mention{i: i, j: i + 1, ps: i, kind: mPronoun, gender: g, name: t.text, surface: t.text})
		return 1
	}
	if t.norm == "it" && i+1 < b && expletiveAfterIt[d.toks[i+1].norm] {
		return 1 // "It comes after…", "It was revealed…"
	}
	if t.norm == "the" || t.norm == "this" || t.norm == "its" || t.norm == "a" {
		if i+1 >= b {
			return 0
		}
		n1 := d.toks[i+1].norm
		if t.norm == "a" {
			if n1 == "council" && i+2 < b && strings.HasPrefix(d.toks[i+2].norm, "spokes") {
				d.add(mention{i: i + 1, j: i + 2, ps: i + 1, kind: mCouncilRef, typ: Organization, body: Council, name: "the council", surface: "the council"})
				return 2
			}
			return 0
		}
		two := "the " + n1
		if i+2 < b && d.toks[i+2].kind == tWord && !d.toks[i+1].poss {
			three := "the " + n1 + " " + d.toks[i+2].norm
			if anaphoricCouncil[three] && !d.toks[i+2].cap {
				d.add(mention{i: i + 1, j: i + 3, ps: i, kind: mCouncilRef, typ: Organization, body: Council, name: d.nameSpan(i, i+3), surface: d.nameSpan(i, i+3)})
				return 3
			}
			if (n1 == "ruling" || n1 == "controlling" || n1 == "majority") && (d.toks[i+2].norm == "group" || d.toks[i+2].norm == "administration" || d.toks[i+2].norm == "party") {
				d.add(mention{i: i + 1, j: i + 3, ps: i, kind: mAdminRef, typ: Organization, body: PartyGroup, name: d.nameSpan(i, i+3), surface: d.nameSpan(i, i+3)})
				return 3
			}
		}
		if i+2 < b && d.toks[i+1].cap && strings.IndexByte(d.toks[i+1].norm, '-') > 0 && !d.toks[i+1].poss {
			// "the Tory-led council", "the Labour-run administration"
			h := strings.IndexByte(d.toks[i+1].norm, '-')
			key := partyNames[d.toks[i+1].norm[:h]]
			w := d.toks[i+2].norm
			if key != "" && (w == "council" || w == "authority" || w == "administration" || w == "group" || w == "cabinet") {
				name := d.toks[i+1].text[:h]
				d.add(mention{i: i + 1, j: i + 2, ps: i + 1, kind: mName, typ: Organization, body: Party, party: key, name: name, surface: name, adj: true})
				if w == "council" || w == "authority" {
					d.add(mention{i: i + 2, j: i + 3, ps: i + 2, kind: mCouncilRef, typ: Organization, body: Council, name: "the " + d.toks[i+2].text, surface: "the " + d.toks[i+2].text})
				} else {
					d.add(mention{i: i + 2, j: i + 3, ps: i + 2, kind: mGroup, typ: Organization, body: PartyGroup, party: key, name: name + " " + d.toks[i+2].text, surface: d.nameSpan(i, i+3), admin: true})
				}
				return 3
			}
		}
		if i+3 < b && d.toks[i+1].cap && d.toks[i+2].cap && !d.toks[i+1].poss && strings.IndexByte(d.toks[i+2].norm, '-') > 0 {
			// "the Reform UK-run authority", "the Lib Dem-led council"
			h := strings.IndexByte(d.toks[i+2].norm, '-')
			key := partyNames[n1+" "+d.toks[i+2].norm[:h]]
			switch d.toks[i+2].norm[h+1:] {
			case "run", "led", "controlled", "dominated":
			default:
				key = ""
			}
			if w := d.toks[i+3].norm; key != "" && (w == "council" || w == "authority") {
				name := d.toks[i+1].text + " " + d.toks[i+2].text[:h]
				d.add(mention{i: i + 1, j: i + 3, ps: i + 1, kind: mName, typ: Organization, body: Party, party: key, name: name, surface: name, adj: true})
				d.add(mention{i: i + 3, j: i + 4, ps: i + 3, kind: mCouncilRef, typ: Organization, body: Council, name: "the " + d.toks[i+3].text, surface: "the " + d.toks[i+3].text})
				return 4
			}
		}
		if n := d.coalitionAt(i+1, b); n > 0 && t.norm == "the" {
			// "the Independent-Labour coalition", "the Lib Dem-Green
			// partnership"
			d.add(mention{i: i + 1, j: i + 1 + n, ps: i, kind: mGroup, typ: Organization, body: PartyGroup, party: coalitionParty, name: d.nameSpan(i+1, i+1+n), surface: d.nameSpan(i, i+1+n), admin: true})
			return n + 1
		}
		if d.toks[i+1].cap {
			return 0
		}
		if n1 == "council" && i+2 < b && (strings.HasPrefix(d.toks[i+2].norm, "spokes") || d.toks[i+2].norm == "statement") {
			// "a council spokesman said": the council speaks
			d.add(mention{i: i + 1, j: i + 2, ps: i + 1, kind: mCouncilRef, typ: Organization, body: Council, name: "the council", surface: "the council"})
			return 2
		}
		switch {
		case anaphoricCouncil[two] && t.norm == "the":
			d.add(mention{i: i + 1, j: i + 2, ps: i, kind: mCouncilRef, typ: Organization, body: Council, name: d.nameSpan(i, i+2), surface: d.nameSpan(i, i+2)})
			return 2
		case n1 == "party" && t.norm == "the":
			d.add(mention{i: i + 1, j: i + 2, ps: i, kind: mPartyRef, typ: Organization, body: Party, name: "the party", surface: d.nameSpan(i, i+2)})
			return 2
		case n1 == "administration" && t.norm == "the":
			d.add(mention{i: i + 1, j: i + 2, ps: i, kind: mAdminRef, typ: Organization, body: PartyGroup, name: d.nameSpan(i, i+2), surface: d.nameSpan(i, i+2)})
			return 2
		case (n1 == "report" || n1 == "inspectors" || n1 == "inspection" || n1 == "watchdog" || n1 == "regulator" || n1 == "inspectorate" || n1 == "ombudsman") && t.norm == "the":
			d.add(mention{i: i + 1, j: i + 2, ps: i, kind: mReport, typ: Organization, name: d.nameSpan(i, i+2), surface: d.nameSpan(i, i+2)})
			return 2
		}
		if t.norm == "the" {
			if n := d.bodyRefAt(i+1, b); n > 0 {
				d.add(mention{i: i + 1, j: i + 1 + n, ps: i, kind: mBodyRef, typ: Organization, name: d.nameSpan(i, i+1+n), surface: d.nameSpan(i, i+1+n)})
				return n + 1
			}
		}
	}
	return 0
}

// coalitionParty is the party key of a group of several parties.
const coalitionParty = "coalition"

// coalitionHeads end the name of a group of several parties.
var coalitionHeads = setOf("coalition", "partnership", "alliance", "administration")

// coalitionAt returns the length of the name of a coalition of parties at
// token k, party names joined by hyphens before a coalition noun
// ("Independent-Labour coalition", "Lib Dem-Green partnership"), or 0.
func (d *doc) coalitionAt(k, b int) int {
	var words []string
	for n := 0; n < 4 && k+n < b; n++ {
		t := &d.toks[k+n]
		if t.kind != tWord {
			return 0
		}
		if !t.cap {
			if n == 0 || !coalitionHeads[t.norm] || t.poss && t.norm != "coalition" {
				return 0
			}
			parts := strings.Split(strings.Join(words, " "), "-")
			if len(parts) < 2 {
				return 0
			}
			for _, p := range parts {
				p = strings.TrimSuffix(strings.TrimSuffix(p, "s"), "'")
				if partyNames[p] == "" && partyNames[p+"s"] == "" && p != "independent" {
					return 0
				}
			}
			return n + 1
		}
		if t.poss {
			return 0
		}
		words = append(words, t.norm)
	}
	return 0
}

// bodyRefHeads end a definite description of a body the article names:
// "the trust", "the national park authority", "the panel".
var bodyRefHeads = setOf("trust", "service", "panel", "board", "union", "commission", "committee",
	"sub-committee", "partnership", "association", "infirmary", "hospital", "school", "academy",
	"college", "company", "firm", "contractor", "authority", "force", "constabulary", "charity", "forum",
	"federation", "agency", "university", "watchdog", "inspectorate", "ombudsman", "coalition", "alliance")

// bodyRefAt returns the length of a description of a body from token k,
// lower-case words ending in a body's head noun ("park authority"), or 0.
func (d *doc) bodyRefAt(k, b int) int {
	for n := 1; n <= 4 && k+n-1 < b; n++ {
		t := &d.toks[k+n-1]
		if t.kind != tWord || t.cap || t.caps {
			return 0
		}
		if bodyRefHeads[t.norm] {
			if k+n < b && bodyRefHeads[d.toks[k+n].norm] && !t.poss {
				continue // "the trust board"
			}
			return n
		}
		if t.poss || functionWords[t.norm] && t.norm != "and" || roleHeads[t.norm] && !roleModifiers[t.norm] {
			return 0
		}
	}
	return 0
}

// capSequence reads the capitalised words from token i, splits them into
// mentions and returns the index past them.
func (d *doc) capSequence(i, a, b int) int {
	j := i
	for j < b {
		t := &d.toks[j]
		switch {
		case d.isCapWord(j) && !(t.caps && j > i && !t.cap):
			if t.caps && j > i && len(t.norm) <= 5 && knownBodies[t.norm].kind == "" && bodyHeads[t.norm] != Company {
				goto done // an acronym ends a name; "LLP", "PLC" do not
			}
			if j > i && partyNames[t.norm] != "" && j+1 < b && titles[d.toks[j+1].norm] != "" {
				goto done
			}
			j++
			if t.poss && !plainPossessives[t.norm+"'s"] && !plainPossessives[t.norm] && t.norm != "majesty" {
				goto done // but "His Majesty's Inspectorate of …"
			}
			if titles[t.norm] != "" && j < b && d.toks[j].text == "." {
				j++ // "Cllr." "Dr."
			} else if len(t.text) == 1 && j+1 < b && d.toks[j].text == "." && d.isCapWord(j+1) && j-1 > i {
				j++ // a middle initial: "Jo A. Bloggs"
			}
		case j > i && nameConnectors[t.norm] && !t.cap && j+1 < b && d.isCapWord(j+1):
			j++
		case j > i && t.text == "," && d.toks[j-1].norm == "police" && j+1 < b && d.toks[j+1].norm == "fire":
			j++ // "Northvale Police, Fire and Crime Panel"
		case j > i+1 && t.text == "," && govStarts[d.toks[i].norm] && j+1 < b && d.isCapWord(j+1) && d.listAhead(j+1, b):
			j++ // "Department for Levelling Up, Housing and Communities"
		case j > i && (t.norm == "the") && j+1 < b && d.isCapWord(j+1) && nameConnectors[d.toks[j-1].norm]:
			j++
		default:
			goto done
		}
	}
done:
	// a connector may not end the sequence
	for j > i && !d.toks[j-1].cap && d.toks[j-1].kind == tWord {
		j--
	}
	if j <= i {
		return i + 1
	}
	d.classify(i, j, a, b)
	return j
}

// classify splits the capitalised words [i, j) into mentions.
func (d *doc) classify(i, j, a, b int) {
	// drop sentence-initial common words
	for i < j && d.toks[i].cap && (functionWords[d.toks[i].norm] || (d.sentenceInitial(i) && d.commonWord(i))) {
		i++
	}
	for i < j && !d.toks[i].cap {
		i++ // connector left at the front
	}
	if i >= j {
		return
	}
	n := j - i
	// a name defined by an acronym after it: "the Chartered Institute of
	// Public Finance and Accountancy (CIPFA)"
	if n >= 2 && j+2 < b && d.toks[j].text == "(" && d.toks[j+1].caps && d.toks[j+2].text == ")" && initials(d.nameSpan(i, j)) == d.toks[j+1].norm && titles[d.toks[i].norm] == "" && !roleHeads[d.toks[j-1].norm] {
		kind, ok := d.bodyKind(i, j)
		if !ok {
			kind = OtherKind
		}
		d.body(i, j, kind, a)
		return
	}
	// lists: "Cllr Jo Bloggs and Cllr Sam Smith", "Northfield Council and
	// Homes England"
	for k := i + 1; k < j-1; k++ {
		if w := d.toks[k].norm; w != "and" && w != "&" {
			continue
		}
		_, whole := d.bodyKind(i, j)
		if d.toks[k-1].norm == "police" && d.toks[k+1].norm == "crime" {
			continue // "Police and Crime Panel"
		}
		if !whole || institutionWords[d.toks[k-1].norm] || titles[d.toks[k+1].norm] != "" || firstNames[d.toks[k+1].norm] != 0 {
			d.classify(i, k, a, b)
			d.classify(k+1, j, a, b)
			return
		}
	}
	// a person, then a time or place: "Jo Bloggs in June"
	for k := i + 2; k < j-1; k++ {
		if w := d.toks[k].norm; (w == "in" || w == "on" || w == "at") && d.personLike(i, k) {
			d.person(i, k, a)
			d.classify(k+1, j, a, b)
			return
		}
		if w := d.toks[k].norm; (w == "in" || w == "on" || w == "at") && k+2 == j && notNameWords[d.toks[k+1].norm] {
			// "NHS Eastvale Integrated Care Board in September"
			d.classify(i, k, a, b)
			d.classify(k+1, j, a, b)
			return
		}
	}
	// a person of a body: "Jo Bloggs of Northfield Council"
	for k := i + 2; k < j-1; k++ {
		if w := d.toks[k].norm; (w == "of" || w == "for") && firstNames[d.toks[i].norm] != 0 && d.personLike(i, k) {
			d.person(i, k, a)
			d.classify(k+1, j, a, b)
			return
		}
	}
	// a title inside: "Leader Cllr Jo Bloggs", "Labour Councillor Jo Bloggs"
	for k := i; k < j; k++ {
		if titles[d.toks[k].norm] == "" || d.toks[k].caps {
			continue
		}
		if k > i {
			d.classify(i, k, a, b)
		}
		d.person(k, j, a)
		return
	}
	// a party of several words: "Ulster Unionist"
	if pn, key := d.partyAt(i, j); pn == n && n >= 2 {
		d.partyMention(i, pn, key, a, b)
		return
	}
	// a place and a party: "Northfield Labour"
	if n >= 2 && titles[d.toks[i].norm] == "" {
		for k := i + 1; k < j; k++ {
			if pn, key := d.partyAt(k, j); pn > 0 && k+pn == j && k == i+1 {
				d.partyMention(k, pn, key, a, b)
				return
			}
		}
	}
	// a body's name: "Northfield District Council", "Department for Education"
	if kind, ok := d.bodyKind(i, j); ok {
		d.body(i, j, kind, a)
		return
	}
	// a role before a name, or no name at all: "MP Jo Bloggs", "Secretary
	// of State"
	if roleHeads[d.toks[i].norm] || roleDrop[d.toks[i].norm] || roleFormer[d.toks[i].norm] {
		k := i
		for k < j && (roleHeads[d.toks[k].norm] || roleModifiers[d.toks[k].norm] || roleDrop[d.toks[k].norm] || roleFormer[d.toks[k].norm]) {
			k++
		}
		if k < j && d.toks[k].cap && k > i {
			d.classify(k, j, a, b)
		} else {
			d.embeddedPerson(i, j, a)
		}
		return
	}
	// hall metonyms: "County Hall", "the Civic Centre"
	if n == 2 && isHallName(d.toks[i].norm, d.toks[i+1].norm) {
		ps := i
		if i > a && d.toks[i-1].norm == "the" {
			ps = i - 1
		}
		d.add(mention{i: i, j: j, ps: ps, kind: mCouncilRef, typ: Organization, body: Council, name: d.nameSpan(i, j), surface: d.nameSpan(i, j)})
		return
	}
	if n == 1 {
		t := &d.toks[i]
		if (t.norm == "ombudsman" || t.norm == "regulator" || t.norm == "inspectorate") && i > a && d.toks[i-1].norm == "the" {
			// "the Ombudsman said": whoever inspects
			d.add(mention{i: i, j: j, ps: i - 1, kind: mReport, typ: Organization, name: d.nameSpan(i-1, j), surface: d.nameSpan(i-1, j)})
			return
		}
		if notNameWords[t.norm] || functionWords[t.norm] || roleModifiers[t.norm] || roleHeads[t.norm] {
			if t.norm == "council" && !d.sentenceInitial(i) {
				d.add(mention{i: i, j: j, ps: i, kind: mCouncilRef, typ: Organization, body: Council, name: t.text, surface: t.text})
			}
			return
		}
		if t.poss && j < b && d.toks[j].cap {
			return // a place or owner before a name: "Northfield's Labour Party"
		}
		d.add(mention{i: i, j: j, ps: i, kind: mName, typ: Person, name: t.text, surface: t.text, bare: true})
		return
	}
	if kind, ok := d.orgAppositive(j); ok && !d.titled(i) {
		// "Grant Thornbury, the council's external auditor,"
		d.body(i, j, kind, a)
		return
	}
	if placeStarts[d.toks[i].norm] {
		return // "Ysgol Bryn Celyn", "River Leam": a place
	}
	if kind, ok := d.bodyContextBefore(i, a); ok && !d.titled(i) && firstNames[d.toks[i].norm] == 0 {
		// "a spokesperson for Harrowgate Living", "its contractor,
		// Redmarsh Paving,"
		d.body(i, j, kind, a)
		return
	}
	if d.personLike(i, j) {
		d.person(i, j, a)
		return
	}
	// a possessive place before a name: "Northfield's Safeguarding Board"
	if d.toks[i].poss && n >= 2 {
		d.classify(i+1, j, a, b)
		return
	}
	if !d.embeddedPerson(i, j, a) && n >= 2 && n <= 5 {
		// a name of unknown kind: kept in case it shortens a body's name
		// ("Greenway Waste" for "Greenway Waste Ltd")
		d.add(mention{i: i, j: j, ps: i, kind: mName, name: d.nameSpan(i, j), surface: d.nameSpan(i, j), bare: true})
	}
}

// embeddedPerson finds a person's name at the end of capitalised words
// that begin otherwise: "Mayor of Northfield Jo Bloggs".
func (d *doc) embeddedPerson(i, j, a int) bool {
	for p := i + 1; p+1 < j; p++ {
		if firstNames[d.toks[p].norm] != 0 && j-p <= 3 && d.personLike(p, j) {
			d.person(p, j, a)
			return true
		}
	}
	return false
}

// commonWord reports whether the capitalised word at i is a common word,
// written in lower case elsewhere in the article.
func (d *doc) commonWord(i int) bool {
	t := &d.toks[i]
	if titles[t.norm] != "" || firstNames[t.norm] != 0 {
		return false
	}
	return d.lowerSeen[t.norm] || strings.HasSuffix(t.norm, "ly") || strings.HasSuffix(t.norm, "ing")
}

// isHallName reports whether two words name a council's building.
func isHallName(a, b string) bool {
	switch b {
	case "hall":
		return a == "county" || a == "city" || a == "town" || a == "shire" || a == "guild"
	case "centre":
		return a == "civic"
	case "house":
		return a == "council"
	}
	return false
}

// personLike reports whether the capitalised words [i, j) look like a
// person's name: a known given name first, or name-like words only.
func (d *doc) personLike(i, j int) bool {
	n := j - i
	if n > 4 {
		return false
	}
	words := 0
	for k := i; k < j; k++ {
		t := &d.toks[k]
		if personParticles[t.norm] {
			continue
		}
		words++
		if t.caps || !t.cap || functionWords[t.norm] {
			return false
		}
		if k < j-1 && t.poss {
			return false
		}
		if _, ok := bodyHeads[t.norm]; ok && k == j-1 {
			return false
		}
		if partyNames[t.norm] != "" {
			return false
		}
	}
	if words < 2 || streetWords[d.toks[j-1].norm] {
		return false
	}
	if firstNames[d.toks[i].norm] != 0 {
		return true
	}
	for k := i; k < j; k++ {
		if notNameWords[d.toks[k].norm] {
			return false
		}
	}
	// an unknown given name: trust the context
	return d.personContext(i, j)
}

// personContext reports whether the words around [i, j) suggest a person:
// "said", "says", a comma and a role, "by", "who".
func (d *doc) personContext(i, j int) bool {
	if j < len(d.toks) {
		n := &d.toks[j]
		if speechVerbs[n.norm] || n.norm == "who" || n.text == "(" {
			return true
		}
		if n.text == "," && j+1 < len(d.toks) {
			n2 := &d.toks[j+1]
			if n2.norm == "who" || roleHeads[n2.norm] || roleModifiers[n2.norm] || n2.norm == "the" || n2.norm == "a" {
				return true
			}
		}
	}
	if i > 0 {
		p := &d.toks[i-1]
		if p.norm == "by" || speechVerbs[p.norm] || roleHeads[p.norm] || p.poss {
			return true
		}
		if p.text == "," && i > 1 && roleHeads[d.toks[i-2].norm] && j < len(d.toks) && d.toks[j].text == "," {
			return true // "The trust's chair, Hester Quainton, said"
		}
	}
	return false
}

// person records a person named at [k, j), perhaps with titles first.
func (d *doc) person(k, j, a int) {
	ps := k
	title := ""
	for k < j && titles[d.toks[k].norm] != "" {
		if title == "" {
			title = titles[d.toks[k].norm]
		}
		k++
		if k < j && d.toks[k].text == "." {
			k++
		}
	}
	if k >= j {
		return
	}
	if j-k > 4 {
		j = k + 4
	}
	// stop at a connector: "Cllr Jo Bloggs and Cllr Sam Smith" never
	// reaches here, but "Cllr Bloggs of Northfield" may
	for m := k; m < j; m++ {
		if !d.toks[m].cap && !personParticles[d.toks[m].norm] && !(d.toks[m].text == "." && m > k && len(d.toks[m-1].text) == 1) {
			j = m
			break
		}
	}
	if k >= j {
		return
	}
	if j == k+1 && title != "" && len(d.toks[k].text) == 1 {
		return // an anonymised complainant: "Ms B"
	}
	m := mention{i: k, j: j, ps: ps, kind: mName, typ: Person, name: d.nameSpan(k, j), surface: d.nameSpan(ps, j), title: title, gender: titleGender[title]}
	d.add(m)
}

// bodyKind reports whether the capitalised words [i, j) name a body, and of
// what kind.
func (d *doc) bodyKind(i, j int) (Kind, bool) {
	first := d.toks[i].norm
	last := d.toks[j-1].norm
	n := j - i
	if govStarts[first] && n >= 3 {
		return Government, true
	}
	if n >= 3 && (first == "london" || first == "royal" || first == "city" || first == "borough") {
		for k := i; k < j; k++ {
			if d.toks[k].norm == "borough" || (first == "city" && d.toks[k].norm == "of") {
				if d.toks[j-1].norm != "council" && k+1 < j {
					return Council, true
				}
			}
		}
	}
	if n >= 2 && (last == "independents" || last == "association" && (d.toks[j-2].norm == "residents" || d.toks[j-2].norm == "ratepayers")) {
		return Party, true // "Ashfield Independents", "Northfield Residents' Association"
	}
	if n >= 2 && first == "healthwatch" {
		return OtherKind, true // "Healthwatch Northfield"
	}
	if n >= 3 && first == "friends" && d.toks[i+1].norm == "of" {
		return OtherKind, true // "Friends of Northfield Park"
	}
	if n >= 4 && (last == "trade" || last == "commerce") && d.toks[j-2].norm == "of" && d.toks[j-3].norm == "chamber" {
		return OtherKind, true // "Northfield Chamber of Trade"
	}
	kind, ok := bodyHeads[last]
	if !ok || n < 2 {
		return "", false
	}
	if roleHeads[first] && first != "executive" {
		return "", false
	}
	switch last {
	case "authority":
		if councilAuthorities[d.toks[j-2].norm] {
			return Council, true
		}
	case "services", "service", "group", "homes", "office":
		// "Children's Services", "Social Services": generic names are not
		// bodies of their own
		if notNameWords[first] || plainPossessives[first+"'s"] || plainPossessives[first] {
			return "", false
		}
		if last == "office" {
			return OtherKind, true
		}
	case "council":
		if n == 2 && (first == "county" || first == "city" || first == "district" || first == "borough" || first == "town" || first == "parish" || first == "full") {
			return "", false
		}
	}
	if kind == Media {
		for k := i; k < j-1; k++ {
			if (notNameWords[d.toks[k].norm] || roleModifiers[d.toks[k].norm] || d.toks[k].norm == "political") && d.toks[k].norm != "evening" {
				return "", false
			}
		}
	}
	return kind, true
}

// body records a body named at [i, j).
func (d *doc) body(i, j int, kind Kind, a int) {
	ps := i
	place := ""
	// a possessive place before it: "Northfield's Safeguarding Children Board"
	if i-1 >= a && d.toks[i-1].poss && d.toks[i-1].cap && !functionWords[d.toks[i-1].norm] && i-1 >= 0 && !d.hasMentionAt(i-1) && (kind == Board || kind == OtherKind) {
		place = d.toks[i-1].text
		ps = i - 1
	}
	for ps > a && determiners[d.toks[ps-1].norm] && d.toks[ps-1].norm != "its" {
		ps--
		break
	}
	name := d.nameSpan(i, j)
	surface := name
	if place != "" {
		surface = d.nameSpan(i-1, j)
	}
	d.add(mention{i: i, j: j, ps: ps, kind: mName, typ: Organization, body: kind, name: name, surface: surface, place: place})
}

// descriptorWords describe a person or a party, and never name the place
// of a local party: "Opposition Liberal Democrat leader", "Veteran Tory".
var descriptorWords = setOf("veteran", "rebel", "fellow", "prominent", "leading", "long-serving",
	"longstanding", "maverick", "disgraced", "suspended", "embattled", "outspoken", "popular", "young",
	"senior", "backbench", "frontbench", "moderate", "hardline", "sitting", "defecting", "ousted", "governing")

// descriptor reports whether a capitalised word before a party describes
// rather than places it.
func descriptor(w string) bool {
	return descriptorWords[w] || roleModifiers[w] || roleHeads[w] || roleFormer[w] || roleDrop[w] || strings.HasPrefix(w, "ex-") || strings.HasPrefix(w, "former")
}

// companyNouns, in an appositive after a name, say that the name is a
// body's: "Grant Thornbury, the council's external auditor".
var companyNouns = map[string]Kind{
	"auditor": Company, "auditors": Company, "contractor": Company, "contractors": Company, "firm": Company,
	"company": Company, "consultancy": Company, "consultants": Company, "developer": Company,
	"developers": Company, "housebuilder": Company, "supplier": Company, "provider": Company,
	"operator": Company, "subsidiary": Company, "builder": Company, "builders": Company,
	"outsourcing": Company, "insurer": Company, "bank": Company, "landlord": Company,
	"charity": OtherKind, "organisation": OtherKind, "organization": OtherKind, "campaign": OtherKind,
	"party": Party, "newspaper": Media, "paper": Media, "website": Media, "broadcaster": Media,
}

// orgAppositive reports whether the words from token j are an appositive
// that names a body's role: ", the council's external auditor", ", a
// consultancy". It returns the kind of body.
func (d *doc) orgAppositive(j int) (Kind, bool) {
	if j+1 >= len(d.toks) || d.toks[j].text != "," {
		return "", false
	}
	k := j + 1
	if w := d.toks[k].norm; w != "the" && w != "a" && w != "an" && w != "its" {
		return "", false
	}
	s := d.toks[j].sent
	for n := 0; n < 6 && k < len(d.toks) && d.toks[k].sent == s; n, k = n+1, k+1 {
		t := &d.toks[k]
		if t.kind != tWord {
			return "", false
		}
		if kind, ok := companyNouns[t.norm]; ok && !t.poss {
			return kind, true
		}
		if roleHeads[t.norm] && !t.poss || t.norm == "who" || auxiliaries[t.norm] && t.norm != "also" {
			return "", false
		}
	}
	return "", false
}

// bodyContextBefore reports whether the words before token i say that the
// name there is a body's: "a spokesperson for X", "the council's
// contractor, X". It returns the kind of body.
func (d *doc) bodyContextBefore(i, a int) (Kind, bool) {
	if i-2 >= a && d.toks[i-1].norm == "for" && spokesWords[d.toks[i-2].norm] {
		return Company, true
	}
	if i-2 >= a && d.toks[i-1].text == "," {
		if kind, ok := companyNouns[d.toks[i-2].norm]; ok && kind == Company && !d.toks[i-2].cap {
			return kind, true
		}
	}
	return "", false
}

// titled reports whether token i is a title.
func (d *doc) titled(i int) bool { return titles[d.toks[i].norm] != "" }

// acronymOpensBody reports whether the capitalised words after the
// acronym at token i end a body's name: "NHS Eastvale Integrated Care
// Board".
func (d *doc) acronymOpensBody(i, b int) bool {
	e := i + 1
	for e < b && d.isCapWord(e) && !d.toks[e].caps && !d.toks[e-1].poss {
		e++
	}
	if e-i < 3 {
		return false
	}
	k, ok := bodyHeads[d.toks[e-1].norm]
	return ok && k != Media && k != Company
}
