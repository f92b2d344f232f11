package extract

import (
	"strings"
)

// entity is one actor of the article, built from the mentions that refer
// to it.
type entity struct {
	id         string
	typ        ActorType
	kind       Kind
	name       string
	aliases    []string
	honorifics []string

	key    string // resolution key
	first  string // a person's given name, lowercased
	last   string // a person's surname, lowercased
	gender byte
	party  string // for parties, local parties, groups: the party key
	place  string // for local parties and place-qualified bodies
	order  int    // index of the first mention
	count  int    // mentions
	admin  bool   // a group that runs the council
	// surnameOnly marks a person the article names by surname alone.
	surnameOnly bool
	councillor  bool // titled Cllr or Councillor
	named       bool // named by a proper name at least once
}

// resolve groups the mentions into entities: the coreference stage.
func (d *doc) resolve() {
	byKey := make(map[string]int)
	get := func(key string, m *mention, mi int) int {
		if e, ok := byKey[key]; ok {
			return e
		}
		e := &entity{key: key, typ: m.typ, kind: m.body, order: mi}
		d.ents = append(d.ents, e)
		byKey[key] = len(d.ents) - 1
		return len(d.ents) - 1
	}

	// people named in full first, so that surnames can find them
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind != mName || m.typ != Person || strings.IndexByte(m.name, ' ') < 0 || particleSurname(m.name) {
			continue
		}
		words := strings.Fields(m.name)
		key := "person:" + strings.ToLower(withoutInitials(m.name))
		ei := get(key, m, mi)
		e := d.ents[ei]
		e.first, e.last = strings.ToLower(words[0]), strings.ToLower(words[len(words)-1])
		if e.gender == 0 || e.gender == 'u' {
			e.gender = firstNames[e.first]
		}
		d.attach(ei, mi)
		if short := withoutInitials(m.name); short != m.name {
			e.aliases = appendUnique(e.aliases, short)
		}
	}
	// surnames, given names and titled surnames
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind != mName || m.typ != Person || strings.IndexByte(m.name, ' ') >= 0 && !particleSurname(m.name) {
			continue
		}
		w := strings.ToLower(m.name)
		if particleSurname(m.name) {
			// "Cllr ap Rhys", "Mr van Dijk": the surname of "Elin ap Rhys"
			w = strings.ToLower(m.name[strings.LastIndexByte(m.name, ' ')+1:])
		}
		ei := d.findPerson(w, m.gender, m.title)
		if ei < 0 && m.title != "" {
			ei = get("surname:"+w, m, mi)
			e := d.ents[ei]
			e.last, e.surnameOnly = w, true
		}
		if ei < 0 {
			continue
		}
		d.attach(ei, mi)
	}

	// bodies
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.typ != Organization || m.kind != mName {
			continue
		}
		var key string
		switch {
		case m.body == Party && m.party == "":
			key = "body:" + d.bodyKey(m) // a local party: "Millbrook First"
		case m.body == Party && m.place != "":
			key = "local:" + strings.ToLower(m.place) + ":" + m.party
		case m.body == Party:
			key = "party:" + m.party
		default:
			key = "body:" + d.bodyKey(m)
		}
		ei := get(key, m, mi)
		e := d.ents[ei]
		e.party = m.party
		if m.place != "" {
			e.place = m.place
		}
		d.attach(ei, mi)
	}
	d.mergeBodies()
	d.mergeDefinedAcronyms()
	d.mergeCouncilNames()
	d.shortenedBodies()
	d.peopleAsBodies()
	d.pickMainCouncil()
	if d.main < 0 {
		d.impliedCouncil(get)
	}
	d.mergeDepartments()

	// acronyms, groups, references to the council
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.bare && m.ent < 0 && (d.mediaContext(m.ps) || d.mediaVerbAfter(m.j)) && m.i > 0 && d.toks[m.i-1].norm == "the" {
			// "told the Echo", "the Gazette revealed"
			m.typ, m.body = Organization, Media
			d.attach(get("body:"+strings.ToLower(m.name), m, mi), mi)
			continue
		}
		switch m.kind {
		case mAcronym:
			if ei := d.findAcronym(m); ei >= 0 {
				d.attach(ei, mi)
			} else if d.mediaContext(m.ps) {
				m.body = Media
				d.attach(get("body:"+strings.ToLower(m.name), m, mi), mi)
			}
		case mBodyRef:
			if ei := d.coalitionRef(m, byKey); ei >= 0 {
				d.attach(ei, mi) // "the coalition", "the partnership"
			} else if ei := d.bodyRef(m); ei >= 0 {
				d.attach(ei, mi)
			}
		case mCouncilRef:
			if ei := d.bodyRef(m); ei >= 0 && strings.HasSuffix(strings.ToLower(m.name), "authority") && d.main >= 0 && !strings.HasSuffix(strings.ToLower(d.ents[d.main].name), "authority") {
				d.attach(ei, mi) // "the authority" of a national park authority
			} else if ei := d.tierRef(m); ei >= 0 {
				d.attach(ei, mi) // "the town council" beside a district council
			} else if d.main >= 0 {
				d.attach(d.main, mi)
			}
		case mGroup:
			key := "group:" + m.party
			if m.party == coalitionParty {
				key += ":" + strings.ToLower(m.name)
			}
			ei := get(key, m, mi)
			e := d.ents[ei]
			e.party = m.party
			if w := d.toks[m.j-1].norm; w == "administration" || w == "cabinet" || m.admin || d.toks[m.ps].norm == "ruling" || d.toks[m.ps].norm == "controlling" {
				e.admin = true
			}
			for k := m.ps; k < m.i; k++ {
				if d.toks[k].norm == "ruling" || d.toks[k].norm == "controlling" {
					e.admin = true
				}
			}
			d.attach(ei, mi)
		}
	}
	// a group's party is named by the group's name
	for _, e := range d.ents {
		if e.kind != PartyGroup || e.party == "" || parties[e.party].id == "" {
			continue
		}
		short := strings.Fields(strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The "))
		if pi, ok := byKey["party:"+e.party]; ok {
			// "the Liberal Democrat administration": the party is also
			// called "Liberal Democrat"
			if len(short) > 1 && partyNames[strings.ToLower(strings.Join(short[:len(short)-1], " "))] != "" {
				d.ents[pi].aliases = appendUnique(d.ents[pi].aliases, strings.Join(short[:len(short)-1], " "))
			}
			continue
		}
		m := &mention{typ: Organization, body: Party}
		pi := get("party:"+e.party, m, e.order)
		p := d.ents[pi]
		p.party, p.count, p.named = e.party, 1, true
		if len(short) > 1 {
			p.aliases = appendUnique(p.aliases, strings.Join(short[:len(short)-1], " "))
		}
	}
	// collectives, "the party", "the administration"
	for mi := range d.mentions {
		m := &d.mentions[mi]
		switch m.kind {
		case mCollective:
			if ei, ok := byKey["group:"+m.party]; ok {
				d.attach(ei, mi)
			} else if ei := d.partyEntity(m.party, byKey); ei >= 0 {
				d.attach(ei, mi)
			} else {
				ei := get("party:"+m.party, &mention{typ: Organization, body: Party}, mi)
				d.ents[ei].party = m.party
				d.ents[ei].named = true
				d.attach(ei, mi)
			}
		case mPartyRef:
			for k := mi - 1; k >= 0 && k >= mi-30; k-- {
				pm := &d.mentions[k]
				if pm.kind == mCollective || pm.kind == mGroup {
					if p := d.partyEntity(pm.party, byKey); p >= 0 {
						d.attach(p, mi)
						break
					}
				}
				if p := pm.ent; p >= 0 && d.ents[p].kind == Party {
					d.attach(p, mi)
					break
				}
			}
		case mAdminRef:
			for ei, e := range d.ents {
				if e.kind == PartyGroup && e.admin {
					d.attach(ei, mi)
					break
				}
			}
		}
	}
	// a bare party name means the local party when the article has one
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || m.kind != mName || m.place != "" {
			continue
		}
		e := d.ents[m.ent]
		if e.kind == Party && e.place == "" {
			for li, l := range d.ents {
				if l.kind == Party && l.place != "" && l.party == e.party {
					e.count--
					l.count++
					m.ent = li
					d.ents[li].aliases = appendUnique(d.ents[li].aliases, m.surface)
					break
				}
			}
		}
	}
	d.finishEntities()
}

// attach resolves mention mi to entity ei and records its surface forms.
func (d *doc) attach(ei, mi int) {
	m := &d.mentions[mi]
	m.ent = ei
	e := d.ents[ei]
	e.count++
	if mi < e.order {
		e.order = mi
	}
	if m.kind == mName {
		e.named = true
	}
	if m.title != "" {
		e.honorifics = appendUnique(e.honorifics, m.title)
		if councillorTitles[m.title] {
			e.councillor = true
		}
		if g := titleGender[m.title]; g != 0 {
			e.gender = g
		}
	}
	if m.kind == mPronoun || m.kind == mReport || m.kind == mPartyRef {
		return
	}
	if m.kind == mCollective {
		return
	}
	e.aliases = appendUnique(e.aliases, m.surface)
	if m.name != m.surface {
		e.aliases = appendUnique(e.aliases, m.name)
	}
	if m.kind == mName && m.typ == Organization && m.body != "" && (e.kind == "" || e.kind == OtherKind) {
		e.kind = m.body
	}
	if len(m.name) > len(e.name) && m.kind == mName || e.name == "" {
		e.name = m.name
	}
}

// findPerson finds the person a single name refers to: the surname, else
// the given name, of someone named in full.
func (d *doc) findPerson(w string, gender byte, title string) int {
	// a title goes with a surname, but "Sir" and "Dame" with a given
	// name: "Dame Rosalind"
	titled := title != "" && title != "Sir" && title != "Dame"
	best := -1
	for ei, e := range d.ents {
		if e.typ != Person || e.surnameOnly {
			continue
		}
		if e.last == w && compatible(e.gender, gender) {
			return ei
		}
		if !titled && best < 0 && e.first == w {
			best = ei
		}
	}
	if best >= 0 {
		return best
	}
	for ei, e := range d.ents {
		if e.typ == Person && e.surnameOnly && e.last == w {
			return ei
		}
	}
	return -1
}

// particleSurname reports whether a name is a surname with a particle
// and no given name: "ap Rhys", "van der Berg".
func particleSurname(name string) bool {
	sp := strings.IndexByte(name, ' ')
	return sp > 0 && personParticles[name[:sp]]
}

// withoutInitials drops middle initials: "Jo A. Bloggs" → "Jo Bloggs".
func withoutInitials(name string) string {
	w := strings.Fields(name)
	if len(w) < 3 {
		return name
	}
	out := w[:1:1]
	for _, x := range w[1 : len(w)-1] {
		if len(strings.TrimSuffix(x, ".")) == 1 {
			continue
		}
		out = append(out, x)
	}
	out = append(out, w[len(w)-1])
	return strings.Join(out, " ")
}

// compatible reports whether two genders may be the same person's.
func compatible(a, b byte) bool {
	return a == 0 || b == 0 || a == 'u' || b == 'u' || a == b
}

// bodyKey normalises a body's name for resolution.
func (d *doc) bodyKey(m *mention) string {
	n := strings.ToLower(m.name)
	n = strings.TrimPrefix(n, "the ")
	n = strings.ReplaceAll(n, "\u2019", "'")
	return n
}

// mergeBodies merges a body into another of the same kind whose name ends
// with its own: "Safeguarding Children Board" into "Northfield
// Safeguarding Children Board".
func (d *doc) mergeBodies() {
	for ai, a := range d.ents {
		if a.typ != Organization || a.kind == Party || a.key == "" {
			continue
		}
		an := strings.TrimPrefix(a.key, "body:")
		if strings.Count(an, " ") < 1 {
			continue
		}
		for bi, b := range d.ents {
			if bi == ai || b.typ != Organization || b.kind != a.kind && !(b.kind == Company && companySuffixOf(an, strings.TrimPrefix(b.key, "body:"))) || b.key == "" {
				continue
			}
			bn := strings.TrimPrefix(b.key, "body:")
			if len(bn) > len(an) && strings.HasSuffix(bn, " "+an) || (b.place != "" && a.place == "" && bn == an) || companySuffixOf(an, bn) {
				d.mergeInto(ai, bi)
				break
			}
		}
	}
}

// mergeDefinedAcronyms merges a body with the known acronym defined
// after its name: "His Majesty's Inspectorate of … (HMICFRS)".
func (d *doc) mergeDefinedAcronyms() {
	for mi := range d.mentions {
		a := &d.mentions[mi]
		if a.typ != Organization || a.kind != mName || a.ent < 0 || a.j+2 >= len(d.toks) || d.toks[a.j].text != "(" || d.toks[a.j+2].text != ")" {
			continue
		}
		for ni := mi + 1; ni < len(d.mentions) && ni <= mi+2; ni++ {
			b := &d.mentions[ni]
			if b.i == a.j+1 && b.j == a.j+2 && b.ent >= 0 && b.ent != a.ent && d.toks[b.i].caps && d.ents[b.ent].typ == Organization && d.ents[a.ent].kind != Party && d.ents[b.ent].kind != Party {
				if ia, acr := initials(a.name), strings.ToLower(b.name); ia == acr || len(ia) >= 3 && strings.HasSuffix(acr, ia) {
					d.mergeInto(a.ent, b.ent)
				}
				break
			}
		}
	}
}

// mergeCouncilNames merges a council named plainly after its place
// ("Northfield Council") into the one other council of that place whose
// formal name gives no other tier ("London Borough of Northfield",
// "Northfield Metropolitan Borough Council").
func (d *doc) mergeCouncilNames() {
	for ai, a := range d.ents {
		if a.typ != Organization || a.kind != Council || a.key == "" {
			continue
		}
		place := councilPlace(a.name)
		if place == "" || !strings.EqualFold(a.name, place+" Council") {
			continue
		}
		into := -1
		for bi, b := range d.ents {
			if bi == ai || b.typ != Organization || b.kind != Council || b.key == "" || !strings.EqualFold(councilPlace(b.name), place) {
				continue
			}
			lb := strings.ToLower(b.name)
			if strings.Contains(lb, "town") || strings.Contains(lb, "parish") || strings.Contains(lb, "community council") {
				continue
			}
			if into >= 0 {
				into = -2
				break
			}
			into = bi
		}
		if into >= 0 {
			d.mergeInto(ai, into)
		}
	}
}

// companySuffixOf reports whether long is short with a company's legal
// ending: "brightcare homecare ltd" of "brightcare homecare".
func companySuffixOf(short, long string) bool {
	if !strings.HasPrefix(long, short+" ") {
		return false
	}
	switch long[len(short)+1:] {
	case "ltd", "limited", "plc", "llp", "ltd.", "group", "uk", "uk ltd", "holdings":
		return true
	}
	return false
}

// shortenedBodies resolves names of unknown kind that begin a body's full
// name: "Greenway Waste" for "Greenway Waste Ltd".
func (d *doc) shortenedBodies() {
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.bare && m.typ == Person && m.ent < 0 && m.kind == mName && strings.IndexByte(m.name, ' ') < 0 && m.title == "" {
			// "Tarnway" for "Tarnway Infrastructure": a firm's first word
			if ei := d.firmStarting(m.name); ei >= 0 && !(m.i > 0 && placePrepositions[d.toks[m.i-1].norm]) {
				m.typ = Organization
				d.attach(ei, mi)
			}
			continue
		}
		if !m.bare || m.typ != "" || m.ent >= 0 {
			continue
		}
		for ei, e := range d.ents {
			if e.typ == Organization && e.key != "" && strings.HasPrefix(e.name, m.name+" ") {
				m.typ = Organization
				d.attach(ei, mi)
				break
			}
		}
	}
}

// peopleAsBodies merges an untitled "person" whose name begins a body's
// name into the body: "Brightcare Homecare said" after "Brightcare Homecare
// Ltd".
func (d *doc) peopleAsBodies() {
	for pi, p := range d.ents {
		if p.typ != Person || p.key == "" || len(p.honorifics) > 0 || p.name == "" {
			continue
		}
		for oi, o := range d.ents {
			if o.typ == Organization && o.key != "" && o.kind != Party && o.kind != PartyGroup && (strings.HasPrefix(o.name, p.name+" ") || o.name == p.name && firstNames[p.first] == 0) {
				for mi := range d.mentions {
					if d.mentions[mi].ent == pi {
						d.mentions[mi].typ = Organization
					}
				}
				d.mergeInto(pi, oi)
				break
			}
		}
	}
}

// mergeInto moves entity a's mentions to entity b and empties a.
func (d *doc) mergeInto(a, b int) {
	for mi := range d.mentions {
		if d.mentions[mi].ent == a {
			d.attach(b, mi)
		}
	}
	d.ents[a].key = ""
	d.ents[a].count = 0
}

// pickMainCouncil chooses the council the article is mostly about: the one
// named most often, the first on a tie.
func (d *doc) pickMainCouncil() {
	best := -1
	for ei, e := range d.ents {
		if e.kind != Council || e.key == "" {
			continue
		}
		if best < 0 || councilScore(e) > councilScore(d.ents[best]) {
			best = ei
		}
	}
	d.main = best
}

// impliedCouncil names the council of an article that refers to "the
// council" or "County Hall" without naming it, after the place the article
// names most often: "Northfield" and "the county council" make "Northfield
// County Council".
func (d *doc) impliedCouncil(get func(string, *mention, int) int) {
	refs := 0
	tier := ""
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind != mCouncilRef {
			continue
		}
		refs++
		n := strings.ToLower(m.name)
		for _, t := range []string{"county", "city", "district", "borough", "town"} {
			if strings.Contains(n, t) && tier == "" {
				tier = t
			}
		}
	}
	if refs == 0 {
		return
	}
	if tier == "" && d.lowerSeen["county"] {
		tier = "county"
	}
	covered := make([]bool, len(d.toks))
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent >= 0 {
			for k := m.i; k < m.j; k++ {
				covered[k] = true
			}
		}
	}
	count := make(map[string]int)
	first := make(map[string]int)
	best := ""
	for k := range d.toks {
		t := &d.toks[k]
		if t.kind != tWord || !t.cap || t.caps || covered[k] || t.inQ || d.paras[t.para].heading || d.sentenceInitial(k) && !t.poss {
			continue
		}
		if notNameWords[t.norm] || functionWords[t.norm] || titles[t.norm] != "" || firstNames[t.norm] != 0 || roleHeads[t.norm] {
			continue
		}
		if k+1 < len(d.toks) && d.toks[k+1].cap && !t.poss {
			continue // part of a longer name
		}
		if k > 0 && d.toks[k-1].cap && d.toks[k-1].kind == tWord && !d.sentenceInitial(k-1) {
			continue
		}
		if _, ok := first[t.text]; !ok {
			first[t.text] = len(d.mentions)
		}
		count[t.text]++
		if best == "" || count[t.text] > count[best] {
			best = t.text
		}
	}
	if best == "" || count[best] < 2 {
		return
	}
	name := best + " Council"
	if tier != "" {
		name = best + " " + titleCase(tier) + " Council"
	}
	ei := get("body:"+strings.ToLower(name), &mention{typ: Organization, body: Council}, first[best])
	e := d.ents[ei]
	e.kind, e.name, e.named = Council, name, true
	d.main = ei
}

// mergeDepartments makes a council's departments named after its place
// ("Northfield Social Services") aliases of the council.
func (d *doc) mergeDepartments() {
	if d.main < 0 {
		return
	}
	place := strings.ToLower(councilPlace(d.ents[d.main].name))
	for ei, e := range d.ents {
		if ei == d.main || e.typ != Organization || e.key == "" || e.kind == Council || e.kind == Party || e.kind == PartyGroup {
			continue
		}
		w := strings.Fields(strings.ToLower(e.name))
		if len(w) < 2 {
			continue
		}
		last := w[len(w)-1]
		if last != "services" && last != "service" && last != "department" && last != "directorate" {
			continue
		}
		if len(w[0]) >= 4 && abbreviates(w[0], place) {
			d.mergeInto(ei, d.main)
		}
	}
}

// abbreviates reports whether short abbreviates long: the same first three
// letters, and its letters in order ("Northd" for "Northfield").
func abbreviates(short, long string) bool {
	if len(short) < 3 || len(long) < len(short) || short[:3] != long[:3] {
		return false
	}
	j := 0
	for i := 0; i < len(long) && j < len(short); i++ {
		if long[i] == short[j] {
			j++
		}
	}
	return j == len(short)
}

// councilScore ranks candidate main councils: mentions, and a name ending
// in "Council" over an authority.
func councilScore(e *entity) int {
	s := 2 * e.count
	if strings.HasSuffix(e.name, "Council") {
		s++
	}
	return s
}

// councilPlace returns the place a council is named after: "Northfield"
// for "Northfield District Council".
func councilPlace(name string) string {
	w := strings.Fields(name)
	for len(w) > 1 {
		l := strings.ToLower(w[len(w)-1])
		if l == "council" || l == "county" || l == "city" || l == "district" || l == "borough" || l == "metropolitan" || l == "town" || l == "unitary" || l == "authority" || l == "parish" {
			w = w[:len(w)-1]
			continue
		}
		break
	}
	if len(w) >= 3 && strings.ToLower(w[len(w)-2]) == "of" {
		return w[len(w)-1]
	}
	return strings.Join(w, " ")
}

// findAcronym finds the body an acronym abbreviates: its initials, or a
// definition in parentheses after the body's name.
func (d *doc) findAcronym(m *mention) int {
	acr := strings.ToLower(m.name)
	if m.i >= 2 && d.toks[m.i-1].text == "(" {
		for k := len(d.mentions) - 1; k >= 0; k-- {
			p := &d.mentions[k]
			if p.j == m.i-1 && p.ent >= 0 {
				return p.ent
			}
		}
	}
	for ei, e := range d.ents {
		if e.typ != Organization || e.key == "" {
			continue
		}
		for _, n := range append([]string{e.name}, e.aliases...) {
			if initials(n) == acr {
				return ei
			}
		}
	}
	// "the ICB" for "NHS Eastvale Integrated Care Board"
	if len(acr) >= 3 {
		for ei, e := range d.ents {
			if e.typ == Organization && e.key != "" && e.kind != Party && strings.HasSuffix(initials(e.name), acr) && len(strings.Fields(e.name)) > len(acr) {
				if _, ok := bodyHeads[strings.ToLower(e.name[strings.LastIndexByte(e.name, ' ')+1:])]; ok {
					return ei
				}
			}
		}
	}
	return -1
}

// initials returns the lowercased initials of a name's words, small words
// left out: "Northfield District Council" → "ndc".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		if lw == "of" || lw == "for" || lw == "and" || lw == "the" || lw == "&" || lw == "on" {
			continue
		}
		r := []rune(lw)
		b.WriteRune(r[0])
	}
	return b.String()
}

// mediaContext reports whether the phrase at token i is where a news outlet
// stands: "told the X", "the X revealed", "reported by the X".
func (d *doc) mediaContext(i int) bool {
	k := i - 1
	if k >= 0 && d.toks[k].norm == "the" {
		k--
	}
	if k >= 0 && (mediaVerbs[d.toks[k].norm] || d.toks[k].norm == "by" && k > 0 && d.toks[k-1].norm == "reported") {
		return true
	}
	return false
}

// mediaVerbAfter reports whether token k is a verb news outlets use of
// themselves: "the Echo revealed", "the Gazette understands".
func (d *doc) mediaVerbAfter(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	switch d.toks[k].norm {
	case "revealed", "reported", "understands", "reports", "reveals", "learned", "learnt", "has", "can", "asked", "contacted", "approached":
		return k+1 < len(d.toks) && (d.toks[k].norm != "has" && d.toks[k].norm != "can" || d.toks[k+1].norm == "learned" || d.toks[k+1].norm == "learnt" || d.toks[k+1].norm == "reveal" || d.toks[k+1].norm == "revealed")
	}
	return false
}

// partyEntity finds the entity of a party key: the local party if the
// article has one, else the national party.
func (d *doc) partyEntity(party string, byKey map[string]int) int {
	for ei, e := range d.ents {
		if e.kind == Party && e.place != "" && e.party == party {
			return ei
		}
	}
	if ei, ok := byKey["party:"+party]; ok {
		return ei
	}
	return -1
}

// finishEntities gives every entity its canonical name and ID.
func (d *doc) finishEntities() {
	mainID, place := "", ""
	if d.main >= 0 {
		mainID = Slug(d.ents[d.main].name)
		place = councilPlace(d.ents[d.main].name)
	}
	qualifier := mainID
	if qualifier == "" {
		qualifier = Slug(d.art.ID)
	}
	for _, e := range d.ents {
		if e.key == "" {
			continue
		}
		switch {
		case e.typ == Person && e.surnameOnly:
			e.id = Slug(e.name + " " + qualifier)
		case e.typ == Person:
			e.id = Slug(e.name)
		case e.kind == Party && e.place != "":
			e.name = e.place + " " + partyShort[e.party]
			e.id = Slug(e.name)
		case e.kind == Party && e.party == "":
			e.id = Slug(e.name)
		case e.kind == Party:
			info := parties[e.party]
			e.name, e.id = info.name, info.id
		case e.kind == PartyGroup && e.party == coalitionParty:
			e.name = strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The ")
			e.id = Slug(qualifier + " " + e.name)
		case e.kind == PartyGroup:
			info := parties[e.party]
			if e.name == "" {
				e.name = info.group
			}
			e.name = strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The ")
			e.aliases = appendUnique(e.aliases, info.group)
			e.id = Slug(qualifier + " " + info.group)
		case e.place != "":
			e.name = e.place + "'s " + e.name
			e.id = Slug(strings.TrimSuffix(e.place, "'s") + " " + strings.TrimPrefix(e.key, "body:"))
		case e.kind == Board && place != "" && generic(e.name):
			e.id = Slug(place + " " + e.name)
		default:
			e.id = Slug(e.name)
		}
		if e.id == "" {
			e.id = Slug(e.key)
		}
	}
}

// generic reports whether a name has only common words: "Safeguarding
// Children Board".
func generic(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")
		if !notNameWords[w] && !nameConnectors[w] && !plainPossessives[w+"'s"] && !plainPossessives[w] {
			if _, ok := bodyHeads[w]; !ok {
				return false
			}
		}
	}
	return true
}

// partyShort names a party after a place: "Northfield Labour".
var partyShort = map[string]string{
	"labour": "Labour", "conservative": "Conservatives", "libdem": "Liberal Democrats",
	"green": "Green Party", "reform": "Reform UK", "ukip": "UKIP", "snp": "SNP",
	"plaid": "Plaid Cymru", "brexit": "Brexit Party", "alliance": "Alliance Party",
	"dup": "DUP", "sinnfein": "Sinn Féin", "sdlp": "SDLP", "uup": "Ulster Unionists", "tuv": "TUV",
	"pbp": "People Before Profit",
}

// appendUnique appends s to list unless it is there already.
func appendUnique(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// bodyRef returns the one named body a description such as "the trust"
// or "the park authority" fits: its name ends with the head noun and has
// the other words; else -1.
func (d *doc) bodyRef(m *mention) int {
	words := strings.Fields(strings.ToLower(strings.ReplaceAll(m.name, "\u2019", "'")))
	if len(words) > 0 && (words[0] == "the" || words[0] == "this") {
		words = words[1:]
	}
	if len(words) == 0 {
		return -1
	}
	head := strings.TrimSuffix(words[len(words)-1], "'s")
	found := -1
	if len(words) == 1 && (head == "company" || head == "firm" || head == "contractor") {
		// "the company": the one company the article names
		for ei, e := range d.ents {
			if e.typ != Organization || e.key == "" || !e.named || !(e.kind == Company || e.kind == OtherKind && commercialHeads[lastWord(e.name)]) {
				continue
			}
			if found >= 0 {
				return -1
			}
			found = ei
		}
		return found
	}
	for ei, e := range d.ents {
		if e.typ != Organization || e.key == "" || !e.named || e.kind == Party || e.kind == PartyGroup || e.kind == Media {
			continue
		}
		nw := strings.Fields(strings.ToLower(e.name))
		if len(nw) < 2 || nw[len(nw)-1] != head && !(head == "force" && (nw[len(nw)-1] == "police" || nw[len(nw)-1] == "constabulary")) {
			continue
		}
		ok := true
		for _, w := range words[:len(words)-1] {
			if !containsWord(nw, w) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if found >= 0 && found != ei {
			return -1
		}
		found = ei
	}
	return found
}

// containsWord reports whether list holds w.
func containsWord(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// tierRef returns the council that "the town council", "the county
// council" names when the article's main council is of another tier and
// exactly one named council is of that tier; else -1.
func (d *doc) tierRef(m *mention) int {
	n := strings.ToLower(m.name)
	tier := ""
	for _, t := range []string{"county", "city", "district", "borough", "town", "parish"} {
		if strings.Contains(n, t+" council") {
			tier = t
		}
	}
	if tier == "" || d.main < 0 || strings.Contains(strings.ToLower(d.ents[d.main].name), tier+" council") {
		return -1
	}
	found := -1
	for ei, e := range d.ents {
		if e.kind != Council || !e.named || !strings.Contains(strings.ToLower(e.name), tier+" council") {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = ei
	}
	return found
}

// commercialHeads end the names of firms the lexicon does not type as
// companies: "Redmarsh Environmental Services".
var commercialHeads = setOf("services", "solutions", "infrastructure", "developments", "construction", "contractors", "engineering", "logistics")

// lastWord returns the last word of s, lowercased.
func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// coalitionRef resolves "the coalition", "the partnership" to the
// coalition of parties the article names, or returns -1.
func (d *doc) coalitionRef(m *mention, byKey map[string]int) int {
	w := strings.Fields(strings.ToLower(m.name))
	if len(w) != 2 || !coalitionHeads[strings.TrimSuffix(w[1], "'s")] {
		return -1
	}
	found := -1
	for ei, e := range d.ents {
		if e.kind == PartyGroup && e.party == coalitionParty && e.key != "" {
			if found >= 0 {
				return -1
			}
			found = ei
		}
	}
	return found
}

// firmStarting returns the one company or other body, not a council, party
// or government, whose name of several words begins with word; or -1.
func (d *doc) firmStarting(word string) int {
	found := -1
	for ei, e := range d.ents {
		if e.typ != Organization || e.key == "" || !(e.kind == Company || e.kind == OtherKind && commercialHeads[lastWord(e.name)]) || !strings.HasPrefix(e.name, word+" ") {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = ei
	}
	return found
}

// placePrepositions put a place after them: "in Tarnway".
var placePrepositions = setOf("in", "at", "near", "around", "across", "from")
