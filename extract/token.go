package extract

import (
	"unicode"
	"unicode/utf8"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, digits, inner hyphens and apostrophes
	tPunct                // one punctuation mark
	tQuote                // a quotation mark, opening or closing
)

// token is one word, punctuation mark or quotation mark of the text.
type token struct {
	text  string // the word as written, without a possessive "'s"
	norm  string // text, lowercased
	start int    // byte offset of text in the article
	end   int    // byte offset just past the token, possessive included
	kind  tokKind
	para  int  // paragraph index
	sent  int  // sentence index
	cap   bool // begins with a capital letter, after lede normalisation
	caps  bool // all capitals, two letters or more, as written
	poss  bool // followed by a possessive "'s" or "s'"
	open  bool // for tQuote: an opening mark
	dbl   bool // for tQuote: a double mark
	inQ   bool // inside quotation marks (double or single)
}

// is reports whether the token is the punctuation mark or lowercased word s.
func (t *token) is(s string) bool { return t.norm == s }

// isWord reports whether the token is a word.
func (t *token) isWord() bool { return t.kind == tWord }

// tokenizer splits one paragraph into tokens. It keeps the state of open
// quotation marks across the paragraph.
type tokenizer struct {
	text       string // the whole article
	toks       []token
	dblOpen    bool
	sglOpen    bool
	paraIndex  int
	paraOffset int
}

// isApos reports whether r is an apostrophe or a single quotation mark.
func isApos(r rune) bool { return r == '\'' || r == '\u2019' || r == '\u2018' }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// runeAt decodes the rune at byte offset i of s, or 0 past the end.
func runeAt(s string, i int) (rune, int) {
	if i < 0 || i >= len(s) {
		return 0, 0
	}
	if s[i] < utf8.RuneSelf {
		return rune(s[i]), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// runeBefore decodes the rune ending at byte offset i of s, or 0.
func runeBefore(s string, i int) rune {
	if i <= 0 {
		return 0
	}
	if s[i-1] < utf8.RuneSelf {
		return rune(s[i-1])
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// paragraph tokenizes text[start:end], one paragraph, appending to z.toks.
func (z *tokenizer) paragraph(start, end int) {
	z.dblOpen, z.sglOpen = false, false
	s := z.text
	i := start
	for i < end {
		r, n := runeAt(s, i)
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			i = z.word(i, end)
		case r == '"' || r == '\u201c' || r == '\u201d' || r == '\u00ab' || r == '\u00bb':
			open := r == '\u201c' || r == '\u00ab'
			if r == '"' {
				prev, next := runeBefore(s, i), rune(0)
				if i+n < end {
					next, _ = runeAt(s, i+n)
				}
				prevSpace := i == start || prev == 0 || unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '\u2014' || prev == '\u2013'
				nextSpace := next == 0 || unicode.IsSpace(next)
				switch {
				case prevSpace && !nextSpace:
					open = true
				case !prevSpace && nextSpace:
					open = false
				default:
					open = !z.dblOpen
				}
			}
			z.dblOpen = open
			z.add(token{text: s[i : i+n], norm: s[i : i+n], start: i, end: i + n, kind: tQuote, open: open, dbl: true})
			i += n
		case isApos(r):
			prev := runeBefore(s, i)
			next, _ := runeAt(s, i+n)
			if i+n >= end {
				next = 0
			}
			startOK := prev == 0 || unicode.IsSpace(prev) || prev == '(' || prev == '"' || prev == '\u201c' || prev == '-' || prev == '\u2014' || prev == '\u2013'
			switch {
			case r != '\u2019' && startOK && isWordRune(next) && !z.sglOpen:
				z.sglOpen = true
				z.add(token{text: s[i : i+n], norm: "'", start: i, end: i + n, kind: tQuote, open: true})
			case z.sglOpen && !isWordRune(next):
				z.sglOpen = false
				z.add(token{text: s[i : i+n], norm: "'", start: i, end: i + n, kind: tQuote})
			default:
				z.add(token{text: s[i : i+n], norm: "'", start: i, end: i + n, kind: tPunct})
			}
			i += n
		default:
			z.add(token{text: s[i : i+n], norm: s[i : i+n], start: i, end: i + n, kind: tPunct})
			i += n
		}
	}
}

// word reads one word starting at i and returns the offset past it.
func (z *tokenizer) word(i, end int) int {
	s := z.text
	start := i
	for i < end {
		r, n := runeAt(s, i)
		if isWordRune(r) {
			i += n
			continue
		}
		next, m := runeAt(s, i+n)
		if i+n >= end {
			next = 0
		}
		if (r == '-' || r == '.' || r == ',') && isWordRune(next) {
			// inner hyphen; decimal point or thousands separator
			if r == '-' || (unicode.IsDigit(runeBefore(s, i)) && unicode.IsDigit(next)) {
				i += n
				continue
			}
			break
		}
		if isApos(r) && r != '\u2018' {
			after, _ := runeAt(s, i+n+m)
			if i+n+m >= end {
				after = 0
			}
			if (next == 's' || next == 'S') && !isWordRune(after) {
				// possessive 's
				z.addWord(start, i, i+n+m, true)
				return i + n + m
			}
			if isWordRune(next) {
				// don't, O'Brien
				i += n
				continue
			}
			prev := runeBefore(s, i)
			if (prev == 's' || prev == 'S') && !z.sglOpen {
				// plural possessive: councillors'
				z.addWord(start, i, i+n, true)
				return i + n
			}
		}
		break
	}
	z.addWord(start, i, i, false)
	return i
}

func (z *tokenizer) addWord(start, nameEnd, end int, poss bool) {
	text := z.text[start:nameEnd]
	t := token{text: text, norm: lower(text), start: start, end: end, kind: tWord, poss: poss}
	if end == nameEnd {
		t.end = nameEnd
	}
	r, _ := runeAt(text, 0)
	t.cap = unicode.IsUpper(r)
	t.caps = allCaps(text)
	z.add(t)
}

func (z *tokenizer) add(t token) {
	t.para = z.paraIndex
	t.inQ = z.dblOpen || z.sglOpen
	if t.kind == tQuote {
		t.inQ = false
	}
	z.toks = append(z.toks, t)
}

// lower lowercases s, without allocating when it has no capitals.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return lowerSlow(s)
		}
	}
	return s
}

func lowerSlow(s string) string {
	b := make([]rune, 0, len(s))
	for _, r := range s {
		if r == '\u2019' {
			r = '\''
		}
		b = append(b, unicode.ToLower(r))
	}
	return string(b)
}

// allCaps reports whether s has two or more letters, all capitals.
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// titleCase turns "NORTHFIELD" into "Northfield".
func titleCase(s string) string {
	b := make([]rune, 0, len(s))
	first := true
	for _, r := range s {
		if first {
			b = append(b, unicode.ToUpper(r))
		} else {
			b = append(b, unicode.ToLower(r))
		}
		first = !unicode.IsLetter(r) && r != '\'' && r != '\u2019'
		if r == '\'' || r == '\u2019' {
			first = false
		}
	}
	return string(b)
}
