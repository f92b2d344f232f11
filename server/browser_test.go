package server

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium finds the browser the page tests drive: $CHROMIUM, else
// Debian's chromium package.
func chromium(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p == "" {
			continue
		}
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	t.Skip("chromium is not installed (apt-get install chromium): skipping the browser tests")
	return ""
}

// page drives one headless chromium (fresh profile) through chromedp, and
// fails the test on any JavaScript exception, console error or browser
// error-level log entry (a CSP violation, a failed load) while strict.
type page struct {
	t      *testing.T
	ctx    context.Context
	shots  string
	mu     sync.Mutex
	strict bool
}

func newPage(t *testing.T) *page {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 1000),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	p := &page{t: t, ctx: ctx, shots: t.TempDir(), strict: true}
	msgs := chromedp.Console(ctx) // subscribes now, starting the browser
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			if m.Type != chromedp.ConsoleException && m.Type != chromedp.ConsoleError {
				continue
			}
			if m.Source == "network" && strings.Contains(m.URL, "/api/v1/query/gizmo") {
				continue // the console's failing query, on purpose
			}
			p.mu.Lock()
			if p.strict {
				t.Errorf("page %s: %s (%s:%d)", m.Type, m.Text, m.URL, m.Line)
			}
			p.mu.Unlock()
		}
	}()
	return p
}

func (p *page) setStrict(v bool) {
	p.mu.Lock()
	p.strict = v
	p.mu.Unlock()
}

// do runs steps, failing the test with what was being done.
func (p *page) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	if err := chromedp.Do(p.ctx, steps...); err != nil {
		p.t.Fatalf("%s: %v", what, err)
	}
}

// text is the rendered text of the first element matching a CSS selector.
func (p *page) text(sel string) string {
	p.t.Helper()
	s, err := chromedp.Run(p.ctx, chromedp.Text(chromedp.CSS(sel)))
	if err != nil {
		p.t.Fatalf("text of %s: %v", sel, err)
	}
	return s
}

// waitTrue waits until a JavaScript expression is true.
func waitTrue(expr string) chromedp.Action[chromedp.Void] {
	return chromedp.Poll[chromedp.Void](expr, chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(30*time.Second))
}

// canvasDrawn is a JavaScript expression: whether any canvas inside the
// element with the given id has a non-transparent pixel.
func canvasDrawn(id string) string {
	return `(() => {
	  const cs = document.querySelectorAll("#` + id + ` canvas");
	  for (const c of cs) {
	    if (!c.width || !c.height) continue;
	    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
	    for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true;
	  }
	  return false;
	})()`
}

// screenshot saves the page to the test's temp dir and, when
// ACTORGRAPH_SCREENSHOTS names a directory (relative to the repository
// root, e.g. docs/screenshots), a copy there for the README.
func (p *page) screenshot(name string) {
	p.t.Helper()
	png, err := chromedp.Run(p.ctx, chromedp.FullScreenshot(100)) // 100: PNG; less is JPEG
	if err != nil {
		p.t.Fatalf("screenshot %s: %v", name, err)
	}
	dirs := []string{p.shots}
	if out := os.Getenv("ACTORGRAPH_SCREENSHOTS"); out != "" {
		if !filepath.IsAbs(out) {
			out = filepath.Join("..", out) // tests run in server/
		}
		dirs = append(dirs, out)
	}
	for _, dir := range dirs {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			p.t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, png, 0o644); err != nil {
			p.t.Fatal(err)
		}
		p.t.Logf("screenshot: %s", path)
	}
}

// TestPageInBrowser drives the page in chromium: search by surname, open
// the actor, read an action's evidence, see the neighbourhood graph drawn,
// click through it, run a Gizmo query in the console and see it as a table
// and as a graph, and load Cayley's own UI.
func TestPageInBrowser(t *testing.T) {
	p := newPage(t)
	_, ts, _ := newTestServer(t, Config{})
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }

	p.do("home page",
		chromedp.Navigate(ts.URL+"/"),
		chromedp.WaitVisible(css(".stat")),
	)
	p.screenshot("home.png")

	const sugg = `#suggestions li[data-id="marc-bayliss"]`
	p.do("search as you type",
		chromedp.Click(css("#search")),
		chromedp.SendKeys(css("#search"), "Bayliss"),
		chromedp.WaitVisible(css(sugg)),
	)
	if s := p.text(sugg); !strings.Contains(s, "Marc Bayliss") {
		t.Errorf("suggestion reads %q", s)
	}
	p.screenshot("search.png")

	p.do("open the actor",
		chromedp.Click(css(sugg)),
		chromedp.WaitVisible(css("#acted-on-by .event .evidence")),
	)
	if s := p.text(`#acted-on-by [data-action="demands-resignation"] .evidence`); !strings.Contains(s, "Cllr Marc Bayliss should quit") {
		t.Errorf("evidence reads %q", s)
	}
	if s := p.text(`#acted-on-by [data-action="demands-resignation"] .event`); !strings.Contains(s, "Labour group") || !strings.Contains(s, "Calls for Worcestershire politician") {
		t.Errorf("event reads %q: want the actor and the article", s)
	}
	p.do("neighbourhood graph drawn",
		waitTrue(canvasDrawn("graph")),
		waitTrue(`window.actorgraph.cy && window.actorgraph.cy.nodes().length === 7 && window.actorgraph.cy.edges().length > 0`),
	)
	p.screenshot("actor.png")

	p.do("click a neighbour in the graph",
		chromedp.Poll[chromedp.Void](`(window.actorgraph.cy.getElementById("https://w3id.org/actorgraph/id/fran-oborski").emit("tap"), true)`),
		waitTrue(`location.hash === "#/actor/fran-oborski"`),
		chromedp.WaitVisible(css("#acts-on .event")),
	)
	if h := p.text("h1"); h != "Fran Oborski" {
		t.Errorf("after clicking the node: heading %q", h)
	}

	p.do("Gizmo console, table",
		chromedp.Navigate(ts.URL+"/#/console"),
		chromedp.WaitVisible(css("#gizmo")),
		chromedp.SetValue(css("#gizmo"), `g.V().Tag("source").Out("<https://w3id.org/actorgraph/ns#supports>").Tag("target").All()`),
		chromedp.Click(css("#gizmo-run")),
		chromedp.WaitVisible(css("#gizmo-table tbody tr")),
	)
	if s := p.text("#gizmo-table tbody"); !strings.Contains(s, "fran-oborski") || !strings.Contains(s, "marc-bayliss") {
		t.Errorf("console table reads %q", s)
	}
	p.screenshot("console-table.png")
	p.do("Gizmo console, graph",
		chromedp.Click(css("#tab-graph")),
		waitTrue(canvasDrawn("gizmo-results")),
	)
	p.screenshot("console-graph.png")

	p.do("Gizmo console, error",
		chromedp.SetValue(css("#gizmo"), `g.V(.All()`),
		chromedp.Click(css("#gizmo-run")),
		waitTrue(`document.querySelector("#gizmo-status").className === "error"`),
	)
	if s := p.text("#gizmo-status"); s == "" {
		t.Error("a failing query shows no error")
	}

	// Cayley's UI asks Google for its icon font: offline, that load fails.
	p.setStrict(false)
	p.do("Cayley's UI",
		chromedp.Navigate(ts.URL+"/cayley/"),
		chromedp.WaitVisible(css(".App")),
	)
}
