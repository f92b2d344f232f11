package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/actorgraph/actorgraph/ingest"
)

// isTerminal says whether f is a terminal (a character device).
func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// progressBar draws one self-overwriting status line on a terminal, at most
// ten times a second. A disabled bar draws nothing.
type progressBar struct {
	w       io.Writer
	enabled bool
	last    time.Time
	drawn   bool
}

func newProgressBar(w io.Writer, enabled bool) *progressBar {
	return &progressBar{w: w, enabled: enabled}
}

func (b *progressBar) update(p ingest.Progress) {
	if !b.enabled || time.Since(b.last) < 100*time.Millisecond {
		return
	}
	b.last = time.Now()
	s := p.Summary
	secs := s.Elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(s.Articles()) / secs
	}
	fmt.Fprintf(b.w, "\r\033[K%d articles (%d new, %d changed, %d unchanged, %d skipped) · %d quads · %.0f articles/s · %s",
		s.Articles(), s.New, s.Changed, s.Unchanged, s.Skipped, s.Quads, rate, p.Item.ID)
	b.drawn = true
}

func (b *progressBar) clear() {
	if b.drawn {
		fmt.Fprint(b.w, "\r\033[K")
		b.drawn = false
	}
}
