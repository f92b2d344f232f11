package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/schema"
)

// syncBuffer is a bytes.Buffer safe to write from the command's goroutine
// while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServe runs `actorgraph serve` on a bolt store: it answers, holds the
// store, offers the export package's formats, takes the write token from
// the environment, and stops on cancel, releasing the store.
func TestServe(t *testing.T) {
	url := "bolt:" + filepath.Join(t.TempDir(), "store")
	ctx := context.Background()
	st, err := graph.Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	art := schema.Article{ID: "a1", Title: "A row", WordCount: 10, SHA256: "x"}
	facts := extract.Facts{
		Actors: []extract.Actor{
			{ID: "ann-smith", Type: extract.Person, Name: "Ann Smith", Aliases: []string{"Cllr Smith"}},
			{ID: "bob-jones", Type: extract.Person, Name: "Bob Jones"},
		},
		Actions: []extract.Action{{Actor: "ann-smith", Type: extract.Criticises, Target: "bob-jones", Evidence: "Ann Smith attacked Bob Jones.", Confidence: 0.8}},
	}
	if _, err := st.Replace(ctx, schema.DocIRI(art.ID), schema.Quads(art, facts)); err != nil {
		t.Fatal(err)
	}
	st.Close()

	t.Setenv("ACTORGRAPH_SERVE_WRITE_TOKEN", "tok")
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var stdout, stderr syncBuffer
	cmd := newRootCmd(&stdout, &stderr)
	cmd.SetArgs([]string{"serve", "--store", url, "--addr", "127.0.0.1:0", "--query-timeout", "2s"})
	done := make(chan error, 1)
	go func() { done <- cmd.ExecuteContext(sctx) }()

	addrRE := regexp.MustCompile(`http://(127\.0\.0\.1:\d+)/`)
	var base string
	for deadline := time.Now().Add(20 * time.Second); base == ""; {
		if m := addrRE.FindStringSubmatch(stdout.String()); m != nil {
			base = "http://" + m[1]
			break
		}
		select {
		case err := <-done:
			t.Fatalf("serve exited: %v\n%s%s", err, stdout.String(), stderr.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve printed no address: %q %q", stdout.String(), stderr.String())
		}
	}

	get := func(path string) (int, string) {
		res, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	if code, body := get("/api/search?q=smith"); code != 200 || !strings.Contains(body, `"id":"ann-smith"`) {
		t.Errorf("search: %d %s", code, body)
	}
	var cfg struct {
		ReadOnly      bool
		QueryTimeout  string
		ExportFormats []string
	}
	_, body := get("/api/config")
	if err := json.Unmarshal([]byte(body), &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.ReadOnly || cfg.QueryTimeout != "2s" || !strings.Contains(strings.Join(cfg.ExportFormats, ","), "trig,") {
		t.Errorf("config: %+v", cfg)
	}
	if code, body := get("/api/export?format=trig&actor=ann-smith"); code != 200 || !strings.Contains(body, "Ann Smith attacked Bob Jones.") {
		t.Errorf("trig export: %d %s", code, body)
	}
	if code, body := get("/api/export?format=gexf"); code != 200 || !strings.Contains(body, "Bob Jones") {
		t.Errorf("gexf export: %d %.300s", code, body)
	}
	// The store is held while serving.
	if _, err := graph.Open(ctx, url); err == nil {
		t.Error("the store opened while serve holds it")
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop on cancel")
	}
	if !strings.Contains(stdout.String(), "stopped") {
		t.Errorf("stdout: %q", stdout.String())
	}
	st, err = graph.Open(ctx, url)
	if err != nil {
		t.Fatalf("store not released after serve: %v", err)
	}
	st.Close()
}
