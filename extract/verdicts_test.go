package extract

import (
	"strings"
	"testing"
)

func TestQuotedVerdicts(t *testing.T) {
	const council = "Fernlow District Council met on Tuesday.\n\n"
	tests := []struct {
		name string
		text string
		want []string // "actor fragment|type|target fragment"
		not  []string
	}{
		{
			name: "named opponent has not listened",
			text: council + "Cllr Hester Quayle said: \"Cllr Tobias Wren has simply not listened to residents.\"",
			want: []string{"Hester Quayle|criticises|Tobias Wren"},
		},
		{
			name: "named subject has ignored",
			text: council + "\"Cllr Tobias Wren has repeatedly ignored our warnings,\" said Cllr Hester Quayle.",
			want: []string{"Hester Quayle|criticises|Tobias Wren"},
		},
		{
			name: "not yet decided is no criticism",
			text: council + "Cllr Hester Quayle said: \"Cllr Tobias Wren has not yet decided what to do.\"",
			not:  []string{"Hester Quayle|criticises|Tobias Wren"},
		},
		{
			name: "party has run the council for years",
			text: council + "Cllr Hester Quayle (Green, Millbrook) spoke out.\n\n\"The Liberal Democrats have run this council for twelve years and the roads are worse than ever,\" she said.",
			want: []string{"Hester Quayle|criticises|Liberal Democrat"},
		},
		{
			name: "tenure praised by an ally",
			text: council + "Cllr Hester Quayle (Lab, Millbrook) spoke at the meeting.\n\n\"Cllr Tobias Wren has led this group for ten years with great skill,\" she said.",
			not:  []string{"Hester Quayle|criticises|Tobias Wren"},
		},
		{
			name: "left us with a deficit",
			text: council + "Cllr Hester Quayle said: \"The Government has left us with a £12m deficit.\"",
			want: []string{"Hester Quayle|blames|Government"},
		},
		{
			name: "is to blame",
			text: council + "Cllr Hester Quayle said Cllr Tobias Wren was to blame for the delays.",
			want: []string{"Hester Quayle|blames|Tobias Wren"},
		},
		{
			name: "not to blame",
			text: council + "Cllr Hester Quayle said Cllr Tobias Wren was not to blame for the delays.",
			not:  []string{"Hester Quayle|blames|Tobias Wren"},
		},
		{
			name: "the fault of",
			text: council + "Cllr Hester Quayle said: \"This is the fault of Cllr Tobias Wren and nobody else.\"",
			want: []string{"Hester Quayle|blames|Tobias Wren"},
		},
		{
			name: "conditional resignation",
			text: council + "Cllr Hester Quayle accused Cllr Tobias Wren of betrayal. \"He was elected on our manifesto,\" she said. \"If he had any shame he would resign.\"",
			want: []string{"Hester Quayle|demands-resignation|Tobias Wren"},
		},
		{
			name: "both men should consider their positions",
			text: council + "Cllr Tobias Wren and Cllr Ambrose Kell approved the deal.\n\nCllr Hester Quayle said both men should \"consider their positions\".",
			want: []string{"Hester Quayle|demands-resignation|Tobias Wren", "Hester Quayle|demands-resignation|Ambrose Kell"},
		},
		{
			name: "defensive blame is blame alone",
			text: council + "Cllr Hester Quayle defended Cllr Tobias Wren and blamed his predecessor, Cllr Ambrose Kell.",
			want: []string{"Hester Quayle|blames|Ambrose Kell", "Hester Quayle|supports|Tobias Wren"},
			not:  []string{"Hester Quayle|criticises|Ambrose Kell"},
		},
		{
			name: "blaming central government is blame alone",
			text: council + "Cllr Hester Quayle blamed the Government for the council's finances.",
			want: []string{"Hester Quayle|blames|Government"},
			not:  []string{"Hester Quayle|criticises|Government"},
		},
		{
			name: "attacking opponent blame also criticises",
			text: council + "Cllr Hester Quayle blamed Cllr Tobias Wren for the overspend.",
			want: []string{"Hester Quayle|blames|Tobias Wren", "Hester Quayle|criticises|Tobias Wren"},
		},
		{
			name: "a third party blaming inside a quote",
			text: council + "Cllr Hester Quayle said: \"The council leader has spent more time blaming the Government than fixing the roads.\"",
			not:  []string{"Hester Quayle|blames|Government", "Hester Quayle|criticises|Government"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Extract(Article{ID: "t", Text: tc.text})
			checkActions(t, f, tc.want, tc.not)
		})
	}
}

func TestQuoteContinuesAfterSaid(t *testing.T) {
	text := "Hollybank Town Council met.\n\n\"We were not consulted,\" said Cllr Marnie Roath. \"The district council should think again.\""
	f := Extract(Article{ID: "t", Text: text})
	n := 0
	for _, q := range f.Quotes {
		if strings.Contains(q.Speaker, "marnie-roath") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("want 2 quotes by Marnie Roath, have %+v", f.Quotes)
	}
}

func TestTownCouncilBesideDistrict(t *testing.T) {
	text := "Brimley District Council has sold the car park, angering Upcott Town Council.\n\n" +
		"Cllr Tamsin Ode, the district council's leader, said: \"I'm disappointed that the town council has chosen to make this political.\""
	f := Extract(Article{ID: "t", Text: text})
	if !actionByName(f, "Tamsin Ode", Criticises, "Upcott Town Council") {
		t.Errorf("missing criticism of the town council; have %+v", f.Actions)
	}
	if actionByName(f, "Tamsin Ode", Criticises, "Brimley District Council") {
		t.Errorf("the town council resolved to the district council")
	}
	for _, a := range f.Actors {
		if strings.HasPrefix(a.Name, "I'm") || strings.HasPrefix(a.Name, "I’m") {
			t.Errorf("\"I'm\" read as a name: %+v", a)
		}
	}
}

func TestResponsibleIsBlameNotCriticism(t *testing.T) {
	text := "Fernlow District Council met on Tuesday.\n\nCllr Hester Quayle (Lab) said: \"It's the ruling Conservative group which is responsible for this mess.\""
	f := Extract(Article{ID: "t", Text: text})
	if !actionByName(f, "Hester Quayle", Blames, "Conservative") {
		t.Errorf("missing blame; have %+v", f.Actions)
	}
	if actionByName(f, "Hester Quayle", Criticises, "Conservative") {
		t.Errorf("blame read as criticism too")
	}
}

func TestDeputyAndBecomesRoles(t *testing.T) {
	tests := []struct {
		name, text, person, role string
	}{
		{
			name:   "his deputy",
			text:   "Carrow Borough Council faces a leadership contest.\n\nThe leader of the council, Cllr Osric Venn, will stand down.\n\nHis deputy, Cllr Mabel Strand, is expected to stand.",
			person: "mabel-strand", role: "deputy",
		},
		{
			name:   "who becomes cabinet member",
			text:   "Carrow Borough Council has a new cabinet.\n\nThe post goes to Cllr Mabel Strand, who becomes cabinet member for parks and leisure with immediate effect.",
			person: "mabel-strand", role: "cabinet member for parks and leisure",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Extract(Article{ID: "t", Text: tc.text})
			for _, r := range f.Roles {
				if r.Person == tc.person && r.Role == tc.role && strings.Contains(r.Body, "carrow") {
					return
				}
			}
			t.Errorf("missing role %q for %s; have %+v", tc.role, tc.person, f.Roles)
		})
	}
}
