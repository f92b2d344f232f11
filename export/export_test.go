package export

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"github.com/actorgraph/actorgraph/graph"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/export/exporttest"
	"github.com/actorgraph/actorgraph/schema"
)

func iri(id string) string { return string(schema.ActorIRI(id)) }

func TestActorGraph(t *testing.T) {
	g, err := BuildActorGraph(context.Background(), graph.Quads(exporttest.Quads()))
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Nodes) != 9 || len(g.Edges) != 11 {
		t.Errorf("actor graph has %d nodes and %d edges, want 9 and 11", len(g.Nodes), len(g.Edges))
	}
	for _, n := range g.Nodes {
		if strings.Contains(n.ID, "/post/") || strings.Contains(n.ID, "/event/") || strings.Contains(n.ID, "/quote/") || strings.Contains(n.ID, "/doc/") {
			t.Errorf("node %s is not an actor", n.ID)
		}
	}
	nodes := []struct {
		id                 string
		want               Node
		posts              []string
		articles, quotes   int
		aliasesMustInclude string
	}{
		{id: exporttest.Bayliss, want: Node{Name: "Marc Bayliss", Type: "Person"}, posts: []string{"cabinet member for children and families"}, articles: 2, quotes: 1, aliasesMustInclude: "Cllr Bayliss"},
		{id: exporttest.Hill, want: Node{Name: "Pattie Hill", Type: "Person"}, posts: []string{"shadow spokesperson"}, articles: 2, quotes: 1},
		{id: exporttest.Council, want: Node{Name: "Worcestershire County Council", Type: "Organization", Kind: "council"}, articles: 2},
		{id: exporttest.LabGroup, want: Node{Name: "the Labour group", Type: "Organization", Kind: "party-group"}, articles: 1},
		{id: exporttest.Newspaper, want: Node{Name: "Worcester News", Type: "Organization", Kind: "media"}, articles: 1, quotes: 1},
	}
	for _, tt := range nodes {
		n, ok := g.Node(iri(tt.id))
		if !ok {
			t.Errorf("no node %s", tt.id)
			continue
		}
		if n.Name != tt.want.Name || n.Type != tt.want.Type || n.Kind != tt.want.Kind || !slices.Equal(n.Posts, tt.posts) || n.Articles != tt.articles || n.Quotes != tt.quotes {
			t.Errorf("node %s = %+v, want %+v posts %v articles %d quotes %d", tt.id, n, tt.want, tt.posts, tt.articles, tt.quotes)
		}
		if tt.aliasesMustInclude != "" && !slices.Contains(n.Aliases, tt.aliasesMustInclude) {
			t.Errorf("node %s aliases %v lack %q", tt.id, n.Aliases, tt.aliasesMustInclude)
		}
	}
	edges := []struct {
		from, pred, to, role string
		weight               int
		evidence             int
		confidence           float64
	}{
		{exporttest.Hill, "demandsResignationOf", exporttest.Bayliss, "", 2, 2, 0.9},
		{exporttest.Hill, "criticises", exporttest.Bayliss, "", 1, 1, 0.7},
		{exporttest.Bayliss, "blames", exporttest.Geraghty, "", 1, 1, 0.5},
		{exporttest.Ofsted, "inspects", exporttest.Council, "", 1, 1, 0.8},
		{exporttest.Hill, "memberOf", exporttest.Labour, "", 2, 0, 0},
		{exporttest.LabGroup, "subOrganizationOf", exporttest.Council, "", 1, 0, 0},
		{exporttest.Bayliss, "holds", exporttest.Council, "cabinet member for children and families", 2, 0, 0},
		{exporttest.Geraghty, "holds", exporttest.Council, "leader", 1, 0, 0},
	}
	for _, tt := range edges {
		found := false
		for _, e := range g.Edges {
			if e.Source == iri(tt.from) && e.Predicate == tt.pred && e.Target == iri(tt.to) && e.Role == tt.role {
				found = true
				if e.Weight() != tt.weight || len(e.Evidence) != tt.evidence || e.Confidence != tt.confidence {
					t.Errorf("edge %+v, want weight %d, %d evidence, confidence %v", e, tt.weight, tt.evidence, tt.confidence)
				}
			}
		}
		if !found {
			t.Errorf("no edge %s %s %s (%s)", tt.from, tt.pred, tt.to, tt.role)
		}
	}
	for i, e := range g.Edges {
		if e.ID != "e"+strconv.Itoa(i) {
			t.Errorf("edge %d has id %s", i, e.ID)
		}
	}

	sub := g.Restrict(map[string]bool{iri(exporttest.Hill): true, iri(exporttest.Bayliss): true, iri(exporttest.Labour): true})
	if len(sub.Nodes) != 3 || len(sub.Edges) != 3 { // demands, criticises, memberOf labour
		t.Errorf("restricted graph has %d nodes, %d edges: %+v", len(sub.Nodes), len(sub.Edges), sub.Edges)
	}
}

// TestActorGraphOrderFree checks that the projection does not depend on the
// order quads arrive in (stores stream them in their own order).
func TestActorGraphOrderFree(t *testing.T) {
	ctx := context.Background()
	qs := exporttest.Quads()
	fwd, _ := BuildActorGraph(ctx, graph.Quads(qs))
	rev := slices.Clone(qs)
	slices.Reverse(rev)
	back, _ := BuildActorGraph(ctx, graph.Quads(rev))
	var a, b bytes.Buffer
	WriteGraphML(&a, fwd)
	WriteGraphML(&b, back)
	if a.String() != b.String() {
		t.Error("the actor graph depends on the order of the quads")
	}
}

// TestRDFDeterministic checks that every RDF writer gives the same bytes
// from a bolt store, a memory store and a slice, and counts every quad.
func TestRDFDeterministic(t *testing.T) {
	ctx := context.Background()
	arts := exporttest.Articles()
	bolt := exporttest.Store(t, "", arts)
	rev := slices.Clone(arts)
	slices.Reverse(rev)
	mem := exporttest.Store(t, "memory:", rev)
	want := exporttest.Count(t, bolt)
	for _, f := range []Format{NQuads, TriG, Turtle, JSONLD} {
		t.Run(string(f), func(t *testing.T) {
			var outs []string
			for _, src := range []Source{bolt, mem, graph.Quads(exporttest.Quads())} {
				var buf bytes.Buffer
				n, err := WriteRDF(ctx, f, &buf, src, RDFOptions{})
				if err != nil {
					t.Fatal(err)
				}
				if n != want {
					t.Errorf("wrote %d quads, store has %d", n, want)
				}
				outs = append(outs, buf.String())
			}
			if outs[0] != outs[1] || outs[0] != outs[2] {
				t.Error("output differs between sources")
			}
		})
	}
}

func TestNQuadsGrouped(t *testing.T) {
	var buf bytes.Buffer
	extra := schema.VocabularyQuads()
	n, err := WriteNQuads(context.Background(), &buf, graph.Quads(exporttest.Quads()), RDFOptions{Extra: extra})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	if int64(len(lines)) != n || n != int64(len(exporttest.Quads())+len(extra)) {
		t.Fatalf("%d lines, %d counted, want %d", len(lines), n, len(exporttest.Quads())+len(extra))
	}
	// default graph first, then 000_aaaa, then 001_bbbb; sorted within each
	var prevLabel, prev string
	for i, l := range lines {
		label := ""
		if strings.Count(l, "<https://w3id.org/actorgraph/doc/") > 0 && strings.HasSuffix(l, "> .") {
			if j := strings.LastIndex(l, " <https://w3id.org/actorgraph/doc/"); j > 0 && !strings.Contains(l[j+1:len(l)-2], " ") {
				label = l[j+1 : len(l)-2]
			}
		}
		if i < len(extra) && label != "" || i >= len(extra) && label == "" {
			t.Fatalf("line %d in the wrong graph: %s", i, l)
		}
		if label == prevLabel && l < prev {
			t.Fatalf("line %d out of order: %s", i, l)
		}
		if label < prevLabel {
			t.Fatalf("graph %s after %s", label, prevLabel)
		}
		prevLabel, prev = label, l
	}
}

func TestDocs(t *testing.T) {
	ctx := context.Background()
	st := exporttest.Store(t, "", exporttest.Articles())
	a2 := exporttest.Articles()[1]
	src := Docs(st, []quad.Value{schema.DocIRI(a2.Article.ID)})
	var buf bytes.Buffer
	n, err := WriteNQuads(ctx, &buf, src, RDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := len(a2.Quads()); n != int64(want) {
		t.Errorf("--doc export has %d quads, the article %d", n, want)
	}
	if strings.Contains(buf.String(), "000_aaaa> .") {
		t.Error("--doc export holds another article's quads")
	}
	g, err := BuildActorGraph(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := g.Node(iri(exporttest.Ofsted)); ok {
		t.Error("actor graph of 001_bbbb has Ofsted, which only 000_aaaa names")
	}
	qs, err := SubjectQuads(ctx, src, []quad.Value{schema.ActorIRI(exporttest.Hill)})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if q.Subject != schema.ActorIRI(exporttest.Hill) || q.Label != schema.DocIRI(a2.Article.ID) {
			t.Errorf("subject quads of Hill in 001_bbbb: %v", q)
		}
	}
	if len(qs) == 0 {
		t.Error("no subject quads of Hill")
	}
}

func TestSubjectQuads(t *testing.T) {
	ctx := context.Background()
	st := exporttest.Store(t, "", exporttest.Articles())
	nodes := []quad.Value{schema.ActorIRI(exporttest.Hill), schema.ActorIRI(exporttest.Bayliss), schema.ActorIRI(exporttest.Hill)}
	byIndex, err := SubjectQuads(ctx, st, nodes)
	if err != nil {
		t.Fatal(err)
	}
	byScan, err := SubjectQuads(ctx, graph.Quads(exporttest.Quads()), nodes)
	if err != nil {
		t.Fatal(err)
	}
	if len(byIndex) == 0 || len(sortQuads(byIndex)) != len(sortQuads(byScan)) {
		t.Errorf("index lookup found %d quads, scan %d", len(byIndex), len(byScan))
	}
}

func TestTerms(t *testing.T) {
	tw := newTurtler()
	tests := []struct {
		v          quad.Value
		nt, turtle string
	}{
		{schema.Person, "<https://schema.org/Person>", "schema:Person"},
		{schema.ActorIRI("marc-bayliss"), "<https://w3id.org/actorgraph/id/marc-bayliss>", "id:marc-bayliss"},
		{schema.PostIRI("c", "leader"), "<https://w3id.org/actorgraph/id/post/c/leader>", "<https://w3id.org/actorgraph/id/post/c/leader>"},
		{schema.DocIRI("000_x"), "<https://w3id.org/actorgraph/doc/000_x>", "<https://w3id.org/actorgraph/doc/000_x>"},
		{quad.IRI("http://x/a b"), `<http://x/a\u0020b>`, `<http://x/a\u0020b>`},
		{quad.String("say \"no\"\n\\ \t\x01"), `"say \"no\"\n\\ \t\u0001"`, `"say \"no\"\n\\ \t\u0001"`},
		{quad.LangString{Value: "hi", Lang: "en"}, `"hi"@en`, `"hi"@en`},
		{quad.TypedString{Value: "5", Type: schema.Integer}, `"5"^^<http://www.w3.org/2001/XMLSchema#integer>`, `"5"^^xsd:integer`},
		{quad.Int(5), `"5"^^<http://www.w3.org/2001/XMLSchema#integer>`, `"5"^^xsd:integer`},
		{quad.BNode("b1"), "_:b1", "_:b1"},
	}
	for _, tt := range tests {
		if got := ntTerm(tt.v); got != tt.nt {
			t.Errorf("ntTerm(%#v) = %s, want %s", tt.v, got, tt.nt)
		}
		if got := tw.term(tt.v); got != tt.turtle {
			t.Errorf("turtle term(%#v) = %s, want %s", tt.v, got, tt.turtle)
		}
	}
}

func TestJSONLDShape(t *testing.T) {
	var buf bytes.Buffer
	if _, err := WriteJSONLD(context.Background(), &buf, graph.Quads(exporttest.Quads()), RDFOptions{Extra: schema.VocabularyQuads()}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Context map[string]any   `json:"@context"`
		Graph   []map[string]any `json:"@graph"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if doc.Context["ag"] != schema.AG || doc.Context["name"] != string(schema.Name) {
		t.Errorf("@context is not inline or lacks terms: %v", doc.Context["ag"])
	}
	var named []string
	for _, n := range doc.Graph {
		if g, ok := n["@graph"]; ok {
			named = append(named, n["@id"].(string))
			if len(g.([]any)) == 0 {
				t.Errorf("empty named graph %v", n["@id"])
			}
		}
	}
	if want := []string{string(schema.DocIRI("000_aaaa")), string(schema.DocIRI("001_bbbb"))}; !slices.Equal(named, want) {
		t.Errorf("named graphs %v, want %v", named, want)
	}
	if !strings.Contains(buf.String(), `"demandsResignationOf": "https://w3id.org/actorgraph/id/marc-bayliss"`) {
		t.Error("action edge not written with its context term")
	}
}

func TestVisualFormats(t *testing.T) {
	g, err := BuildActorGraph(context.Background(), graph.Quads(exporttest.Quads()))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		f    Format
		want []string
	}{
		{GraphML, []string{`<data key="n_name">Marc Bayliss</data>`, `<data key="e_predicate">demandsResignationOf</data>`, `<data key="e_weight">2</data>`, `<data key="e_role">leader</data>`, `step down`}},
		{GEXF, []string{`label="Marc Bayliss"`, `label="demands resignation of" weight="2"`, `<viz:color r="78" g="121" b="167"/>`, `<attvalue for="kind" value="council"/>`}},
		{DOT, []string{`[label="Marc Bayliss", shape=ellipse`, `shape=box`, `shape=hexagon`, `[label="demands resignation of", penwidth=2`, `label="holds: leader"`}},
		{Cytoscape, []string{`"interaction": "demandsResignationOf"`, `"name": "Marc Bayliss"`, `"weight": 2`, `"role": "leader"`}},
	}
	for _, tt := range tests {
		t.Run(string(tt.f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteGraph(tt.f, &buf, g); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %s", w)
				}
			}
			for _, bad := range []string{"/quote/", "/event/", "/post/", "It's time"} {
				if strings.Contains(out, bad) {
					t.Errorf("output holds %q: quotes, events and posts are not nodes", bad)
				}
			}
		})
	}
	var cy struct {
		Elements struct {
			Nodes []struct{ Data map[string]any } `json:"nodes"`
			Edges []struct{ Data map[string]any } `json:"edges"`
		} `json:"elements"`
	}
	var buf bytes.Buffer
	WriteCytoscape(&buf, g)
	if err := json.Unmarshal(buf.Bytes(), &cy); err != nil {
		t.Fatal(err)
	}
	if len(cy.Elements.Nodes) != len(g.Nodes) || len(cy.Elements.Edges) != len(g.Edges) {
		t.Errorf("cytoscape has %d nodes, %d edges", len(cy.Elements.Nodes), len(cy.Elements.Edges))
	}
}

func TestCSV(t *testing.T) {
	g, err := BuildActorGraph(context.Background(), graph.Quads(exporttest.Quads()))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := WriteCSVDir(filepath.Join(dir, "csv"), g); err != nil {
		t.Fatal(err)
	}
	read := func(r []byte) [][]string {
		rows, err := csv.NewReader(bytes.NewReader(r)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	nodes, _ := os.ReadFile(filepath.Join(dir, "csv", NodesCSV))
	edges, _ := os.ReadFile(filepath.Join(dir, "csv", EdgesCSV))
	nr, er := read(nodes), read(edges)
	if len(nr) != len(g.Nodes)+1 || len(er) != len(g.Edges)+1 {
		t.Errorf("csv has %d node rows, %d edge rows", len(nr), len(er))
	}
	if !slices.Equal(nr[0][:2], []string{"Id", "Label"}) || !slices.Equal(er[0][:6], []string{"Id", "Source", "Target", "Type", "Label", "Weight"}) {
		t.Errorf("headers %v / %v", nr[0], er[0])
	}
	var zbuf bytes.Buffer
	if err := WriteCSVZip(&zbuf, g); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(zbuf.Bytes()), int64(zbuf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		rc, _ := f.Open()
		var b bytes.Buffer
		b.ReadFrom(rc)
		rc.Close()
		want := map[string][]byte{NodesCSV: nodes, EdgesCSV: edges}[f.Name]
		if !bytes.Equal(b.Bytes(), want) {
			t.Errorf("zip entry %s differs from the folder's", f.Name)
		}
	}
	if len(zr.File) != 2 {
		t.Errorf("zip has %d files", len(zr.File))
	}
	var again bytes.Buffer
	WriteCSVZip(&again, g)
	if !bytes.Equal(again.Bytes(), zbuf.Bytes()) {
		t.Error("zip is not deterministic")
	}
}

func TestNodesIn(t *testing.T) {
	var got []string
	NodesIn([]any{
		map[string]any{"id": "<https://x/a>", "t": "<https://x/b>", "n": "a name", "c": 5.0},
		[]any{"_:b1", "<>", "plain"},
	}, func(v quad.Value) { got = append(got, quad.StringOf(v)) })
	slices.Sort(got)
	if want := []string{"<https://x/a>", "<https://x/b>", "_:b1"}; !slices.Equal(got, want) {
		t.Errorf("NodesIn = %v, want %v", got, want)
	}
}

func TestFormats(t *testing.T) {
	for _, f := range Formats() {
		if g, err := ParseFormat(string(f)); err != nil || g != f {
			t.Errorf("ParseFormat(%s) = %v, %v", f, g, err)
		}
		if g, ok := FormatOf("x" + f.Ext()); !ok || g != f {
			t.Errorf("FormatOf(x%s) = %v", f.Ext(), g)
		}
	}
	if _, err := ParseFormat("gml"); err == nil {
		t.Error("ParseFormat accepted gml")
	}
}
