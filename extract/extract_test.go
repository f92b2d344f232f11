package extract

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// want lists facts a test expects, by actor ID. Memberships are "member >
// body"; roles "person | role | body"; actions "actor type target";
// quotes the speakers' IDs.
type want struct {
	actors      []string // "id Type kind" (kind may be left out)
	noActors    []string // IDs that must not be there
	memberships []string
	noMembers   []string
	roles       []string
	actions     []string
	noActions   []string
	quotes      []string
	noQuotes    []string
}

func check(t *testing.T, f Facts, w want) {
	t.Helper()
	ids := map[string]Actor{}
	for _, a := range f.Actors {
		ids[a.ID] = a
	}
	for _, s := range w.actors {
		p := strings.Fields(s)
		a, ok := ids[p[0]]
		if !ok {
			t.Errorf("missing actor %s; have %s", p[0], actorList(f))
			continue
		}
		if len(p) > 1 && string(a.Type) != p[1] {
			t.Errorf("actor %s: type %s, want %s", p[0], a.Type, p[1])
		}
		if len(p) > 2 && string(a.Kind) != p[2] {
			t.Errorf("actor %s: kind %q, want %s", p[0], a.Kind, p[2])
		}
	}
	for _, id := range w.noActors {
		if _, ok := ids[id]; ok {
			t.Errorf("unexpected actor %s", id)
		}
	}
	mems := map[string]bool{}
	for _, m := range f.Memberships {
		mems[m.Member+" > "+m.Body] = true
	}
	for _, m := range w.memberships {
		if !mems[m] {
			t.Errorf("missing membership %q; have %v", m, keys(mems))
		}
	}
	for _, m := range w.noMembers {
		if mems[m] {
			t.Errorf("unexpected membership %q", m)
		}
	}
	roles := map[string]bool{}
	for _, r := range f.Roles {
		roles[r.Person+" | "+r.Role+" | "+r.Body] = true
	}
	for _, r := range w.roles {
		if !roles[r] {
			t.Errorf("missing role %q; have %v", r, keys(roles))
		}
	}
	acts := map[string]bool{}
	for _, a := range f.Actions {
		acts[a.Actor+" "+string(a.Type)+" "+a.Target] = true
		if a.Evidence == "" || a.Confidence <= 0 || a.Confidence > 1 {
			t.Errorf("action %v: no evidence or confidence", a)
		}
	}
	for _, a := range w.actions {
		if !acts[a] {
			t.Errorf("missing action %q; have %v", a, keys(acts))
		}
	}
	for _, a := range w.noActions {
		if acts[a] {
			t.Errorf("unexpected action %q", a)
		}
	}
	speakers := map[string]bool{}
	for _, q := range f.Quotes {
		speakers[q.Speaker] = true
	}
	for _, s := range w.quotes {
		if !speakers[s] {
			t.Errorf("missing quote by %s; have %v", s, keys(speakers))
		}
	}
	for _, s := range w.noQuotes {
		if speakers[s] {
			t.Errorf("unexpected quote by %s", s)
		}
	}
}

func actorList(f Facts) string {
	var s []string
	for _, a := range f.Actors {
		s = append(s, fmt.Sprintf("%s(%s/%s)", a.ID, a.Type, a.Kind))
	}
	return strings.Join(s, " ")
}

func keys(m map[string]bool) []string {
	var s []string
	for k := range m {
		s = append(s, k)
	}
	return s
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name string
		text string
		want want
	}{
		{
			name: "titles, party adjectives and councils",
			text: "Labour Councillor Jo Bloggs said the plan was flawed.\n\nTory Cllr Sam Patel, the council's deputy leader, defended the scheme at Northfield District Council last night.\n\nCllr Bloggs added: \"It will not work.\"",
			want: want{
				actors:      []string{"jo-bloggs Person", "sam-patel Person", "northfield-district-council Organization council", "labour-party Organization party", "conservative-party Organization party"},
				memberships: []string{"jo-bloggs > labour-party", "jo-bloggs > northfield-district-council", "sam-patel > conservative-party", "sam-patel > northfield-district-council"},
				roles:       []string{"sam-patel | deputy leader | northfield-district-council"},
				quotes:      []string{"jo-bloggs"},
			},
		},
		{
			name: "parenthesised party and ward",
			text: "The motion was moved by Cllr Jo Bloggs (Lib Dem, Delapre) and seconded by Cllr Ravi Shah (Con).\n\nNorthfield Borough Council will debate it next week.",
			want: want{
				memberships: []string{"jo-bloggs > liberal-democrats", "ravi-shah > conservative-party", "jo-bloggs > northfield-borough-council"},
			},
		},
		{
			name: "party group qualified by its council",
			text: "The Labour group on Easthaven City Council has called for the leader, Cllr Amir Khan, to resign.\n\nCllr Peter Dunn, Labour group leader, said: \"He has lost the confidence of this chamber.\"",
			want: want{
				actors:      []string{"easthaven-city-council-labour-group Organization party-group", "easthaven-city-council Organization council"},
				memberships: []string{"peter-dunn > easthaven-city-council-labour-group", "peter-dunn > labour-party"},
				roles:       []string{"peter-dunn | labour group leader | easthaven-city-council-labour-group"},
				actions:     []string{"easthaven-city-council-labour-group demands-resignation amir-khan"},
				quotes:      []string{"peter-dunn"},
			},
		},
		{
			name: "appositive roles and who chairs",
			text: "Councillor Helen Moss, cabinet member for adult social care, said the budget was tight.\n\nCllr Tom Rudd, who chairs the scrutiny committee, disagreed.\n\nMeanwhile chief executive Alan Price wrote to staff.\n\nLeader of the council, Cllr Mary Stone, told the Gazette she was confident.\n\nWestmoor County Council has 57 members.",
			want: want{
				roles: []string{
					"helen-moss | cabinet member for adult social care | westmoor-county-council",
					"alan-price | chief executive | westmoor-county-council",
					"mary-stone | leader of the council | westmoor-county-council",
				},
				memberships: []string{"helen-moss > westmoor-county-council", "tom-rudd > westmoor-county-council"},
				noActors:    []string{"westmoor"},
			},
		},
		{
			name: "demands for resignation",
			text: "Opposition councillors have called for Cllr Nina Gray to step down after the report.\n\nThe Liberal Democrats said Cllr Gray should resign.\n\nGreen Party councillor Ed Pike tabled a motion of no confidence in Cllr Gray.\n\nRiverside Council will meet on Monday.",
			want: want{
				actions: []string{
					"liberal-democrats demands-resignation nina-gray",
					"ed-pike demands-resignation nina-gray",
				},
				memberships: []string{"ed-pike > green-party"},
			},
		},
		{
			name: "criticism, support, blame and agreement",
			text: "Cllr Anna Ford criticised Cllr Ben Lowe over the delays.\n\nCllr Lowe hit out at the Government for cutting funding.\n\nCllr Kate Bell defended Cllr Lowe and blamed his predecessor, former leader Cllr Dan Webb.\n\nCllr Ford said she agreed with Cllr Bell on the timetable.\n\nOakridge District Council has yet to respond.",
			want: want{
				actions: []string{
					"anna-ford criticises ben-lowe",
					"ben-lowe criticises government",
					"kate-bell supports ben-lowe",
					"kate-bell blames dan-webb",
					"anna-ford agrees-with kate-bell",
				},
			},
		},
		{
			name: "regulator inspects the council and the report speaks",
			text: "Inspectors from Ofsted have rated children's services at Millbrook County Council as inadequate.\n\nThe report said: \"Too many children wait too long for help.\"\n\nCllr Jo Reed, the cabinet member for children, said: \"We accept the findings.\"",
			want: want{
				actions: []string{"ofsted inspects millbrook-county-council"},
				quotes:  []string{"ofsted", "jo-reed"},
			},
		},
		{
			name: "quotes after, pronouns and continuation paragraphs",
			text: "Sarah Jones, chair of the Northfield Safeguarding Children Board, spoke out yesterday.\n\n\"We are worried,\" she said.\n\n\"The council must act now.\n\n\"Children cannot wait.\"\n\nMr Evans, a resident, disagreed. \"It is fine,\" said Mr Evans.",
			want: want{
				actors:      []string{"sarah-jones Person", "northfield-safeguarding-children-board Organization board"},
				roles:       []string{"sarah-jones | chair | northfield-safeguarding-children-board"},
				memberships: []string{"sarah-jones > northfield-safeguarding-children-board"},
				quotes:      []string{"sarah-jones"},
			},
		},
		{
			name: "curly quotes and collective speakers",
			text: "The Conservative group at Hartley Borough Council says the scheme is “a shambles”.\n\nLabour councillors called the decision “reckless” and said the Tory administration had failed residents.",
			want: want{
				actors:  []string{"hartley-borough-council-conservative-group Organization party-group"},
				quotes:  []string{"hartley-borough-council-conservative-group"},
				actions: []string{"labour-party criticises hartley-borough-council-conservative-group"},
			},
		},
		{
			name: "all-capital lede and abbreviations",
			text: "NORTHFIELD District Council (NDC) has been fined by the Information Commissioner.\n\nA spokesman for NDC said the breach was regrettable.",
			want: want{
				actors:   []string{"northfield-district-council Organization council", "information-commissioners-office Organization regulator"},
				noActors: []string{"ndc", "spokesman"},
			},
		},
		{
			name: "local party and possessive place",
			text: "ASHFORD'S Labour Party has demanded answers.\n\nAnn Cole, Ashford Labour's spokesperson for housing, said: \"Tenants deserve better.\"",
			want: want{
				actors:      []string{"ashford-labour Organization party"},
				noActors:    []string{"labour-party"},
				memberships: []string{"ann-cole > ashford-labour"},
				roles:       []string{"ann-cole | spokesperson for housing | ashford-labour"},
				quotes:      []string{"ann-cole"},
			},
		},
		{
			name: "surname-only people are qualified by the council",
			text: "Cllr Hughes was absent from the meeting of Kingsbury Borough Council.\n\nCllr Hughes said later he had been ill.",
			want: want{
				actors:      []string{"hughes-kingsbury-borough-council Person"},
				memberships: []string{"hughes-kingsbury-borough-council > kingsbury-borough-council"},
			},
		},
		{
			name: "succession",
			text: "Cllr Ian Moore replaced Cllr Beth Hall as cabinet member for highways in May.\n\nHalton District Council confirmed the change.",
			want: want{
				actions: []string{"ian-moore succeeds beth-hall"},
			},
		},
		{
			name: "lists, people of bodies, spokesmen and outlets",
			text: "Cllr Jo Bloggs and Cllr Sam Smith met Inspector Mark Bell of Westshire Police.\n\nA council spokesman said: \"We will respond in due course.\"\n\nCllr Bloggs told the Courier she was unhappy.\n\nDunmore City Council declined to comment further.",
			want: want{
				actors:   []string{"jo-bloggs Person", "sam-smith Person", "mark-bell Person", "westshire-police Organization", "courier Organization media", "dunmore-city-council Organization council"},
				noActors: []string{"mark-bell-of-westshire-police"},
				quotes:   []string{"dunmore-city-council"},
			},
		},
		{
			name: "definite descriptions by post and middle initials",
			text: "Cllr Jo A. Bloggs, cabinet member for housing at Kestrel District Council, faced questions.\n\nOpposition leader Cllr Ravi Shah said the cabinet member should resign.",
			want: want{
				actors:  []string{"jo-a-bloggs Person"},
				roles:   []string{"jo-a-bloggs | cabinet member for housing | kestrel-district-council"},
				actions: []string{"ravi-shah demands-resignation jo-a-bloggs"},
			},
		},
		{
			name: "party-led councils and administrations",
			text: "The Labour-run authority was criticised by Cllr Tom Webb.\n\nCllr Webb, leader of the Conservative group on Harbury Borough Council, said the Labour administration had \"failed\" tenants.",
			want: want{
				actors:      []string{"harbury-borough-council-labour-group Organization party-group", "harbury-borough-council-conservative-group Organization party-group"},
				roles:       []string{"tom-webb | leader of the conservative group | harbury-borough-council-conservative-group"},
				actions:     []string{"tom-webb criticises harbury-borough-council-labour-group", "tom-webb criticises harbury-borough-council"},
				memberships: []string{"tom-webb > conservative-party", "tom-webb > harbury-borough-council-conservative-group"},
			},
		},
		{
			name: "calls on, tributes and criticism from",
			text: "Conservative MP Owen Harris called on Cllr Dan Lloyd to resign.\n\nCllr Lloyd came under fire from Cllr Meg Rees over the delays.\n\nCllr Rees later paid tribute to Cllr Ann Moss for her work.\n\nGlanford County Council meets on Friday.",
			want: want{
				memberships: []string{"owen-harris > conservative-party"},
				actions: []string{
					"owen-harris demands-resignation dan-lloyd",
					"meg-rees criticises dan-lloyd",
					"meg-rees supports ann-moss",
				},
			},
		},
		{
			name: "quotations in single marks, attributed after",
			text: "'This is a betrayal,' said Cllr Rhian Price.\n\n'We will fight on.'\n\nCllr Tom Hale, of Westvale Town Council, said the plan was 'sensible'.",
			want: want{
				quotes: []string{"rhian-price", "tom-hale"},
			},
		},
		{
			name: "according to",
			text: "According to Cllr Lee Grant, the budget is \"a disaster waiting to happen\".\n\nBranford Borough Council disagrees.",
			want: want{quotes: []string{"lee-grant"}},
		},
		{
			name: "no place names or common nouns as actors",
			text: "Residents in Northfield and Southwick complained about potholes on the High Street.\n\nThe council said repairs would begin in March.",
			want: want{
				noActors: []string{"northfield", "southwick", "high-street", "residents"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Extract(Article{ID: "test", Text: tc.text})
			check(t, f, tc.want)
		})
	}
}

func TestTitleAndWordCount(t *testing.T) {
	f := Extract(Article{ID: "x", Text: "by Jo Reporter\n\nCouncil tax to rise\n\nThe council will raise council tax by 5%."})
	if f.Title != "Council tax to rise" {
		t.Errorf("title %q", f.Title)
	}
	if f.WordCount != 15 {
		t.Errorf("word count %d, want 15", f.WordCount)
	}
	if f.Doc != "x" {
		t.Errorf("doc %q", f.Doc)
	}
}

func TestSentences(t *testing.T) {
	d := newDoc(Article{Text: "Cllr. Jo Bloggs met Mr. Smith at 3.30pm. \"It went well.\" She left. Dr Who arrived."})
	var got []string
	for i := range d.sents {
		got = append(got, d.sentenceText(i))
	}
	want := []string{"Cllr. Jo Bloggs met Mr. Smith at 3.30pm.", "\"It went well.\"", "She left.", "Dr Who arrived."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences\n got %q\nwant %q", got, want)
	}
}

func TestQuoteSpans(t *testing.T) {
	d := newDoc(Article{Text: "He said: \"First part.\n\n\"Second part,\" he added, calling it 'a farce'. The council’s view differs."})
	var got []string
	for _, q := range d.quotes {
		got = append(got, d.text[q.start:q.end])
	}
	want := []string{"First part.", "Second part,", "a farce"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("quotes\n got %q\nwant %q", got, want)
	}
}

func TestExtractDeterministic(t *testing.T) {
	arts := readSeeds(t)
	for _, a := range arts {
		first := Extract(a)
		for i := 0; i < 5; i++ {
			if again := Extract(a); !reflect.DeepEqual(first, again) {
				t.Fatalf("%s: extraction %d differs from the first", a.ID, i)
			}
		}
	}
}

func TestExtractConcurrent(t *testing.T) {
	arts := readSeeds(t)
	want := make([]Facts, len(arts))
	for i, a := range arts {
		want[i] = Extract(a)
	}
	var wg sync.WaitGroup
	x := New()
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, a := range arts {
				if got := x.Extract(a); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("%s: concurrent extraction differs", a.ID)
				}
			}
		}()
	}
	wg.Wait()
}

// TestSeedSanity checks properties every extraction must have, on the seed
// articles: not their answers.
func TestSeedSanity(t *testing.T) {
	for _, a := range readSeeds(t) {
		f := Extract(a)
		if f.Title == "" || f.WordCount < 100 {
			t.Errorf("%s: title %q, %d words", a.ID, f.Title, f.WordCount)
		}
		if len(f.Actors) < 3 || len(f.Quotes) == 0 {
			t.Errorf("%s: %d actors, %d quotes", a.ID, len(f.Actors), len(f.Quotes))
		}
		ids := map[string]Actor{}
		for _, ac := range f.Actors {
			if ac.ID == "" || ac.ID != Slug(ac.ID) {
				t.Errorf("%s: bad actor ID %q", a.ID, ac.ID)
			}
			if _, dup := ids[ac.ID]; dup {
				t.Errorf("%s: duplicate actor %s", a.ID, ac.ID)
			}
			if ac.Type != Person && ac.Type != Organization {
				t.Errorf("%s: actor %s has type %q", a.ID, ac.ID, ac.Type)
			}
			if ac.Type == Person && ac.Kind != "" {
				t.Errorf("%s: person %s has kind %q", a.ID, ac.ID, ac.Kind)
			}
			ids[ac.ID] = ac
		}
		known := func(id string) bool { _, ok := ids[id]; return ok }
		for _, m := range f.Memberships {
			if !known(m.Member) || !known(m.Body) || ids[m.Body].Type != Organization {
				t.Errorf("%s: bad membership %v", a.ID, m)
			}
		}
		for _, r := range f.Roles {
			if !known(r.Person) || ids[r.Person].Type != Person || r.Role != strings.ToLower(r.Role) || (r.Body != "" && !known(r.Body)) {
				t.Errorf("%s: bad role %v", a.ID, r)
			}
			if !strings.Contains(a.Text, r.Evidence) {
				t.Errorf("%s: role evidence not verbatim: %q", a.ID, r.Evidence)
			}
		}
		for _, ac := range f.Actions {
			if !known(ac.Actor) || !known(ac.Target) || ac.Actor == ac.Target {
				t.Errorf("%s: bad action %v", a.ID, ac)
			}
			if !strings.Contains(a.Text, ac.Evidence) {
				t.Errorf("%s: action evidence not verbatim: %q", a.ID, ac.Evidence)
			}
		}
		for _, q := range f.Quotes {
			if !known(q.Speaker) || !strings.Contains(a.Text, q.Text) {
				t.Errorf("%s: bad quote %v", a.ID, q)
			}
		}
	}
}

// FuzzExtract checks that no text, however odd, makes Extract panic or
// emit facts about actors it does not list.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{"", "\"", "'", "\u201c", "Cllr.", "(Lab)", "He said: \"", "A.B. C",
		"\u2019s", "THE", "the Tory-led", "((((", "Ofsted's", "by X", "Cllr Jo Bloggs (Lab) said: \"No.\"",
		"The Labour group on Northfield Council called for Cllr Sam Smith to quit."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		facts := Extract(Article{ID: "fuzz", Text: text})
		ids := map[string]bool{}
		for _, a := range facts.Actors {
			ids[a.ID] = true
		}
		for _, m := range facts.Memberships {
			if !ids[m.Member] || !ids[m.Body] {
				t.Fatalf("membership %v of unknown actors", m)
			}
		}
		for _, a := range facts.Actions {
			if !ids[a.Actor] || !ids[a.Target] {
				t.Fatalf("action %v of unknown actors", a)
			}
		}
	})
}
