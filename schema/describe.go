package schema

import (
	"sort"

	"github.com/cayleygraph/quad"
)

// This file holds the vocabulary's description of itself, as data: the RDF
// that `actorgraph vocab` publishes, the JSON-LD @context that names its
// terms, and the prefixes RDF exports declare.

// Prefix is a namespace prefix as Turtle and JSON-LD write it.
type Prefix struct {
	Prefix, IRI string
}

// ExportPrefixes are the prefixes that RDF exports declare: the
// vocabulary's (Prefixes), plus owl: and plover: (used by the vocabulary's
// description) and id: for actor IRIs.
func ExportPrefixes() []Prefix {
	out := make([]Prefix, 0, len(Prefixes)+3)
	for _, p := range Prefixes {
		out = append(out, Prefix{p.Prefix, p.IRI})
	}
	return append(out,
		Prefix{"owl", OWL},
		Prefix{"plover", PLOVER},
		Prefix{"id", IDBase},
	)
}

// Coercion says how a JSON-LD term's plain JSON string values are read.
type Coercion string

// Coercions of context terms: a plain string is an IRI (CoerceID), a
// literal of the term's datatype (any datatype IRI), or a plain string
// literal (CoerceNone).
const (
	CoerceNone Coercion = ""
	CoerceID   Coercion = "@id"
)

// Term is one term of the JSON-LD @context: Name stands for IRI, and plain
// string values of a property term are read as Coerce says.
type Term struct {
	Name   string
	IRI    quad.IRI
	Coerce Coercion
}

// ContextTerms lists the terms of the JSON-LD @context, classes and
// properties, in a fixed order.
func ContextTerms() []Term {
	id := func(name string, iri quad.IRI) Term { return Term{name, iri, CoerceID} }
	lit := func(name string, iri quad.IRI) Term { return Term{name, iri, CoerceNone} }
	typed := func(name string, iri, dt quad.IRI) Term { return Term{name, iri, Coercion(dt)} }
	return []Term{
		// Classes (values of @type).
		lit("Person", Person),
		lit("Organization", Organization),
		lit("NewsArticle", NewsArticle),
		lit("Quotation", Quotation),
		lit("GovernmentOrganization", GovernmentOrganization),
		lit("NewsMediaOrganization", NewsMediaOrganization),
		lit("Corporation", Corporation),
		lit("Council", Council),
		lit("PoliticalParty", PoliticalParty),
		lit("PartyGroup", PartyGroup),
		lit("Regulator", Regulator),
		lit("Board", Board),
		lit("Event", Event),
		lit("Post", Post),
		lit("Agent", Agent),
		lit("Activity", Activity),
		lit("Class", Class),
		lit("Property", Property),
		lit("Ontology", Ontology),

		// Properties of articles, actors, posts, events and quotations.
		lit("name", Name),
		lit("alternateName", AlternateName),
		lit("honorificPrefix", HonorificPrefix),
		typed("wordCount", WordCount, Integer),
		lit("sha256", SHA256),
		id("memberOf", MemberOf),
		id("subOrganizationOf", SubOrganizationOf),
		id("holds", Holds),
		id("postIn", PostIn),
		id("actor", Actor),
		id("target", Target),
		id("action", Action),
		lit("evidence", Evidence),
		typed("confidence", Confidence, Decimal),
		id("wasDerivedFrom", WasDerivedFrom),
		id("creator", Creator),
		lit("text", Text),
		id("isBasedOn", IsBasedOn),

		// Action predicates.
		id("demandsResignationOf", DemandsResignationOf),
		id("criticises", Criticises),
		id("supports", Supports),
		id("blames", Blames),
		id("agreesWith", AgreesWith),
		id("succeeds", Succeeds),
		id("inspects", Inspects),

		// The vocabulary's description of itself.
		lit("label", Label),
		lit("comment", Comment),
		id("domain", Domain),
		id("range", Range),
		id("subClassOf", SubClassOf),
		id("closeMatch", CloseMatch),
		id("isDefinedBy", IsDefinedBy),
	}
}

// Context is the JSON-LD @context of the vocabulary: its prefixes and a
// term for every class and property, so that a JSON-LD document reads
// {"@type": "Person", "name": "Marc Bayliss", "memberOf": "https://…"}.
// It is a fresh value on every call; encoding/json writes it with sorted
// keys. It uses only JSON-LD 1.0 features, so that 1.0 processors read it.
func Context() map[string]any {
	ctx := make(map[string]any)
	for _, p := range ExportPrefixes() {
		if p.Prefix == "id" {
			continue // "id" would read as a misspelt @id
		}
		ctx[p.Prefix] = p.IRI
	}
	for _, t := range ContextTerms() {
		switch t.Coerce {
		case CoerceNone:
			ctx[t.Name] = string(t.IRI)
		default:
			ctx[t.Name] = map[string]any{"@id": string(t.IRI), "@type": string(t.Coerce)}
		}
	}
	return ctx
}

// ContextDocument is the document published at ContextIRI:
// {"@context": Context()}.
func ContextDocument() map[string]any {
	return map[string]any{"@context": Context()}
}

// actionDescription describes an action predicate.
type actionDescription struct {
	pred        quad.IRI
	label       string
	comment     string
	domain, rng quad.IRI
	plover      quad.IRI // "" when PLOVER has no close category
}

func actionDescriptions() []actionDescription {
	return []actionDescription{
		{DemandsResignationOf, "demands resignation of",
			"The actor calls for the target to resign, quit, go or step down, or tables a motion of no confidence in them. PLOVER REQUEST (mode: change of leadership).",
			Agent, Agent, PloverRequest},
		{Criticises, "criticises",
			"The actor criticises, attacks, hits out at, condemns or accuses the target. PLOVER ACCUSE (mode: disapprove).",
			Agent, Agent, PloverAccuse},
		{Supports, "supports",
			"The actor defends, backs, praises or thanks the target, or says they are grateful to them. PLOVER SUPPORT.",
			Agent, Agent, PloverSupport},
		{Blames, "blames",
			"The actor blames the target for a failure. PLOVER ACCUSE (mode: allege).",
			Agent, Agent, PloverAccuse},
		{AgreesWith, "agrees with",
			"The actor agrees with or echoes the target. PLOVER AGREE.",
			Agent, Agent, PloverAgree},
		{Succeeds, "succeeds",
			"The actor took over the target's post: the target is the predecessor. PLOVER has no category for succession.",
			Person, Person, ""},
		{Inspects, "inspects",
			"The actor (a regulator or commissioner) inspects, rates or reports on the target. PLOVER INVESTIGATE.",
			Agent, Agent, PloverInvestigate},
	}
}

// PredicateLabel is a readable label for a relation between actors: the
// rdfs:label of an action predicate ("demands resignation of"), "member
// of", "part of" (org:subOrganizationOf), "holds" (org:holds); else "".
func PredicateLabel(p quad.IRI) string {
	switch p {
	case MemberOf:
		return "member of"
	case SubOrganizationOf:
		return "part of"
	case Holds:
		return "holds"
	}
	for _, a := range actionDescriptions() {
		if a.pred == p {
			return a.label
		}
	}
	return ""
}

// VocabularyQuads describes the ag: vocabulary as RDF, in the default graph
// (no label): the vocabulary as an owl:Ontology; each ag: class with
// rdfs:label, rdfs:comment and rdfs:subClassOf; each action predicate with
// rdfs:label, rdfs:comment, rdfs:domain, rdfs:range and skos:closeMatch to
// its PLOVER category; the other ag: properties with label, comment, domain
// and range; and schema:Person and schema:Organization as prov:Agent, the
// domain and range of the actions. The result is sorted and fresh on every
// call.
func VocabularyQuads() []quad.Quad {
	var qs []quad.Quad
	add := func(s quad.IRI, p quad.IRI, o quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o})
	}
	str := func(s string) quad.Value { return quad.LangString{Value: quad.String(s), Lang: "en"} }

	add(VocabularyIRI, Type, Ontology)
	add(VocabularyIRI, Label, str("actorgraph vocabulary"))
	add(VocabularyIRI, Comment, str("Terms of the actorgraph knowledge graph of people and bodies in public affairs, their posts, memberships and political actions. It reuses schema.org, the W3C Organization Ontology and PROV-O, and adds political actions after the PLOVER event ontology."))

	classes := []struct {
		class, super quad.IRI
		label        string
		comment      string
	}{
		{Council, GovernmentOrganization, "council", "A local authority: county, district, borough, city, unitary, town or parish council."},
		{PoliticalParty, Organization, "political party", "A political party."},
		{PartyGroup, Organization, "party group", "The group of a party's members on a council or other body; org:subOrganizationOf the council."},
		{Regulator, GovernmentOrganization, "regulator", "A regulator, inspectorate or commissioner (Ofsted, the Care Quality Commission, an auditor)."},
		{Board, Organization, "board", "A board, committee, trust or partnership."},
		{Event, Activity, "event", "One political action read from one sentence of an article: ag:actor acts on ag:target as ag:action says, with the sentence as ag:evidence."},
	}
	for _, c := range classes {
		add(c.class, Type, Class)
		add(c.class, Label, str(c.label))
		add(c.class, Comment, str(c.comment))
		add(c.class, SubClassOf, c.super)
		add(c.class, IsDefinedBy, VocabularyIRI)
	}
	add(Person, SubClassOf, Agent)
	add(Organization, SubClassOf, Agent)

	for _, a := range actionDescriptions() {
		add(a.pred, Type, Property)
		add(a.pred, Label, str(a.label))
		add(a.pred, Comment, str(a.comment))
		add(a.pred, Domain, a.domain)
		add(a.pred, Range, a.rng)
		add(a.pred, IsDefinedBy, VocabularyIRI)
		if a.plover != "" {
			add(a.pred, CloseMatch, a.plover)
		}
	}

	props := []struct {
		prop        quad.IRI
		label       string
		comment     string
		domain, rng quad.IRI
	}{
		{SHA256, "SHA-256", "The hex SHA-256 digest of the article's text, so that an unchanged article is skipped on rebuild.", NewsArticle, XSDString},
		{Actor, "actor", "The actor who takes the action of an event.", Event, Agent},
		{Target, "target", "The actor the action of an event is taken towards.", Event, Agent},
		{Action, "action", "The action predicate of an event (ag:criticises, …): the event asserts the direct edge ag:actor —action→ ag:target.", Event, Property},
		{Evidence, "evidence", "The sentence the event was read from, verbatim.", Event, XSDString},
		{Confidence, "confidence", "How sure the extractor is of the event, from 0 to 1.", Event, Decimal},
	}
	for _, p := range props {
		add(p.prop, Type, Property)
		add(p.prop, Label, str(p.label))
		add(p.prop, Comment, str(p.comment))
		add(p.prop, Domain, p.domain)
		add(p.prop, Range, p.rng)
		add(p.prop, IsDefinedBy, VocabularyIRI)
	}
	sort.Slice(qs, func(i, j int) bool { return qs[i].NQuad() < qs[j].NQuad() })
	return qs
}
