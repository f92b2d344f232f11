// Package ingest streams articles from files, folders or the bundled seeds
// through extract and schema into a graph store: many articles at once on
// all cores, each article's quads written in one replace, an unchanged
// article skipped.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// Item is one file met while reading a corpus: an article to build, or a file
// skipped with the reason why.
type Item struct {
	ID   string // the file name without its extension
	Path string // where it was read from, for messages
	Text string
	Skip string // why the file is not an article; "" for an article
}

// maxArticleBytes bounds one article's size: a larger file is skipped, not
// read into memory.
const maxArticleBytes = 8 << 20

// articleExts are the file name endings read as articles.
var articleExts = map[string]bool{".txt": true, ".md": true}

// Walk reads the articles in paths, which may name files and folders
// (read recursively, in lexical order), and calls fn for each file met.
// Files that are not .txt or .md, are empty, too large, not UTF-8, or repeat
// an article id already met are passed to fn with Skip set.
// A path that does not exist is an error.
func Walk(ctx context.Context, paths []string, fn func(Item) error) error {
	seen := make(map[string]string)
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			return fmt.Errorf("read articles: %w", err)
		}
		if !info.IsDir() {
			if err := visit(ctx, os.DirFS(filepath.Dir(root)), filepath.Base(root), root, seen, fn, true); err != nil {
				return err
			}
			continue
		}
		if err := WalkFS(ctx, os.DirFS(root), root, seen, fn); err != nil {
			return err
		}
	}
	return nil
}

// WalkFS reads the articles in a file system, such as the bundled seeds,
// recursively in lexical order. prefix is prepended to paths in messages;
// seen (which may be nil) maps article ids already met to their paths.
func WalkFS(ctx context.Context, fsys fs.FS, prefix string, seen map[string]string, fn func(Item) error) error {
	if seen == nil {
		seen = make(map[string]string)
	}
	return fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("read articles in %s: %w", filepath.Join(prefix, p), err)
		}
		if d.IsDir() {
			if p != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir // .git and the like
			}
			return nil
		}
		return visit(ctx, fsys, p, filepath.Join(prefix, p), seen, fn, false)
	})
}

func visit(ctx context.Context, fsys fs.FS, name, display string, seen map[string]string, fn func(Item) error, named bool) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	base := filepath.Base(name)
	ext := strings.ToLower(filepath.Ext(base))
	it := Item{ID: strings.TrimSuffix(base, filepath.Ext(base)), Path: display}
	switch {
	case strings.HasPrefix(base, "."):
		if !named {
			return nil // hidden files are not mentioned
		}
		it.Skip = "hidden file"
	case !articleExts[ext]:
		it.Skip = fmt.Sprintf("not an article: %q files are not read (want .txt or .md)", ext)
	case it.ID == "":
		it.Skip = "no article id: the file name is only an extension"
	}
	if it.Skip == "" {
		if prev, ok := seen[it.ID]; ok {
			it.Skip = fmt.Sprintf("duplicate article id %q: already read from %s", it.ID, prev)
		}
	}
	if it.Skip == "" {
		it.Text, it.Skip = read(fsys, name)
	}
	if it.Skip == "" {
		seen[it.ID] = display
	}
	return fn(it)
}

// read returns a file's text, or why it cannot be an article.
func read(fsys fs.FS, name string) (text, skip string) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return "", err.Error()
	}
	if !info.Mode().IsRegular() {
		return "", "not a regular file"
	}
	if info.Size() > maxArticleBytes {
		return "", fmt.Sprintf("too large for an article (%d bytes; at most %d)", info.Size(), maxArticleBytes)
	}
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return "", pe.Err.Error()
		}
		return "", err.Error()
	}
	if !utf8.Valid(b) {
		return "", "not UTF-8 text"
	}
	text = strings.TrimPrefix(string(b), "\ufeff")
	if strings.TrimSpace(text) == "" {
		return "", "empty"
	}
	return text, ""
}
