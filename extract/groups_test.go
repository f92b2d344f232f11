package extract

import "testing"

// TestGeneralFrames covers the frames read for unseen articles: groups
// named together, echoed calls, welcomes, successions, a call to resign as
// a criticism, inspections of bodies that are not councils.
func TestGeneralFrames(t *testing.T) {
	const council = "Fernleigh District Council met on Tuesday.\n\n"
	tests := []struct {
		name string
		text string
		want []string // "actor fragment|type|target fragment"
		not  []string
	}{
		{
			name: "accused the three",
			text: council + "Cllrs Anna Moss, Peter Lyle and Kate Dunn quit the Green Party on Monday.\n\nCllr Omar Feld said he was saddened and accused the three of \"betraying voters\".",
			want: []string{"Omar Feld|criticises|Anna Moss", "Omar Feld|criticises|Peter Lyle", "Omar Feld|criticises|Kate Dunn"},
		},
		{
			name: "welcomed the two councillors",
			text: council + "Cllrs Rita Vance and Colin Shore joined Reform UK on Friday.\n\nThe party's regional chairman, Tom Birch, welcomed the two councillors.",
			want: []string{"Tom Birch|supports|Rita Vance", "Tom Birch|supports|Colin Shore"},
		},
		{
			name: "count must match the list",
			text: council + "Cllrs Rita Vance and Colin Shore joined Reform UK on Friday.\n\nCllr Tom Birch accused the three of hypocrisy.",
			not:  []string{"Tom Birch|criticises|Rita Vance"},
		},
		{
			name: "they would resign after the three",
			text: council + "Cllrs Anna Moss, Peter Lyle and Kate Dunn quit the Green Party.\n\nCllr Omar Feld accused the three of cowardice.\n\n\"If they had any integrity they would resign,\" he said.",
			want: []string{"Omar Feld|demands-resignation|Kate Dunn"},
		},
		{
			name: "echoed the call",
			text: council + "Cllr Bryony Hale called for Cllr Ivan Petrov to resign.\n\nGreen group leader Cllr Lisa Marr echoed the call and said the cabinet was \"adrift\".",
			want: []string{"Lisa Marr|agrees-with|Bryony Hale", "Lisa Marr|demands-resignation|Ivan Petrov", "Bryony Hale|criticises|Ivan Petrov"},
			not:  []string{"Lisa Marr|criticises|Ivan Petrov"},
		},
		{
			name: "welcomed the action taken by",
			text: council + "\"I welcome the swift action taken by the Green Party, but more must be done,\" said Cllr Joan Hale.",
			want: []string{"Joan Hale|supports|Green Party"},
		},
		{
			name: "succeeded a party member",
			text: council + "Cllr Nia Pryce succeeded Conservative Cllr Owen Tate as leader in 2021.",
			want: []string{"Nia Pryce|succeeds|Owen Tate"},
			not:  []string{"Nia Pryce|succeeds|Conservative"},
		},
		{
			name: "took over the portfolio from",
			text: council + "Cllr Ravi Desai, who took over the transport portfolio from Cllr Jill Amber in May, said he was hopeful.",
			want: []string{"Ravi Desai|succeeds|Jill Amber"},
		},
		{
			name: "elected to replace",
			text: council + "Cllr Gwen Morley stood down last week.\n\nThe group elected Cllr Simon Oakes, the deputy leader, to replace her.",
			want: []string{"Simon Oakes|succeeds|Gwen Morley"},
		},
		{
			name: "a call to resign is a criticism",
			text: council + "Cllr Hugo Barnes called on Cllr Mia Long to resign.",
			want: []string{"Hugo Barnes|demands-resignation|Mia Long", "Hugo Barnes|criticises|Mia Long"},
		},
		{
			name: "defended and praised is not an attack",
			text: council + "Cllr Ada Fenn defended her colleague Cllr Rob Tyne, saying Cllr Tyne had \"worked around the clock\".",
			not:  []string{"Ada Fenn|criticises|Rob Tyne"},
		},
		{
			name: "agreed with X that the leadership had questions",
			text: council + "Cllr Kit Lowe said she agreed with Cllr Sam Pike that the leadership had questions to answer.",
			not:  []string{"Kit Lowe|criticises|Sam Pike"},
		},
		{
			name: "inspection of a fire service",
			text: "Fernleigh District Council met on Tuesday.\n\nHMICFRS has issued a cause of concern to Northvale Fire and Rescue Service after an inspection, and rated it inadequate.\n\nThe report said: \"Too often, leaders were unaware of poor behaviour.\"",
			want: []string{"HMICFRS|inspects|Northvale Fire", "HMICFRS|criticises|Northvale Fire"},
			not:  []string{"HMICFRS|inspects|Fernleigh"},
		},
		{
			name: "passive not consulted is no fault",
			text: council + "Cllr Dora Webb said the council had not been consulted about the plan.",
			not:  []string{"Dora Webb|criticises|Fernleigh"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Extract(Article{ID: "t", Text: tc.text})
			checkActions(t, f, tc.want, tc.not)
		})
	}
}
