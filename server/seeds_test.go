package server

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/ingest"
	"github.com/actorgraph/actorgraph/seeds"
)

// buildSeeds builds the bundled seed articles with the real extractor into
// a memory store, as `actorgraph build` does.
func buildSeeds(tb testing.TB) *graph.Store {
	tb.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, "memory:")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	corpus := func(ctx context.Context, fn func(ingest.Item) error) error {
		return ingest.WalkFS(ctx, seeds.FS, "seeds", nil, fn)
	}
	if _, err := ingest.Build(ctx, st, corpus, ingest.Options{Workers: 1}); err != nil {
		tb.Fatal(err)
	}
	return st
}

// TestSeedsInBrowser runs the page on the graph the extractor builds from
// the seeds: a surname finds its actor, whose page shows an action with its
// evidence sentence and a drawn neighbourhood graph.
func TestSeedsInBrowser(t *testing.T) {
	p := newPage(t)
	st := buildSeeds(t)
	s, err := New(context.Background(), st, Config{})
	if err != nil {
		t.Fatal(err)
	}
	hits := s.index().search("Bayliss", 1)
	if len(hits) == 0 {
		t.Skip("the extractor finds no Bayliss in the seeds (yet)")
	}
	ts := newHTTPTestServer(t, s)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }
	sugg := `#suggestions li[data-id="` + hits[0].ID + `"]`
	p.do("search the seeds",
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(css(".stat")),
		chromedp.Click(css("#search")),
		chromedp.SendKeys(css("#search"), "Bayliss"),
		chromedp.WaitVisible(css(sugg)),
		chromedp.Click(css(sugg)),
		chromedp.WaitVisible(css(".event .evidence")),
		waitTrue(canvasDrawn("graph")),
	)
	if ev := p.text(".event .evidence"); len(strings.TrimSpace(ev)) < 20 {
		t.Errorf("evidence reads %q", ev)
	}
	p.screenshot("seeds-actor.png")
	p.do("console on the seeds",
		chromedp.Navigate(ts.URL+"/#/console"),
		chromedp.WaitVisible(css("#gizmo")),
		chromedp.Click(css("#gizmo-run")),
		chromedp.WaitVisible(css("#gizmo-table tbody tr")),
	)
	p.screenshot("seeds-console.png")
}
