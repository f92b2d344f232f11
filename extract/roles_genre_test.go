package extract

import "testing"

// TestRolesGenre covers posts common in council news: a ruling party's
// leader, union officials, in-house directors, reshuffles and posts with
// nothing after "for". Sentences are invented for these tests.
func TestRolesGenre(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    want
		noRoles []string // "person | role | body" that must not be there
	}{
		{
			name: "a ruling party's leader leads the council",
			text: "Ashwell Borough Council faces a budget gap. The opposition blamed the Labour administration.\n\nLabour leader Cllr Tamsin Orr said savings would be found. Labour deputy leader Cllr Bilal Hurst agreed.",
			want: want{
				roles:       []string{"tamsin-orr | leader | ashwell-borough-council", "bilal-hurst | deputy leader | ashwell-borough-council"},
				memberships: []string{"tamsin-orr > labour-party", "bilal-hurst > labour-party"},
			},
			noRoles: []string{"tamsin-orr | labour leader | labour-group"},
		},
		{
			name: "an opposition party's group leader stays the group's",
			text: "Ashwell Borough Council faces a budget gap. The opposition blamed the Labour administration.\n\nConservative group leader Cllr Dora Pike said the plan was wrong.",
			want: want{
				memberships: []string{"dora-pike > conservative-party"},
			},
			noRoles: []string{"dora-pike | leader | ashwell-borough-council", "dora-pike | group leader | ashwell-borough-council"},
		},
		{
			name: "a union official's post is the union's",
			text: "Pollard District Council will cut 80 jobs.\n\nThe Unite union, which represents refuse crews employed by the council, said the authority had broken its word.\n\nBranch organiser Kemal Roche said: \"Our members are angry.\"",
			want: want{
				roles:       []string{"kemal-roche | branch organiser | unite"},
				memberships: []string{"kemal-roche > unite"},
			},
			noRoles: []string{"kemal-roche | branch organiser | pollard-district-council"},
		},
		{
			name: "a union's local post keeps its place word",
			text: "Teachers at Corrin Academy will strike, Dunmore County Council said.\n\nThe National Education Union's Dunmore branch secretary, Wendy Akers, said staff were exhausted.",
			want: want{
				roles:       []string{"wendy-akers | dunmore branch secretary | national-education-union"},
				memberships: []string{"wendy-akers > national-education-union"},
			},
		},
		{
			name: "a firm named later is not an in-house director's body",
			text: "Hobbs Vale City Council took back its parks contract.\n\nDirector of environment Rhys Kilby told councillors the risk had been covered by a guarantee from the contractor's owner, Stannard Holdings, which later failed.",
			want: want{
				roles: []string{"rhys-kilby | director of environment | hobbs-vale-city-council"},
			},
			noRoles: []string{"rhys-kilby | director of environment | stannard-holdings"},
		},
		{
			name: "a reshuffle hands posts on",
			text: "The leader of Marbury District Council has reshuffled her cabinet.\n\nCllr Otto Brand is replaced as deputy leader by Independent councillor Fern Adley, who keeps her role as portfolio holder for leisure, while Cllr Ravi Stowe becomes portfolio holder for waste.",
			want: want{
				roles: []string{"fern-adley | deputy leader | marbury-district-council", "fern-adley | portfolio holder for leisure | marbury-district-council", "ravi-stowe | portfolio holder for waste | marbury-district-council"},
			},
			noRoles: []string{"otto-brand | deputy leader | marbury-district-council"},
		},
		{
			name:    "a spokesperson for nothing is no post",
			text:    "Tilsey Borough Council ended the deal.\n\nA spokesperson for Grunwald Pratt said the firm was disappointed.",
			noRoles: []string{"grunwald-pratt | spokesperson for | "},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := Extract(Article{ID: "t", Text: tt.text})
			check(t, f, tt.want)
			for _, r := range f.Roles {
				got := r.Person + " | " + r.Role + " | " + r.Body
				for _, no := range tt.noRoles {
					if got == no {
						t.Errorf("unwanted role %q", got)
					}
				}
				if r.Role == "spokesperson for" {
					t.Errorf("post with no object: %q", got)
				}
			}
		})
	}
}
