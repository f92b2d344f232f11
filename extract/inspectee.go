package extract

import "strings"

// inspectee.go finds the body an article's inspection is about when it is
// not a council: a fire and rescue service, an NHS trust, a school, a
// police force.

// inspectableHeads end the names of bodies that inspectors inspect.
var inspectableHeads = setOf("service", "services", "trust", "school", "academy", "college", "force",
	"police", "constabulary", "infirmary", "hospital", "hospitals", "prison",
	"brigade", "home", "homes", "landlord", "partnership", "ltd", "limited", "provider")

// inspectable reports whether entity e is a body an inspector may inspect,
// other than a council.
func (d *doc) inspectable(e int) bool {
	x := d.ents[e]
	if x.typ != Organization || x.kind == Council || x.kind == Party || x.kind == PartyGroup || x.kind == Media || x.kind == Government || x.kind == Regulator || d.isInspector(e) {
		return false
	}
	f := strings.Fields(strings.ToLower(x.name))
	return len(f) > 1 && inspectableHeads[f[len(f)-1]]
}

// inspectionCue reports whether sentence si speaks of an inspection.
func (d *doc) inspectionCue(si int) bool {
	s := d.sents[si]
	for k := s.tok0; k < s.tok1; k++ {
		if inspectWords[d.toks[k].norm] {
			return true
		}
	}
	return false
}

// inspectee returns the body other than a council that the article's
// inspection is about: the first inspectable body named with an inspector
// in a sentence about an inspection, else the first named in any sentence
// about one, provided the article's council is not named in such a
// sentence first; -1 when there is none.
func (d *doc) inspectee() int {
	for pass := 0; pass < 2; pass++ {
		for si := range d.sents {
			if d.paras[d.sents[si].para].heading || !d.inspectionCue(si) {
				continue
			}
			inspector, cand, council := false, -1, false
			for _, mi := range d.sentMentions[si] {
				m := &d.mentions[mi]
				if m.ent < 0 || m.kind == mPronoun {
					continue
				}
				switch {
				case d.isInspector(m.ent):
					inspector = true
				case d.ents[m.ent].kind == Council && cand < 0:
					// "X Council said it would end its contract with Y":
					// a speaker, not the body inspected
					if m.j >= len(d.toks) || !speechVerbs[d.toks[m.j].norm] {
						council = true
					}
				case cand < 0 && d.inspectable(m.ent) && !m.inQ:
					cand = m.ent
				}
			}
			if pass == 0 && !inspector {
				continue
			}
			if council && inspector {
				return -1 // the council is inspected
			}
			if cand >= 0 {
				return cand
			}
		}
	}
	return -1
}

// inspectedBody returns the body an inspection in the article is about
// when the sentence names none: the inspectee, else the article's council.
func (d *doc) inspectedBody() int {
	if e := d.inspectee(); e >= 0 {
		return e
	}
	return d.main
}
