package extract

import "testing"

// TestPostsAndBodies covers posts, their bodies and the memberships they
// imply, on sentences written for these tests (invented people, councils
// and bodies).
func TestPostsAndBodies(t *testing.T) {
	tests := []struct {
		name string
		text string
		want want
	}{
		{
			name: "a definite description names the one body it fits",
			text: "Inspectors criticised Westmarsh Community Health Trust. Marlow Vale County Council said it was concerned.\n\nThe trust's chair, Hester Quainton, said lessons would be learned.\n\n\"We accept the report,\" the trust said.",
			want: want{
				roles:       []string{"hester-quainton | chair | westmarsh-community-health-trust"},
				memberships: []string{"hester-quainton > westmarsh-community-health-trust"},
				quotes:      []string{"westmarsh-community-health-trust"},
			},
		},
		{
			name: "the authority is the one authority named, not the council",
			text: "A member of the Fellmoor National Park Authority was criticised by Garthby Town Council.\n\nThe park authority's monitoring officer, Imogen Drury, found a breach. Garthby Town Council met later.",
			want: want{
				roles: []string{"imogen-drury | monitoring officer | fellmoor-national-park-authority"},
			},
		},
		{
			name: "a generic post belongs to the body the text is about",
			text: "Pellworth Borough Council criticised Harrowgate Hospitals NHS Foundation Trust.\n\nHarrowgate Hospitals NHS Foundation Trust said it was sorry. Chief executive Dr Colm Ferris, who joined the trust in May, said: \"We will improve.\"",
			want: want{
				roles: []string{"colm-ferris | chief executive | harrowgate-hospitals-nhs-foundation-trust"},
			},
		},
		{
			name: "a council post stays with the council",
			text: "Pellworth Borough Council criticised Harrowgate Hospitals NHS Foundation Trust.\n\nCabinet member for health Cllr Ada Finch said the trust had failed.",
			want: want{
				roles: []string{"ada-finch | cabinet member for health | pellworth-borough-council"},
			},
		},
		{
			name: "a council named plainly is the borough's formal name",
			text: "The Royal Borough of Kelmscott has apologised. Kelmscott Council leader Cllr Rhona Vetch said: \"We got this wrong.\"\n\nCllr Ivor Penn said Kelmscott Council must pay.",
			want: want{
				actors:      []string{"royal-borough-of-kelmscott Organization council"},
				noActors:    []string{"kelmscott-council"},
				roles:       []string{"rhona-vetch | leader | royal-borough-of-kelmscott"},
				memberships: []string{"ivor-penn > royal-borough-of-kelmscott"},
			},
		},
		{
			name: "a named council after 'of' stays in the post; 'of the' body does not",
			text: "But the leader of Thornbeck Borough Council, Conservative Cllr Mabel Orrin, voted against.\n\nThe chairman of the Dunmere Police and Crime Panel, Cllr Bryn Tolley, agreed.",
			want: want{
				roles:       []string{"mabel-orrin | leader of thornbeck borough council | thornbeck-borough-council", "bryn-tolley | chairman | dunmere-police-and-crime-panel"},
				memberships: []string{"mabel-orrin > conservative-party", "bryn-tolley > dunmere-police-and-crime-panel"},
			},
		},
		{
			name: "a party after the comma does not hide the post",
			text: "Glenholm District Council met. The cabinet member for parks, Labour's Cllr Yusuf Okoro, said he was sorry.",
			want: want{
				roles:       []string{"yusuf-okoro | cabinet member for parks | glenholm-district-council"},
				memberships: []string{"yusuf-okoro > labour-party"},
			},
		},
		{
			name: "Northern Ireland parties",
			text: "Lisnavar Borough Council met. SDLP councillor Orla Devlin and Ulster Unionist councillor Sam Kerr spoke. Alliance councillor Ciara Boyd said the PSNI should investigate.",
			want: want{
				actors:      []string{"sdlp Organization party", "ulster-unionist-party Organization party", "alliance-party Organization party", "psni Organization"},
				memberships: []string{"orla-devlin > sdlp", "sam-kerr > ulster-unionist-party", "ciara-boyd > alliance-party", "orla-devlin > lisnavar-borough-council"},
			},
		},
		{
			name: "a Scottish party group keeps its name",
			text: "Strathdee Council set its budget. The leader of the Scottish Conservative group, Cllr Hamish Baird, said it was reckless.",
			want: want{
				actors:      []string{"strathdee-council-conservative-group Organization party-group"},
				memberships: []string{"hamish-baird > strathdee-council-conservative-group", "hamish-baird > conservative-party"},
			},
		},
		{
			name: "an inspector belongs to the inspectorate, not a police force",
			text: "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) inspected Brinmoor Fire and Rescue Service. Brinmoor Police were not inspected.\n\nHM Inspector of Fire and Rescue Services Alan Dunstan said the service must improve.",
			want: want{
				noActors: []string{"rescue-services", "majestys-inspectorate-of-constabulary"},
				roles:    []string{"alan-dunstan | hm inspector of fire and rescue services | majestys-inspectorate-of-constabulary-and-fire-rescue-services"},
			},
		},
		{
			name: "a relative clause names the committee chaired",
			text: "Hallowby District Council met. Cllr Freda Lomas, who chairs the overview and scrutiny committee, said the plan was flawed.",
			want: want{
				roles: []string{"freda-lomas | chair of the overview and scrutiny committee | hallowby-district-council"},
			},
		},
		{
			name: "a panel seat is a membership, not a post",
			text: "At a meeting of the Ardley Police and Crime Panel, Labour panel member Cllr Ines Harker said the commissioner should resign.",
			want: want{
				memberships: []string{"ines-harker > ardley-police-and-crime-panel", "ines-harker > labour-party"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, Extract(Article{ID: "t", Text: tt.text}), tt.want)
		})
	}
}
