// Package extract turns the text of a news article into typed facts about
// the people and bodies it names: who they are, which posts and bodies they
// belong to, what they do to one another and what they say.
//
// It does no I/O and knows nothing of IRIs or graph stores: text in, Facts
// out. The schema package maps Facts to quads.
package extract

// Article is one news article: an identifier (the file name without its
// extension) and its full text.
type Article struct {
	ID   string
	Text string
}

// ActorType says whether an actor is a person or a body.
type ActorType string

// The two actor types. Every actor is exactly one of them.
const (
	Person       ActorType = "Person"
	Organization ActorType = "Organization"
)

// Kind is the kind of body an organization is. It is empty for people and
// for bodies whose kind is not known.
type Kind string

// Kinds of body, as the gold annotations name them.
const (
	Council    Kind = "council"
	Party      Kind = "party"
	PartyGroup Kind = "party-group"
	Government Kind = "government"
	Regulator  Kind = "regulator"
	Board      Kind = "board"
	Company    Kind = "company"
	Media      Kind = "media"
	OtherKind  Kind = "other"
)

// ActionType is a political action one actor takes towards another, after
// the PLOVER/CAMEO event ontologies.
type ActionType string

// The closed set of action types.
const (
	DemandsResignation ActionType = "demands-resignation"
	Criticises         ActionType = "criticises"
	Supports           ActionType = "supports"
	Blames             ActionType = "blames"
	AgreesWith         ActionType = "agrees-with"
	Succeeds           ActionType = "succeeds"
	Inspects           ActionType = "inspects"
)

// ActionTypes lists every ActionType, in a fixed order.
var ActionTypes = []ActionType{DemandsResignation, Criticises, Supports, Blames, AgreesWith, Succeeds, Inspects}

// Actor is a person or body named in an article.
type Actor struct {
	// ID is the actor's stable identifier: a lowercase, hyphenated slug
	// (see Slug) that is the same for the same actor in every article and
	// differs for different actors. Facts refer to actors by ID.
	ID   string
	Type ActorType
	Kind Kind // for organizations, where known
	// Name is the canonical name: the fullest proper name the article gives.
	Name string
	// Aliases are the other surface forms the article uses, as written.
	Aliases []string
	// Honorifics are titles seen with a person ("Cllr", "Dr").
	Honorifics []string
}

// Membership says that Member (a person, or a group) belongs to Body: a
// party, a council, a party group, a board.
type Membership struct {
	Member string // actor ID
	Body   string // actor ID
}

// SubOrganization says that Child is part of Parent ("the Labour group" of a
// council is part of that council).
type SubOrganization struct {
	Child  string // actor ID
	Parent string // actor ID
}

// Role says that Person holds a post: Role is the role as the article words
// it, lowercased, without the person's name; Body is the actor ID of the body
// the post belongs to, or "" where the text does not make it clear.
type Role struct {
	Person   string // actor ID
	Role     string
	Body     string // actor ID or ""
	Evidence string // the sentence, verbatim
}

// Action is one actor acting on another.
type Action struct {
	Actor      string // actor ID
	Type       ActionType
	Target     string // actor ID
	Evidence   string // the sentence the action was read from, verbatim
	Confidence float64
}

// Quote is something an actor is quoted as saying, verbatim.
type Quote struct {
	Speaker string // actor ID
	Text    string
}

// Facts is everything extracted from one article.
type Facts struct {
	Doc       string // Article.ID
	Title     string // the headline, or the first line
	WordCount int

	Actors           []Actor
	Memberships      []Membership
	SubOrganizations []SubOrganization
	Roles            []Role
	Actions          []Action
	Quotes           []Quote
}

// Actor returns the actor with the given ID, and whether there is one.
func (f *Facts) Actor(id string) (Actor, bool) {
	for _, a := range f.Actors {
		if a.ID == id {
			return a, true
		}
	}
	return Actor{}, false
}
