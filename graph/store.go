// Package graph is actorgraph's graph store: it opens a Cayley quad store
// named by a URL, replaces one article's quads atomically, streams quads out
// and runs Gizmo queries under a deadline.
package graph

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/bbolt" // registers bbolt
	_ "github.com/cayleygraph/cayley/graph/kv/bolt"  // registers bolt
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb"
	_ "github.com/cayleygraph/cayley/graph/memstore" // registers memstore
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/cayleygraph/cayley/writer"
)

// Backend names, as they appear in store URLs.
const (
	Bolt     = "bolt"
	BBolt    = "bbolt"
	LevelDB  = "leveldb"
	Memory   = "memory"
	Postgres = "postgres"
)

// Location is a parsed store URL.
type Location struct {
	Backend string // one of the backend names
	Path    string // directory for kv stores, connection string for postgres
}

// String gives the URL back, with any password replaced by "xxxxx".
func (l Location) String() string {
	switch l.Backend {
	case Memory:
		return "memory:"
	case Postgres:
		if u, err := url.Parse(l.Path); err == nil {
			return u.Redacted()
		}
		return "postgres://…"
	}
	return l.Backend + ":" + l.Path
}

// ParseLocation parses a store URL: "bolt:PATH", "bbolt:PATH",
// "leveldb:PATH", "memory:", or "postgres://…" (also "postgresql://…").
func ParseLocation(u string) (Location, error) {
	if strings.HasPrefix(u, "postgres://") || strings.HasPrefix(u, "postgresql://") {
		return Location{Backend: Postgres, Path: u}, nil
	}
	scheme, rest, ok := strings.Cut(u, ":")
	if !ok {
		return Location{}, fmt.Errorf("store %q: want SCHEME:PATH (bolt:, bbolt:, leveldb:, memory:, postgres://)", u)
	}
	switch scheme {
	case Memory:
		if rest != "" {
			return Location{}, fmt.Errorf("store %q: memory: takes no path", u)
		}
		return Location{Backend: Memory}, nil
	case Bolt, BBolt, LevelDB:
		rest = strings.TrimPrefix(rest, "//")
		if rest == "" {
			return Location{}, fmt.Errorf("store %q: %s: needs a directory path", u, scheme)
		}
		return Location{Backend: scheme, Path: rest}, nil
	}
	return Location{}, fmt.Errorf("store %q: unknown scheme %q (want bolt, bbolt, leveldb, memory or postgres)", u, scheme)
}

// ErrLocked is returned by Open when another process has the store open.
var ErrLocked = errors.New("store is in use by another process")

// Store is an open graph store. Its methods are safe for concurrent use:
// reads share the store, writes have it alone. (Cayley's memstore is not
// safe for concurrent reads and writes, and bolt deadlocks when a write
// needs to grow the file while an iterator holds a read transaction and
// opens another.) The callbacks of the reading methods must not write to
// the store.
type Store struct {
	loc  Location
	qs   graph.QuadStore
	w    graph.QuadWriter
	lock *os.File

	mu sync.RWMutex // readers share it, writers take it alone
}

// ErrNoStore is returned by OpenExisting when there is no store at the URL.
var ErrNoStore = errors.New("no graph store there")

// Open opens the store at the URL, creating it if it does not exist.
func Open(ctx context.Context, url string) (*Store, error) {
	loc, err := ParseLocation(url)
	if err != nil {
		return nil, err
	}
	return open(ctx, loc)
}

// OpenExisting opens the store at the URL, which must exist already: for
// commands that only read, where creating an empty store would hide a wrong
// --store. An embedded store that does not exist gives an error wrapping
// ErrNoStore; memory and PostgreSQL stores are opened as by Open.
func OpenExisting(ctx context.Context, url string) (*Store, error) {
	loc, err := ParseLocation(url)
	if err != nil {
		return nil, err
	}
	switch loc.Backend {
	case Bolt, BBolt, LevelDB:
		entries, err := os.ReadDir(loc.Path)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("open store %s: %w", loc, err)
		}
		if !hasData(entries) {
			return nil, fmt.Errorf("open store %s: %w", loc, ErrNoStore)
		}
	}
	return open(ctx, loc)
}

// hasData says whether a kv store's directory holds more than our lock.
func hasData(entries []os.DirEntry) bool {
	for _, e := range entries {
		if e.Name() != lockFile {
			return true
		}
	}
	return false
}

func open(ctx context.Context, loc Location) (*Store, error) {
	var err error
	s := &Store{loc: loc}
	name, path := loc.Backend, loc.Path
	opts := graph.Options{}
	switch loc.Backend {
	case Memory:
		name, path = "memstore", ""
	case Bolt, BBolt, LevelDB:
		if err := os.MkdirAll(path, 0o755); err != nil {
			return nil, fmt.Errorf("open store %s: %w", loc, err)
		}
		if s.lock, err = lockDir(path); err != nil {
			return nil, fmt.Errorf("open store %s: %w", loc, err)
		}
		// Cayley's bloom filters cost ~300 MB and a full scan on every open.
		opts[kv.OptNoBloom] = true
	case Postgres:
		name = "postgres"
	}
	if loc.Backend != Memory {
		if err := graph.InitQuadStore(name, path, opts); err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			s.unlock()
			return nil, fmt.Errorf("open store %s: init: %w", loc, err)
		}
	}
	qs, err := graph.NewQuadStore(name, path, opts)
	if err != nil {
		s.unlock()
		return nil, fmt.Errorf("open store %s: %w", loc, err)
	}
	w, err := writer.NewSingle(qs, graph.IgnoreOpts{IgnoreDup: true})
	if err != nil {
		qs.Close()
		s.unlock()
		return nil, fmt.Errorf("open store %s: writer: %w", loc, err)
	}
	s.qs, s.w = qs, w
	return s, nil
}

// lockFile is the file in a kv store's directory that lockDir locks.
const lockFile = "actorgraph.lock"

// lockDir takes an exclusive, non-blocking lock on dir, so that a second
// process gets a clear error instead of hanging on the database's own lock.
func lockDir(dir string) (*os.File, error) {
	f, err := os.OpenFile(filepath.Join(dir, lockFile), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, ErrLocked
		}
		return nil, fmt.Errorf("lock: %w", err)
	}
	return f, nil
}

func (s *Store) unlock() {
	if s.lock != nil {
		s.lock.Close() // closing releases the flock
		s.lock = nil
	}
}

// kv says whether the store is one of Cayley's key-value stores.
func (s *Store) kv() bool {
	switch s.loc.Backend {
	case Bolt, BBolt, LevelDB:
		return true
	}
	return false
}

// Location is where the store is.
func (s *Store) Location() Location { return s.loc }

// QuadStore is the underlying Cayley quad store, for mounting Cayley's own
// HTTP API. Callers must not write through it.
func (s *Store) QuadStore() graph.QuadStore { return s.qs }

// Close closes the store and releases its lock.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var err error
	if s.w != nil {
		err = s.w.Close()
	}
	if s.qs != nil {
		if e := s.qs.Close(); err == nil {
			err = e
		}
	}
	s.unlock()
	if err != nil {
		return fmt.Errorf("close store %s: %w", s.loc, err)
	}
	return nil
}

// rlock takes the read side of the store's lock and returns its release.
func (s *Store) rlock() func() {
	s.mu.RLock()
	return s.mu.RUnlock
}
