package server

import (
	"bytes"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/cayley/ui"
)

// cayleyV2 mounts Cayley's own API v2 (/api/v2/query, /read, /formats,
// /write, /delete, /node/delete) on the store, under the server's timeout
// and result cap. It is read-only unless a write token is configured, and
// then its write endpoints need the token.
func (s *Server) cayleyV2() (http.Handler, error) {
	qs := s.st.QuadStore()
	qw, err := cgraph.NewQuadWriter("single", qs, cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		return nil, fmt.Errorf("cayley api v2: %w", err)
	}
	api := cayleyhttp.NewAPIv2(&cgraph.Handle{QuadStore: qs, QuadWriter: qw})
	api.SetQueryTimeout(s.cfg.QueryTimeout)
	api.SetQueryLimit(s.cfg.QueryLimit)
	api.SetReadOnly(s.cfg.WriteToken == "")
	writes := s.requireToken(s.exclusive(api))
	reads := s.shared(api)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/api/v2/write", "/api/v2/delete", "/api/v2/node/delete":
			writes.ServeHTTP(w, r)
		default:
			reads.ServeHTTP(w, r)
		}
	}), nil
}

// staticFiles serves a fixed set of files from memory: no directories, no
// listings, nothing outside the set.
type staticFiles struct {
	files map[string][]byte // clean path without the leading slash
	index string            // served for "/"
	csp   string            // Content-Security-Policy, if any
}

func (sf *staticFiles) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" {
		name = sf.index
	}
	b, ok := sf.files[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	if sf.csp != "" {
		w.Header().Set("Content-Security-Policy", sf.csp)
	}
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("ETag", fmt.Sprintf(`"%x"`, hashBytes(b)))
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(b))
}

// readTree reads every file under dir of fsys into memory, keyed by its
// path below dir, passing each through rewrite.
func readTree(fsys fs.FS, dir string, rewrite func(name string, b []byte) []byte) (map[string][]byte, error) {
	files := map[string][]byte{}
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		name := strings.TrimPrefix(p, dir+"/")
		if rewrite != nil {
			b = rewrite(name, b)
		}
		files[name] = b
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read embedded %s: %w", dir, err)
	}
	return files, nil
}

// cayleyUI serves Cayley's embedded web UI under /cayley/. Its build
// expects to live at / and talk to http://localhost:64210: the paths and the
// server URL are rewritten so that it loads from /cayley/ and queries this
// server's /api/v2/. (Its "Query Shape" tab needs a v1 endpoint Cayley no
// longer has, and its stylesheet asks Google Fonts for icons.)
func cayleyUI() (http.Handler, error) {
	files, err := readTree(ui.FS, "web", func(name string, b []byte) []byte {
		b = bytes.ReplaceAll(b, []byte(`"http://localhost:64210"`), []byte(`""`))
		if name == "index.html" {
			for _, attr := range []string{`href="/`, `src="/`} {
				b = bytes.ReplaceAll(b, []byte(attr), []byte(attr+"cayley/"))
			}
			b = bytes.ReplaceAll(b, []byte(`.p="/"`), []byte(`.p="/cayley/"`))
		}
		return b
	})
	if err != nil {
		return nil, err
	}
	return &staticFiles{files: files, index: "index.html"}, nil
}
