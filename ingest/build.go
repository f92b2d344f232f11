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
	ReplaceAll(ctx context.Context, reps []graph.Replacement) ([]graph.Change, error)
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
	// Batch is the most articles committed in one transaction; 0 means
	// DefaultBatch. Each article is whole in the store or absent, whatever
	// the batch; larger batches load a disk store faster.
	Batch int
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
// is skipped unless opt.Force is set. Articles are committed in batches of
// up to opt.Batch, and as soon as no more are waiting. Memory stays bounded
// by the number of workers and the batch size, whatever the size of the
// corpus. On cancellation it stops after the batch being written: no article
// is ever half written.
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

	batch := opt.Batch
	if batch <= 0 {
		batch = DefaultBatch
	}
	items := make(chan Item, workers)
	// Results queue up while a batch is written, so the next batch is ready.
	results := make(chan result, batch)
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

	w := &writer{st: st, opt: opt, start: start, actors: make(map[string]struct{})}
	var err error
	var pending []result
	flush := func() {
		if err == nil && len(pending) > 0 {
			if err = w.write(ctx, pending); err != nil {
				cancel()
			}
		}
		pending = pending[:0]
	}
	for {
		var r result
		var ok bool
		select {
		case r, ok = <-results:
		default:
			flush() // nothing is waiting: commit what there is
			r, ok = <-results
		}
		if !ok {
			break
		}
		switch {
		case err != nil:
			// drain
		case r.err != nil:
			err = r.err
			cancel()
		case r.status == New || r.status == Changed:
			if pending = append(pending, r); len(pending) >= batch {
				flush()
			}
		default:
			w.settle(r, graph.Change{})
		}
	}
	flush()
	sum := w.sum
	sum.Elapsed = time.Since(start)
	if err == nil {
		err = walkErr
	}
	if err == nil {
		err = ctx.Err()
	}
	return sum, err
}

// DefaultBatch is how many articles Build commits in one transaction unless
// told otherwise.
const DefaultBatch = 64

// writer writes batches of articles to the store and keeps the totals.
type writer struct {
	st     Store
	opt    Options
	start  time.Time
	sum    Summary
	actors map[string]struct{}
}

// write commits a batch of articles in one ReplaceAll.
func (w *writer) write(ctx context.Context, batch []result) error {
	reps := make([]graph.Replacement, len(batch))
	for i, r := range batch {
		reps[i] = graph.Replacement{Label: schema.DocIRI(r.item.ID), Quads: r.quads}
	}
	changes, err := w.st.ReplaceAll(ctx, reps)
	if err != nil {
		if len(batch) == 1 {
			return fmt.Errorf("write %s: %w", batch[0].item.Path, err)
		}
		return fmt.Errorf("write %d articles from %s on: %w", len(batch), batch[0].item.Path, err)
	}
	for i, r := range batch {
		w.sum.Quads += len(r.quads)
		w.sum.Added += changes[i].Added
		w.sum.Removed += changes[i].Removed
		for _, a := range r.actors {
			w.actors[a] = struct{}{}
		}
		w.sum.Actors = len(w.actors)
		w.settle(r, changes[i])
	}
	return nil
}

// settle counts one file and reports progress.
func (w *writer) settle(r result, ch graph.Change) {
	switch r.status {
	case New:
		w.sum.New++
	case Changed:
		w.sum.Changed++
	case Unchanged:
		w.sum.Unchanged++
	case Skipped:
		w.sum.Skipped++
	}
	w.sum.Elapsed = time.Since(w.start)
	if w.opt.Progress != nil {
		r.item.Text = ""
		w.opt.Progress(Progress{Item: r.item, Status: r.status, Change: ch, Summary: w.sum})
	}
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
