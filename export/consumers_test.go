package export

// The exports are checked by the tools that read them. Each test is skipped
// (with a SKIP line naming the Debian package) only when its tool is not
// installed: raptor2-utils (rapper), python3-rdflib, python3-networkx and
// graphviz (dot).

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/export/exporttest"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/schema"
)

// python is the Debian python, which has the Debian-packaged modules.
const python = "/usr/bin/python3"

// need skips the test when a program is not installed.
func need(t *testing.T, program, pkg string) string {
	t.Helper()
	path, err := exec.LookPath(program)
	if err != nil {
		skip(t, "%s not installed (apt-get install %s)", program, pkg)
	}
	return path
}

// needPython skips the test when the Debian python lacks a module.
func needPython(t *testing.T, module, pkg string) {
	t.Helper()
	if err := exec.Command(python, "-c", "import "+module).Run(); err != nil {
		skip(t, "python module %s not available to %s (apt-get install %s)", module, python, pkg)
	}
}

// skip skips the test, saying why on standard error too, so that the skip
// shows without -v.
func skip(t *testing.T, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf("SKIP %s: %s", t.Name(), fmt.Sprintf(format, args...))
	fmt.Fprintln(os.Stderr, msg)
	t.Skip(msg)
}

// consumerFixture is the hand-made graph in a bolt store, written out in
// every format into a temporary folder, with the vocabulary's description
// in the store's default graph.
type consumerFixture struct {
	dir    string
	quads  int64
	labels []string // the store's named graphs
	graph  *ActorGraph
}

func newConsumerFixture(t *testing.T) consumerFixture {
	t.Helper()
	ctx := context.Background()
	st := exporttest.Store(t, "", exporttest.Articles())
	if err := st.Add(ctx, schema.VocabularyQuads()); err != nil {
		t.Fatal(err)
	}
	fx := consumerFixture{dir: t.TempDir(), quads: exporttest.Count(t, st), labels: storeLabels(t, st)}
	var err error
	if fx.graph, err = BuildActorGraph(ctx, st); err != nil {
		t.Fatal(err)
	}
	for _, f := range Formats() {
		out, err := os.Create(fx.path(f))
		if err != nil {
			t.Fatal(err)
		}
		if f.RDF() {
			n, err := WriteRDF(ctx, f, out, st, RDFOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if n != fx.quads {
				t.Fatalf("%s: wrote %d quads, store has %d", f, n, fx.quads)
			}
		} else if err := WriteGraph(f, out, fx.graph); err != nil {
			t.Fatal(err)
		}
		if err := out.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return fx
}

func (fx consumerFixture) path(f Format) string { return filepath.Join(fx.dir, "graph"+f.Ext()) }

func storeLabels(t *testing.T, st *graph.Store) []string {
	t.Helper()
	set := map[string]bool{}
	st.Quads(context.Background(), func(q quad.Quad) error {
		if q.Label != nil {
			set[strings.Trim(ntTerm(q.Label), "<>")] = true
		}
		return nil
	})
	var out []string
	for l := range set {
		out = append(out, l)
	}
	slices.Sort(out)
	return out
}

var rapperCount = regexp.MustCompile(`returned (\d+) (triples|statements)`)

// TestRapper parses the N-Quads, TriG and Turtle exports with rapper (no
// error, as many statements as the store has quads), and checks that the
// TriG export, read back as N-Quads, is the N-Quads export.
func TestRapper(t *testing.T) {
	need(t, "rapper", "raptor2-utils")
	fx := newConsumerFixture(t)
	for _, tt := range []struct {
		f      Format
		parser string
	}{{NQuads, "nquads"}, {TriG, "trig"}, {Turtle, "turtle"}} {
		t.Run(string(tt.f), func(t *testing.T) {
			cmd := exec.Command("rapper", "-i", tt.parser, "-c", fx.path(tt.f))
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("rapper: %v\n%s", err, stderr.String())
			}
			if strings.Contains(stderr.String(), "Error") || strings.Contains(stderr.String(), "Warning") {
				t.Errorf("rapper complains:\n%s", stderr.String())
			}
			m := rapperCount.FindStringSubmatch(stderr.String())
			if m == nil {
				t.Fatalf("no count in rapper's output:\n%s", stderr.String())
			}
			if n, _ := strconv.ParseInt(m[1], 10, 64); n != fx.quads {
				t.Errorf("rapper read %d statements, the store has %d quads", n, fx.quads)
			}
		})
	}
	t.Run("trig=nquads", func(t *testing.T) {
		out, err := exec.Command("rapper", "-q", "-i", "trig", "-o", "nquads", fx.path(TriG)).Output()
		if err != nil {
			t.Fatal(err)
		}
		want, _ := os.ReadFile(fx.path(NQuads))
		got := strings.Split(strings.TrimSpace(unescapeU(string(out))), "\n")
		slices.Sort(got)
		wl := strings.Split(strings.TrimSpace(string(want)), "\n")
		slices.Sort(wl)
		if !slices.Equal(got, wl) {
			t.Errorf("rapper reads the TriG export as other quads than the N-Quads export:\n%s", firstDiff(got, wl))
		}
	})
}

// unescapeU undoes rapper's \uXXXX escapes of non-ASCII characters.
func unescapeU(s string) string {
	re := regexp.MustCompile(`\\u([0-9A-F]{4})|\\U([0-9A-F]{8})`)
	return re.ReplaceAllStringFunc(s, func(m string) string {
		n, _ := strconv.ParseUint(m[2:], 16, 32)
		if n < 0x20 || n == 0x7f {
			return m // control characters stay escaped, as the export writes them
		}
		return string(rune(n))
	})
}

func firstDiff(a, b []string) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return fmt.Sprintf("got  %s\nwant %s", a[i], b[i])
		}
	}
	return fmt.Sprintf("%d lines, want %d", len(a), len(b))
}

const rdflibScript = `
import sys, json, rdflib
path, fmt = sys.argv[1], sys.argv[2]
ds = rdflib.Dataset()
ds.parse(path, format=fmt, publicID=rdflib.graph.DATASET_DEFAULT_GRAPH_ID)
quads, graphs = 0, set()
for s, p, o, g in ds.quads((None, None, None, None)):
    quads += 1
    g = str(getattr(g, "identifier", g))
    if g != str(rdflib.graph.DATASET_DEFAULT_GRAPH_ID):
        graphs.add(g)
print(json.dumps({"quads": quads, "graphs": sorted(graphs)}))
`

// TestRDFLib loads the N-Quads and JSON-LD exports into rdflib Datasets:
// each has the store's quads and named graphs. The JSON-LD's @context is
// inline, so rdflib needs no network.
func TestRDFLib(t *testing.T) {
	needPython(t, "rdflib", "python3-rdflib")
	fx := newConsumerFixture(t)
	for _, tt := range []struct {
		f      Format
		parser string
	}{{NQuads, "nquads"}, {JSONLD, "json-ld"}} {
		t.Run(string(tt.f), func(t *testing.T) {
			out, err := exec.Command(python, "-c", rdflibScript, fx.path(tt.f), tt.parser).CombinedOutput()
			if err != nil {
				t.Fatalf("rdflib: %v\n%s", err, out)
			}
			var got struct {
				Quads  int64
				Graphs []string
			}
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			if got.Quads != fx.quads || !slices.Equal(got.Graphs, fx.labels) {
				t.Errorf("rdflib read %d quads in graphs %v; the store has %d in %v", got.Quads, got.Graphs, fx.quads, fx.labels)
			}
		})
	}
}

const networkxScript = `
import sys, json, networkx as nx
path, fmt, src, dst = sys.argv[1:5]
g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
edges = [dict(d, key=k) for u, v, k, d in g.edges(keys=True, data=True) if u == src and v == dst]
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
                  "src": g.nodes[src] if src in g else None, "between": edges}, default=str))
`

// TestNetworkX reads the GraphML and GEXF exports with networkx: as many
// nodes and edges as the actor graph, and the resignation demand with its
// attributes.
func TestNetworkX(t *testing.T) {
	needPython(t, "networkx", "python3-networkx")
	fx := newConsumerFixture(t)
	src, dst := iri(exporttest.Hill), iri(exporttest.Bayliss)
	for _, f := range []Format{GraphML, GEXF} {
		t.Run(string(f), func(t *testing.T) {
			out, err := exec.Command(python, "-c", networkxScript, fx.path(f), string(f), src, dst).CombinedOutput()
			if err != nil {
				t.Fatalf("networkx: %v\n%s", err, out)
			}
			var got struct {
				Nodes, Edges int
				Directed     bool
				Src          map[string]any
				Between      []map[string]any
			}
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatalf("%v: %s", err, out)
			}
			if got.Nodes != len(fx.graph.Nodes) || got.Edges != len(fx.graph.Edges) || !got.Directed {
				t.Errorf("networkx read %d nodes, %d edges (directed %v); the actor graph has %d, %d",
					got.Nodes, got.Edges, got.Directed, len(fx.graph.Nodes), len(fx.graph.Edges))
			}
			if got.Src["type"] != "Person" {
				t.Errorf("Hill's attributes: %v", got.Src)
			}
			var demand map[string]any
			for _, e := range got.Between {
				if e["predicate"] == "demandsResignationOf" {
					demand = e
				}
			}
			if demand == nil {
				t.Fatalf("no demandsResignationOf edge from Hill to Bayliss among %v", got.Between)
			}
			if w, _ := demand["weight"].(float64); w != 2 {
				t.Errorf("weight %v, want 2", demand["weight"])
			}
			if demand["articles"] != "000_aaaa | 001_bbbb" || !strings.Contains(fmt.Sprint(demand["evidence"]), `"step down"`) {
				t.Errorf("resignation demand's attributes: %v", demand)
			}
		})
	}
}

// TestDot renders the DOT export with Graphviz: no error, no warning.
func TestDot(t *testing.T) {
	need(t, "dot", "graphviz")
	fx := newConsumerFixture(t)
	cmd := exec.Command("dot", "-Tsvg", "-o", filepath.Join(fx.dir, "graph.svg"), fx.path(DOT))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("dot: %v\n%s", err, stderr.String())
	}
	if stderr.Len() > 0 {
		t.Errorf("dot warns:\n%s", stderr.String())
	}
	svg, _ := os.ReadFile(filepath.Join(fx.dir, "graph.svg"))
	for _, want := range []string{"Marc Bayliss", "demands resignation of"} {
		if !bytes.Contains(svg, []byte(want)) {
			t.Errorf("the SVG lacks %q", want)
		}
	}
}
