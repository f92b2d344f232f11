// Package eval scores a graph against hand-made gold annotations
// (shared/gold/FORMAT.md). It reads the graph only through its public
// vocabulary (shared/spec/vocabulary.md): quads grouped by their article
// label, never the extractor's internals.
//
// Typical use:
//
//	golds, err := eval.ReadGoldDir("shared/gold")
//	rep, err := eval.ScoreSource(ctx, golds, graph.Quads(qs)) // or a graph store
//	fmt.Print(rep.Table(), rep.Misses())
package eval

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/actorgraph/actorgraph/extract"
)

// Gold is the gold annotation of one article.
type Gold struct {
	Doc         string       `json:"doc"`
	Entities    []GoldEntity `json:"entities"`
	Memberships [][2]string  `json:"memberships"` // [member, body] entity ids
	Roles       []GoldRole   `json:"roles"`
	Actions     [][3]string  `json:"actions"` // [actor, action type, target]
	Quotes      []string     `json:"quotes"`  // speaker entity ids
}

// GoldEntity is a person or body of a gold annotation.
type GoldEntity struct {
	ID      string            `json:"id"`
	Type    extract.ActorType `json:"type"`
	Kind    extract.Kind      `json:"kind,omitempty"` // Organization only; may be empty
	Name    string            `json:"name"`
	Aliases []string          `json:"aliases,omitempty"`
}

// GoldRole is a post a person holds. Org is the entity id of the body, or ""
// where the gold says null (then any predicted body matches).
type GoldRole struct {
	Person string `json:"person"`
	Role   string `json:"role"`
	Org    string `json:"org,omitempty"`
}

// Entity returns the entity with the given id, and whether there is one.
func (g *Gold) Entity(id string) (GoldEntity, bool) {
	for _, e := range g.Entities {
		if e.ID == id {
			return e, true
		}
	}
	return GoldEntity{}, false
}

// ReadGoldDir reads every gold file (*.yaml, *.yml) in dir, in file-name
// order. Other files (FORMAT.md) are ignored. It is an error for dir to hold
// no gold file, or two files for the same article.
func ReadGoldDir(dir string) ([]Gold, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read gold dir: %w", err)
	}
	var golds []Gold
	seen := map[string]string{}
	for _, e := range ents {
		ext := filepath.Ext(e.Name())
		if e.IsDir() || (ext != ".yaml" && ext != ".yml") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		g, err := ReadGold(path)
		if err != nil {
			return nil, err
		}
		if prev, dup := seen[g.Doc]; dup {
			return nil, fmt.Errorf("read gold %s: doc %q already annotated in %s", path, g.Doc, prev)
		}
		seen[g.Doc] = path
		golds = append(golds, g)
	}
	if len(golds) == 0 {
		return nil, fmt.Errorf("read gold dir %s: no *.yaml gold files", dir)
	}
	return golds, nil
}

// ReadGold reads one gold file. The article id in its doc field must be the
// file name without its extension.
func ReadGold(path string) (Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Gold{}, fmt.Errorf("read gold: %w", err)
	}
	g, err := ParseGold(path, data)
	if err != nil {
		return Gold{}, err
	}
	if want := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)); g.Doc != want {
		return Gold{}, fmt.Errorf("read gold %s: doc %q does not match the file name (want %q)", path, g.Doc, want)
	}
	return g, nil
}

// ParseGold parses and validates the YAML of one gold file; name is used in
// error messages, which give the file and line of the offending item.
func ParseGold(name string, data []byte) (Gold, error) {
	p := goldParser{name: name}
	g, err := p.parse(data)
	if err != nil {
		return Gold{}, err
	}
	return g, nil
}

type goldParser struct {
	name string
}

func (p *goldParser) errorf(n *yaml.Node, format string, args ...any) error {
	line := 0
	if n != nil {
		line = n.Line
	}
	return fmt.Errorf("read gold %s:%d: %s", p.name, line, fmt.Sprintf(format, args...))
}

// rawGold mirrors the file; list items stay nodes so that errors can name
// their line.
type rawGold struct {
	Doc         string      `yaml:"doc"`
	Entities    []yaml.Node `yaml:"entities"`
	Memberships []yaml.Node `yaml:"memberships"`
	Roles       []yaml.Node `yaml:"roles"`
	Actions     []yaml.Node `yaml:"actions"`
	Quotes      []yaml.Node `yaml:"quotes"`
}

type rawEntity struct {
	ID      string   `yaml:"id"`
	Type    string   `yaml:"type"`
	Kind    string   `yaml:"kind"`
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
}

type rawRole struct {
	Person string  `yaml:"person"`
	Role   string  `yaml:"role"`
	Org    *string `yaml:"org"`
}

func validKind(k extract.Kind) bool {
	switch k {
	case extract.Council, extract.Party, extract.PartyGroup, extract.Government, extract.Regulator,
		extract.Board, extract.Company, extract.Media, extract.OtherKind:
		return true
	}
	return false
}

func validAction(t string) bool {
	for _, a := range extract.ActionTypes {
		if string(a) == t {
			return true
		}
	}
	return false
}

func (p *goldParser) parse(data []byte) (Gold, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var raw rawGold
	if err := dec.Decode(&raw); err != nil {
		if errors.Is(err, io.EOF) {
			return Gold{}, fmt.Errorf("read gold %s: empty file", p.name)
		}
		return Gold{}, fmt.Errorf("read gold %s: %w", p.name, err)
	}
	if raw.Doc == "" {
		return Gold{}, fmt.Errorf("read gold %s: missing doc", p.name)
	}
	g := Gold{Doc: raw.Doc}

	ids := map[string]extract.ActorType{}
	for i := range raw.Entities {
		n := &raw.Entities[i]
		if err := p.checkKeys(n, "id", "type", "kind", "name", "aliases"); err != nil {
			return Gold{}, err
		}
		var re rawEntity
		if err := n.Decode(&re); err != nil {
			return Gold{}, p.errorf(n, "entity: %v", err)
		}
		e := GoldEntity{ID: re.ID, Type: extract.ActorType(re.Type), Kind: extract.Kind(re.Kind), Name: re.Name, Aliases: re.Aliases}
		switch {
		case e.ID == "":
			return Gold{}, p.errorf(n, "entity without id")
		case ids[e.ID] != "":
			return Gold{}, p.errorf(n, "duplicate entity id %q", e.ID)
		case e.Type != extract.Person && e.Type != extract.Organization:
			return Gold{}, p.errorf(n, "entity %s: unknown type %q (want Person or Organization)", e.ID, re.Type)
		case e.Type == extract.Person && e.Kind != "":
			return Gold{}, p.errorf(n, "entity %s: a Person has no kind (got %q)", e.ID, re.Kind)
		case e.Kind != "" && !validKind(e.Kind):
			return Gold{}, p.errorf(n, "entity %s: unknown kind %q", e.ID, re.Kind)
		case strings.TrimSpace(e.Name) == "":
			return Gold{}, p.errorf(n, "entity %s: missing name", e.ID)
		}
		ids[e.ID] = e.Type
		g.Entities = append(g.Entities, e)
	}
	known := func(n *yaml.Node, what, id string) error {
		if ids[id] == "" {
			return p.errorf(n, "%s names unknown entity %q", what, id)
		}
		return nil
	}

	for i := range raw.Memberships {
		n := &raw.Memberships[i]
		var m []string
		if err := n.Decode(&m); err != nil || len(m) != 2 {
			return Gold{}, p.errorf(n, "membership: want [member, body]")
		}
		for _, id := range m {
			if err := known(n, "membership", id); err != nil {
				return Gold{}, err
			}
		}
		g.Memberships = append(g.Memberships, [2]string{m[0], m[1]})
	}

	for i := range raw.Roles {
		n := &raw.Roles[i]
		if err := p.checkKeys(n, "person", "role", "org"); err != nil {
			return Gold{}, err
		}
		var rr rawRole
		if err := n.Decode(&rr); err != nil {
			return Gold{}, p.errorf(n, "role: %v", err)
		}
		if err := known(n, "role", rr.Person); err != nil {
			return Gold{}, err
		}
		if strings.TrimSpace(rr.Role) == "" {
			return Gold{}, p.errorf(n, "role of %s: missing role text", rr.Person)
		}
		r := GoldRole{Person: rr.Person, Role: rr.Role}
		if rr.Org != nil {
			if err := known(n, "role", *rr.Org); err != nil {
				return Gold{}, err
			}
			r.Org = *rr.Org
		}
		g.Roles = append(g.Roles, r)
	}

	for i := range raw.Actions {
		n := &raw.Actions[i]
		var a []string
		if err := n.Decode(&a); err != nil || len(a) != 3 {
			return Gold{}, p.errorf(n, "action: want [actor, type, target]")
		}
		if !validAction(a[1]) {
			return Gold{}, p.errorf(n, "unknown action type %q", a[1])
		}
		for _, id := range []string{a[0], a[2]} {
			if err := known(n, "action", id); err != nil {
				return Gold{}, err
			}
		}
		g.Actions = append(g.Actions, [3]string{a[0], a[1], a[2]})
	}

	for i := range raw.Quotes {
		n := &raw.Quotes[i]
		var id string
		if err := n.Decode(&id); err != nil {
			return Gold{}, p.errorf(n, "quote: want an entity id")
		}
		if err := known(n, "quote", id); err != nil {
			return Gold{}, err
		}
		g.Quotes = append(g.Quotes, id)
	}
	return g, nil
}

// checkKeys reports a mapping key outside allowed (a typo such as "alias").
func (p *goldParser) checkKeys(n *yaml.Node, allowed ...string) error {
	if n.Kind != yaml.MappingNode {
		return p.errorf(n, "want a mapping with keys %s", strings.Join(allowed, ", "))
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		ok := false
		for _, a := range allowed {
			if k.Value == a {
				ok = true
			}
		}
		if !ok {
			return p.errorf(k, "unknown key %q (want one of %s)", k.Value, strings.Join(allowed, ", "))
		}
	}
	return nil
}
