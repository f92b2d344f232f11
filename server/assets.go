package server

import (
	"crypto/sha256"
	"embed"
	"net/http"
)

// The page's JavaScript libraries come from npm at build time: web/ (at the
// repository's root) holds package.json and package-lock.json, and its
// vendor script copies the browser builds into web/vendor/ here. Those
// copies are committed, so building needs no npm.
//
//go:generate sh -c "cd ../web && npm ci --no-audit --no-fund && npm run vendor"

//go:embed web
var webFS embed.FS

// pageCSP keeps the page to its own origin: no CDN, no inline script.
// Cytoscape sets inline styles on its canvases.
const pageCSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

// pageHandler serves the page and its assets from the binary.
func pageHandler() (http.Handler, error) {
	files, err := readTree(webFS, "web", nil)
	if err != nil {
		return nil, err
	}
	return &staticFiles{files: files, index: "index.html", csp: pageCSP}, nil
}

func hashBytes(b []byte) []byte {
	h := sha256.Sum256(b)
	return h[:12]
}
