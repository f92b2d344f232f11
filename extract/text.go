package extract

import (
	"strings"
	"unicode"
)

// paragraph is one line of the article with text on it.
type paragraph struct {
	start, end int // byte range in the article
	tok0, tok1 int // token range [tok0, tok1)
	heading    bool
	byline     bool
}

// sentence is a range of tokens within one paragraph.
type sentence struct {
	tok0, tok1 int // token range [tok0, tok1)
	para       int
}

// quoteSpan is the words between a pair of quotation marks, within one
// paragraph. A span left open at the end of its paragraph runs to its end.
type quoteSpan struct {
	para       int
	tok0, tok1 int // tokens inside the marks
	start, end int // byte range of the words inside the marks
	dbl        bool
	open       bool // not closed before the end of the paragraph
	atStart    bool // the paragraph opens with this quotation
}

// splitParagraphs finds the non-empty lines of the text.
func splitParagraphs(text string) []paragraph {
	var ps []paragraph
	i := 0
	for i < len(text) {
		j := strings.IndexByte(text[i:], '\n')
		end := len(text)
		if j >= 0 {
			end = i + j
		}
		s, e := i, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if s < e {
			ps = append(ps, paragraph{start: s, end: e})
		}
		i = end + 1
	}
	return ps
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = setOf("mr", "mrs", "ms", "dr", "cllr", "coun", "st", "no", "prof", "rev",
	"sgt", "insp", "supt", "gen", "col", "capt", "lt", "jan", "feb", "mar", "apr", "jun", "jul",
	"aug", "sep", "sept", "oct", "nov", "dec", "co", "ltd", "vs", "v", "approx", "cllrs", "e.g", "i.e", "etc")

// splitSentences splits every paragraph's tokens into sentences.
func splitSentences(toks []token, paras []paragraph) []sentence {
	var ss []sentence
	for pi, p := range paras {
		start := p.tok0
		for i := p.tok0; i < p.tok1; i++ {
			t := &toks[i]
			if t.kind != tPunct || (t.text != "." && t.text != "!" && t.text != "?") {
				continue
			}
			if t.text == "." && i > start && toks[i-1].kind == tWord {
				w := toks[i-1].norm
				if abbreviations[w] || (len(w) == 1 && toks[i-1].cap) {
					continue
				}
			}
			// closing marks belong to this sentence
			j := i + 1
			for j < p.tok1 && ((toks[j].kind == tQuote && !toks[j].open) || toks[j].text == ")" || toks[j].text == "." || toks[j].text == "!" || toks[j].text == "?") {
				j++
			}
			if j >= p.tok1 {
				break
			}
			n := &toks[j]
			r, _ := runeAt(n.text, 0)
			if n.kind == tQuote || unicode.IsUpper(r) || unicode.IsDigit(r) || n.text == "(" {
				ss = append(ss, sentence{tok0: start, tok1: j, para: pi})
				start = j
				i = j - 1
			}
		}
		if start < p.tok1 {
			ss = append(ss, sentence{tok0: start, tok1: p.tok1, para: pi})
		}
	}
	for si, s := range ss {
		for i := s.tok0; i < s.tok1; i++ {
			toks[i].sent = si
		}
	}
	return ss
}

// findQuotes pairs the quotation marks of every paragraph.
func findQuotes(toks []token, paras []paragraph) []quoteSpan {
	var qs []quoteSpan
	for pi, p := range paras {
		if p.heading {
			continue
		}
		for i := p.tok0; i < p.tok1; i++ {
			t := &toks[i]
			if t.kind != tQuote || !t.open {
				continue
			}
			j := i + 1
			for j < p.tok1 && !(toks[j].kind == tQuote && !toks[j].open && toks[j].dbl == t.dbl) {
				if t.dbl && toks[j].kind == tQuote && toks[j].open && toks[j].dbl {
					break // a new quotation opens: the last was never closed
				}
				j++
			}
			q := quoteSpan{para: pi, tok0: i + 1, tok1: j, dbl: t.dbl, atStart: i == p.tok0}
			q.open = j >= p.tok1 || toks[j].kind != tQuote || toks[j].open
			q.start = t.end
			if j < p.tok1 {
				q.end = toks[j].start
			} else {
				q.end = p.end
			}
			if q.tok1 > q.tok0 {
				qs = append(qs, q)
			}
			if j < p.tok1 && toks[j].kind == tQuote && !toks[j].open {
				i = j
			} else {
				i = j - 1
			}
		}
	}
	return qs
}

// markHeadings flags all-capital headings and bylines, and normalises
// all-capital ledes: "A LEADING Northfield councillor", "NORTHFIELD'S
// Labour Party".
func markHeadings(text string, toks []token, paras []paragraph) {
	// words written capitalised in running text
	capSeen := make(map[string]bool)
	for i := range toks {
		t := &toks[i]
		if t.kind == tWord && t.cap && !t.caps && i > 0 && toks[i-1].kind == tWord {
			capSeen[t.norm] = true
		}
	}
	for pi := range paras {
		p := &paras[pi]
		words, upper, capd := 0, 0, 0
		for i := p.tok0; i < p.tok1; i++ {
			t := &toks[i]
			if t.kind != tWord {
				continue
			}
			words++
			if t.caps || (len(t.text) == 1 && t.cap) {
				upper++
			}
			if t.cap {
				capd++
			}
		}
		if words == 0 {
			continue
		}
		if p.tok1-p.tok0 > 1 && toks[p.tok0].norm == "by" && pi < 3 && (words <= 4 || words <= 10 && bylineComma(toks, p.tok0, p.tok1) > 0) {
			p.byline = true
			continue
		}
		last := toks[p.tok1-1].text
		if (upper*10 >= words*7 && words >= 2) || (words >= 4 && capd*10 >= words*8 && last != "." && last != "\"" && last != "\u201d") {
			p.heading = true
			continue
		}
		// all-capital lede
		for i := p.tok0; i < p.tok1; i++ {
			t := &toks[i]
			if t.kind != tWord || !(t.caps || (len(t.text) == 1 && t.cap && i == p.tok0)) {
				break
			}
			if knownBodies[t.norm].kind != "" || partyNames[t.norm] != "" {
				continue
			}
			nextCap := i+1 < p.tok1 && toks[i+1].kind == tWord && toks[i+1].cap && !toks[i+1].caps
			switch {
			case functionWords[t.norm]:
				t.cap = false
			case capSeen[t.norm]:
				t.cap = true
			case nextCap && !t.poss && i+1 < p.tok1 && isBodyOrPartyWord(toks[i+1].norm):
				t.cap = true
			case t.poss && nextCap:
				t.cap = true
			default:
				t.cap = false
			}
			if t.cap {
				t.text = titleCase(t.text)
			}
			t.caps = false
		}
	}
}

// bylineComma returns the comma that ends the name of a byline with a
// role after it ("By Jo Bloggs, Local Democracy Reporter"), or -1.
func bylineComma(toks []token, a, b int) int {
	for k := a + 1; k < b && k <= a+5; k++ {
		if toks[k].text == "," {
			if k > a+1 {
				return k
			}
			return -1
		}
		if toks[k].kind != tWord {
			return -1
		}
	}
	return -1
}

// isBodyOrPartyWord reports whether w heads a body's name or names a party.
func isBodyOrPartyWord(w string) bool {
	_, ok := bodyHeads[w]
	return ok || partyNames[w] != "" || w == "county" || w == "city" || w == "district" || w == "borough"
}

// countWords counts the runs of non-space characters that hold a letter or
// digit.
func countWords(text string) int {
	n := 0
	in, has := false, false
	for _, r := range text {
		if unicode.IsSpace(r) {
			if in && has {
				n++
			}
			in, has = false, false
			continue
		}
		in = true
		if isWordRune(r) {
			has = true
		}
	}
	if in && has {
		n++
	}
	return n
}

// title returns the first line that is not a byline.
func title(text string, paras []paragraph) string {
	for _, p := range paras {
		line := text[p.start:p.end]
		if strings.HasPrefix(strings.ToLower(line), "by ") && len(strings.Fields(line)) <= 4 {
			continue
		}
		return line
	}
	return ""
}
