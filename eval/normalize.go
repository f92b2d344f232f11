package eval

import (
	"strings"
	"unicode"
)

// isTitle says whether w is a title dropped from the front of a name before
// names are compared.
func isTitle(w string) bool {
	switch w {
	case "cllr", "councillor", "coun", "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "baroness", "the":
		return true
	}
	return false
}

// words splits s into lowercase words: curly apostrophes become straight
// ones, a possessive 's (or a trailing ' as in "councils'") is dropped, other
// apostrophes vanish ("O'Brien" → "obrien"), "&" reads as "and", and any
// other punctuation separates words.
func words(s string) []string {
	s = strings.ToLower(s)
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u02bc", "'", "`", "'", "&", " and ").Replace(s)
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'')
	}) {
		w = strings.TrimSuffix(w, "'s")
		w = strings.ReplaceAll(w, "'", "")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// NormalizeName is the form in which names are compared: lowercase words
// (see words) joined by single spaces, with leading titles (Cllr, Councillor,
// Coun, Mr, Mrs, Ms, Miss, Dr, Sir, Dame, Lord, Baroness, the) dropped, as
// long as something is left: "Cllr Marc Bayliss" → "marc bayliss",
// "Worcestershire’s Safeguarding Children's Board" → "worcestershire
// safeguarding children board".
func NormalizeName(name string) string {
	ws := words(name)
	for len(ws) > 1 && isTitle(ws[0]) {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// isStopword says whether w is left out of role words.
func isStopword(w string) bool {
	switch w {
	case "the", "of", "for", "and", "with", "a", "an", "in", "on", "at", "to", "s", "by", "from", "as":
		return true
	}
	return false
}

// RoleWords is the set of content words of a role: lowercase words (see
// words, so a possessive 's is dropped) less stopwords.
func RoleWords(role string) map[string]bool {
	set := map[string]bool{}
	for _, w := range words(role) {
		if !isStopword(w) {
			set[w] = true
		}
	}
	return set
}

// RoleSimilarity is the Jaccard index of the content words of two roles.
// Two roles without content words are similar (1) only if their normalised
// texts are equal.
func RoleSimilarity(a, b string) float64 {
	wa, wb := RoleWords(a), RoleWords(b)
	if len(wa) == 0 && len(wb) == 0 {
		if strings.Join(words(a), " ") == strings.Join(words(b), " ") {
			return 1
		}
		return 0
	}
	inter := 0
	for w := range wa {
		if wb[w] {
			inter++
		}
	}
	return float64(inter) / float64(len(wa)+len(wb)-inter)
}

// RoleThreshold is the least RoleSimilarity at which two roles match.
const RoleThreshold = 0.5
