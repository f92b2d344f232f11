package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/actorgraph/actorgraph/export"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/schema"
)

func newExportCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "export [--format F] [-o FILE] [--doc ID…] [--query GIZMO]",
		Short: "Write the graph out as RDF, or the actor graph for Gephi, yEd, Graphviz, Cytoscape, spreadsheets",
		Long: `export writes the store's graph to standard output or a file (-o).

RDF formats carry every quad with its label (the article it came from):
  nquads     N-Quads, one quad a line: for RDF stores, archives, 'actorgraph load'
  trig       TriG: the vocabulary's prefixes, one { } block per article
  turtle     Turtle: as trig without graph blocks (labels become comments)
  jsonld     JSON-LD with the vocabulary's @context inline, one named graph
             per article (the context is also 'actorgraph vocab --format context')
Output is sorted: the default graph first, then the articles by IRI, each
article's statements sorted. They are streamed one article at a time.

Visualisation formats carry the actor graph: people and bodies as nodes (id =
IRI, label/name, type, kind of body, aliases, posts, number of articles and
of quotes), and the relations among them as edges: memberOf,
subOrganizationOf, the actions (demandsResignationOf, criticises, supports,
blames, agreesWith, succeeds, inspects) and posts, folded into a "holds" edge
from the person to the post's body with the post's name as its role (every
post, with a body or not, is also in the person's "posts"). One edge per
source, predicate, target (and role), with articles (the article ids that
assert it), weight (how many), evidence (the sentences) and confidence.
Quotations, events, posts, articles and literals are not nodes. List values
are joined with " | ".
  graphml    GraphML (Gephi, yEd, networkx)
  gexf       GEXF 1.2 (Gephi): nodes coloured by type and kind, edges weighted
  dot        Graphviz: names as labels, shapes by type and kind
  cytoscape  Cytoscape JSON (elements.nodes / elements.edges)
  csv        nodes.csv and edges.csv (Gephi's spreadsheet import headers: Id,
             Label / Id, Source, Target, Type, Label, Weight) into the folder
             -o DIR, or a zip with -o FILE.zip
The format defaults to the -o file's extension (.nq .trig .ttl .jsonld
.graphml .gexf .dot .json .zip), else nquads.

--doc ID restricts the export to those articles' quads (ID is the file name
without extension, or the article's IRI; repeat it or separate IDs by commas).

--query GIZMO exports what a Gizmo query reaches. The nodes are every IRI the
query returns, in any field (id and tags): an RDF export holds the quads
whose subject is one of them (with --doc, in those articles); a visualisation
export holds those of them that are actors and the actor-graph edges between
two of them. To export an actor's neighbourhood, tag the actor and its
neighbours.`,
		Example: `  actorgraph export -o graph.nq
  actorgraph export --format trig | less
  actorgraph export --format jsonld --vocab -o graph.jsonld
  actorgraph export -o actors.gexf                  # open in Gephi
  actorgraph export --format dot | dot -Tsvg > actors.svg
  actorgraph export --format csv -o actors.zip      # or -o actors/ for a folder
  actorgraph export --doc 000_c3ebd5795ba16fc6 --format trig
  # one actor and everyone it has an edge to or from
  actorgraph export -o bayliss.graphml --query \
    'g.V("<https://w3id.org/actorgraph/id/marc-bayliss>").Tag("a").Both().Tag("b").All()'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.export(cmd)
		},
	}
	f := cmd.Flags()
	f.String("format", "nquads", "output format: nquads, trig, turtle, jsonld, graphml, gexf, dot, cytoscape, csv")
	f.StringP("output", "o", "", "write to this file (csv: a folder, or a .zip) instead of standard output")
	f.StringSlice("doc", nil, "export only these articles (ids or IRIs; repeatable)")
	f.String("query", "", "export only what this Gizmo query reaches (see above)")
	f.Duration("timeout", 30*time.Second, "stop the --query after this long")
	f.Bool("vocab", false, "RDF formats: add the vocabulary's description to the default graph")
	f.Bool("quiet", false, "print nothing but errors")
	a.bind(f, "export.format", "format")
	a.bind(f, "export.timeout", "timeout")
	return cmd
}

func (a *app) export(cmd *cobra.Command) error {
	ctx := cmd.Context()
	fl := cmd.Flags()
	out, _ := fl.GetString("output")
	docs, _ := fl.GetStringSlice("doc")
	gizmo, _ := fl.GetString("query")
	withVocab, _ := fl.GetBool("vocab")
	quiet, _ := fl.GetBool("quiet")
	if out == "-" {
		out = ""
	}

	name := a.v.GetString("export.format")
	if !fl.Changed("format") && out != "" {
		if f, ok := export.FormatOf(out); ok {
			name = string(f)
		}
	}
	format, err := export.ParseFormat(name)
	if err != nil {
		return usagef("export: %v", err)
	}
	if format == export.CSV && out == "" {
		return usagef("export: csv is two files: give -o DIR or -o FILE.zip")
	}
	if withVocab && !format.RDF() {
		return usagef("export: --vocab applies to the RDF formats (nquads, trig, turtle, jsonld)")
	}

	st, err := a.readStore(ctx)
	if err != nil {
		return err
	}
	defer st.Close()

	var src export.Source = st
	if len(docs) > 0 {
		labels, err := docLabels(ctx, st, docs)
		if err != nil {
			return err
		}
		src = export.Docs(st, labels)
	}
	var nodes []quad.Value
	if gizmo != "" {
		err := st.Query(ctx, gizmo, graph.QueryOptions{Timeout: a.v.GetDuration("export.timeout")}, func(r any) error {
			export.NodesIn(r, func(v quad.Value) { nodes = append(nodes, v) })
			return nil
		})
		if err != nil {
			return fmt.Errorf("export --query: %w", err)
		}
		if len(nodes) == 0 {
			return fmt.Errorf("export --query: the query returned no nodes (IRIs), so there is nothing to export")
		}
	}

	where := "standard output"
	if out != "" {
		where = out
	}
	var summary string
	if format.RDF() {
		if nodes != nil {
			qs, err := export.SubjectQuads(ctx, src, nodes)
			if err != nil {
				return fmt.Errorf("export --query: %w", err)
			}
			src = qs
		}
		var opt export.RDFOptions
		if withVocab {
			opt.Extra = schema.VocabularyQuads()
		}
		var n int64
		err = a.writeOutput(out, func(w io.Writer) error {
			n, err = export.WriteRDF(ctx, format, w, src, opt)
			return err
		})
		summary = fmt.Sprintf("exported %d quads as %s to %s", n, format, where)
	} else {
		g, err := export.BuildActorGraph(ctx, src)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if nodes != nil {
			ids := make(map[string]bool, len(nodes))
			for _, n := range nodes {
				if iri, ok := n.(quad.IRI); ok {
					ids[string(iri)] = true
				}
			}
			g = g.Restrict(ids)
		}
		switch {
		case format == export.CSV && !strings.EqualFold(filepath.Ext(out), ".zip"):
			err = export.WriteCSVDir(out, g)
			where = filepath.Join(out, export.NodesCSV) + " and " + export.EdgesCSV
		default:
			err = a.writeOutput(out, func(w io.Writer) error { return export.WriteGraph(format, w, g) })
		}
		summary = fmt.Sprintf("exported the actor graph (%d nodes, %d edges) as %s to %s", len(g.Nodes), len(g.Edges), format, where)
	}
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := st.Close(); err != nil {
		return err
	}
	if !quiet {
		fmt.Fprintln(a.stderr, summary)
	}
	return nil
}

// docLabels turns --doc values (ids, file names or IRIs) into article
// labels, and checks that the store has each article.
func docLabels(ctx context.Context, st *graph.Store, docs []string) ([]quad.Value, error) {
	var labels []quad.Value
	errFound := errors.New("found")
	for _, d := range docs {
		d = strings.TrimSpace(d)
		if d == "" {
			continue
		}
		var label quad.IRI
		switch {
		case strings.HasPrefix(d, "<") && strings.HasSuffix(d, ">"):
			label = quad.IRI(d[1 : len(d)-1])
		case strings.Contains(d, "://"):
			label = quad.IRI(d)
		default:
			label = schema.DocIRI(strings.TrimSuffix(strings.TrimSuffix(filepath.Base(d), ".txt"), ".md"))
		}
		err := st.LabelQuads(ctx, label, func(quad.Quad) error { return errFound })
		if err == nil {
			return nil, usagef("export --doc %s: the store has no article %s", d, label)
		}
		if !errors.Is(err, errFound) {
			return nil, fmt.Errorf("export --doc %s: %w", d, err)
		}
		labels = append(labels, label)
	}
	return labels, nil
}

// writeOutput calls write with standard output, or with a temporary file
// beside path that replaces path once write succeeds: a failed export
// leaves no half-written file.
func (a *app) writeOutput(path string, write func(io.Writer) error) error {
	if path == "" {
		return write(a.stdout)
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly after the rename
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
