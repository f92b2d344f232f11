package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"math"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/extract"
)

// DocIRI is the IRI of the article with the given id; it labels every quad
// extracted from that article.
func DocIRI(docID string) quad.IRI { return quad.IRI(DocBase + docID) }

// DocID returns the article id of a DocIRI, and whether iri is one.
func DocID(iri quad.IRI) (string, bool) {
	s := string(iri)
	if !strings.HasPrefix(s, DocBase) {
		return "", false
	}
	return s[len(DocBase):], true
}

// ActorIRI is the IRI of the actor with the given ID (a slug).
func ActorIRI(id string) quad.IRI { return quad.IRI(IDBase + id) }

// PostIRI is the IRI of a post: the role within a body. bodyID may be "".
func PostIRI(bodyID, role string) quad.IRI {
	if bodyID == "" {
		return quad.IRI(IDBase + "post/" + extract.Slug(role))
	}
	return quad.IRI(IDBase + "post/" + bodyID + "/" + extract.Slug(role))
}

// EventIRI is the IRI of an action event: stable for the same action read
// from the same sentence of the same article.
func EventIRI(docID string, a extract.Action) quad.IRI {
	return quad.IRI(IDBase + "event/" + docID + "-" + shortHash(a.Actor, string(a.Type), a.Target, a.Evidence))
}

// QuoteIRI is the IRI of a quotation: stable for the same words by the same
// speaker in the same article.
func QuoteIRI(docID string, q extract.Quote) quad.IRI {
	return quad.IRI(IDBase + "quote/" + docID + "-" + shortHash(q.Speaker, q.Text))
}

func shortHash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:6])
}

var actionPredicates = map[extract.ActionType]quad.IRI{
	extract.DemandsResignation: DemandsResignationOf,
	extract.Criticises:         Criticises,
	extract.Supports:           Supports,
	extract.Blames:             Blames,
	extract.AgreesWith:         AgreesWith,
	extract.Succeeds:           Succeeds,
	extract.Inspects:           Inspects,
}

// ActionPredicate is the direct-edge predicate of an action type.
func ActionPredicate(t extract.ActionType) (quad.IRI, bool) {
	p, ok := actionPredicates[t]
	return p, ok
}

// ActionOf is the action type of a direct-edge predicate.
func ActionOf(p quad.IRI) (extract.ActionType, bool) {
	for t, q := range actionPredicates {
		if q == p {
			return t, true
		}
	}
	return "", false
}

var kindClasses = map[extract.Kind]quad.IRI{
	extract.Council:    Council,
	extract.Party:      PoliticalParty,
	extract.PartyGroup: PartyGroup,
	extract.Government: GovernmentOrganization,
	extract.Regulator:  Regulator,
	extract.Board:      Board,
	extract.Media:      NewsMediaOrganization,
	extract.Company:    Corporation,
}

// KindClass is the class that marks a kind of body, in addition to
// schema:Organization.
func KindClass(k extract.Kind) (quad.IRI, bool) {
	c, ok := kindClasses[k]
	return c, ok
}

// KindOf is the kind of body a class marks.
func KindOf(class quad.IRI) (extract.Kind, bool) {
	for k, c := range kindClasses {
		if c == class {
			return k, true
		}
	}
	return "", false
}

// Article is what the graph records of an article itself.
type Article struct {
	ID        string
	Title     string
	WordCount int
	SHA256    string // hex digest of the text
}

// Quads maps one article's facts to quads, every one labelled with the
// article's IRI. The result is deterministic: the same facts give the same
// quads in the same order.
func Quads(art Article, f extract.Facts) []quad.Quad {
	doc := DocIRI(art.ID)
	var qs []quad.Quad
	add := func(s quad.Value, p quad.IRI, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: doc})
	}

	add(doc, Type, NewsArticle)
	if art.Title != "" {
		add(doc, Name, quad.String(art.Title))
	}
	add(doc, WordCount, quad.TypedString{Value: quad.String(strconv.Itoa(art.WordCount)), Type: Integer})
	add(doc, SHA256, quad.String(art.SHA256))

	for _, a := range f.Actors {
		e := ActorIRI(a.ID)
		switch a.Type {
		case extract.Person:
			add(e, Type, Person)
		default:
			add(e, Type, Organization)
			if c, ok := KindClass(a.Kind); ok {
				add(e, Type, c)
			}
		}
		add(e, Name, quad.String(a.Name))
		for _, al := range a.Aliases {
			if al != a.Name {
				add(e, AlternateName, quad.String(al))
			}
		}
		for _, h := range a.Honorifics {
			add(e, HonorificPrefix, quad.String(h))
		}
	}
	for _, m := range f.Memberships {
		add(ActorIRI(m.Member), MemberOf, ActorIRI(m.Body))
	}
	for _, s := range f.SubOrganizations {
		add(ActorIRI(s.Child), SubOrganizationOf, ActorIRI(s.Parent))
	}
	for _, r := range f.Roles {
		p := PostIRI(r.Body, r.Role)
		add(ActorIRI(r.Person), Holds, p)
		add(p, Type, Post)
		add(p, Name, quad.String(r.Role))
		if r.Body != "" {
			add(p, PostIn, ActorIRI(r.Body))
		}
	}
	for _, a := range f.Actions {
		pred, ok := ActionPredicate(a.Type)
		if !ok {
			continue
		}
		actor, target := ActorIRI(a.Actor), ActorIRI(a.Target)
		add(actor, pred, target)
		ev := EventIRI(art.ID, a)
		add(ev, Type, Event)
		add(ev, Actor, actor)
		add(ev, Target, target)
		add(ev, Action, pred)
		add(ev, Evidence, quad.String(a.Evidence))
		add(ev, Confidence, quad.TypedString{Value: quad.String(formatConfidence(a.Confidence)), Type: Decimal})
		add(ev, WasDerivedFrom, doc)
	}
	for _, q := range f.Quotes {
		n := QuoteIRI(art.ID, q)
		add(n, Type, Quotation)
		add(n, Creator, ActorIRI(q.Speaker))
		add(n, Text, quad.String(q.Text))
		add(n, IsBasedOn, doc)
	}
	return dedupe(qs)
}

func formatConfidence(c float64) string {
	c = math.Max(0, math.Min(1, c))
	return strconv.FormatFloat(math.Round(c*100)/100, 'f', -1, 64)
}

// dedupe drops repeated quads, keeping the first of each.
func dedupe(qs []quad.Quad) []quad.Quad {
	seen := make(map[[4]string]bool, len(qs))
	out := qs[:0]
	for _, q := range qs {
		k := [4]string{quad.StringOf(q.Subject), quad.StringOf(q.Predicate), quad.StringOf(q.Object), quad.StringOf(q.Label)}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, q)
	}
	return out
}
