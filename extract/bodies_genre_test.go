package extract

import "testing"

// TestBodiesAndGroupsOfTheGenre covers bodies named by a telling first or
// last word, opposition groups, party and union voices and defections, on
// sentences written for these tests (invented people and councils).
func TestBodiesAndGroupsOfTheGenre(t *testing.T) {
	tests := []struct {
		name string
		text string
		want want
	}{
		{
			name: "companies, patient champions, friends groups, chambers and infirmaries are bodies",
			text: "Pellworth Borough Council cut the route.\n\nIn a statement, operator Tennick Buses said it was \"dismayed\".\n\nHealthwatch Pellworth said: \"Patients have complained.\" The complaint came from Nora Bright, of Friends of Quarry Wood, and from Pellworth Chamber of Commerce.\n\nSolicitor Ivan Merritt of Stroud Legal said staff at Pellworth General Infirmary were worried.",
			want: want{
				actors:   []string{"tennick-buses Organization company", "healthwatch-pellworth Organization", "friends-of-quarry-wood Organization", "pellworth-chamber-of-commerce Organization", "stroud-legal Organization company", "pellworth-general-infirmary Organization"},
				noActors: []string{"chamber-of-commerce"},
				quotes:   []string{"tennick-buses", "healthwatch-pellworth"},
				noQuotes: []string{"nora-bright"},
			},
		},
		{
			name: "a party's opposition is its group; its group leader leads it",
			text: "Dunmere District Council approved the cuts.\n\nThe Liberal Democrat opposition was furious. Group leader Cllr Harriet Okonedo said: \"This is a disgrace.\"\n\nCllr Sion Pryce, leader of the council's Plaid Cymru opposition group, agreed.",
			want: want{
				actors:      []string{"dunmere-district-council-liberal-democrat-group Organization party-group", "dunmere-district-council-plaid-cymru-group Organization party-group"},
				roles:       []string{"harriet-okonedo | group leader | dunmere-district-council-liberal-democrat-group"},
				memberships: []string{"harriet-okonedo > dunmere-district-council-liberal-democrat-group"},
				quotes:      []string{"harriet-okonedo"},
			},
		},
		{
			name: "an opposition leader is not the opposition group",
			text: "Dunmere District Council approved the cuts. Lib Dem opposition leader Cllr Harriet Okonedo said: \"We disagree.\"",
			want: want{
				noActors: []string{"dunmere-district-council-liberal-democrat-opposition", "liberal-democrat-opposition"},
				quotes:   []string{"harriet-okonedo"},
			},
		},
		{
			name: "a party spokesperson and a union at the start of a sentence speak for their body",
			text: "Alderman Colm Reddy was suspended by Dunfield Borough Council.\n\nA UUP spokesperson said: \"The party has suspended him.\"\n\nUnite said: \"Our members are angry.\"\n\nUnite regional organiser Pat Dwyer said the council was wrong.",
			want: want{
				quotes: []string{"ulster-unionist-party", "unite"},
				roles:  []string{"pat-dwyer | regional organiser | unite"},
			},
		},
		{
			name: "a party's named spokesperson speaks, not the party",
			text: "Dunfield Borough Council met. A Labour spokesperson for housing, Cllr Ruth Gale, said: \"Tenants deserve better.\"",
			want: want{
				quotes:   []string{"ruth-gale"},
				noQuotes: []string{"labour-party"},
			},
		},
		{
			name: "defectors named in the next sentence join the new party",
			text: "FOUR Labour councillors on Pellworth Borough Council have defected to Reform UK.\n\nCllrs Graham Quarry, Susan Ostler, Peter Nimmo and David Pally said they had left the party.\n\nCllr Ann Lowe and Cllr Brian Teal have defected to the Green Party.",
			want: want{
				memberships: []string{"graham-quarry > reform-uk", "susan-ostler > reform-uk", "peter-nimmo > reform-uk", "david-pally > reform-uk", "ann-lowe > green-party", "brian-teal > green-party"},
				noMembers:   []string{"graham-quarry > labour-party", "ann-lowe > reform-uk"},
			},
		},
		{
			name: "a count that does not match the list names nobody",
			text: "Three Labour councillors on Pellworth Borough Council have defected to Reform UK.\n\nCllr Graham Quarry and Cllr Susan Ostler said the move was sad.",
			want: want{
				noMembers: []string{"graham-quarry > reform-uk", "susan-ostler > reform-uk"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Extract(Article{ID: "t", Text: tt.text}), tt.want)
		})
	}
}
