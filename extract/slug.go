package extract

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug makes a stable identifier from a name: lowercase ASCII letters and
// digits, words joined by single hyphens. Accents are dropped and apostrophes
// vanish ("Children's" → "childrens").
func Slug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// combining accent: drop
		case r == '\'' || r == '\u2019' || r == '\u2018':
			// apostrophes join: "children's" → "childrens"
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		default:
			hyphen = true
		}
	}
	return b.String()
}
