package graph

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
)

func TestParseLocation(t *testing.T) {
	tests := []struct {
		in      string
		want    Location
		wantErr string
	}{
		{"bolt:data/x", Location{Bolt, "data/x"}, ""},
		{"bbolt:/tmp/x", Location{BBolt, "/tmp/x"}, ""},
		{"leveldb://tmp/x", Location{LevelDB, "tmp/x"}, ""},
		{"memory:", Location{Memory, ""}, ""},
		{"postgres://u@localhost/db?sslmode=disable", Location{Postgres, "postgres://u@localhost/db?sslmode=disable"}, ""},
		{"postgresql://u:secret@db/x", Location{Postgres, "postgresql://u:secret@db/x"}, ""},
		{"mongo:x", Location{}, "unknown scheme"},
		{"data/x", Location{}, "want SCHEME:PATH"},
		{"bolt:", Location{}, "needs a directory"},
		{"memory:x", Location{}, "takes no path"},
	}
	for _, tt := range tests {
		got, err := ParseLocation(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseLocation(%q) error = %v, want %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseLocation(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
		if strings.Contains(got.String(), "secret") {
			t.Errorf("Location %q prints its password: %s", tt.in, got)
		}
	}
}

func docQuads(doc string, objs ...string) []quad.Quad {
	label := quad.IRI("https://example.org/doc/" + doc)
	var qs []quad.Quad
	for _, o := range objs {
		qs = append(qs, quad.Quad{Subject: quad.IRI("https://example.org/id/" + o), Predicate: quad.IRI("https://schema.org/name"), Object: quad.String(o), Label: label})
	}
	return qs
}

func dump(t *testing.T, s *Store) []string {
	t.Helper()
	var out []string
	if err := s.Quads(context.Background(), func(q quad.Quad) error {
		out = append(out, q.NQuad())
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// testPostgres is the environment variable naming a PostgreSQL database
// that tests may empty and use (CI sets it); without it they skip
// PostgreSQL.
const testPostgres = "ACTORGRAPH_TEST_POSTGRES"

// storeURL gives a fresh store of the backend for a test.
func storeURL(t *testing.T, backend string) string {
	t.Helper()
	switch backend {
	case Memory:
		return "memory:"
	case Postgres:
		url := os.Getenv(testPostgres)
		if url == "" {
			t.Skipf("no PostgreSQL: set %s=postgres://… to test it", testPostgres)
		}
		db, err := sql.Open("postgres", url)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec("DROP TABLE IF EXISTS quads, nodes"); err != nil {
			t.Fatalf("empty the test database: %v", err)
		}
		return url
	}
	return backend + ":" + filepath.Join(t.TempDir(), "store")
}

// TestReplace edits one article back and forth on every backend: each
// version replaces exactly that article's quads and leaves the other's.
func TestReplace(t *testing.T) {
	for _, backend := range []string{Bolt, BBolt, LevelDB, Memory, Postgres} {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			s, err := Open(ctx, storeURL(t, backend))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			other := docQuads("b", "x", "shared")
			if _, err := s.Replace(ctx, other[0].Label, other); err != nil {
				t.Fatal(err)
			}
			versions := [][]string{{"p", "q", "shared"}, {"q", "r"}, {"p", "q", "shared"}, {"q", "r"}, {"p"}}
			for i, v := range versions {
				qs := docQuads("a", v...)
				if _, err := s.Replace(ctx, qs[0].Label, qs); err != nil {
					t.Fatalf("version %d: %v", i, err)
				}
				var want []string
				for _, q := range append(append([]quad.Quad{}, qs...), other...) {
					want = append(want, q.NQuad())
				}
				sort.Strings(want)
				if got := dump(t, s); strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Fatalf("version %d: store has\n%s\nwant\n%s", i, strings.Join(got, "\n"), strings.Join(want, "\n"))
				}
			}
			ch, err := s.Replace(ctx, other[0].Label, other)
			if err != nil || ch != (Change{}) {
				t.Errorf("unchanged replace = %+v, %v; want no change", ch, err)
			}
		})
	}
}

func TestReplaceRejectsForeignLabel(t *testing.T) {
	s, err := Open(context.Background(), "memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	qs := append(docQuads("a", "p"), docQuads("b", "q")...)
	if _, err := s.Replace(context.Background(), qs[0].Label, qs); err == nil {
		t.Fatal("Replace accepted a quad with another label")
	}
}

func TestOpenLocked(t *testing.T) {
	url := "bolt:" + filepath.Join(t.TempDir(), "store")
	s, err := Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := Open(context.Background(), url)
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrLocked) {
			t.Fatalf("second Open = %v, want ErrLocked", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("second Open hung on a locked store")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s2, err := Open(context.Background(), url)
	if err != nil {
		t.Fatalf("reopen after close: %v", err)
	}
	s2.Close()
}

func TestQuery(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, "memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	qs := docQuads("a", "p", "q", "r")
	if _, err := s.Replace(ctx, qs[0].Label, qs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		src     string
		opt     QueryOptions
		want    int
		wantErr string
	}{
		{"all names", `g.V().Out("<https://schema.org/name>").All()`, QueryOptions{}, 3, ""},
		{"limit", `g.V().Out("<https://schema.org/name>").All()`, QueryOptions{Limit: 2}, 2, ""},
		{"syntax error", `g.V(.All()`, QueryOptions{}, 0, "query:"},
		{"runaway", `while(true){}`, QueryOptions{Timeout: 300 * time.Millisecond}, 0, "timed out"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			err := s.Query(ctx, tt.src, tt.opt, func(any) error { n++; return nil })
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || n != tt.want {
				t.Fatalf("got %d results, %v; want %d", n, err, tt.want)
			}
		})
	}
}

func TestReplaceAll(t *testing.T) {
	for _, backend := range []string{BBolt, Memory} {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			s, err := Open(ctx, storeURL(t, backend))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			a1, b1 := docQuads("a", "p", "q"), docQuads("b", "x")
			if _, err := s.ReplaceAll(ctx, []Replacement{{a1[0].Label, a1}, {b1[0].Label, b1}}); err != nil {
				t.Fatal(err)
			}
			a2, b2 := docQuads("a", "q", "r", "s"), docQuads("b", "y")
			ch, err := s.ReplaceAll(ctx, []Replacement{{a2[0].Label, a2}, {b2[0].Label, b2}})
			if err != nil {
				t.Fatal(err)
			}
			if want := []Change{{Removed: 1, Added: 2}, {Removed: 1, Added: 1}}; len(ch) != 2 || ch[0] != want[0] || ch[1] != want[1] {
				t.Errorf("changes = %+v, want %+v", ch, want)
			}
			var want []string
			for _, q := range append(a2, b2...) {
				want = append(want, q.NQuad())
			}
			sort.Strings(want)
			if got := dump(t, s); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("store has\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if _, err := s.ReplaceAll(ctx, []Replacement{{a2[0].Label, a2}, {a2[0].Label, a2}}); err == nil {
				t.Error("ReplaceAll accepted the same label twice")
			}
		})
	}
}
