package extract

import "strings"

// Extractor extracts facts from articles. Its zero value, and the value New
// returns, are ready to use; it holds no mutable state, so one Extractor may
// serve many goroutines at once.
type Extractor struct{}

// New returns an Extractor.
func New() *Extractor { return &Extractor{} }

// Extract reads the facts of one article with the default Extractor. The
// result is deterministic: the same text gives identical Facts, in the same
// order.
func Extract(a Article) Facts { return New().Extract(a) }

// Extract reads the facts of one article, in stages, each in its own
// file:
//
//   - text.go, token.go: paragraphs, tokens (possessives, quotation marks,
//     all-capital ledes and headings), sentences and quotation spans;
//   - mention.go: mentions of people and bodies — capitalised names with
//     titles, party and body lexicons, party groups, collectives ("Labour
//     councillors"), acronyms, "the council", pronouns;
//   - resolve.go: coreference into entities, the article's main council,
//     canonical names and stable IDs;
//   - roles.go: memberships and posts;
//   - quotes.go: quotations and their speakers;
//   - actions.go: political actions, with evidence and confidence;
//   - build.go: the Facts, in a deterministic order.
func (x *Extractor) Extract(a Article) Facts {
	d := newDoc(a)
	d.detectMentions()
	d.resolve()
	d.relate()
	return d.facts()
}

// doc is the working state of one extraction: the stages below fill it in
// turn.
type doc struct {
	art    Article
	text   string
	paras  []paragraph
	toks   []token
	sents  []sentence
	quotes []quoteSpan

	lowerSeen map[string]bool // words written in lower case somewhere

	mentions []mention
	ents     []*entity
	main     int // entity index of the article's main council, or -1

	// tokMention maps a token index to the mention that covers it, plus one
	// (0: none).
	tokMention []int32

	sentMentions [][]int // mentions of each sentence, in text order
	memberships  map[[2]int]bool
	roles        []roleFact
	actions      []actionFact
	// motionTarget is the target of the last no-confidence motion read,
	// plus one (0: none).
	motionTarget int
	motionSent   int
	quoteFacts   []quoteFact
	subOrgs      map[[2]int]bool
	// auditors holds the bodies the article names as auditors ("the
	// council's external auditor, X LLP"), plus one per entity; nil until
	// first asked.
	auditors []bool
}

// newDoc splits the article into paragraphs, tokens, sentences and
// quotations.
func newDoc(a Article) *doc {
	d := &doc{art: a, text: a.Text, main: -1}
	d.paras = splitParagraphs(a.Text)
	z := tokenizer{text: a.Text, toks: make([]token, 0, len(a.Text)/5+8)}
	for i := range d.paras {
		p := &d.paras[i]
		z.paraIndex = i
		p.tok0 = len(z.toks)
		z.paragraph(p.start, p.end)
		p.tok1 = len(z.toks)
	}
	d.toks = z.toks
	markHeadings(a.Text, d.toks, d.paras)
	d.sents = splitSentences(d.toks, d.paras)
	d.quotes = findQuotes(d.toks, d.paras)
	d.lowerSeen = make(map[string]bool, 256)
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind == tWord && !t.cap && !d.paras[t.para].heading {
			d.lowerSeen[t.norm] = true
		}
	}
	d.tokMention = make([]int32, len(d.toks))
	d.memberships = make(map[[2]int]bool)
	d.subOrgs = make(map[[2]int]bool)
	return d
}

// sentenceText returns sentence si verbatim.
func (d *doc) sentenceText(si int) string {
	s := d.sents[si]
	return strings.TrimSpace(d.text[d.toks[s.tok0].start:d.toks[s.tok1-1].end])
}

// span returns the text from token i to token j-1 verbatim.
func (d *doc) span(i, j int) string {
	if i >= j {
		return ""
	}
	return d.text[d.toks[i].start:d.toks[j-1].end]
}

// nameSpan returns the text from token i to token j-1, without a possessive
// ending on the last token, and with the normalised spelling of lede words.
func (d *doc) nameSpan(i, j int) string {
	if i >= j {
		return ""
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		t := &d.toks[k]
		if k > i && t.start > d.toks[k-1].end {
			b.WriteByte(' ')
		}
		if k < j-1 && t.poss {
			b.WriteString(t.text)
			b.WriteString(d.text[t.start+len(t.text) : t.end])
			continue
		}
		b.WriteString(t.text)
	}
	return b.String()
}
