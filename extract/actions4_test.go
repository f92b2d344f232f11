package extract

import "testing"

// TestSuccessionAndMotionFrames covers successions read from "took over as
// … from", "became … after Y retired", by-election winners, and motions
// tabled after a vote of no confidence.
func TestSuccessionAndMotionFrames(t *testing.T) {
	const council = "Ashcombe Borough Council met on Monday.\n\n"
	tests := []struct {
		name string
		text string
		want []string // "actor fragment|type|target fragment"
		not  []string
	}{
		{
			name: "took over as a post from",
			text: council + "Cllr Hattie Rowe, who took over as leader from Cllr Dominic Vass in 2021, said the budget was balanced.",
			want: []string{"Hattie Rowe|succeeds|Dominic Vass"},
		},
		{
			name: "took over as without from",
			text: council + "Cllr Hattie Rowe took over as leader in 2021, and Cllr Dominic Vass said he was pleased.",
			not:  []string{"Hattie Rowe|succeeds|Dominic Vass"},
		},
		{
			name: "became after a retirement",
			text: council + "Kwame Otieno, who became the council's director of housing after Gillian Marsh retired, said repairs were on track.",
			want: []string{"Kwame Otieno|succeeds|Gillian Marsh"},
		},
		{
			name: "became after a meeting is no succession",
			text: council + "Kwame Otieno became angry after Gillian Marsh spoke at the meeting.",
			not:  []string{"Kwame Otieno|succeeds|Gillian Marsh"},
		},
		{
			name: "by-election winner",
			text: "Priya Lennox won the Eastholm ward of Ashcombe Borough Council with 900 votes.\n\nThe by-election was called after the death in June of long-serving Labour councillor Frank Osei.",
			want: []string{"Priya Lennox|succeeds|Frank Osei"},
		},
		{
			name: "motion against after no confidence",
			text: "The leader of Ashcombe Borough Council has survived a vote of no confidence.\n\nLiberal Democrat councillors tabled the motion against Labour leader Cllr Owen Pardoe over the failed leisure centre.",
			want: []string{"Liberal Democrat|demands-resignation|Owen Pardoe"},
			not:  []string{"Liberal Democrat|criticises|Owen Pardoe"},
		},
		{
			name: "motion against without no confidence",
			text: council + "Liberal Democrat councillors tabled the motion against Labour leader Cllr Owen Pardoe over the failed leisure centre.",
			not:  []string{"Liberal Democrat|demands-resignation|Owen Pardoe"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Extract(Article{ID: "t", Text: tc.text})
			checkActions(t, f, tc.want, tc.not)
		})
	}
}
