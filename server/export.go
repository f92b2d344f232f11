package server

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sort"

	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/dot"     // registers the dot writer
	_ "github.com/cayleygraph/quad/gml"     // registers the gml writer
	_ "github.com/cayleygraph/quad/graphml" // registers the graphml writer
	_ "github.com/cayleygraph/quad/json"    // registers the json writer
	_ "github.com/cayleygraph/quad/jsonld"  // registers the jsonld writer
	_ "github.com/cayleygraph/quad/nquads"  // registers the nquads writer

	"github.com/actorgraph/actorgraph/schema"
)

// ExportFormat describes one export format.
type ExportFormat struct {
	Name string // as in ?format=
	Ext  string // file extension, with the dot
	MIME string
}

// QuadStream calls fn with each quad of a selection, stopping at the first
// error.
type QuadStream func(fn func(quad.Quad) error) error

// Exporter writes quads in named formats.
type Exporter interface {
	// Formats lists the formats, the default first.
	Formats() []ExportFormat
	// Export writes the quads in the format to w.
	Export(ctx context.Context, w io.Writer, format string, quads QuadStream) error
}

// quadFormats exports through the writers Cayley's quad package registers.
type quadFormats struct{}

// quadFormatNames maps the names offered to those quad registers.
var quadFormatNames = []struct{ name, quad string }{
	{"nquads", "nquads"}, {"jsonld", "jsonld"}, {"json", "json"}, {"graphml", "graphml"}, {"gml", "gml"}, {"dot", "graphviz"},
}

func quadFormat(name string) *quad.Format {
	for _, n := range quadFormatNames {
		if n.name == name {
			return quad.FormatByName(n.quad)
		}
	}
	return nil
}

func (quadFormats) Formats() []ExportFormat {
	var out []ExportFormat
	for _, n := range quadFormatNames {
		f := quadFormat(n.name)
		if f == nil || f.Writer == nil {
			continue
		}
		ef := ExportFormat{Name: n.name, Ext: ".txt", MIME: "text/plain"}
		if len(f.Ext) > 0 {
			ef.Ext = f.Ext[0]
		}
		if len(f.Mime) > 0 {
			ef.MIME = f.Mime[0]
		}
		out = append(out, ef)
	}
	return out
}

func (quadFormats) Export(ctx context.Context, w io.Writer, format string, quads QuadStream) error {
	f := quadFormat(format)
	if f == nil || f.Writer == nil {
		return fmt.Errorf("unknown format %q", format)
	}
	qw := f.Writer(w)
	if err := quads(func(q quad.Quad) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return qw.WriteQuad(q)
	}); err != nil {
		qw.Close()
		return err
	}
	return qw.Close()
}

func (s *Server) exporter() Exporter {
	if s.cfg.Exporter != nil {
		return s.cfg.Exporter
	}
	return quadFormats{}
}

func (s *Server) exportFormats() []ExportFormat { return s.exporter().Formats() }

// handleExport is GET /api/export?format=F: the whole graph, or with
// actor=ID the actor's neighbourhood (what is said of it, what points at
// it, its events, posts and quotes, and the names and types of the actors
// they link to), or with article=ID one article's quads. It streams, and is
// sent as a download.
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) {
	formats := s.exportFormats()
	name := r.URL.Query().Get("format")
	if name == "" && len(formats) > 0 {
		name = formats[0].Name
	}
	var format *ExportFormat
	for i := range formats {
		if formats[i].Name == name {
			format = &formats[i]
		}
	}
	if format == nil {
		names := make([]string, len(formats))
		for i, f := range formats {
			names[i] = f.Name
		}
		writeError(w, http.StatusBadRequest, fmt.Sprintf("unknown format %q (want one of %v)", name, names))
		return
	}
	actor, article := r.URL.Query().Get("actor"), r.URL.Query().Get("article")
	ctx := r.Context()
	file := "actorgraph"
	var stream QuadStream
	switch {
	case actor != "" && article != "":
		writeError(w, http.StatusBadRequest, "give actor or article, not both")
		return
	case actor != "":
		if !validID(actor) {
			writeError(w, http.StatusBadRequest, "bad actor id")
			return
		}
		tctx, cancel := s.timeout(r)
		defer cancel()
		qs, err := s.actorQuads(tctx, actor)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		stream = func(fn func(quad.Quad) error) error {
			for _, q := range qs {
				if err := fn(q); err != nil {
					return err
				}
			}
			return nil
		}
		file += "-" + actor
	case article != "":
		if !validID(article) {
			writeError(w, http.StatusBadRequest, "bad article id")
			return
		}
		stream = func(fn func(quad.Quad) error) error { return s.st.LabelQuads(ctx, schema.DocIRI(article), fn) }
		file += "-" + article
	default:
		stream = func(fn func(quad.Quad) error) error { return s.st.Quads(ctx, fn) }
	}
	w.Header().Set("Content-Type", format.MIME)
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s%s"`, file, format.Ext))
	if err := s.exporter().Export(ctx, w, format.Name, stream); err != nil {
		// Headers are out; all that is left is to log and cut the body.
		s.cfg.Log.Error("export", "format", format.Name, "err", err)
		panic(http.ErrAbortHandler)
	}
}

// actorQuads collects the quads that describe an actor's neighbourhood,
// sorted as N-Quads so that the export is deterministic.
func (s *Server) actorQuads(ctx context.Context, id string) ([]quad.Quad, error) {
	iri := schema.ActorIRI(id)
	seen := map[[4]string]bool{}
	var out []quad.Quad
	add := func(q quad.Quad) error {
		k := [4]string{quad.StringOf(q.Subject), quad.StringOf(q.Predicate), quad.StringOf(q.Object), quad.StringOf(q.Label)}
		if !seen[k] {
			seen[k] = true
			out = append(out, q)
		}
		return nil
	}
	var nodes, neighbours []quad.Value // nodes to describe fully; actors to name
	err := s.st.QuadsWith(ctx, quad.Subject, iri, func(q quad.Quad) error {
		if q.Predicate == schema.Holds {
			nodes = append(nodes, q.Object)
		} else if o, ok := q.Object.(quad.IRI); ok && actorSlug(o) != "" {
			neighbours = append(neighbours, o)
		}
		return add(q)
	})
	if err != nil {
		return nil, err
	}
	err = s.st.QuadsWith(ctx, quad.Object, iri, func(q quad.Quad) error {
		if sub, ok := q.Subject.(quad.IRI); ok {
			if actorSlug(sub) != "" {
				neighbours = append(neighbours, sub)
			} else {
				nodes = append(nodes, sub) // events, quotes, posts in a body
			}
		}
		return add(q)
	})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, errNotFound{"actor " + id}
	}
	if len(nodes) > maxProfileLimit {
		nodes = nodes[:maxProfileLimit]
	}
	for _, n := range nodes {
		if err := s.st.QuadsWith(ctx, quad.Subject, n, func(q quad.Quad) error {
			if o, ok := q.Object.(quad.IRI); ok && actorSlug(o) != "" {
				neighbours = append(neighbours, o)
			}
			return add(q)
		}); err != nil {
			return nil, err
		}
	}
	named := map[quad.Value]bool{iri: true}
	for _, n := range neighbours {
		if named[n] || len(named) > maxProfileLimit {
			continue
		}
		named[n] = true
		if err := s.st.QuadsWith(ctx, quad.Subject, n, func(q quad.Quad) error {
			if q.Predicate == schema.Type || q.Predicate == schema.Name {
				return add(q)
			}
			return nil
		}); err != nil {
			return nil, err
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].NQuad() < out[j].NQuad() })
	return out, nil
}
