package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/schema"
)

// Store is what Build needs of a graph store; *graph.Store has it.
type Store interface {
	Objects(ctx context.Context, subject quad.Value, predicate quad.IRI) ([]quad.Value, error)
	Replace(ctx context.Context, label quad.Value, quads []quad.Quad) (graph.Change, error)
}

// Corpus calls fn with each file of a corpus, as Walk and WalkFS do.
type Corpus func(ctx context.Context, fn func(Item) error) error

// Options tune a build.
type Options struct {
	// Workers is how many articles are extracted at once; 0 means one per
	// core.
	Workers int
	// Force rebuilds articles whose text has not changed.
	Force bool
	// Extract turns an article into facts; nil means extract.Extract.
	Extract func(extract.Article) extract.Facts
	// Progress, if set, is called after each article is settled (built,
	// found unchanged, or skipped), always from the same goroutine.
	Progress func(Progress)
}

// Status is what a build did with one file.
type Status string

// The statuses of a file.
const (
	New       Status = "new"
	Changed   Status = "changed"
	Unchanged Status = "unchanged"
	Skipped   Status = "skipped"
)

// Progress reports one settled file and the running totals.
type Progress struct {
	Item   Item // its Text is not kept
	Status Status
	Change graph.Change
	Summary
}

// Summary counts what a build did.
type Summary struct {
	New       int           `json:"new"`
	Changed   int           `json:"changed"`
	Unchanged int           `json:"unchanged"`
	Skipped   int           `json:"skipped"`
	Actors    int           `json:"actors"`  // distinct actors in the articles built
	Quads     int           `json:"quads"`   // quads of the articles built
	Added     int           `json:"added"`   // quads added to the store
	Removed   int           `json:"removed"` // stale quads removed from the store
	Elapsed   time.Duration `json:"elapsed_ns"`
}

// Articles is the number of articles read (not skipped).
func (s Summary) Articles() int { return s.New + s.Changed + s.Unchanged }

type result struct {
	item   Item
	status Status
	quads  []quad.Quad
	actors []string
	err    error
}

// Build reads the corpus, extracts each article's facts on all cores, and
// writes each article's quads to the store in one replace, labelled with the
// article's IRI. An article whose ag:sha256 in the store equals its text's
// is skipped unless opt.Force is set. Memory stays bounded by the number of
// workers, whatever the size of the corpus. On cancellation it stops after
// the article being written: no article is ever half written.
func Build(ctx context.Context, st Store, corpus Corpus, opt Options) (Summary, error) {
	start := time.Now()
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ext := opt.Extract
	if ext == nil {
		ext = extract.Extract
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	items := make(chan Item, workers)
	results := make(chan result, workers)
	var walkErr error
	go func() {
		defer close(items)
		walkErr = corpus(ctx, func(it Item) error {
			select {
			case items <- it:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range items {
				r := process(ctx, st, ext, it, opt.Force)
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var sum Summary
	actors := make(map[string]struct{})
	var err error
	for r := range results {
		if err != nil {
			continue // drain
		}
		if r.err != nil {
			err = r.err
			cancel()
			continue
		}
		var ch graph.Change
		if r.status == New || r.status == Changed {
			ch, err = st.Replace(ctx, schema.DocIRI(r.item.ID), r.quads)
			if err != nil {
				err = fmt.Errorf("write %s: %w", r.item.Path, err)
				cancel()
				continue
			}
			sum.Quads += len(r.quads)
			sum.Added += ch.Added
			sum.Removed += ch.Removed
			for _, a := range r.actors {
				actors[a] = struct{}{}
			}
			sum.Actors = len(actors)
		}
		switch r.status {
		case New:
			sum.New++
		case Changed:
			sum.Changed++
		case Unchanged:
			sum.Unchanged++
		case Skipped:
			sum.Skipped++
		}
		sum.Elapsed = time.Since(start)
		if opt.Progress != nil {
			r.item.Text = ""
			opt.Progress(Progress{Item: r.item, Status: r.status, Change: ch, Summary: sum})
		}
	}
	sum.Elapsed = time.Since(start)
	if err == nil {
		err = walkErr
	}
	if err == nil {
		err = ctx.Err()
	}
	return sum, err
}

// process settles one file: skipped, unchanged, or extracted to quads.
func process(ctx context.Context, st Store, ext func(extract.Article) extract.Facts, it Item, force bool) result {
	if it.Skip != "" {
		return result{item: it, status: Skipped}
	}
	sum := sha256.Sum256([]byte(it.Text))
	digest := hex.EncodeToString(sum[:])
	doc := schema.DocIRI(it.ID)
	prev, err := st.Objects(ctx, doc, schema.SHA256)
	if err != nil {
		return result{item: it, err: fmt.Errorf("read %s from the store: %w", it.Path, err)}
	}
	status := New
	if len(prev) > 0 {
		status = Changed
		// More than one digest is what an interrupted rebuild leaves behind.
		if len(prev) == 1 && quad.StringOf(prev[0]) == quad.StringOf(quad.String(digest)) && !force {
			return result{item: it, status: Unchanged}
		}
	}
	facts := ext(extract.Article{ID: it.ID, Text: it.Text})
	art := schema.Article{ID: it.ID, Title: facts.Title, WordCount: facts.WordCount, SHA256: digest}
	r := result{item: it, status: status, quads: schema.Quads(art, facts)}
	for _, a := range facts.Actors {
		r.actors = append(r.actors, a.ID)
	}
	return r
}
