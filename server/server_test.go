package server

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/query"

	"github.com/actorgraph/actorgraph/graph"
)

// newTestServer serves the seed-shaped graph with cfg.
func newTestServer(t *testing.T, cfg Config) (*Server, *httptest.Server, *graph.Store) {
	t.Helper()
	st := openSeeded(t, seedArticles())
	s, err := New(context.Background(), st, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s, newHTTPTestServer(t, s), st
}

func newHTTPTestServer(t *testing.T, h http.Handler) *httptest.Server {
	t.Helper()
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return ts
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func do(t *testing.T, method, url, body string, header ...string) response {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return response{res.StatusCode, res.Header, b}
}

func getJSON(t *testing.T, url string, v any) {
	t.Helper()
	r := do(t, "GET", url, "")
	if r.status != http.StatusOK {
		t.Fatalf("GET %s: %d %s", url, r.status, r.body)
	}
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("GET %s: %v in %s", url, err, r.body)
	}
}

// cayleyV1 is what Cayley's own POST /api/v1/query/gizmo answers, as
// internal/http/query.go (ServeV1Query, WriteResult, defaultErrorFunc) does
// it at the pinned version; internal/http cannot be imported, so its steps
// are repeated here on the same quad store.
func cayleyV1(t *testing.T, st *graph.Store, src string, limit int) (int, string) {
	t.Helper()
	if limit == 0 {
		limit = 100
	}
	ctx := context.Background()
	ses := query.GetLanguage("gizmo").Session(st.QuadStore())
	errFunc := func(err error) (int, string) {
		data, _ := json.Marshal(err.Error())
		return http.StatusBadRequest, `{"error" : ` + string(data) + `}`
	}
	it, err := ses.Execute(ctx, src, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return errFunc(err)
	}
	defer it.Close()
	var out []interface{}
	for it.Next(ctx) {
		out = append(out, it.Result())
	}
	if err := it.Err(); err != nil {
		return errFunc(err)
	}
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(struct {
		Result interface{} `json:"result"`
	}{out})
	return http.StatusOK, buf.String()
}

func TestGizmoV1MatchesCayley(t *testing.T) {
	_, ts, st := newTestServer(t, Config{})
	const (
		name    = `<https://schema.org/name>`
		oborski = `<https://w3id.org/actorgraph/id/fran-oborski>`
	)
	tests := []struct {
		name, src, query string
		limit            int
		golden           string // the exact body, where worth spelling out
	}{
		{"name", `g.V("` + oborski + `").Out("` + name + `").All()`, "", 0, `{"result":[{"id":"Fran Oborski"}]}` + "\n"},
		{"nothing", `g.V("<https://example.org/none>").All()`, "", 0, `{"result":null}` + "\n"},
		{"tags and IRIs", `g.V().Tag("who").Out("<https://w3id.org/actorgraph/ns#supports>").Tag("whom").All()`, "", 0,
			`{"result":[{"id":"\u003chttps://w3id.org/actorgraph/id/marc-bayliss\u003e","who":"\u003chttps://w3id.org/actorgraph/id/fran-oborski\u003e","whom":"\u003chttps://w3id.org/actorgraph/id/marc-bayliss\u003e"}]}` + "\n"},
		{"typed literal", `g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/NewsArticle>").Out("<https://schema.org/wordCount>").All()`, "", 0, ""},
		{"emit", `g.Emit({n: 1, s: "x<y"})`, "", 0, `{"result":[{"n":1,"s":"x\u003cy"}]}` + "\n"},
		{"count", `g.Emit(g.V().Count())`, "", 0, ""},
		{"limit", `g.V().All()`, "?limit=3", 3, ""},
		{"default limit", `g.V().All()`, "", 0, ""},
		{"syntax error", `g.V(.All()`, "", 0, ""},
		{"runtime error", `g.V().Foo()`, "", 0, ""},
		{"thrown", `throw new Error("boom")`, "", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := do(t, "POST", ts.URL+"/api/v1/query/gizmo"+tt.query, tt.src)
			wantStatus, want := cayleyV1(t, st, tt.src, tt.limit)
			if r.status != wantStatus || string(r.body) != want {
				t.Fatalf("got %d %q\nCayley answers %d %q", r.status, r.body, wantStatus, want)
			}
			if tt.golden != "" && want != tt.golden {
				t.Fatalf("Cayley's answer %q, documented %q", want, tt.golden)
			}
		})
	}
}

func TestGizmoTimeout(t *testing.T) {
	_, ts, _ := newTestServer(t, Config{QueryTimeout: 300 * time.Millisecond})
	for _, src := range []string{`while(true){}`, `for(;;){ g.V().ToArray() }`, `var n = 0; g.V().ForEach(function(v){ while(true){ n++ } })`} {
		start := time.Now()
		r := do(t, "POST", ts.URL+"/api/v1/query/gizmo", src)
		took := time.Since(start)
		if r.status != http.StatusBadRequest || !bytes.HasPrefix(r.body, []byte(`{"error" : "query timed out after 300ms`)) {
			t.Errorf("%s: %d %s", src, r.status, r.body)
		}
		if took > 5*time.Second {
			t.Errorf("%s: answered after %v, want about the 300ms timeout", src, took)
		}
		// Cayley's v2 endpoint runs under the same timeout.
		r = do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", src)
		if r.status != http.StatusBadRequest || !bytes.Contains(r.body, []byte("deadline")) {
			t.Errorf("v2 %s: %d %s", src, r.status, r.body)
		}
	}
	// The server still answers.
	if r := do(t, "GET", ts.URL+"/api/search?q=bayliss", ""); r.status != 200 {
		t.Fatalf("after timeouts: %d %s", r.status, r.body)
	}
}

func TestGizmoCap(t *testing.T) {
	_, ts, _ := newTestServer(t, Config{QueryLimit: 5})
	count := func(body []byte) int {
		var res struct{ Result []any }
		if err := json.Unmarshal(body, &res); err != nil {
			t.Fatalf("%v: %s", err, body)
		}
		return len(res.Result)
	}
	for _, q := range []string{"", "?limit=1000", "?limit=-1"} {
		r := do(t, "POST", ts.URL+"/api/v1/query/gizmo"+q, `g.V().All()`)
		if n := count(r.body); r.status != 200 || n != 5 {
			t.Errorf("v1%s: %d, %d results; want 5", q, r.status, n)
		}
	}
	if r := do(t, "POST", ts.URL+"/api/v1/query/gizmo?limit=2", `g.V().All()`); count(r.body) != 2 {
		t.Errorf("v1 ?limit=2: %s", r.body)
	}
	r := do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", `g.V().All()`)
	if n := count(r.body); r.status != 200 || n != 5 {
		t.Errorf("v2: %d, %d results; want 5", r.status, n)
	}
}

func TestWriteToken(t *testing.T) {
	const nq = `<https://w3id.org/actorgraph/id/zoe-quill> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> <https://w3id.org/actorgraph/doc/manual> .
<https://w3id.org/actorgraph/id/zoe-quill> <https://schema.org/name> "Zoe Quill" <https://w3id.org/actorgraph/doc/manual> .
`
	t.Run("read-only", func(t *testing.T) {
		built := false
		_, ts, _ := newTestServer(t, Config{Build: func(context.Context, []string) (any, error) { built = true; return nil, nil }})
		if r := do(t, "POST", ts.URL+"/api/build", ""); r.status != http.StatusForbidden {
			t.Errorf("build: %d %s", r.status, r.body)
		}
		if r := do(t, "POST", ts.URL+"/api/build", "", "Authorization", "Bearer "); r.status != http.StatusForbidden {
			t.Errorf("build with empty token: %d %s", r.status, r.body)
		}
		for _, p := range []string{"/api/v2/write", "/api/v2/delete"} {
			if r := do(t, "POST", ts.URL+p, nq, "Content-Type", "application/n-quads"); r.status != http.StatusForbidden {
				t.Errorf("%s: %d %s", p, r.status, r.body)
			}
		}
		if built {
			t.Error("build ran without a token")
		}
		var hits struct{ Results []SearchHit }
		getJSON(t, ts.URL+"/api/search?q=quill", &hits)
		if len(hits.Results) != 0 {
			t.Error("a read-only server was written to")
		}
	})
	t.Run("token", func(t *testing.T) {
		built := 0
		_, ts, _ := newTestServer(t, Config{WriteToken: "s3cret", Build: func(_ context.Context, paths []string) (any, error) {
			built++
			return map[string]any{"paths": paths}, nil
		}})
		for _, h := range [][]string{nil, {"Authorization", "Bearer nope"}, {"Authorization", "s3cret"}, {"X-Actorgraph-Token", "s3cre"}} {
			if r := do(t, "POST", ts.URL+"/api/build", "", h...); r.status != http.StatusUnauthorized {
				t.Errorf("build with %v: %d %s", h, r.status, r.body)
			}
			if r := do(t, "POST", ts.URL+"/api/v2/write", nq, append([]string{"Content-Type", "application/n-quads"}, h...)...); r.status != http.StatusUnauthorized {
				t.Errorf("v2 write with %v: %d %s", h, r.status, r.body)
			}
		}
		if built != 0 {
			t.Fatal("build ran with a wrong token")
		}
		r := do(t, "POST", ts.URL+"/api/build", `{"paths": ["a", "b"]}`, "Authorization", "Bearer s3cret")
		if r.status != 200 || built != 1 || !strings.Contains(string(r.body), `"paths":["a","b"]`) {
			t.Errorf("build with the token: %d %s (built %d)", r.status, r.body, built)
		}
		r = do(t, "POST", ts.URL+"/api/v2/write", nq, "Content-Type", "application/n-quads", "Authorization", "Bearer s3cret")
		if r.status != 200 {
			t.Fatalf("v2 write with the token: %d %s", r.status, r.body)
		}
		// The write is searchable at once: the index is refreshed after writes.
		var hits struct{ Results []SearchHit }
		getJSON(t, ts.URL+"/api/search?q=quill", &hits)
		if len(hits.Results) != 1 || hits.Results[0].ID != "zoe-quill" {
			t.Errorf("search after write: %+v", hits.Results)
		}
	})
}

func TestBodyLimit(t *testing.T) {
	_, ts, _ := newTestServer(t, Config{MaxBody: 1024, WriteToken: "t", Build: func(context.Context, []string) (any, error) { return nil, nil }})
	big := `g.V().All() //` + strings.Repeat("x", 2048)
	for _, p := range []string{"/api/v1/query/gizmo", "/api/v2/query?lang=gizmo", "/api/build"} {
		r := do(t, "POST", ts.URL+p, big, "Authorization", "Bearer t")
		if r.status != http.StatusRequestEntityTooLarge {
			t.Errorf("%s: %d %s", p, r.status, r.body)
		}
	}
	// Without a Content-Length (chunked), the limit bites while reading.
	req, _ := http.NewRequest("POST", ts.URL+"/api/v1/query/gizmo", io.MultiReader(strings.NewReader(big)))
	req.ContentLength = -1
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("chunked: %d %s", res.StatusCode, b)
	}
	if r := do(t, "POST", ts.URL+"/api/v1/query/gizmo", `g.V().All()`); r.status != 200 {
		t.Errorf("small body: %d %s", r.status, r.body)
	}
}

// rawGet sends a request line as given, without any client cleaning the path.
func rawGet(t *testing.T, addr, target string) (int, string) {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", target)
	res, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

func TestNoPathTraversal(t *testing.T) {
	_, ts, _ := newTestServer(t, Config{})
	addr := strings.TrimPrefix(ts.URL, "http://")
	targets := []string{
		"/../go.mod", "/../../go.mod", "/%2e%2e/go.mod", "/..%2fgo.mod", "/%2e%2e%2fserver.go",
		"/vendor/../../server.go", "/vendor/..%2f..%2fserver.go", "/cayley/../../go.mod", "/cayley/%2e%2e/%2e%2e/go.mod",
		"/web/index.html", "/server.go", "/assets.go", "//etc/passwd", "/..\\..\\go.mod", "/vendor/", "/cayley/static/",
		"/../../../../../../etc/passwd", "/cayley/..%2f..%2f..%2fetc/passwd",
	}
	for _, target := range targets {
		status, body := rawGet(t, addr, target)
		if status == 200 && !strings.Contains(body, "<!doctype html>") {
			t.Errorf("GET %s: 200 with %.80q", target, body)
		}
		for _, leak := range []string{"module github.com/actorgraph", "package server", "root:x:0:0"} {
			if strings.Contains(body, leak) {
				t.Errorf("GET %s leaks %q", target, leak)
			}
		}
	}
	if status, body := rawGet(t, addr, "/vendor/cytoscape.min.js"); status != 200 || !strings.Contains(body, "cytoscape") {
		t.Errorf("vendor file: %d", status)
	}
}

func TestCORS(t *testing.T) {
	_, ts, _ := newTestServer(t, Config{})
	r := do(t, "GET", ts.URL+"/api/stats", "", "Origin", "https://evil.example")
	if v := r.header.Get("Access-Control-Allow-Origin"); v != "" {
		t.Errorf("CORS off, yet Access-Control-Allow-Origin: %q", v)
	}
	_, ts, _ = newTestServer(t, Config{CORSOrigin: "https://ok.example"})
	r = do(t, "GET", ts.URL+"/api/stats", "", "Origin", "https://ok.example")
	if v := r.header.Get("Access-Control-Allow-Origin"); v != "https://ok.example" {
		t.Errorf("allowed origin: %q", v)
	}
	r = do(t, "GET", ts.URL+"/api/stats", "", "Origin", "https://evil.example")
	if v := r.header.Get("Access-Control-Allow-Origin"); v != "" {
		t.Errorf("other origin: %q", v)
	}
	r = do(t, "OPTIONS", ts.URL+"/api/v1/query/gizmo", "", "Origin", "https://ok.example", "Access-Control-Request-Method", "POST")
	if r.status != http.StatusNoContent || r.header.Get("Access-Control-Allow-Methods") == "" {
		t.Errorf("preflight: %d %v", r.status, r.header)
	}
}

func TestSearch(t *testing.T) {
	_, ts, _ := newTestServer(t, Config{})
	tests := []struct{ q, want, matched string }{
		{"Bayliss", "marc-bayliss", ""},
		{"bay", "marc-bayliss", ""},
		{"marc bay", "marc-bayliss", "Marc Bayliss"},
		{"Cllr Bayliss", "marc-bayliss", "Cllr Bayliss"},
		{"baylis", "marc-bayliss", ""},
		{"Bayilss", "marc-bayliss", ""}, // a swap
		{"oborsky", "fran-oborski", ""},
		{"Fran Obrski", "fran-oborski", ""},
		{"county hall", "worcestershire-county-council", "County Hall"},
		{"worcs", "", ""},
		{"ofsted", "ofsted", "Ofsted"},
		{"lib dem", "liberal-democrats", "Lib Dem"},
		{"MARCHANT", "clare-marchant", ""},
	}
	for _, tt := range tests {
		var res struct{ Results []SearchHit }
		getJSON(t, ts.URL+"/api/search?q="+strings.ReplaceAll(tt.q, " ", "+"), &res)
		if tt.want == "" {
			if len(res.Results) != 0 && res.Results[0].Score > 1 {
				t.Errorf("%q: want no good match, got %+v", tt.q, res.Results[0])
			}
			continue
		}
		if len(res.Results) == 0 || res.Results[0].ID != tt.want {
			t.Errorf("%q: got %+v, want %s first", tt.q, res.Results, tt.want)
			continue
		}
		if tt.matched != "" && res.Results[0].Matched != tt.matched {
			t.Errorf("%q: matched %q, want %q", tt.q, res.Results[0].Matched, tt.matched)
		}
	}
	var res struct{ Results []SearchHit }
	getJSON(t, ts.URL+"/api/search?q=", &res)
	if len(res.Results) != 0 {
		t.Errorf("empty query: %+v", res.Results)
	}
}

func TestProfile(t *testing.T) {
	_, ts, _ := newTestServer(t, Config{})
	var p Profile
	getJSON(t, ts.URL+"/api/actors/marc-bayliss", &p)
	if p.Name != "Marc Bayliss" || p.Type != "Person" || len(p.Aliases) != 3 || len(p.Honorifics) != 1 {
		t.Errorf("names: %+v %v %v", p.ActorRef, p.Aliases, p.Honorifics)
	}
	if len(p.Posts) != 1 || p.Posts[0].Name != "cabinet member for children and families" || p.Posts[0].Body == nil || p.Posts[0].Body.ID != "worcestershire-county-council" {
		t.Errorf("posts: %+v", p.Posts)
	}
	if len(p.MemberOf) != 2 || p.MemberOf[0].Actor.Name != "Conservatives" || len(p.MemberOf[0].Articles) != 1 {
		t.Errorf("memberOf: %+v", p.MemberOf)
	}
	groups := func(gs []ActionGroup) string {
		var s []string
		for _, g := range gs {
			for _, e := range g.Events {
				s = append(s, fmt.Sprintf("%s:%s>%s@%s", g.Action, e.Actor.ID, e.Target.ID, e.Article.ID))
			}
		}
		return strings.Join(s, " ")
	}
	if got, want := groups(p.ActedOnBy), "demands-resignation:labour-group-worcestershire>marc-bayliss@000_c3ebd5795ba16fc6 supports:fran-oborski>marc-bayliss@000_c3ebd5795ba16fc6"; got != want {
		t.Errorf("acted on by:\n got %s\nwant %s", got, want)
	}
	if got, want := groups(p.ActsOn), "agrees-with:marc-bayliss>derek-benson@002_6e48af0ac28618af succeeds:marc-bayliss>john-campion@000_c3ebd5795ba16fc6"; got != want {
		t.Errorf("acts on:\n got %s\nwant %s", got, want)
	}
	e := p.ActedOnBy[0].Events[0]
	if !strings.HasPrefix(e.Evidence, "County Hall's opposition Labour group") || e.Confidence != 0.9 || e.Article.Title == "" || e.Actor.Name != "Labour group" {
		t.Errorf("event: %+v", e)
	}
	if len(p.Quotes) != 1 || p.Quotes[0].Text != "There is more work to do." || p.Quotes[0].Article.ID != "002_6e48af0ac28618af" {
		t.Errorf("quotes: %+v", p.Quotes)
	}
	if len(p.Articles) != 2 {
		t.Errorf("articles: %+v", p.Articles)
	}

	var council Profile
	getJSON(t, ts.URL+"/api/actors/worcestershire-county-council", &council)
	if len(council.PostsIn) != 2 || len(council.Parts) != 1 || len(council.Members) != 1 || len(council.ActedOnBy) != 1 {
		t.Errorf("council: postsIn %+v parts %+v members %+v actedOnBy %+v", council.PostsIn, council.Parts, council.Members, council.ActedOnBy)
	}

	if r := do(t, "GET", ts.URL+"/api/actors/nobody", ""); r.status != http.StatusNotFound {
		t.Errorf("unknown actor: %d %s", r.status, r.body)
	}
	if r := do(t, "GET", ts.URL+"/api/actors/a%2Fb", ""); r.status != http.StatusBadRequest && r.status != http.StatusNotFound {
		t.Errorf("bad id: %d %s", r.status, r.body)
	}

	var view GraphView
	getJSON(t, ts.URL+"/api/actors/marc-bayliss/graph", &view)
	labels := map[string]bool{}
	for _, e := range view.Edges {
		labels[e.Data["label"].(string)] = true
	}
	for _, l := range []string{"demands-resignation", "supports", "succeeds", "agrees-with", "member of", "cabinet member for children and families"} {
		if !labels[l] {
			t.Errorf("graph: no edge %q in %v", l, labels)
		}
	}
	if len(view.Nodes) != 7 {
		t.Errorf("graph: %d nodes, want 7: %+v", len(view.Nodes), view.Nodes)
	}
}

func TestArticleAndStats(t *testing.T) {
	_, ts, _ := newTestServer(t, Config{})
	var a ArticleFacts
	getJSON(t, ts.URL+"/api/articles/000_c3ebd5795ba16fc6", &a)
	if a.Title == "" || a.WordCount != 599 || len(a.Actors) != 8 || len(a.Actions) != 4 || len(a.Posts) != 2 || len(a.Memberships) != 3 || len(a.Quotes) != 1 || len(a.SubOrganizations) != 1 {
		t.Errorf("article: %+v", a)
	}
	for _, e := range a.Actions {
		if e.Evidence == "" || e.Actor.ID == "" || e.Target.ID == "" || e.Action == "" {
			t.Errorf("article action: %+v", e)
		}
	}
	if r := do(t, "GET", ts.URL+"/api/articles/nope", ""); r.status != 404 {
		t.Errorf("unknown article: %d", r.status)
	}
	var list struct {
		Total    int
		Articles []ArticleRef
	}
	getJSON(t, ts.URL+"/api/articles?q=walk+out", &list)
	if list.Total != 1 || list.Articles[0].ID != "001_6855801319be5298" {
		t.Errorf("articles?q=: %+v", list)
	}
	var st Stats
	getJSON(t, ts.URL+"/api/stats", &st)
	if st.Articles != 3 || st.People != 6 || st.Organizations != 6 || st.Events != 7 || st.Quotes != 3 || st.Quads == 0 {
		t.Errorf("stats: %+v", st)
	}
}

func TestExport(t *testing.T) {
	_, ts, st := newTestServer(t, Config{})
	stats, _ := st.Stats(context.Background())
	r := do(t, "GET", ts.URL+"/api/export?format=nquads", "")
	if n := bytes.Count(r.body, []byte("\n")); r.status != 200 || int64(n) != stats.Quads {
		t.Errorf("whole graph: %d, %d lines, want %d", r.status, n, stats.Quads)
	}
	if cd := r.header.Get("Content-Disposition"); !strings.Contains(cd, "attachment") {
		t.Errorf("Content-Disposition: %q", cd)
	}
	r = do(t, "GET", ts.URL+"/api/export?format=nquads&actor=marc-bayliss", "")
	for _, want := range []string{"should quit.", `"Fran Oborski"`, "cabinet member for children and families", "There is more work to do."} {
		if !strings.Contains(string(r.body), want) {
			t.Errorf("actor export lacks %q", want)
		}
	}
	for _, f := range (formatSet{}).Formats() {
		r := do(t, "GET", ts.URL+"/api/export?format="+f.Name+"&article=002_6e48af0ac28618af", "")
		if r.status != 200 || len(r.body) == 0 {
			t.Errorf("%s: %d %s", f.Name, r.status, r.body)
		}
	}
	if r := do(t, "GET", ts.URL+"/api/export?format=nope", ""); r.status != 400 {
		t.Errorf("unknown format: %d", r.status)
	}
}

func TestPageAndCayleyUI(t *testing.T) {
	_, ts, _ := newTestServer(t, Config{})
	r := do(t, "GET", ts.URL+"/", "")
	if r.status != 200 || !bytes.Contains(r.body, []byte(`<script src="/app.js"`)) || r.header.Get("Content-Security-Policy") == "" {
		t.Errorf("page: %d %v %.200s", r.status, r.header, r.body)
	}
	for _, p := range []string{"/app.js", "/style.css", "/vendor/cytoscape.min.js"} {
		if r := do(t, "GET", ts.URL+p, ""); r.status != 200 || len(r.body) == 0 {
			t.Errorf("%s: %d", p, r.status)
		}
	}
	r = do(t, "GET", ts.URL+"/cayley/", "")
	if r.status != 200 || !bytes.Contains(r.body, []byte(`src="/cayley/static/js/`)) || bytes.Contains(r.body, []byte(`"/static/`)) {
		t.Errorf("cayley ui: %d %.300s", r.status, r.body)
	}
	var js []byte
	for _, line := range strings.Split(string(r.body), `"`) {
		if strings.HasPrefix(line, "/cayley/static/js/main.") {
			js = do(t, "GET", ts.URL+line, "").body
		}
	}
	if len(js) == 0 || bytes.Contains(js, []byte("localhost:64210")) {
		t.Errorf("cayley ui main js: %d bytes, still pointing at localhost:64210?", len(js))
	}
	// The v2 endpoint it talks to.
	r = do(t, "POST", ts.URL+"/api/v2/query?lang=gizmo", `g.V("<https://w3id.org/actorgraph/id/fran-oborski>").Out("<https://schema.org/name>").All()`)
	if r.status != 200 || string(r.body) != `{"result":[{"id":"Fran Oborski"}]}`+"\n" {
		t.Errorf("v2 query: %d %s", r.status, r.body)
	}
}

func TestServeShutsDownOnCancel(t *testing.T) {
	st := openSeeded(t, seedArticles())
	s, err := New(context.Background(), st, Config{})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, ln, s, 5*time.Second) }()
	if r := do(t, "GET", "http://"+ln.Addr().String()+"/healthz", ""); r.status != 200 {
		t.Fatalf("healthz: %d", r.status)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after its context was cancelled")
	}
	if _, err := net.Dial("tcp", ln.Addr().String()); err == nil {
		t.Error("still listening after shutdown")
	}
}
