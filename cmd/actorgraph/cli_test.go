package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// runCLI runs actorgraph in-process with args and returns what it printed.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	cmd := newRootCmd(&out, &errOut)
	cmd.SetArgs(args)
	err = cmd.ExecuteContext(context.Background())
	return out.String(), errOut.String(), err
}

const peopleQuery = `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/Person>").Out("<https://schema.org/name>").All()`

// TestBuildThenQuery is the README's first command: build the seeds into
// the default store and list the people.
func TestBuildThenQuery(t *testing.T) {
	t.Chdir(t.TempDir())
	out, _, err := runCLI(t, "build")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "5 new") {
		t.Errorf("build summary = %q, want 5 new articles", out)
	}
	if _, err := os.Stat(filepath.Join("data", "actorgraph")); err != nil {
		t.Errorf("default store not created under ./data: %v", err)
	}
	out, _, err = runCLI(t, "query", peopleQuery)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 5 {
		t.Fatalf("query printed %d people, want at least 5:\n%s", len(lines), out)
	}
	for _, l := range lines {
		var v map[string]any
		if err := json.Unmarshal([]byte(l), &v); err != nil || v["id"] == nil {
			t.Errorf("result line %q is not a JSON object with an id: %v", l, err)
		}
	}
	out, _, err = runCLI(t, "query", "--limit", "2", peopleQuery)
	if err != nil || strings.Count(out, "\n") != 2 {
		t.Errorf("--limit 2 printed %q, %v", out, err)
	}
	out, _, err = runCLI(t, "build", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var sum struct {
		Unchanged int `json:"unchanged"`
	}
	if err := json.Unmarshal([]byte(out), &sum); err != nil || sum.Unchanged != 5 {
		t.Errorf("second build --json = %q (%v), want 5 unchanged", out, err)
	}
}

// TestStoreSetting checks where the store setting comes from: flag over
// environment over config file over default.
func TestStoreSetting(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("config.yaml", []byte("store: bbolt:from-config\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	built := func(args ...string) string {
		t.Helper()
		out, _, err := runCLI(t, append(args, "build", "--json")...)
		if err != nil {
			t.Fatal(err)
		}
		var r struct{ Store string }
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		return r.Store
	}
	if got := built(); got != "bbolt:from-config" {
		t.Errorf("with config.yaml: store %q", got)
	}
	t.Setenv("ACTORGRAPH_STORE", "bbolt:from-env")
	if got := built(); got != "bbolt:from-env" {
		t.Errorf("with ACTORGRAPH_STORE: store %q", got)
	}
	if got := built("--store", "bbolt:from-flag"); got != "bbolt:from-flag" {
		t.Errorf("with --store: store %q", got)
	}
	if _, _, err := runCLI(t, "--config", "missing.yaml", "build"); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("a missing --config file: error %v", err)
	}
}

func TestCLIErrors(t *testing.T) {
	t.Chdir(t.TempDir())
	tests := []struct {
		name  string
		args  []string
		want  string
		usage bool
	}{
		{"unknown scheme", []string{"--store", "mongo:x", "build"}, "unknown scheme", false},
		{"unopenable store", []string{"--store", "bbolt:/proc/nope", "build"}, "open store", false},
		{"query syntax error", []string{"--store", "memory:", "query", "g.V(.All()"}, "Line 1:5", false},
		{"no query", []string{"--store", "memory:", "query"}, "no query given", true},
		{"missing article path", []string{"--store", "memory:", "build", "no/such/dir"}, "no such file", false},
		{"unknown flag", []string{"query", "--frobnicate"}, "unknown flag", true},
		{"runaway query", []string{"--store", "memory:", "query", "--timeout", "200ms", "while(true){}"}, "timed out", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCLI(t, tt.args...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want it to say %q", err, tt.want)
			}
			var ue usageError
			if errors.As(err, &ue) != tt.usage {
				t.Errorf("usage error = %v, want %v", !tt.usage, tt.usage)
			}
		})
	}
}

func TestLockedStoreSaysSo(t *testing.T) {
	url := "bbolt:" + filepath.Join(t.TempDir(), "g")
	s, err := graph.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, _, err = runCLI(t, "--store", url, "query", peopleQuery)
	if err == nil || !strings.Contains(err.Error(), "in use by another process") {
		t.Fatalf("query on a locked store: %v", err)
	}
}

func TestReadCommandsNeedAStore(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, args := range [][]string{
		{"query", peopleQuery},
		{"export", "--format", "nquads"},
	} {
		_, _, err := runCLI(t, args...)
		if err == nil || !strings.Contains(err.Error(), "run `actorgraph build` first") {
			t.Errorf("%v with no store: error %v", args, err)
		}
	}
	if _, err := os.Stat("data"); err == nil {
		t.Error("a read command created a store")
	}
}

// TestBundledQueries runs every query of the queries/ folder on the seeds:
// each must run and find something, so that the examples never rot.
func TestBundledQueries(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "queries", "*.js"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no queries found: %v", err)
	}
	url := "bbolt:" + filepath.Join(t.TempDir(), "g")
	if _, _, err := runCLI(t, "--store", url, "build"); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			out, _, err := runCLI(t, "--store", url, "query", "--timeout", "20s", "-f", f)
			if err != nil {
				t.Fatal(err)
			}
			if strings.TrimSpace(out) == "" {
				t.Fatal("no results on the seeds")
			}
		})
	}
}
