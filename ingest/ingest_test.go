package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/schema"
	"github.com/actorgraph/actorgraph/seeds"
)

func seedCorpus(ctx context.Context, fn func(Item) error) error {
	return WalkFS(ctx, seeds.FS, "seeds", nil, fn)
}

func dirCorpus(paths ...string) Corpus {
	return func(ctx context.Context, fn func(Item) error) error { return Walk(ctx, paths, fn) }
}

func openStore(t *testing.T, url string) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// dump returns the store's quads as sorted N-Quads lines, grouped by label.
func dump(t *testing.T, s *graph.Store) map[string][]string {
	t.Helper()
	out := make(map[string][]string)
	if err := s.Quads(context.Background(), func(q quad.Quad) error {
		l := quad.StringOf(q.Label)
		out[l] = append(out[l], q.NQuad())
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, v := range out {
		sort.Strings(v)
	}
	return out
}

// wordsExtractor is a stand-in extractor whose facts depend on the text in
// an obvious way: every capitalised word is a person.
func wordsExtractor(a extract.Article) extract.Facts {
	f := extract.Facts{Doc: a.ID, Title: "t", WordCount: len(strings.Fields(a.Text))}
	seen := map[string]bool{}
	for _, w := range strings.Fields(a.Text) {
		w = strings.Trim(w, ".,;:\"'")
		if w == "" || w[0] < 'A' || w[0] > 'Z' || seen[w] {
			continue
		}
		seen[w] = true
		f.Actors = append(f.Actors, extract.Actor{ID: extract.Slug(w), Type: extract.Person, Name: w})
	}
	return f
}

func TestBuildSeedsIntoBoltThenQuery(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, "bolt:"+filepath.Join(t.TempDir(), "g"))
	sum, err := Build(ctx, s, seedCorpus, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.New != 5 || sum.Skipped != 0 {
		t.Fatalf("summary = %+v, want 5 new articles", sum)
	}
	count := func(class string) int {
		n := 0
		src := `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<` + class + `>").All()`
		if err := s.Query(ctx, src, graph.QueryOptions{}, func(any) error { n++; return nil }); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := count(string(schema.NewsArticle)); n != 5 {
		t.Errorf("%d articles in the graph, want 5", n)
	}
	if n := count(string(schema.Person)); n < 5 {
		t.Errorf("%d people in the graph of the seeds, want at least 5", n)
	}
}

func TestBuildTwiceGivesSameQuads(t *testing.T) {
	ctx := context.Background()
	s := openStore(t, "bolt:"+filepath.Join(t.TempDir(), "g"))
	if _, err := Build(ctx, s, seedCorpus, Options{}); err != nil {
		t.Fatal(err)
	}
	first := dump(t, s)
	sum, err := Build(ctx, s, seedCorpus, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Unchanged != 5 || sum.Added != 0 || sum.Removed != 0 {
		t.Errorf("second build = %+v, want 5 unchanged and nothing written", sum)
	}
	sum, err = Build(ctx, s, seedCorpus, Options{Force: true})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Changed != 5 || sum.Added != 0 || sum.Removed != 0 {
		t.Errorf("forced build = %+v, want 5 rebuilt with no quad added or removed", sum)
	}
	if second := dump(t, s); !equalDumps(first, second) {
		t.Error("building the seeds twice gave different quads")
	}
	// A fresh store gets exactly the same quads: IRIs are stable.
	s2 := openStore(t, "memory:")
	if _, err := Build(ctx, s2, seedCorpus, Options{Workers: 1}); err != nil {
		t.Fatal(err)
	}
	if !equalDumps(first, dump(t, s2)) {
		t.Error("a build into a fresh store gave different quads")
	}
}

func equalDumps(a, b map[string][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if strings.Join(v, "\n") != strings.Join(b[k], "\n") {
			return false
		}
	}
	return true
}

func TestEditReplacesExactlyThatArticle(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, backend := range []string{"bolt", "leveldb"} {
		t.Run(backend, func(t *testing.T) {
			write("a.txt", "Alice met Bob and Carol.")
			write("b.txt", "Bob met Dave.")
			s := openStore(t, backend+":"+filepath.Join(t.TempDir(), "g"))
			opt := Options{Extract: wordsExtractor}
			if _, err := Build(ctx, s, dirCorpus(dir), opt); err != nil {
				t.Fatal(err)
			}
			before := dump(t, s)
			labelA, labelB := quad.StringOf(schema.DocIRI("a")), quad.StringOf(schema.DocIRI("b"))
			for i, text := range []string{"Alice met Erin.", "Alice met Bob and Carol.", "Alice met Erin."} {
				write("a.txt", text)
				sum, err := Build(ctx, s, dirCorpus(dir), opt)
				if err != nil {
					t.Fatal(err)
				}
				if sum.Changed != 1 || sum.Unchanged != 1 {
					t.Fatalf("edit %d: summary %+v, want 1 changed, 1 unchanged", i, sum)
				}
				after := dump(t, s)
				if strings.Join(after[labelB], "\n") != strings.Join(before[labelB], "\n") {
					t.Fatalf("edit %d: the other article's quads changed", i)
				}
				var want []string
				for _, q := range schema.Quads(schema.Article{ID: "a", Title: "t", WordCount: len(strings.Fields(text)), SHA256: sha(text)}, wordsExtractor(extract.Article{ID: "a", Text: text})) {
					want = append(want, q.NQuad())
				}
				sort.Strings(want)
				if got := after[labelA]; strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Fatalf("edit %d: article a has\n%s\nwant\n%s", i, strings.Join(got, "\n"), strings.Join(want, "\n"))
				}
			}
		})
	}
}

func sha(text string) string {
	r := process(context.Background(), nopStore{}, wordsExtractor, Item{ID: "x", Text: text}, false)
	for _, q := range r.quads {
		if q.Predicate == schema.SHA256 {
			return string(q.Object.(quad.String))
		}
	}
	return ""
}

type nopStore struct{}

func (nopStore) Objects(context.Context, quad.Value, quad.IRI) ([]quad.Value, error) { return nil, nil }
func (nopStore) ReplaceAll(_ context.Context, reps []graph.Replacement) ([]graph.Change, error) {
	return make([]graph.Change, len(reps)), nil
}

func TestWalkSkipsWithReasons(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"one.txt":         "An article.",
		"sub/two.md":      "Another article.",
		"sub/one.txt":     "Same id as one.txt.",
		"notes.pdf":       "%PDF",
		"empty.txt":       "  \n",
		"bad.txt":         "\xff\xfe bad",
		".hidden.txt":     "hidden",
		".git/config.txt": "not read",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := map[string]string{}
	if err := Walk(context.Background(), []string{dir}, func(it Item) error {
		rel, _ := filepath.Rel(dir, it.Path)
		got[rel] = it.Skip
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"one.txt":     "",
		"sub/two.md":  "",
		"sub/one.txt": "duplicate article id",
		"notes.pdf":   "not an article",
		"empty.txt":   "empty",
		"bad.txt":     "not UTF-8",
	}
	if len(got) != len(want) {
		t.Errorf("walk met %v, want %v", got, want)
	}
	for name, reason := range want {
		r, ok := got[name]
		if !ok || (reason == "" && r != "") || (reason != "" && !strings.Contains(r, reason)) {
			t.Errorf("%s: skip = %q (met: %v), want %q", name, r, ok, reason)
		}
	}
	if err := Walk(context.Background(), []string{filepath.Join(dir, "missing")}, func(Item) error { return nil }); err == nil {
		t.Error("Walk of a missing path gave no error")
	}
}

// TestCancelLeavesWholeArticles stops a build part-way and checks that every
// article in the store is complete.
func TestCancelLeavesWholeArticles(t *testing.T) {
	dir := t.TempDir()
	for i := range 40 {
		text := strings.Repeat("Alpha Beta Gamma Delta ", 1+i%5) + "Article" + string(rune('A'+i%26))
		if err := os.WriteFile(filepath.Join(dir, "doc"+string(rune('a'+i/26))+string(rune('a'+i%26))+".txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := openStore(t, "bolt:"+filepath.Join(t.TempDir(), "g"))
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	_, err := Build(ctx, s, dirCorpus(dir), Options{Extract: wordsExtractor, Workers: 2, Batch: 3, Progress: func(Progress) {
		if n++; n == 7 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Build error = %v, want context.Canceled", err)
	}
	got := dump(t, s)
	if len(got) == 0 || len(got) >= 40 {
		t.Fatalf("%d articles in the store after cancelling, want some but not all", len(got))
	}
	for label, lines := range got {
		id, _ := schema.DocID(quad.IRI(strings.Trim(label, "<>")))
		text, err := os.ReadFile(filepath.Join(dir, id+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		want := schema.Quads(schema.Article{ID: id, Title: "t", WordCount: len(strings.Fields(string(text))), SHA256: sha(string(text))}, wordsExtractor(extract.Article{ID: id, Text: string(text)}))
		if len(lines) != len(want) {
			t.Errorf("article %s has %d quads, want %d", id, len(lines), len(want))
		}
	}
}

// TestBuildHealsInterruptedReplace builds over what a crash between the two
// transactions of a kv replace leaves: the new version's quads plus stale
// quads of the old, with both digests. The build must see the article as
// changed and leave exactly the new version.
func TestBuildHealsInterruptedReplace(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	oldText, newText := "Alice met Bob.", "Alice met Carol."
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(newText), 0o644); err != nil {
		t.Fatal(err)
	}
	quadsOf := func(text string) []quad.Quad {
		return schema.Quads(schema.Article{ID: "a", Title: "t", WordCount: len(strings.Fields(text)), SHA256: sha(text)}, wordsExtractor(extract.Article{ID: "a", Text: text}))
	}
	s := openStore(t, "bbolt:"+filepath.Join(t.TempDir(), "g"))
	// Write the union directly: Add does not replace.
	if err := s.Add(ctx, append(quadsOf(oldText), quadsOf(newText)...)); err != nil {
		t.Fatal(err)
	}
	sum, err := Build(ctx, s, dirCorpus(dir), Options{Extract: wordsExtractor})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Changed != 1 || sum.Removed == 0 {
		t.Fatalf("summary %+v, want the article rebuilt and stale quads removed", sum)
	}
	var want []string
	for _, q := range quadsOf(newText) {
		want = append(want, q.NQuad())
	}
	sort.Strings(want)
	if got := dump(t, s)[quad.StringOf(schema.DocIRI("a"))]; strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("after the build the article has\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
