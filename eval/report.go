package eval

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Table renders the category scores as an aligned text table: category, P,
// R, F1, TP, FP, FN.
func (r Report) Table() string {
	cw, nw := len("category"), 2
	for _, c := range r.Categories {
		cw = max(cw, len(c.Category))
		for _, n := range []int{c.TP, c.FP, c.FN} {
			nw = max(nw, len(strconv.Itoa(n)))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-*s  %5s  %5s  %5s  %*s  %*s  %*s\n", cw, "category", "P", "R", "F1", nw, "TP", nw, "FP", nw, "FN")
	for _, c := range r.Categories {
		fmt.Fprintf(&b, "%-*s  %5.3f  %5.3f  %5.3f  %*d  %*d  %*d\n", cw, c.Category, c.Precision, c.Recall, c.F1, nw, c.TP, nw, c.FP, nw, c.FN)
	}
	return b.String()
}

// Misses renders every miss, grouped by article: what the gold has that the
// graph lacks ("missed") and what the graph has that the gold lacks
// ("spurious"), with notes and, for actions, the evidence sentences.
func (r Report) Misses() string {
	byDoc := map[string][]Miss{}
	for _, m := range r.Findings {
		byDoc[m.Doc] = append(byDoc[m.Doc], m)
	}
	var b strings.Builder
	for _, a := range r.Articles {
		ms := byDoc[a.Doc]
		switch {
		case !a.Predicted:
			fmt.Fprintf(&b, "== %s (no quads labelled with this article)\n", a.Doc)
		case len(ms) == 0:
			fmt.Fprintf(&b, "== %s: no misses\n", a.Doc)
			continue
		default:
			fmt.Fprintf(&b, "== %s\n", a.Doc)
		}
		for _, m := range ms {
			fmt.Fprintf(&b, "  %-21s %-8s  %s\n", m.Category, m.Outcome, m.Item)
			if m.Note != "" {
				fmt.Fprintf(&b, "  %-21s %-8s    (%s)\n", "", "", m.Note)
			}
			for _, e := range m.Evidence {
				fmt.Fprintf(&b, "  %-21s %-8s    evidence: %q\n", "", "", e)
			}
		}
	}
	return b.String()
}

// ParseMin parses floors such as "entities=0.9,quotes=0.8": comma-separated
// category=F1 pairs, each F1 between 0 and 1. An empty string gives no
// floors. An unknown category, a repeated one or a bad number is an error.
func ParseMin(s string) (map[string]float64, error) {
	min := map[string]float64{}
	if strings.TrimSpace(s) == "" {
		return min, nil
	}
	known := map[string]bool{}
	for _, c := range Categories() {
		known[c] = true
	}
	for _, item := range strings.Split(s, ",") {
		item = strings.TrimSpace(item)
		name, val, ok := strings.Cut(item, "=")
		name, val = strings.TrimSpace(name), strings.TrimSpace(val)
		if !ok || name == "" || val == "" {
			return nil, fmt.Errorf("parse min %q: want category=F1, got %q", s, item)
		}
		if !known[name] {
			return nil, fmt.Errorf("parse min %q: unknown category %q (want one of %s)", s, name, strings.Join(Categories(), ", "))
		}
		if _, dup := min[name]; dup {
			return nil, fmt.Errorf("parse min %q: category %q given twice", s, name)
		}
		f, err := strconv.ParseFloat(val, 64)
		if err != nil || f < 0 || f > 1 || f != f {
			return nil, fmt.Errorf("parse min %q: %s: want a number between 0 and 1, got %q", s, name, val)
		}
		min[name] = f
	}
	return min, nil
}

// Check compares each category's F1 with its floor in min and returns an
// error listing every category below its floor (nil if none is).
func (r Report) Check(min map[string]float64) error {
	var errs []string
	for _, c := range Categories() {
		floor, ok := min[c]
		if !ok {
			continue
		}
		s, _ := r.Category(c)
		if s.F1 < floor {
			errs = append(errs, fmt.Sprintf("%s F1 %.3f < %.3f", c, s.F1, floor))
		}
	}
	for c := range min {
		if _, ok := r.Category(c); !ok {
			errs = append(errs, fmt.Sprintf("unknown category %q", c))
		}
	}
	if len(errs) > 0 {
		return errors.New("below floor: " + strings.Join(errs, "; "))
	}
	return nil
}
