// Package seeds bundles the seed articles: five real articles of the genre
// (UK local-government news), the corpus that `actorgraph build` uses when it
// is given no paths.
package seeds

import "embed"

// FS holds the seed articles as *.txt files at its root.
//
//go:embed *.txt
var FS embed.FS
