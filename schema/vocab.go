// Package schema is the graph's public vocabulary (../shared/spec/vocabulary.md):
// the only place where IRIs are spelled. It maps the typed facts of the
// extract package to quads, and names every term that readers of the graph
// (queries, exports, the evaluation) look for.
package schema

import "github.com/cayleygraph/quad"

// Namespaces of the vocabulary.
const (
	RDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	RDFS   = "http://www.w3.org/2000/01/rdf-schema#"
	XSD    = "http://www.w3.org/2001/XMLSchema#"
	SKOS   = "http://www.w3.org/2004/02/skos/core#"
	OWL    = "http://www.w3.org/2002/07/owl#"
	Schema = "https://schema.org/"
	ORG    = "http://www.w3.org/ns/org#"
	PROV   = "http://www.w3.org/ns/prov#"
	AG     = "https://w3id.org/actorgraph/ns#"
	PLOVER = "https://github.com/openeventdata/PLOVER#"

	// DocBase is the base of article IRIs; IDBase of actor, post, event and
	// quote IRIs.
	DocBase = "https://w3id.org/actorgraph/doc/"
	IDBase  = "https://w3id.org/actorgraph/id/"

	// ContextIRI is where the JSON-LD @context of the vocabulary is
	// published (actorgraph vocab --format context writes it).
	ContextIRI = "https://w3id.org/actorgraph/context.jsonld"
)

// Prefixes maps the vocabulary's prefixes to their namespaces, for exports
// that abbreviate IRIs.
var Prefixes = []struct{ Prefix, IRI string }{
	{"rdf", RDF},
	{"rdfs", RDFS},
	{"xsd", XSD},
	{"skos", SKOS},
	{"schema", Schema},
	{"org", ORG},
	{"prov", PROV},
	{"ag", AG},
}

// Terms of the vocabulary.
var (
	Type = quad.IRI(RDF + "type")

	// Classes.
	Person                 = quad.IRI(Schema + "Person")
	Organization           = quad.IRI(Schema + "Organization")
	NewsArticle            = quad.IRI(Schema + "NewsArticle")
	Quotation              = quad.IRI(Schema + "Quotation")
	GovernmentOrganization = quad.IRI(Schema + "GovernmentOrganization")
	NewsMediaOrganization  = quad.IRI(Schema + "NewsMediaOrganization")
	Corporation            = quad.IRI(Schema + "Corporation")
	Council                = quad.IRI(AG + "Council")
	PoliticalParty         = quad.IRI(AG + "PoliticalParty")
	PartyGroup             = quad.IRI(AG + "PartyGroup")
	Regulator              = quad.IRI(AG + "Regulator")
	Board                  = quad.IRI(AG + "Board")
	Event                  = quad.IRI(AG + "Event")
	Post                   = quad.IRI(ORG + "Post")

	// Properties.
	Name              = quad.IRI(Schema + "name")
	AlternateName     = quad.IRI(Schema + "alternateName")
	HonorificPrefix   = quad.IRI(Schema + "honorificPrefix")
	WordCount         = quad.IRI(Schema + "wordCount")
	Creator           = quad.IRI(Schema + "creator")
	Text              = quad.IRI(Schema + "text")
	IsBasedOn         = quad.IRI(Schema + "isBasedOn")
	MemberOf          = quad.IRI(ORG + "memberOf")
	SubOrganizationOf = quad.IRI(ORG + "subOrganizationOf")
	Holds             = quad.IRI(ORG + "holds")
	PostIn            = quad.IRI(ORG + "postIn")
	SHA256            = quad.IRI(AG + "sha256")
	Actor             = quad.IRI(AG + "actor")
	Target            = quad.IRI(AG + "target")
	Action            = quad.IRI(AG + "action")
	Evidence          = quad.IRI(AG + "evidence")
	Confidence        = quad.IRI(AG + "confidence")
	WasDerivedFrom    = quad.IRI(PROV + "wasDerivedFrom")

	// Action predicates: direct edges from actor to target.
	DemandsResignationOf = quad.IRI(AG + "demandsResignationOf")
	Criticises           = quad.IRI(AG + "criticises")
	Supports             = quad.IRI(AG + "supports")
	Blames               = quad.IRI(AG + "blames")
	AgreesWith           = quad.IRI(AG + "agreesWith")
	Succeeds             = quad.IRI(AG + "succeeds")
	Inspects             = quad.IRI(AG + "inspects")

	// Description of the vocabulary itself.
	Label      = quad.IRI(RDFS + "label")
	Comment    = quad.IRI(RDFS + "comment")
	Domain     = quad.IRI(RDFS + "domain")
	Range      = quad.IRI(RDFS + "range")
	SubClassOf = quad.IRI(RDFS + "subClassOf")
	CloseMatch = quad.IRI(SKOS + "closeMatch")
	Property   = quad.IRI(RDF + "Property")
	Class      = quad.IRI(RDFS + "Class")
	Decimal    = quad.IRI(XSD + "decimal")
	Integer    = quad.IRI(XSD + "integer")
)

// Terms of the vocabulary's description of itself (describe.go).
var (
	IsDefinedBy = quad.IRI(RDFS + "isDefinedBy")
	XSDString   = quad.IRI(XSD + "string")
	Ontology    = quad.IRI(OWL + "Ontology")
	Agent       = quad.IRI(PROV + "Agent")
	Activity    = quad.IRI(PROV + "Activity")

	// VocabularyIRI names the ag: vocabulary as a whole (an owl:Ontology).
	VocabularyIRI = quad.IRI("https://w3id.org/actorgraph/ns")

	// PLOVER event categories that action predicates closely match.
	PloverRequest     = quad.IRI(PLOVER + "REQUEST")
	PloverAccuse      = quad.IRI(PLOVER + "ACCUSE")
	PloverSupport     = quad.IRI(PLOVER + "SUPPORT")
	PloverAgree       = quad.IRI(PLOVER + "AGREE")
	PloverInvestigate = quad.IRI(PLOVER + "INVESTIGATE")
)
