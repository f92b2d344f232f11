package server

import (
	"crypto/subtle"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
)

// routes wires every endpoint, each wrapped in what it needs: the body
// limit, the write token and the read/write lock; CORS and security
// headers wrap them all.
func (s *Server) routes() (http.Handler, error) {
	mux := http.NewServeMux()
	read := func(h http.HandlerFunc) http.Handler { return s.limitBody(s.shared(h)) }
	write := func(h http.HandlerFunc) http.Handler { return s.limitBody(s.requireToken(s.exclusive(h))) }

	// Cayley compatibility.
	mux.Handle("POST /api/v1/query/gizmo", read(s.handleGizmoV1))
	v2, err := s.cayleyV2()
	if err != nil {
		return nil, err
	}
	mux.Handle("GET /api/v2/", s.limitBody(v2))
	mux.Handle("POST /api/v2/", s.limitBody(v2))
	ui, err := cayleyUI()
	if err != nil {
		return nil, err
	}
	mux.Handle("GET /cayley/", http.StripPrefix("/cayley", ui))

	// actorgraph's API.
	mux.Handle("GET /api/search", read(s.handleSearch))
	mux.Handle("GET /api/actors", read(s.handleActors))
	mux.Handle("GET /api/actors/{id}", read(s.handleProfile))
	mux.Handle("GET /api/actors/{id}/graph", read(s.handleNeighbourhood))
	mux.Handle("GET /api/articles", read(s.handleArticles))
	mux.Handle("GET /api/articles/{id}", read(s.handleArticle))
	mux.Handle("GET /api/stats", read(s.handleStats))
	mux.Handle("GET /api/export", read(s.handleExport))
	mux.Handle("GET /api/config", read(s.handleConfig))
	mux.Handle("POST /api/build", write(s.handleBuild))
	notFound := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.Method+" "+r.URL.Path)
	})
	mux.Handle("GET /api/", notFound)
	mux.Handle("POST /api/", notFound)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("ok\n"))
	})

	// The page.
	page, err := pageHandler()
	if err != nil {
		return nil, err
	}
	mux.Handle("GET /", page)

	return s.cors(securityHeaders(mux)), nil
}

// writeJSON writes v as JSON with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v) // the status line is out: nothing more to report
}

// writeError writes {"error": msg} with the given status.
func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// limitBody caps request bodies at Config.MaxBody: reading past it fails
// with *http.MaxBytesError, which handlers report as 413.
func (s *Server) limitBody(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > s.cfg.MaxBody {
			writeError(w, http.StatusRequestEntityTooLarge, "request body too large")
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
		h.ServeHTTP(w, r)
	})
}

// bodyErrorStatus is 413 for a body over the limit, else 400.
func bodyErrorStatus(err error) int {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusBadRequest
}

// tokenOK says whether r carries the write token. It is false when no
// token is configured.
func (s *Server) tokenOK(r *http.Request) bool {
	if s.cfg.WriteToken == "" {
		return false
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok {
		got = r.Header.Get("X-Actorgraph-Token")
	}
	return subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.WriteToken)) == 1
}

// requireToken lets through only requests carrying the write token: 403
// when the server is read-only, 401 when the token is missing or wrong.
func (s *Server) requireToken(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.cfg.WriteToken == "" {
			writeError(w, http.StatusForbidden, "the server is read-only: set serve.write_token (ACTORGRAPH_SERVE_WRITE_TOKEN) to allow writes")
			return
		}
		if !s.tokenOK(r) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="actorgraph"`)
			writeError(w, http.StatusUnauthorized, "this endpoint changes the store: send the write token as Authorization: Bearer TOKEN")
			return
		}
		h.ServeHTTP(w, r)
	})
}

// shared runs h under the read side of the server's lock.
func (s *Server) shared(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.rw.RLock()
		defer s.rw.RUnlock()
		h.ServeHTTP(w, r)
	})
}

// exclusive runs h alone, then refreshes the search index.
func (s *Server) exclusive(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.rw.Lock()
		defer s.rw.Unlock()
		defer func() {
			if err := s.Reindex(r.Context()); err != nil {
				s.cfg.Log.Error("reindex after write", "err", err)
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// cors adds CORS headers for the configured origin, and answers
// preflight requests. With no origin configured it does nothing, so
// browsers refuse cross-origin reads.
func (s *Server) cors(h http.Handler) http.Handler {
	if s.cfg.CORSOrigin == "" {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin != "" && (s.cfg.CORSOrigin == "*" || origin == s.cfg.CORSOrigin) {
			hd := w.Header()
			hd.Set("Access-Control-Allow-Origin", s.cfg.CORSOrigin)
			hd.Add("Vary", "Origin")
			if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
				hd.Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
				hd.Set("Access-Control-Allow-Headers", "Content-Type, Authorization, Accept")
				hd.Set("Access-Control-Max-Age", "600")
				w.WriteHeader(http.StatusNoContent)
				return
			}
		}
		h.ServeHTTP(w, r)
	})
}

// securityHeaders sets headers every response gets.
func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		h.ServeHTTP(w, r)
	})
}
