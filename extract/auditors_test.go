package extract

import "testing"

// TestAuditorReviewAndWellWishing covers external auditors and named review
// bodies inspecting the council, and the support frames "look forward to
// working with X" and "wished X well".
func TestAuditorReviewAndWellWishing(t *testing.T) {
	const council = "Brindlecombe Borough Council met on Monday.\n\n"
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		{
			name: "appositive external auditor",
			text: council + "The council's external auditor, Pellow Marchant LLP, said the council had not kept councillors informed of rising costs.",
			want: []string{"Pellow Marchant|inspects|Brindlecombe Borough Council"},
		},
		{
			name: "auditors from",
			text: council + "Auditors from Pellow Marchant LLP said the council's finance team had been stretched.",
			want: []string{"Pellow Marchant|inspects|Brindlecombe Borough Council"},
		},
		{
			name: "a firm not named as auditor",
			text: council + "Pellow Marchant LLP said it would bid for the contract to run the council's leisure centres.",
			not:  []string{"Pellow Marchant|inspects|Brindlecombe Borough Council"},
		},
		{
			name: "review led by",
			text: council + "The independent review of the council, led by the Civic Standards Association, is due to report in the spring.",
			want: []string{"Civic Standards Association|inspects|Brindlecombe Borough Council"},
		},
		{
			name: "review recommended by one body, carried out by another",
			text: council + "The review recommended by the Halvering Society will be carried out by the Civic Standards Association next year.",
			want: []string{"Civic Standards Association|inspects|Brindlecombe Borough Council"},
		},
		{
			name: "look forward to working with",
			text: council + "Cllr Tamsin Orchard said: \"I look forward to working with Dr Ivo Penhallow.\"",
			want: []string{"Tamsin Orchard|supports|Ivo Penhallow"},
		},
		{
			name: "look forward without working with",
			text: council + "Cllr Tamsin Orchard said she looked forward to the debate, but Dr Ivo Penhallow was absent.",
			not:  []string{"Tamsin Orchard|supports|Ivo Penhallow"},
		},
		{
			name: "wished well",
			text: council + "Cllr Tamsin Orchard wished Cllr Ivo Penhallow well in his new role.",
			want: []string{"Tamsin Orchard|supports|Ivo Penhallow"},
		},
		{
			name: "wished without well",
			text: council + "Cllr Tamsin Orchard wished Cllr Ivo Penhallow had consulted the ward members first.",
			not:  []string{"Tamsin Orchard|supports|Ivo Penhallow"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Extract(Article{ID: "t", Text: tc.text})
			checkActions(t, f, tc.want, tc.not)
		})
	}
}
