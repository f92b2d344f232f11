package extract

import (
	"strings"
	"testing"
)

// actionByName reports whether f holds an action of type typ whose actor's
// and target's names contain the given fragments.
func actionByName(f Facts, actor string, typ ActionType, target string) bool {
	name := map[string]string{}
	for _, a := range f.Actors {
		name[a.ID] = strings.ToLower(a.Name)
	}
	for _, a := range f.Actions {
		if a.Type == typ && strings.Contains(name[a.Actor], strings.ToLower(actor)) && strings.Contains(name[a.Target], strings.ToLower(target)) {
			return true
		}
	}
	return false
}

// checkActions fails t for each "actor|type|target" of want that f lacks
// and each of not that f has; names match by case-insensitive fragment.
func checkActions(t *testing.T, f Facts, want, not []string) {
	t.Helper()
	for _, w := range want {
		p := strings.Split(w, "|")
		if !actionByName(f, p[0], ActionType(p[1]), p[2]) {
			t.Errorf("missing action %q; have %+v", w, f.Actions)
		}
	}
	for _, w := range not {
		p := strings.Split(w, "|")
		if actionByName(f, p[0], ActionType(p[1]), p[2]) {
			t.Errorf("unexpected action %q", w)
		}
	}
}

func TestActionFrames(t *testing.T) {
	const council = "Brackenford Borough Council has approved its budget.\n\n"
	tests := []struct {
		name string
		text string
		want []string // "actor fragment|type|target fragment"
		not  []string
	}{
		{
			name: "parenthesis between name and verb",
			text: council + "Cllr Tamsin Holloway (Lab, Eastgate) slammed the Conservatives for the cuts.",
			want: []string{"Tamsin Holloway|criticises|Conservative"},
		},
		{
			name: "defended his cabinet member",
			text: council + "Cabinet member for roads Cllr Owain Trask was urged to resign by Cllr Petra Lund.\n\nCouncil leader Cllr Hamid Qureshi defended his cabinet member.",
			want: []string{"Hamid Qureshi|supports|Owain Trask", "Petra Lund|demands-resignation|Owain Trask"},
		},
		{
			name: "accused the commissioner",
			text: "Police and crime commissioner Gideon Farrant criticised the cuts.\n\nCouncil leader Cllr Rhona Blythe accused the commissioner of \"empty posturing\".",
			want: []string{"Rhona Blythe|criticises|Gideon Farrant"},
		},
		{
			name: "agreed with the MP",
			text: "Lucas Penrose, MP for Wexcombe, criticised Wexcombe District Council.\n\nCllr Ivy Marchetti said she agreed with the MP.",
			want: []string{"Ivy Marchetti|agrees-with|Lucas Penrose"},
		},
		{
			name: "inspector finds failings",
			text: "Ofsted found serious failings at Dunmarsh County Council's children's services.",
			want: []string{"Ofsted|inspects|Dunmarsh", "Ofsted|criticises|Dunmarsh"},
		},
		{
			name: "rating alone is no criticism",
			text: "Ofsted rated Dunmarsh County Council's children's services as 'inadequate'.",
			want: []string{"Ofsted|inspects|Dunmarsh"},
			not:  []string{"Ofsted|criticises|Dunmarsh"},
		},
		{
			name: "implicit inspectors of a report",
			text: "An inspection found \"widespread failings\" at Dunmarsh County Council.\n\nThe Care Quality Commission visited the council in May.",
			want: []string{"Care Quality Commission|criticises|Dunmarsh"},
		},
		{
			name: "review by a body",
			text: "Dunmarsh County Council has commissioned a review of its finances by Thornbury Audit Partners Ltd.",
			want: []string{"Thornbury Audit Partners|inspects|Dunmarsh"},
		},
		{
			name: "accepts the inspector's findings",
			text: "Ofsted inspected Dunmarsh County Council in March.\n\nCllr Nora Quill said: \"I accept Ofsted's findings in full.\"",
			want: []string{"Nora Quill|agrees-with|Ofsted"},
			not:  []string{"Nora Quill|agrees-with|Dunmarsh"},
		},
		{
			name: "welcomes this report",
			text: "The Care Quality Commission inspected Dunmarsh County Council.\n\nCampaigner Jodie Farr said: \"We welcome this report.\"",
			want: []string{"Jodie Farr|agrees-with|Care Quality Commission"},
		},
		{
			name: "says the administration ignored warnings",
			text: council + "Cllr Abel Stroud says the Labour administration ignored repeated warnings.",
			want: []string{"Abel Stroud|criticises|Labour"},
		},
		{
			name: "says a body was label in quotes",
			text: council + "Cllr Abel Stroud said the Brackenford Borough Council had \"lost the plot\".",
			want: []string{"Abel Stroud|criticises|Brackenford"},
		},
		{
			name: "praise in quotes is no criticism",
			text: council + "Cllr Abel Stroud said Brackenford Borough Council had been \"fantastic\".",
			not:  []string{"Abel Stroud|criticises|Brackenford"},
		},
		{
			name: "has my full backing",
			text: council + "Cllr Greta Voss was criticised by Cllr Milo Hart.\n\nCouncil leader Cllr Dev Anand said: \"Greta has my full backing.\"",
			want: []string{"Dev Anand|supports|Greta Voss"},
		},
		{
			name: "every confidence in",
			text: council + "Council leader Cllr Dev Anand said he had every confidence in Cllr Greta Voss.",
			want: []string{"Dev Anand|supports|Greta Voss"},
		},
		{
			name: "grateful for the support of",
			text: council + "Cllr Greta Voss said she was grateful for the support of the council's chief executive, Rupert Ames.",
			want: []string{"Greta Voss|supports|Rupert Ames"},
			not:  []string{"Greta Voss|supports|Brackenford"},
		},
		{
			name: "who took over from his predecessor",
			text: council + "Council leader Cllr Idris Vane, who took over from Cllr Colm Rafter in May, spoke at the meeting.",
			want: []string{"Idris Vane|succeeds|Colm Rafter"},
		},
		{
			name: "role taken by",
			text: council + "Cllr Colm Rafter's cabinet role has been taken by Cllr Idris Vane.",
			want: []string{"Idris Vane|succeeds|Colm Rafter"},
		},
		{
			name: "disappointed that",
			text: council + "Cllr Idris Vane said: \"I'm disappointed that Fenmoor Parish Council has chosen to go to the press.\"",
			want: []string{"Idris Vane|criticises|Fenmoor"},
		},
		{
			name: "is right to",
			text: council + "Cllr Idris Vane said: \"The Fenmoor Residents Association is right to raise this.\"",
			want: []string{"Idris Vane|agrees-with|Fenmoor"},
		},
		{
			name: "shared concerns",
			text: council + "Cllr Colm Rafter criticised the plan.\n\nCllr Ivy Marchetti said she shared Cllr Rafter's concerns.",
			want: []string{"Ivy Marchetti|agrees-with|Colm Rafter"},
		},
		{
			name: "questions to answer",
			text: council + "Cllr Idris Vane said: \"Cllr Colm Rafter has questions to answer.\"",
			want: []string{"Idris Vane|criticises|Colm Rafter"},
		},
		{
			name: "clashed with",
			text: council + "The Fenmoor Residents Association has clashed repeatedly with Brackenford Borough Council.",
			want: []string{"Fenmoor|criticises|Brackenford"},
		},
		{
			name: "she added after a quote",
			text: council + "\"The plan is a mess,\" said Cllr Petra Lund.\n\nShe added that the Labour administration had \"lost its way\".",
			want: []string{"Petra Lund|criticises|Labour"},
		},
		{
			name: "calling on him inside a quote",
			text: council + "Cllr Petra Lund said: \"Cllr Trask has failed. I'm calling on him to step down.\"",
			want: []string{"Petra Lund|demands-resignation|Trask"},
		},
		{
			name: "should be considering her position",
			text: council + "Cllr Petra Lund said: \"Cllr Greta Voss has had two years. She should be considering her position.\"",
			want: []string{"Petra Lund|demands-resignation|Greta Voss"},
		},
		{
			name: "apologised and said the council had accepted",
			text: "The Local Government and Social Care Ombudsman found Brackenford Borough Council at fault.\n\nCllr Greta Voss apologised and said the council had accepted all of the Ombudsman's recommendations.",
			want: []string{"Greta Voss|agrees-with|Ombudsman"},
			not:  []string{"Brackenford|agrees-with|Ombudsman"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Extract(Article{ID: "t", Text: tc.text})
			checkActions(t, f, tc.want, tc.not)
		})
	}
}
