package server

import (
	"context"
	"fmt"
	"github.com/actorgraph/actorgraph/export"
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

// formatSet offers the export package's formats: the RDF ones carry the
// selected quads, the visualisation ones the actor graph projected from them.
type formatSet struct{}

func (formatSet) Formats() []ExportFormat {
	var out []ExportFormat
	for _, f := range export.Formats() {
		out = append(out, ExportFormat{Name: string(f), Ext: f.Ext(), MIME: f.MIME()})
	}
	return out
}

func (formatSet) Export(ctx context.Context, w io.Writer, format string, quads QuadStream) error {
	f, err := export.ParseFormat(format)
	if err != nil {
		return err
	}
	src := streamSource(quads)
	if f.RDF() {
		_, err := export.WriteRDF(ctx, f, w, src, export.RDFOptions{})
		return err
	}
	g, err := export.BuildActorGraph(ctx, src)
	if err != nil {
		return err
	}
	return export.WriteGraph(f, w, g)
}

// streamSource makes a QuadStream an export.Source.
type streamSource QuadStream

func (s streamSource) Quads(ctx context.Context, fn func(quad.Quad) error) error {
	return s(func(q quad.Quad) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		return fn(q)
	})
}

func (s *Server) exportFormats() []ExportFormat { return formatSet{}.Formats() }

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
	if err := (formatSet{}).Export(ctx, w, format.Name, stream); err != nil {
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
