package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/export/exporttest"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/schema"
)

func exportMust(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, err := runCLI(t, args...)
	if err != nil {
		t.Fatalf("actorgraph %s: %v\n%s", strings.Join(args, " "), err, errOut)
	}
	return out
}

// exportStore writes the hand-made graph into a bolt store and closes it,
// returning its URL.
func exportStore(t *testing.T) string {
	t.Helper()
	url := "bolt:" + filepath.Join(t.TempDir(), "store")
	st, err := graph.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range exporttest.Articles() {
		if _, err := st.Replace(context.Background(), schema.DocIRI(a.Article.ID), a.Quads()); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return url
}

// TestLoadRoundTrip exports N-Quads, loads them into a fresh store (from a
// file, then again from standard input: nothing changes) and exports again:
// the files are identical.
func TestLoadRoundTrip(t *testing.T) {
	dir := t.TempDir()
	src := exportStore(t)
	a, b := filepath.Join(dir, "a.nq"), filepath.Join(dir, "b.nq")
	exportMust(t, "--store", src, "export", "--vocab", "-o", a)
	dst := "bolt:" + filepath.Join(dir, "copy")
	exportMust(t, "--store", dst, "load", "--batch", "7", a)
	exportMust(t, "--store", dst, "export", "-o", b)
	want, _ := os.ReadFile(a)
	got, _ := os.ReadFile(b)
	if len(want) == 0 || !bytes.Equal(got, want) {
		t.Fatalf("round trip changed the export (%d bytes, then %d)", len(want), len(got))
	}
	if n := strings.Count(string(want), "\n"); n != len(exporttest.Quads())+len(schema.VocabularyQuads()) {
		t.Errorf("export has %d lines", n)
	}
	// loading again adds nothing
	exportMust(t, "--store", dst, "load", a)
	exportMust(t, "--store", dst, "export", "-o", b)
	if got, _ := os.ReadFile(b); !bytes.Equal(got, want) {
		t.Error("loading twice changed the store")
	}
}

func TestExportCLI(t *testing.T) {
	dir := t.TempDir()
	store := exportStore(t)
	tests := []struct {
		name string
		args []string
		file string
		want []string // substrings of the output
	}{
		{"nquads to stdout", []string{"export"}, "", []string{"<https://w3id.org/actorgraph/doc/001_bbbb> .\n"}},
		{"format from extension", []string{"export", "-o", "g.gexf"}, "g.gexf", []string{"<gexf ", `label="Marc Bayliss"`}},
		{"trig", []string{"export", "--format", "trig"}, "", []string{"@prefix ag: <https://w3id.org/actorgraph/ns#> .", "id:marc-bayliss a schema:Person"}},
		{"jsonld", []string{"export", "--format", "jsonld", "-o", "g.jsonld"}, "g.jsonld", []string{`"@context": {`, `"@graph": [`}},
		{"graphml", []string{"export", "-o", "g.graphml"}, "g.graphml", []string{"<graphml", "demandsResignationOf"}},
		{"dot", []string{"export", "--format", "dot"}, "", []string{"digraph actorgraph {", `label="Pattie Hill"`}},
		{"cytoscape", []string{"export", "--format", "cytoscape"}, "", []string{`"elements": {`, `"interaction": "memberOf"`}},
		{"doc", []string{"export", "--doc", "001_bbbb.txt"}, "", []string{"001_bbbb> .\n"}},
		{"query rdf", []string{"export", "--format", "nquads", "--query", `g.V("<https://w3id.org/actorgraph/id/ofsted>").All()`}, "", []string{"<https://w3id.org/actorgraph/id/ofsted> <https://w3id.org/actorgraph/ns#inspects>"}},
		{"vocab turtle", []string{"vocab"}, "", []string{"ag:demandsResignationOf a rdf:Property", "skos:closeMatch plover:REQUEST"}},
		{"vocab context", []string{"vocab", "--format", "context"}, "", []string{`"@context": {`, `"demandsResignationOf": {`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			for i, a := range args {
				if strings.HasPrefix(a, "g.") && !strings.Contains(a, "(") {
					args[i] = filepath.Join(dir, a)
				}
			}
			out := exportMust(t, append([]string{"--store", store}, args...)...)
			if tt.file != "" {
				b, err := os.ReadFile(filepath.Join(dir, tt.file))
				if err != nil {
					t.Fatal(err)
				}
				out = string(b)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q", w)
				}
			}
			if tt.name == "doc" && strings.Contains(out, "000_aaaa> .") {
				t.Error("--doc 001_bbbb exported 000_aaaa's quads")
			}
			if tt.name == "query rdf" {
				for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
					if !strings.HasPrefix(l, "<https://w3id.org/actorgraph/id/ofsted> ") {
						t.Errorf("--query exported a quad of another subject: %s", l)
					}
				}
			}
		})
	}
}

// TestExportQueryActorGraph exports one actor's neighbourhood as GraphML
// and checks that it holds exactly the query's actors.
func TestExportQueryActorGraph(t *testing.T) {
	store := exportStore(t)
	out := exportMust(t, "--store", store, "export", "--format", "cytoscape", "--query",
		`g.V("<https://w3id.org/actorgraph/id/marc-bayliss>").Tag("a").Both().Tag("b").All()`)
	var cy struct {
		Elements struct {
			Nodes []struct{ Data map[string]any } `json:"nodes"`
			Edges []struct{ Data map[string]any } `json:"edges"`
		} `json:"elements"`
	}
	if err := json.Unmarshal([]byte(out), &cy); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, n := range cy.Elements.Nodes {
		names = append(names, n.Data["name"].(string))
	}
	// Bayliss, the party he is a member of, the person he blames; those who
	// act on him point at him (In), which Both() also follows.
	want := "Conservatives,Marc Bayliss,Pattie Hill,Simon Geraghty"
	if strings.Join(names, ",") != want {
		t.Errorf("neighbourhood nodes %v, want %s", names, want)
	}
	for _, e := range cy.Elements.Edges {
		if e.Data["source"] != string(schema.ActorIRI(exporttest.Bayliss)) && e.Data["target"] != string(schema.ActorIRI(exporttest.Bayliss)) &&
			e.Data["source"] != string(schema.ActorIRI(exporttest.Hill)) {
			t.Errorf("edge outside the neighbourhood: %v", e.Data)
		}
	}
	if len(cy.Elements.Edges) == 0 {
		t.Error("no edges in the neighbourhood")
	}
}

func TestExportCSV(t *testing.T) {
	dir := t.TempDir()
	store := exportStore(t)
	exportMust(t, "--store", store, "export", "--format", "csv", "-o", filepath.Join(dir, "csv"))
	for _, f := range []string{"nodes.csv", "edges.csv"} {
		if b, err := os.ReadFile(filepath.Join(dir, "csv", f)); err != nil || len(b) == 0 {
			t.Errorf("%s: %v", f, err)
		}
	}
	exportMust(t, "--store", store, "export", "-o", filepath.Join(dir, "g.zip"))
	zr, err := zip.OpenReader(filepath.Join(dir, "g.zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	if len(zr.File) != 2 || zr.File[0].Name != "nodes.csv" || zr.File[1].Name != "edges.csv" {
		t.Errorf("zip holds %v", zr.File)
	}
}

func TestExportErrors(t *testing.T) {
	store := exportStore(t)
	tests := []struct {
		args  []string
		want  string
		usage bool
	}{
		{[]string{"export", "--format", "gml"}, "unknown format", true},
		{[]string{"export", "--format", "csv"}, "give -o DIR", true},
		{[]string{"export", "--format", "gexf", "--vocab"}, "--vocab applies", true},
		{[]string{"export", "--doc", "nope"}, "no article", true},
		{[]string{"export", "--query", `g.V("<https://example.org/none>").Out().All()`}, "no nodes", false},
		{[]string{"export", "--query", `g.V(`}, "query", false},
		{[]string{"vocab", "--format", "dot"}, "unknown format", true},
		{[]string{"load", "/nonexistent.nq"}, "no such file", false},
	}
	for _, tt := range tests {
		_, _, err := runCLI(t, append([]string{"--store", store}, tt.args...)...)
		var ue usageError
		if err == nil || !strings.Contains(err.Error(), tt.want) || errors.As(err, &ue) != tt.usage {
			t.Errorf("%v: error %v, want %q (usage error: %v)", tt.args, err, tt.want, tt.usage)
		}
	}
}

// TestVocabRapper parses the published vocabulary with rapper, when it is
// installed.
func TestVocabRapper(t *testing.T) {
	if _, err := exec.LookPath("rapper"); err != nil {
		fmt.Fprintln(os.Stderr, "SKIP TestVocabRapper: rapper not installed (apt-get install raptor2-utils)")
		t.Skip("SKIP: rapper not installed (apt-get install raptor2-utils)")
	}
	out := exportMust(t, "vocab", "--format", "turtle")
	cmd := exec.Command("rapper", "-i", "turtle", "-c", "-", "https://w3id.org/actorgraph/ns")
	cmd.Stdin = strings.NewReader(out)
	msg, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(msg), "returned "+strconv.Itoa(len(schema.VocabularyQuads()))+" triples") {
		t.Errorf("rapper on the vocabulary: %v\n%s", err, msg)
	}
}
