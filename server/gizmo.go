package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"

	"github.com/actorgraph/actorgraph/graph"
)

// cayleyV1DefaultLimit is the result limit Cayley's v1 endpoint applies when
// the request gives none.
const cayleyV1DefaultLimit = 100

// handleGizmoV1 is Cayley's POST /api/v1/query/gizmo: the body is the query,
// ?limit= caps the results (default 100, and never more than
// Config.QueryLimit). It answers byte for byte as Cayley does (see
// internal/http/query.go at the pinned version): 200 and
// {"result":[…]}\n (null when nothing matched) written by a default
// json.Encoder, or 400 and {"error" : "…"} when the query fails, times out
// or cannot be read (413 for a body over the limit).
func (s *Server) handleGizmoV1(w http.ResponseWriter, r *http.Request) {
	src, err := io.ReadAll(r.Body)
	if err != nil {
		writeCayleyV1Error(w, bodyErrorStatus(err), err)
		return
	}
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	if limit == 0 {
		limit = cayleyV1DefaultLimit
	}
	if limit < 0 || limit > s.cfg.QueryLimit {
		limit = s.cfg.QueryLimit
	}
	var out []any
	err = s.st.Query(r.Context(), string(src), graph.QueryOptions{Limit: limit, Timeout: s.cfg.QueryTimeout}, func(v any) error {
		out = append(out, v)
		return nil
	})
	if err != nil {
		writeCayleyV1Error(w, http.StatusBadRequest, s.queryError(err))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(struct {
		Result any `json:"result"`
	}{out})
}

// queryError gives the error a client should see: Cayley's own message for
// a failed query (without graph's "query: " prefix), a plain one naming the
// server's setting for a timeout.
func (s *Server) queryError(err error) error {
	if errors.Is(err, graph.ErrTimeout) {
		return fmt.Errorf("query timed out after %v (the server's serve.query_timeout)", s.cfg.QueryTimeout)
	}
	if u := errors.Unwrap(err); u != nil && err.Error() == "query: "+u.Error() {
		return u
	}
	return err
}

// writeCayleyV1Error writes an error as Cayley's v1 defaultErrorFunc does:
// {"error" : "…"}, no trailing newline.
func writeCayleyV1Error(w http.ResponseWriter, status int, err error) {
	data, _ := json.Marshal(err.Error())
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write([]byte(`{"error" : `))
	w.Write(data)
	w.Write([]byte(`}`))
}
