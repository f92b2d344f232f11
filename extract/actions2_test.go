package extract

import (
	"testing"
)

// TestReportedActionFrames covers resignation calls, support and agreement
// in reported speech, coordinated verdicts, passive successions and
// inspections of providers.
func TestReportedActionFrames(t *testing.T) {
	const council = "Wendlebury District Council met on Monday.\n\n"
	tests := []struct {
		name string
		text string
		want []string // "actor fragment|type|target fragment"
		not  []string
	}{
		{
			name: "should resign after an apposition",
			text: council + "The Green group said the Labour cabinet member for parks, Cllr Nia Brookfield, should resign.",
			want: []string{"Green|demands-resignation|Nia Brookfield"},
		},
		{
			name: "do the decent thing",
			text: council + "Cabinet member Cllr Nia Brookfield was criticised in a report.\n\nGreen group leader Cllr Rob Hale said: \"She should do the decent thing and go.\"",
			want: []string{"Rob Hale|demands-resignation|Nia Brookfield"},
		},
		{
			name: "agreed with every word",
			text: council + "Cllr Tomas Bellamy proposed the motion.\n\nSeconding, Cllr Anwen Ray said she agreed \"with every word\" Cllr Bellamy had said and accused the Labour administration of \"failing residents\".",
			want: []string{"Anwen Ray|agrees-with|Tomas Bellamy", "Anwen Ray|criticises|Labour"},
			not:  []string{"Tomas Bellamy|criticises|Labour"},
		},
		{
			name: "reported full support",
			text: council + "Council leader Cllr Rhiannon Moss survived the vote.\n\nDeputy leader Cllr Osman Reid said the leader had his \"full support\".",
			want: []string{"Osman Reid|supports|Rhiannon Moss"},
		},
		{
			name: "agree in a relative clause",
			text: council + "Cllr Rhiannon Moss was criticised.\n\n\"Voters deserve a councillor who serves all of them, not just the ones who agree with her,\" said Cllr Osman Reid.",
			not:  []string{"Osman Reid|agrees-with|Rhiannon Moss"},
		},
		{
			name: "party adjective before a post",
			text: council + "A Green MP has asked ministers to intervene, accusing Wendlebury District Council of \"ignoring\" residents.",
			not:  []string{"Green|criticises|Wendlebury"},
		},
		{
			name: "both bodies let them down",
			text: council + "Cllr Osman Reid said: \"Both the council and the Scottish Government have let them down.\"",
			want: []string{"Osman Reid|criticises|Wendlebury", "Osman Reid|criticises|Scottish Government"},
		},
		{
			name: "replaced as by",
			text: council + "Three councillors abstained, among them Cllr Tobias Lang, who was replaced as cabinet member for roads by Cllr Mina Frost in May.",
			want: []string{"Mina Frost|succeeds|Tobias Lang"},
		},
		{
			name: "council speaking is not inspected",
			text: "Wendlebury District Council said it would end its contract with Hollyfield Care Ltd after the Care Quality Commission (CQC) found that visits were missed.\n\nThe CQC report said care was poor.",
			want: []string{"Care Quality Commission|inspects|Hollyfield"},
			not:  []string{"Care Quality Commission|inspects|Wendlebury"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Extract(Article{ID: "t", Text: tc.text})
			checkActions(t, f, tc.want, tc.not)
		})
	}
}
