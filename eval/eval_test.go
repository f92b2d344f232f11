package eval

import (
	"context"
	"encoding/json"
	"errors"
	"github.com/actorgraph/actorgraph/graph"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/extract"
	"github.com/actorgraph/actorgraph/schema"
)

func TestNormalizeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Marc Bayliss", "marc bayliss"},
		{"Cllr Marc Bayliss", "marc bayliss"},
		{"Councillor  Marc\tBayliss", "marc bayliss"},
		{"Coun. Bayliss", "bayliss"},
		{"Dr Derrick", "derrick"},
		{"Mrs Driscoll", "driscoll"},
		{"Ms Marchant", "marchant"},
		{"Mr. Benson", "benson"},
		{"Sir Keir Starmer", "keir starmer"},
		{"Dame Judi", "judi"},
		{"Lord Smith", "smith"},
		{"Baroness Jones", "jones"},
		{"Miss Hill", "hill"},
		{"the Labour group", "labour group"},
		{"The Labour group", "labour group"},
		{"The Cllr Tett", "tett"}, // titles drop repeatedly
		{"The", "the"},            // but never to nothing
		{"Cllr", "cllr"},
		{"Worcestershire's Safeguarding Children's Board", "worcestershire safeguarding children board"},
		{"Worcestershire\u2019s Safeguarding Children\u2019s Board", "worcestershire safeguarding children board"},
		{"County Hall's opposition Labour group", "county hall opposition labour group"},
		{"O'Brien", "obrien"},
		{"O\u2019Brien", "obrien"},
		{"Angela MacPherson", "angela macpherson"},
		{"Councillor\u00a0McDonald", "mcdonald"}, // a no-break space, as in article 004
		{"Social Mobility & Child Poverty Commission", "social mobility and child poverty commission"},
		{"  Lib-Dem ", "lib dem"},
		{"OFSTED", "ofsted"},
		{"Doctor Who", "doctor who"}, // only the listed titles
		{"", ""},
	}
	for _, tt := range tests {
		if got := NormalizeName(tt.in); got != tt.want {
			t.Errorf("NormalizeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRoleSimilarity(t *testing.T) {
	tests := []struct {
		a, b  string
		want  float64
		match bool
	}{
		{"labour group leader", "leader of the labour group", 1, true},
		{"cabinet member for children and families", "cabinet member for children and families", 1, true},
		{"cabinet member for children and families", "cabinet member for children", 0.75, true},
		{"cabinet member for children's social services", "cabinet member for children's services", 0.8, true},
		{"cabinet member for children's social services", "portfolio holder for children's services", 2.0 / 7, false},
		{"chairman", "chair", 0, false},
		{"chief executive", "executive", 0.5, true}, // the threshold is inclusive
		{"director", "director of children, families and communities", 0.25, false},
		{"the", "the", 1, true}, // no content words: equal texts
		{"the", "of", 0, false},
	}
	for _, tt := range tests {
		got := RoleSimilarity(tt.a, tt.b)
		if diff := got - tt.want; diff > 1e-9 || diff < -1e-9 {
			t.Errorf("RoleSimilarity(%q, %q) = %.3f, want %.3f", tt.a, tt.b, got, tt.want)
		}
		if (got >= RoleThreshold) != tt.match {
			t.Errorf("RoleSimilarity(%q, %q) = %.3f: match %v, want %v", tt.a, tt.b, got, !tt.match, tt.match)
		}
	}
}

// predict builds the predictions of one article from facts, through the
// vocabulary.
func predict(t *testing.T, f extract.Facts) *Predicted {
	t.Helper()
	preds, err := ReadPredictions(context.Background(), graph.Quads(schema.Quads(schema.Article{ID: f.Doc}, f)))
	if err != nil {
		t.Fatal(err)
	}
	p := preds[f.Doc]
	if p == nil {
		t.Fatalf("no predictions for %s", f.Doc)
	}
	return p
}

func person(id, name string, aliases ...string) extract.Actor {
	return extract.Actor{ID: id, Type: extract.Person, Name: name, Aliases: aliases}
}

func org(id, name string, aliases ...string) extract.Actor {
	return extract.Actor{ID: id, Type: extract.Organization, Name: name, Aliases: aliases}
}

func gperson(id, name string, aliases ...string) GoldEntity {
	return GoldEntity{ID: id, Type: extract.Person, Name: name, Aliases: aliases}
}

func gorg(id, name string, aliases ...string) GoldEntity {
	return GoldEntity{ID: id, Type: extract.Organization, Name: name, Aliases: aliases}
}

func TestMatchEntities(t *testing.T) {
	tests := []struct {
		name   string
		gold   []GoldEntity
		actors []extract.Actor
		want   map[string]string // gold id → predicted actor id
	}{
		{
			name: "canonical names match before aliases",
			// In file order, smith's alias "Smith" would take p-a (canonical
			// "Smith", first by IRI) if aliases were tried first.
			gold:   []GoldEntity{gperson("john-smith", "John Smith", "Smith"), gperson("smith", "Smith")},
			actors: []extract.Actor{person("a", "Smith"), person("b", "John Smith")},
			want:   map[string]string{"john-smith": "b", "smith": "a"},
		},
		{
			name:   "aliases match when canonical names differ",
			gold:   []GoldEntity{gperson("marc-bayliss", "Marc Bayliss", "Cllr Bayliss")},
			actors: []extract.Actor{person("bayliss", "Councillor Bayliss")},
			want:   map[string]string{"marc-bayliss": "bayliss"},
		},
		{
			name:   "predicted alias meets gold canonical",
			gold:   []GoldEntity{gorg("wcc", "Worcestershire County Council")},
			actors: []extract.Actor{org("x", "County Hall", "Worcestershire County Council")},
			want:   map[string]string{"wcc": "x"},
		},
		{
			name:   "one to one: a second actor with the same name stays unmatched",
			gold:   []GoldEntity{gorg("ofsted", "Ofsted")},
			actors: []extract.Actor{org("ofsted-1", "Ofsted"), org("ofsted-2", "OFSTED")},
			want:   map[string]string{"ofsted": "ofsted-1"},
		},
		{
			name:   "one to one: a gold entity takes one actor",
			gold:   []GoldEntity{gperson("a", "Ann Lee", "Lee"), gperson("b", "Bob Lee", "Lee")},
			actors: []extract.Actor{person("lee", "Lee")},
			want:   map[string]string{"a": "lee"},
		},
		{
			name:   "types must agree",
			gold:   []GoldEntity{gperson("labour", "Labour")},
			actors: []extract.Actor{org("labour", "Labour")},
			want:   map[string]string{},
		},
		{
			name:   "titles, case and apostrophes are normalised",
			gold:   []GoldEntity{gperson("angela", "Angela Macpherson", "Cllr MacPherson"), gorg("board", "Worcestershire's Safeguarding Children's Board")},
			actors: []extract.Actor{person("mac", "Mrs Macpherson", "cllr macpherson"), org("b", "Worcestershire\u2019s Safeguarding Children\u2019s Board")},
			want:   map[string]string{"angela": "mac", "board": "b"},
		},
		{
			name:   "no shared name, no match",
			gold:   []GoldEntity{gperson("peter", "Peter McDonald")},
			actors: []extract.Actor{person("pete", "Pete McDonald")},
			want:   map[string]string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &Gold{Doc: "d", Entities: tt.gold}
			p := predict(t, extract.Facts{Doc: "d", Actors: tt.actors})
			got := MatchEntities(g, p)
			want := map[string]string{}
			for k, v := range tt.want {
				want[k] = string(schema.ActorIRI(v))
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got %v, want %v", got, want)
			}
		})
	}
}

// scoreOne scores one article's facts against one gold.
func scoreOne(t *testing.T, g Gold, f extract.Facts) Report {
	t.Helper()
	f.Doc = g.Doc
	return Score([]Gold{g}, Predictions{g.Doc: predict(t, f)})
}

func counts(t *testing.T, r Report, cat string) Counts {
	t.Helper()
	c, ok := r.Category(cat)
	if !ok {
		t.Fatalf("no category %s", cat)
	}
	return c.Counts
}

func TestRoles(t *testing.T) {
	gold := Gold{Doc: "d", Entities: []GoldEntity{
		gperson("pete", "Peter McDonald"), gorg("group", "Labour group"), gorg("wcc", "Worcestershire County Council"),
	}}
	actors := []extract.Actor{person("p", "Peter McDonald"), org("g", "Labour group"), org("w", "Worcestershire County Council"), org("x", "Unknown Body")}
	tests := []struct {
		name string
		gold []GoldRole
		pred []extract.Role
		want Counts
	}{
		{"same words, same body", []GoldRole{{"pete", "labour group leader", "group"}}, []extract.Role{{Person: "p", Role: "leader of the labour group", Body: "g"}}, Counts{TP: 1}},
		{"null gold body matches a predicted body", []GoldRole{{"pete", "leader", ""}}, []extract.Role{{Person: "p", Role: "leader", Body: "w"}}, Counts{TP: 1}},
		{"null gold body matches no predicted body", []GoldRole{{"pete", "leader", ""}}, []extract.Role{{Person: "p", Role: "leader"}}, Counts{TP: 1}},
		{"gold body, no predicted body", []GoldRole{{"pete", "leader", "group"}}, []extract.Role{{Person: "p", Role: "leader"}}, Counts{FP: 1, FN: 1}},
		{"other body", []GoldRole{{"pete", "leader", "group"}}, []extract.Role{{Person: "p", Role: "leader", Body: "w"}}, Counts{FP: 1, FN: 1}},
		{"unmatched body", []GoldRole{{"pete", "leader", "group"}}, []extract.Role{{Person: "p", Role: "leader", Body: "x"}}, Counts{FP: 1, FN: 1}},
		{"words below threshold", []GoldRole{{"pete", "labour group leader", "group"}}, []extract.Role{{Person: "p", Role: "group secretary", Body: "g"}}, Counts{FP: 1, FN: 1}},
		{"wrong person", []GoldRole{{"pete", "leader", ""}}, []extract.Role{{Person: "x", Role: "leader"}}, Counts{FP: 1, FN: 1}},
		{
			"one to one, best pair first",
			[]GoldRole{{"pete", "cabinet member", ""}, {"pete", "cabinet member for children", "wcc"}},
			// The first predicted role suits both gold roles; the most
			// similar pairs are taken first so both match.
			[]extract.Role{{Person: "p", Role: "cabinet member for children", Body: "w"}, {Person: "p", Role: "cabinet member", Body: "g"}},
			Counts{TP: 2},
		},
		{
			"one predicted role matches one gold role only",
			[]GoldRole{{"pete", "leader", ""}, {"pete", "leader", "group"}},
			[]extract.Role{{Person: "p", Role: "leader", Body: "g"}},
			Counts{TP: 1, FN: 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := gold
			g.Roles = tt.gold
			r := scoreOne(t, g, extract.Facts{Actors: actors, Roles: tt.pred})
			if got := counts(t, r, CatRoles); got != tt.want {
				t.Errorf("roles: got %+v, want %+v\n%s", got, tt.want, r.Misses())
			}
		})
	}
}

func TestSetCategories(t *testing.T) {
	gold := Gold{
		Doc: "d",
		Entities: []GoldEntity{
			gperson("marc", "Marc Bayliss", "Cllr Bayliss"), gperson("pete", "Peter McDonald"),
			gorg("tories", "Conservative"), gorg("wcc", "Worcestershire County Council"),
		},
		Memberships: [][2]string{{"marc", "tories"}, {"marc", "wcc"}, {"pete", "wcc"}, {"marc", "tories"}},
		Actions:     [][3]string{{"pete", "criticises", "marc"}, {"pete", "demands-resignation", "marc"}},
		Quotes:      []string{"pete", "marc", "pete"},
	}
	actors := []extract.Actor{person("bayliss", "Cllr Bayliss"), person("mcdonald", "Peter McDonald"),
		org("conservative", "Conservative"), org("county", "Worcestershire County Council"), org("ghost", "Ghost Party")}
	tests := []struct {
		name   string
		facts  extract.Facts
		cat    string
		want   Counts
		misses []string
	}{
		{
			name: "memberships through the matching, gold duplicates counted once",
			facts: extract.Facts{Memberships: []extract.Membership{
				{Member: "bayliss", Body: "conservative"}, {Member: "bayliss", Body: "county"}, {Member: "mcdonald", Body: "county"},
			}},
			cat: CatMemberships, want: Counts{TP: 3},
		},
		{
			name: "membership of an unmatched actor is spurious, a missing one missed",
			facts: extract.Facts{Memberships: []extract.Membership{
				{Member: "bayliss", Body: "conservative"}, {Member: "bayliss", Body: "ghost"}, {Member: "nobody", Body: "county"},
			}},
			cat: CatMemberships, want: Counts{TP: 1, FP: 2, FN: 2},
			misses: []string{
				"missed    marc memberOf wcc", "missed    pete memberOf wcc",
				`spurious  marc memberOf ?ghost "Ghost Party"`, "?ghost matches no gold entity",
				"spurious  ?nobody memberOf wcc", "?nobody is not an actor of this article",
			},
		},
		{
			name: "actions compare actor, type and target",
			facts: extract.Facts{Actions: []extract.Action{
				{Actor: "mcdonald", Type: extract.Criticises, Target: "bayliss", Evidence: "Peter McDonald hit out at Cllr Bayliss."},
				{Actor: "mcdonald", Type: extract.Criticises, Target: "bayliss", Evidence: "He attacked him again."},
				{Actor: "mcdonald", Type: extract.Blames, Target: "bayliss", Evidence: "He blamed Cllr Bayliss."},
				{Actor: "bayliss", Type: extract.Criticises, Target: "mcdonald", Evidence: "Cllr Bayliss hit back."},
			}},
			cat: CatActions, want: Counts{TP: 1, FP: 2, FN: 1},
			misses: []string{
				"missed    pete demands-resignation marc", "(predicted as blames, criticises)",
				"spurious  pete blames marc", `evidence: "He blamed Cllr Bayliss."`,
				"spurious  marc criticises pete", `evidence: "Cllr Bayliss hit back."`,
			},
		},
		{
			name:  "quotes are the set of matched speakers",
			facts: extract.Facts{Quotes: []extract.Quote{{Speaker: "mcdonald", Text: "a"}, {Speaker: "mcdonald", Text: "b"}, {Speaker: "ghost", Text: "c"}}},
			cat:   CatQuotes, want: Counts{TP: 1, FP: 1, FN: 1},
			misses: []string{"missed    marc", `spurious  ?ghost "Ghost Party"`},
		},
		{
			name:  "entities: matched, missed and spurious",
			facts: extract.Facts{},
			cat:   CatEntities, want: Counts{TP: 4, FP: 1},
			misses: []string{`spurious  Organization ?ghost "Ghost Party"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := tt.facts
			f.Actors = actors
			r := scoreOne(t, gold, f)
			if got := counts(t, r, tt.cat); got != tt.want {
				t.Errorf("%s: got %+v, want %+v\n%s", tt.cat, got, tt.want, r.Misses())
			}
			m := r.Misses()
			for _, s := range tt.misses {
				if !strings.Contains(m, s) {
					t.Errorf("misses lack %q:\n%s", s, m)
				}
			}
		})
	}
}

func TestMicroAverage(t *testing.T) {
	// Article a: 1 of 2 people found. Article b: 3 of 3 found, 1 spurious.
	// Micro: TP 4, FP 1, FN 1 → P = R = 0.8 (macro would give R 0.75).
	ga := Gold{Doc: "a", Entities: []GoldEntity{gperson("x", "Xavier"), gperson("y", "Yvonne")}}
	gb := Gold{Doc: "b", Entities: []GoldEntity{gperson("x", "Xavier"), gperson("y", "Yvonne"), gperson("z", "Zoe")}}
	gc := Gold{Doc: "c", Entities: []GoldEntity{gperson("x", "Xavier")}} // nothing predicted
	preds := Predictions{
		"a": predict(t, extract.Facts{Doc: "a", Actors: []extract.Actor{person("x", "Xavier")}}),
		"b": predict(t, extract.Facts{Doc: "b", Actors: []extract.Actor{person("x", "Xavier"), person("y", "Yvonne"), person("z", "Zoe"), person("w", "Walter")}}),
		// No gold: not scored.
		"n": predict(t, extract.Facts{Doc: "n", Actors: []extract.Actor{person("q", "Quentin")}}),
	}
	r := Score([]Gold{gb, ga}, preds)
	c, _ := r.Category(CatEntities)
	if c.Counts != (Counts{TP: 4, FP: 1, FN: 1}) || c.Precision != 0.8 || c.Recall != 0.8 || c.F1 < 0.8-1e-9 || c.F1 > 0.8+1e-9 {
		t.Errorf("entities: %+v, want TP 4 FP 1 FN 1, P = R = F1 = 0.8", c)
	}
	if len(r.Articles) != 2 || r.Articles[0].Doc != "a" || r.Articles[1].Doc != "b" {
		t.Errorf("articles: %+v, want a, b", r.Articles)
	}

	// A gold article without predictions: all misses.
	r = Score([]Gold{ga, gc}, preds)
	c, _ = r.Category(CatEntities)
	if c.Counts != (Counts{TP: 1, FP: 0, FN: 2}) {
		t.Errorf("with c: %+v, want TP 1 FN 2", c.Counts)
	}
	if r.Articles[1].Predicted || !strings.Contains(r.Misses(), "== c (no quads labelled with this article)") {
		t.Errorf("article c should be reported as unpredicted:\n%s", r.Misses())
	}
	// Categories with nothing to find and nothing found are perfect.
	if q, _ := r.Category(CatQuotes); q.F1 != 1 {
		t.Errorf("quotes with empty gold and prediction: F1 %.3f, want 1", q.F1)
	}
}

func TestCountsEdges(t *testing.T) {
	tests := []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{}, 1, 1, 1},
		{Counts{FN: 3}, 0, 0, 0},
		{Counts{FP: 2}, 0, 0, 0},
		{Counts{TP: 1, FP: 1}, 0.5, 1, 2.0 / 3},
		{Counts{TP: 3, FP: 1, FN: 2}, 0.75, 0.6, 2 * 0.75 * 0.6 / 1.35},
	}
	for _, tt := range tests {
		if p, r, f := tt.c.Precision(), tt.c.Recall(), tt.c.F1(); abs(p-tt.p) > 1e-9 || abs(r-tt.r) > 1e-9 || abs(f-tt.f) > 1e-9 {
			t.Errorf("%+v: P %.3f R %.3f F1 %.3f, want %.3f %.3f %.3f", tt.c, p, r, f, tt.p, tt.r, tt.f)
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestParseMin(t *testing.T) {
	tests := []struct {
		in      string
		want    map[string]float64
		wantErr string
	}{
		{"", map[string]float64{}, ""},
		{"entities=0.9,quotes=0.8", map[string]float64{"entities": 0.9, "quotes": 0.8}, ""},
		{" entities.Person = 1 , roles=0 ", map[string]float64{"entities.Person": 1, "roles": 0}, ""},
		{"entity=0.9", nil, `unknown category "entity"`},
		{"entities=0.9,entities=0.8", nil, "given twice"},
		{"entities", nil, "want category=F1"},
		{"entities=", nil, "want category=F1"},
		{"=0.5", nil, "want category=F1"},
		{"entities=high", nil, "between 0 and 1"},
		{"entities=1.5", nil, "between 0 and 1"},
		{"entities=-0.1", nil, "between 0 and 1"},
		{"entities=NaN", nil, "between 0 and 1"},
		{"entities=0.9,,quotes=1", nil, "want category=F1"},
	}
	for _, tt := range tests {
		got, err := ParseMin(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseMin(%q): error %v, want one containing %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseMin(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestCheck(t *testing.T) {
	r := Report{Categories: []CategoryScore{{Category: CatEntities, F1: 0.85}, {Category: CatQuotes, F1: 0.5}, {Category: CatRoles, F1: 1}}}
	if err := r.Check(map[string]float64{CatEntities: 0.8, CatRoles: 1}); err != nil {
		t.Errorf("Check above floors: %v", err)
	}
	err := r.Check(map[string]float64{CatEntities: 0.9, CatQuotes: 0.8, CatRoles: 0.5})
	if err == nil {
		t.Fatal("Check below floors: no error")
	}
	for _, s := range []string{"entities F1 0.850 < 0.900", "quotes F1 0.500 < 0.800"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("Check error %q lacks %q", err, s)
		}
	}
	if strings.Contains(err.Error(), "roles") {
		t.Errorf("Check error %q names roles, which meets its floor", err)
	}
}

func TestTableAndJSON(t *testing.T) {
	g := Gold{Doc: "d", Entities: []GoldEntity{gperson("x", "Xavier"), gperson("y", "Yvonne")}}
	r := scoreOne(t, g, extract.Facts{Actors: []extract.Actor{person("x", "Xavier")}})
	tab := r.Table()
	lines := strings.Split(strings.TrimRight(tab, "\n"), "\n")
	if len(lines) != 1+len(Categories()) {
		t.Fatalf("table has %d lines, want %d:\n%s", len(lines), 1+len(Categories()), tab)
	}
	if f := strings.Fields(lines[0]); !reflect.DeepEqual(f, []string{"category", "P", "R", "F1", "TP", "FP", "FN"}) {
		t.Errorf("header %q", lines[0])
	}
	for _, l := range lines {
		if len(l) != len(lines[0]) {
			t.Errorf("table not aligned:\n%s", tab)
			break
		}
	}
	if f := strings.Fields(lines[2]); !reflect.DeepEqual(f, []string{"entities.Person", "1.000", "0.500", "0.667", "1", "0", "1"}) {
		t.Errorf("person row %q", lines[2])
	}

	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back struct {
		Categories []struct {
			Category      string
			TP, FP, FN    int
			Precision, F1 float64
		} `json:"categories"`
		Misses []Miss `json:"misses"`
	}
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Categories) != len(Categories()) || back.Categories[1].Category != CatPersons || back.Categories[1].FN != 1 {
		t.Errorf("json categories: %s", data)
	}
	if len(back.Misses) != 1 || back.Misses[0].Outcome != Missed || !strings.Contains(back.Misses[0].Item, "Yvonne") {
		t.Errorf("json misses: %s", data)
	}
	if !strings.Contains(string(data), `"tp":1`) || !strings.Contains(string(data), `"f1":`) {
		t.Errorf("json lacks lowercase keys: %s", data)
	}
}

func TestReadPredictions(t *testing.T) {
	doc := schema.DocIRI("d")
	e := func(s string) quad.IRI { return schema.ActorIRI(s) }
	post := quad.IRI(schema.IDBase + "post/x")
	ev := quad.IRI(schema.IDBase + "event/1")
	qs := graph.Quads{
		{Subject: e("a"), Predicate: schema.Type, Object: schema.Organization, Label: doc},
		{Subject: e("a"), Predicate: schema.Type, Object: schema.Council, Label: doc},
		{Subject: e("a"), Predicate: schema.Name, Object: quad.String("A Council"), Label: doc},
		{Subject: e("a"), Predicate: schema.AlternateName, Object: quad.String("the council"), Label: doc},
		{Subject: e("a"), Predicate: schema.AlternateName, Object: quad.String("Elsewhere"), Label: schema.DocIRI("other")},
		{Subject: e("p"), Predicate: schema.Type, Object: schema.Person, Label: doc},
		{Subject: e("p"), Predicate: schema.Name, Object: quad.String("Pat"), Label: doc},
		{Subject: e("p"), Predicate: schema.MemberOf, Object: e("a"), Label: doc},
		{Subject: e("p"), Predicate: schema.Holds, Object: post, Label: doc},
		{Subject: post, Predicate: schema.Name, Object: quad.String("leader"), Label: doc},
		{Subject: e("p"), Predicate: schema.Criticises, Object: e("a"), Label: doc},
		{Subject: ev, Predicate: schema.Actor, Object: e("p"), Label: doc},
		{Subject: ev, Predicate: schema.Target, Object: e("a"), Label: doc},
		{Subject: ev, Predicate: schema.Action, Object: schema.Criticises, Label: doc},
		{Subject: ev, Predicate: schema.Evidence, Object: quad.String("Pat hits out."), Label: doc},
		{Subject: quad.BNode("q1"), Predicate: schema.Type, Object: schema.Quotation, Label: doc},
		{Subject: quad.BNode("q1"), Predicate: schema.Creator, Object: e("p"), Label: doc},
		{Subject: quad.BNode("q2"), Predicate: schema.Creator, Object: e("a"), Label: doc}, // not a Quotation
	}
	preds, err := ReadPredictions(context.Background(), qs)
	if err != nil {
		t.Fatal(err)
	}
	p := preds["d"]
	if p == nil || preds["other"] == nil || len(preds) != 2 {
		t.Fatalf("predictions by doc: %v", preds)
	}
	wantActors := []PredActor{
		{IRI: string(e("a")), Type: extract.Organization, Kind: extract.Council, Name: "A Council", Aliases: []string{"the council"}},
		{IRI: string(e("p")), Type: extract.Person, Name: "Pat"},
	}
	if !reflect.DeepEqual(p.Actors, wantActors) {
		t.Errorf("actors: %+v\nwant %+v", p.Actors, wantActors)
	}
	if want := [][2]string{{string(e("p")), string(e("a"))}}; !reflect.DeepEqual(p.Memberships, want) {
		t.Errorf("memberships: %v", p.Memberships)
	}
	if want := []PredRole{{Person: string(e("p")), Role: "leader"}}; !reflect.DeepEqual(p.Roles, want) {
		t.Errorf("roles: %+v", p.Roles)
	}
	if want := []PredAction{{Actor: string(e("p")), Type: extract.Criticises, Target: string(e("a")), Evidence: []string{"Pat hits out."}}}; !reflect.DeepEqual(p.Actions, want) {
		t.Errorf("actions: %+v", p.Actions)
	}
	if want := []string{string(e("p"))}; !reflect.DeepEqual(p.Quotes, want) {
		t.Errorf("quotes: %v", p.Quotes)
	}

	// A source's error comes back wrapped.
	_, err = ReadPredictions(context.Background(), failing{})
	if err == nil || !strings.Contains(err.Error(), "store gone") {
		t.Errorf("ReadPredictions over a failing source: %v", err)
	}
}

type failing struct{}

func (failing) Quads(ctx context.Context, fn func(quad.Quad) error) error {
	return errors.New("store gone")
}

func TestReadGoldErrors(t *testing.T) {
	const head = "doc: d\nentities:\n  - {id: a, type: Person, name: Ann}\n  - {id: b, type: Organization, kind: council, name: B Council}\n"
	tests := []struct {
		name, yaml, wantErr string
	}{
		{"valid", head + "memberships:\n  - [a, b]\nroles:\n  - {person: a, role: leader, org: null}\nactions:\n  - [a, criticises, b]\nquotes: [a, b]\n", ""},
		{"unknown type", "doc: d\nentities:\n  - {id: a, type: Human, name: Ann}\n", `d.yaml:3: entity a: unknown type "Human"`},
		{"unknown kind", "doc: d\nentities:\n  - {id: a, type: Person, name: Ann}\n  - {id: b, type: Organization, kind: club, name: B}\n", `d.yaml:4: entity b: unknown kind "club"`},
		{"kind on a person", "doc: d\nentities:\n  - {id: a, type: Person, kind: council, name: Ann}\n", "d.yaml:3: entity a: a Person has no kind"},
		{"duplicate id", head + "  - {id: a, type: Person, name: Ann Again}\n", `d.yaml:5: duplicate entity id "a"`},
		{"missing name", "doc: d\nentities:\n  - {id: a, type: Person}\n", "d.yaml:3: entity a: missing name"},
		{"unknown key", "doc: d\nentities:\n  - id: a\n    type: Person\n    name: Ann\n    alias: [Annie]\n", `d.yaml:6: unknown key "alias"`},
		{"membership unknown entity", head + "memberships:\n  - [a, b]\n  - [a, c]\n", `d.yaml:7: membership names unknown entity "c"`},
		{"membership arity", head + "memberships:\n  - [a]\n", "d.yaml:6: membership: want [member, body]"},
		{"unknown action", head + "actions:\n  - [a, praises, b]\n", `d.yaml:6: unknown action type "praises"`},
		{"action unknown entity", head + "actions:\n  - [z, criticises, b]\n", `d.yaml:6: action names unknown entity "z"`},
		{"role unknown org", head + "roles:\n  - {person: a, role: leader, org: zz}\n", `d.yaml:6: role names unknown entity "zz"`},
		{"role without text", head + "roles:\n  - {person: a, org: b}\n", "d.yaml:6: role of a: missing role text"},
		{"quote unknown entity", head + "quotes: [a, q]\n", `d.yaml:5: quote names unknown entity "q"`},
		{"unknown top-level key", head + "quote: [a]\n", "field quote not found"},
		{"doc missing", "entities: []\n", "missing doc"},
		{"doc mismatch", "doc: e\n", `doc "e" does not match the file name`},
		{"bad yaml", "doc: d\nentities: [\n", "d.yaml"},
		{"empty", "", "empty file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "d.yaml")
			if err := os.WriteFile(path, []byte(tt.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			golds, err := ReadGoldDir(dir)
			if tt.wantErr == "" {
				if err != nil || len(golds) != 1 {
					t.Fatalf("ReadGoldDir: %v", err)
				}
				g := golds[0]
				if len(g.Memberships) != 1 || len(g.Roles) != 1 || g.Roles[0].Org != "" || len(g.Actions) != 1 || len(g.Quotes) != 2 || g.Entities[1].Kind != extract.Council {
					t.Errorf("gold: %+v", g)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ReadGoldDir: error %v, want one containing %q", err, tt.wantErr)
			}
			if err != nil && !strings.Contains(err.Error(), path) && tt.name != "bad yaml" {
				t.Errorf("error %q does not name the file %s", err, path)
			}
		})
	}
}

func TestReadGoldDirErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadGoldDir(dir); err == nil || !strings.Contains(err.Error(), "no *.yaml gold files") {
		t.Errorf("empty dir: %v", err)
	}
	if _, err := ReadGoldDir(filepath.Join(dir, "absent")); err == nil {
		t.Error("absent dir: no error")
	}
	os.WriteFile(filepath.Join(dir, "FORMAT.md"), []byte("# not gold"), 0o644)
	os.WriteFile(filepath.Join(dir, "d.yaml"), []byte("doc: d\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "d.yml"), []byte("doc: d\n"), 0o644)
	if _, err := ReadGoldDir(dir); err == nil || !strings.Contains(err.Error(), `doc "d" already annotated`) {
		t.Errorf("two files for one doc: %v", err)
	}
}
