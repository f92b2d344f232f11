package export

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad"
)

// Format is an export format.
type Format string

// The export formats.
const (
	NQuads    Format = "nquads"
	TriG      Format = "trig"
	Turtle    Format = "turtle"
	JSONLD    Format = "jsonld"
	GraphML   Format = "graphml"
	GEXF      Format = "gexf"
	DOT       Format = "dot"
	Cytoscape Format = "cytoscape"
	CSV       Format = "csv"
)

// Formats lists every format, the RDF ones first.
func Formats() []Format {
	return []Format{NQuads, TriG, Turtle, JSONLD, GraphML, GEXF, DOT, Cytoscape, CSV}
}

// RDF says whether the format carries every quad (else it carries the
// actor graph).
func (f Format) RDF() bool {
	switch f {
	case NQuads, TriG, Turtle, JSONLD:
		return true
	}
	return false
}

// Ext is the usual file extension of the format, with its dot.
func (f Format) Ext() string {
	switch f {
	case NQuads:
		return ".nq"
	case TriG:
		return ".trig"
	case Turtle:
		return ".ttl"
	case JSONLD:
		return ".jsonld"
	case GraphML:
		return ".graphml"
	case GEXF:
		return ".gexf"
	case DOT:
		return ".dot"
	case Cytoscape:
		return ".cyjs"
	case CSV:
		return ".zip"
	}
	return ""
}

// MIME is the media type of the format's output, for Content-Type.
func (f Format) MIME() string {
	switch f {
	case NQuads:
		return "application/n-quads"
	case TriG:
		return "application/trig"
	case Turtle:
		return "text/turtle"
	case JSONLD:
		return "application/ld+json"
	case GraphML:
		return "application/graphml+xml"
	case GEXF:
		return "application/gexf+xml"
	case DOT:
		return "text/vnd.graphviz"
	case Cytoscape:
		return "application/json"
	case CSV:
		return "application/zip"
	}
	return "application/octet-stream"
}

// ParseFormat reads a format name; a few common aliases are accepted
// (nq, ttl, json-ld, gv, cyjs).
func ParseFormat(s string) (Format, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "nq", "n-quads":
		return NQuads, nil
	case "ttl":
		return Turtle, nil
	case "json-ld":
		return JSONLD, nil
	case "gv":
		return DOT, nil
	case "cyjs", "cytoscape.js":
		return Cytoscape, nil
	}
	for _, f := range Formats() {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown format %q (want one of %s)", s, formatList())
}

// FormatOf guesses the format from a file name's extension.
func FormatOf(name string) (Format, bool) {
	ext := strings.ToLower(filepath.Ext(name))
	switch ext {
	case ".json", ".cyjs":
		return Cytoscape, true
	case ".gv":
		return DOT, true
	}
	for _, f := range Formats() {
		if f.Ext() == ext {
			return f, true
		}
	}
	return "", false
}

func formatList() string {
	var names []string
	for _, f := range Formats() {
		names = append(names, string(f))
	}
	return strings.Join(names, ", ")
}

// WriteRDF writes src in an RDF format and returns the number of quads
// written.
func WriteRDF(ctx context.Context, f Format, w io.Writer, src Source, opt RDFOptions) (int64, error) {
	switch f {
	case NQuads:
		return WriteNQuads(ctx, w, src, opt)
	case TriG:
		return WriteTriG(ctx, w, src, opt)
	case Turtle:
		return WriteTurtle(ctx, w, src, opt)
	case JSONLD:
		return WriteJSONLD(ctx, w, src, opt)
	}
	return 0, fmt.Errorf("%s is not an RDF format", f)
}

// WriteGraph writes the actor graph in a visualisation format; CSV, which
// is two files, is written as a zip archive (WriteCSVDir writes a folder).
func WriteGraph(f Format, w io.Writer, g *ActorGraph) error {
	switch f {
	case GraphML:
		return WriteGraphML(w, g)
	case GEXF:
		return WriteGEXF(w, g)
	case DOT:
		return WriteDOT(w, g)
	case Cytoscape:
		return WriteCytoscape(w, g)
	case CSV:
		return WriteCSVZip(w, g)
	}
	return fmt.Errorf("%s is not a visualisation format", f)
}

// NodesIn collects the nodes named in a Gizmo result (as graph.Store.Query
// gives it: maps, slices, strings): every string written as an IRI
// ("<https://…>") or a blank node ("_:b1"), at any depth, tags included.
func NodesIn(result any, add func(quad.Value)) {
	switch r := result.(type) {
	case string:
		if len(r) > 2 && r[0] == '<' && r[len(r)-1] == '>' {
			add(quad.IRI(r[1 : len(r)-1]))
		} else if strings.HasPrefix(r, "_:") && len(r) > 2 {
			add(quad.BNode(r[2:]))
		}
	case map[string]any:
		for _, v := range r {
			NodesIn(v, add)
		}
	case []any:
		for _, v := range r {
			NodesIn(v, add)
		}
	}
}
