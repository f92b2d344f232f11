package extract

import "testing"

// TestGenrePhenomena covers phenomena of local-government news, on
// sentences written for these tests (invented people and councils).
func TestGenrePhenomena(t *testing.T) {
	tests := []struct {
		name string
		text string
		want want
	}{
		{
			name: "descriptors do not glue onto parties",
			text: "Opposition Liberal Democrat leader Cllr Sarah Quennell said the plan was \"a shambles\".\n\nFormer Labour leader Cllr Jean Ashworth said Brackfield District Council had failed.",
			want: want{
				actors:      []string{"liberal-democrats Organization party", "labour-party Organization party", "sarah-quennell Person", "jean-ashworth Person"},
				noActors:    []string{"opposition-liberal-democrats", "former-labour"},
				memberships: []string{"sarah-quennell > liberal-democrats"},
				quotes:      []string{"sarah-quennell"},
			},
		},
		{
			name: "appositive naming a body's role makes a company",
			text: "Brackfield District Council's accounts were qualified. Grant Thornbury, the council's external auditor, said the books did not balance. Whitcombe Partners, a consultancy, will review the scheme.",
			want: want{
				actors:   []string{"grant-thornbury Organization company", "whitcombe-partners Organization company"},
				noActors: []string{},
			},
		},
		{
			name: "particles in names and titled given names",
			text: "Councillor Eluned ap Gwilym, who leads the Plaid Cymru group on the council, criticised Pentrefach County Borough Council.\n\n\"We need answers,\" said Cllr ap Gwilym.\n\nDame Philippa Oakridge led the review. Dame Philippa said the findings were stark.",
			want: want{
				actors:      []string{"eluned-ap-gwilym Person", "philippa-oakridge Person"},
				noActors:    []string{"eluned-pentrefach-county-borough-council", "ap-gwilym", "philippa-pentrefach-county-borough-council"},
				memberships: []string{"eluned-ap-gwilym > plaid-cymru"},
				quotes:      []string{"eluned-ap-gwilym"},
			},
		},
		{
			name: "a party before a council post belongs to the holder",
			text: "Labour cabinet member for transport Cllr Owen Brierley defended Tolworth Borough Council.\n\nConservative council leader Cllr Nia Castellan said she agreed.",
			want: want{
				roles:       []string{"owen-brierley | cabinet member for transport | tolworth-borough-council", "nia-castellan | council leader | tolworth-borough-council"},
				memberships: []string{"owen-brierley > labour-party", "nia-castellan > conservative-party"},
			},
		},
		{
			name: "party words in parentheses are aliases as written; opposition leader leads the group",
			text: "Opposition leader Cllr Raj Dunmore (Lib Dem, Eastgate) attacked Fernleigh District Council. The Liberal Democrat group has nine seats. Cllr Paula Reddish (Green, Westgate) agreed.",
			want: want{
				roles:       []string{"raj-dunmore | opposition leader | fernleigh-district-council-liberal-democrat-group"},
				memberships: []string{"raj-dunmore > liberal-democrats", "paula-reddish > green-party"},
			},
		},
		{
			name: "bylines with a role, streets and places",
			text: "By Morven Tulloch, Local Democracy Reporter\n\nCameras on Regent Road and at Ysgol Glan Morfa will be removed, Carnbrae Council said.",
			want: want{
				actors:   []string{"morven-tulloch Person"},
				noActors: []string{"regent-road", "glan-morfa", "local-democracy-reporter"},
			},
		},
		{
			name: "government bodies with lists, acronyms defined in parentheses",
			text: "The Department for Levelling Up, Housing and Communities said Oxbury City Council had failed. The Chartered Institute of Public Finance and Accountancy (CIPFA) will review it. CIPFA said it was \"concerned\".",
			want: want{
				actors:   []string{"department-for-levelling-up-housing-and-communities Organization government", "chartered-institute-of-public-finance-and-accountancy Organization"},
				noActors: []string{"department-for-levelling-up"},
				quotes:   []string{"chartered-institute-of-public-finance-and-accountancy"},
			},
		},
		{
			name: "police and crime panels, chief constables and tiers",
			text: "Sir Colin Ambleside, chairman of the Wexmoor Police and Crime Panel, said the cuts were unwise. Chief Constable Diane Farrow of Wexmoor Police said she was concerned.\n\nTown mayor Cllr Gwen Partridge said Lowbridge Town Council would write to Marchfield District Council. Town clerk Alison Pegg agreed. The district council said it would reply.",
			want: want{
				actors:      []string{"wexmoor-police-and-crime-panel Organization"},
				roles:       []string{"colin-ambleside | chairman | wexmoor-police-and-crime-panel", "gwen-partridge | town mayor | lowbridge-town-council", "alison-pegg | town clerk | lowbridge-town-council"},
				memberships: []string{"gwen-partridge > lowbridge-town-council"},
				noMembers:   []string{"gwen-partridge > marchfield-district-council"},
			},
		},
		{
			name: "residents' associations, local parties and independent groups",
			text: "Mayor Cllr Tessa Lund, of the Kirkham Residents’ Association, said Kirkham Borough Council was wrong. Kirkham Together, the residents' party which holds four seats, agreed. The Independent group on the council, led by Cllr Dora Fenwick, said it would judge the plan \"on its merits\".",
			want: want{
				actors:      []string{"kirkham-residents-association Organization party", "kirkham-together Organization party", "kirkham-borough-council-independent-group Organization party-group"},
				noActors:    []string{"independent-party", "tessa-lund-kirkham"},
				memberships: []string{"tessa-lund > kirkham-residents-association", "dora-fenwick > kirkham-borough-council-independent-group"},
				roles:       []string{"dora-fenwick | leader | kirkham-borough-council-independent-group"},
				quotes:      []string{"kirkham-borough-council-independent-group"},
			},
		},
		{
			name: "speakers after appositives and relative clauses",
			text: "Leader of the council, Cllr Frank Odell, said he had \"every confidence\" in the plan at Hemsby Borough Council.\n\nCouncil leader Cllr Martin Aske, who took over from his predecessor, Cllr Peter Lyle, in May, said he was \"angry\".\n\nCllr Sue Rendall slammed the plan. \"It is a mess,\" she said.",
			want: want{
				quotes:   []string{"frank-odell", "martin-aske", "sue-rendall"},
				noQuotes: []string{"hemsby-borough-council", "peter-lyle"},
			},
		},
		{
			name: "bodies speak through documents and unnamed people do not speak",
			text: "A TORY MP has attacked Greyford Council, accusing it of \"ignoring residents\".\n\nThe Canal and River Trust's objection, seen by the Courier, said the scheme \"would harm the towpath\".",
			want: want{
				quotes:   []string{"canal-and-river-trust"},
				noQuotes: []string{"conservative-party"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Extract(Article{ID: "t", Text: tt.text}), tt.want)
		})
	}
}

// TestPartyAliasesAsWritten checks that a party named in parentheses or in
// a group's name keeps the form the article uses.
func TestPartyAliasesAsWritten(t *testing.T) {
	f := Extract(Article{ID: "t", Text: "Cllr Ann Hobbs (Lib Dem, Northgate) spoke. The Liberal Democrat administration at Pellham District Council said it would go on."})
	a, ok := f.Actor("liberal-democrats")
	if !ok {
		t.Fatalf("no liberal-democrats; have %s", actorList(f))
	}
	for _, w := range []string{"Lib Dem", "Liberal Democrat"} {
		found := false
		for _, al := range a.Aliases {
			found = found || al == w
		}
		if !found {
			t.Errorf("liberal-democrats aliases %v lack %q", a.Aliases, w)
		}
	}
}
