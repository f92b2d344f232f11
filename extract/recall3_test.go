package extract

import (
	"strings"
	"testing"
)

// TestRecallFrames covers motions seconded, bodies named by context, the
// coalitions that run councils and the frames that must not read as
// criticism.
func TestRecallFrames(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    []string // "actor fragment|type|target fragment"
		not     []string
		orgs    []string // names that must be organisations
		members []string // "member fragment|body fragment"
	}{
		{
			name: "a motion tabled and seconded by named councillors",
			text: "Councillors have tabled a motion of no confidence in Cllr Dorian Pybus, the leader of Harlowmere Borough Council.\n\nThe motion, tabled by Green group leader Cllr Edna Fairweather and seconded by Labour leader Cllr Vikram Oduro, will be debated next week.\n\nCllr Bettina Crewe seconded the motion.",
			want: []string{"Edna Fairweather|demands-resignation|Dorian Pybus", "Vikram Oduro|demands-resignation|Dorian Pybus", "Bettina Crewe|demands-resignation|Dorian Pybus"},
		},
		{
			name: "a motion on something else asks no one to go",
			text: "Councillors have tabled a motion of no confidence in Cllr Dorian Pybus, the leader of Harlowmere Borough Council.\n\nThe Labour group tabled a motion calling for a review of parking charges.",
			not:  []string{"Labour|demands-resignation|Dorian Pybus"},
		},
		{
			name: "a spokesperson's body and a contractor in apposition are companies",
			text: "Ambleworth County Council's highways contractor, Fernhollow Infrastructure, was fined.\n\nThe scheme by Pellmore Living will add homes.\n\nA spokesperson for Pellmore Living said the firm was pleased.",
			orgs: []string{"Fernhollow Infrastructure", "Pellmore Living"},
		},
		{
			name: "the company is the one company named",
			text: "Ambleworth District Council handed its bin rounds to Quarrendon Environmental Services in June.\n\nThe Unite union said its members were exhausted, and accused the company of cutting corners.",
			want: []string{"Unite|criticises|Quarrendon"},
		},
		{
			name: "a firm's director on the firm's disappointment",
			text: "Ambleworth District Council ended its contract with Sallow Homecare Ltd.\n\nSallow's operations director, Ottilie Brand, said the company was \"deeply disappointed\" by the decision.",
			not:  []string{"Ottilie Brand|criticises|Sallow"},
		},
		{
			name: "let down by others is no criticism of the council",
			text: "Ambleworth District Council set its budget.\n\nCouncil leader Cllr Rowan Peake said the authority had been \"let down\" by successive governments.",
			not:  []string{"Rowan Peake|criticises|Ambleworth"},
		},
		{
			name: "agreeing before a dash is no criticism",
			text: "Ambleworth District Council changed its bin rounds.\n\nCllr Mabel Orrin said the rounds were badly planned.\n\nCllr Jory Tallis said: \"I agree with Mabel — this was a disaster waiting to happen.\"",
			not:  []string{"Jory Tallis|criticises|Mabel Orrin"},
		},
		{
			name: "a gerund subject blames no one",
			text: "Ambleworth District Council changed its bin rounds, run by Quarrendon Environmental Services.\n\nCllr Mabel Orrin said: \"Blaming the contractor is not good enough.\"",
			not:  []string{"Mabel Orrin|blames|Quarrendon", "Mabel Orrin|criticises|Quarrendon"},
		},
		{
			name: "a council run by a party of two words, and a leader joining the criticism",
			text: "Brackwater County Council has missed its repair targets.\n\nThe Green Party also attacked the Lib Dem-run authority, with group leader Cllr Hester Vane describing the situation as \"a shambles\".",
			want: []string{"Green|criticises|Brackwater", "Hester Vane|criticises|Brackwater"},
		},
		{
			name: "a call after with is no joining",
			text: "Brackwater County Council met.\n\nOpposition members attacked the Labour cabinet, with Cllr Hester Vane calling for a review.",
			not:  []string{"Hester Vane|criticises|Labour"},
		},
		{
			name: "a government that cut a council's money",
			text: "Brackwater County Council set its budget.\n\nCllr Osric Dunne said: \"Our budgets have been slashed by this Government for a decade.\"\n\nCllr Peony Marsh said the Welsh Government had repeatedly cut the council's grant.",
			want: []string{"Osric Dunne|criticises|Government", "Peony Marsh|criticises|Welsh Government"},
		},
		{
			name:    "a fellow party member in apposition, and the post after who",
			text:    "Thornleigh District Council met.\n\nDeputy leader Cllr Imogen Straw, a fellow Conservative who is also cabinet member for planning, backed him.",
			members: []string{"Imogen Straw|Conservative"},
		},
		{
			name:    "a party's post before a name",
			text:    "Thornleigh District Council met.\n\nThe Scottish Greens' spokesperson for the area, Ewan Bracadale, said the plan was flawed.",
			members: []string{"Ewan Bracadale|Green"},
		},
		{
			name: "he has to go",
			text: "Thornleigh District Council met.\n\nCllr Graham Fenwick is the council leader.\n\nCllr Joanna Tiernan said: \"If he cannot find the money, then he has to go.\"",
			want: []string{"Joanna Tiernan|demands-resignation|Graham Fenwick"},
		},
		{
			name: "elected as leader, and a welcome for the leader's appointment",
			text: "Cllr Basil Fenwick has been elected as leader of Thornleigh District Council.\n\nThornleigh Chamber of Commerce welcomed the leader's appointment.",
			want: []string{"Thornleigh Chamber|supports|Basil Fenwick"},
		},
		{
			name: "a byline names the reporter's post and the outlet",
			text: "By Wendell Ashby, BBC Local Democracy Reporting Service\n\nTHE leader of Thornleigh District Council faces a vote.",
			orgs: []string{"BBC Local Democracy Reporting Service"},
		},
		{
			name:    "a union's branch secretary belongs to the union just named",
			text:    "Thornleigh District Council set its budget.\n\nThe trade union Unite, which represents 900 council staff, criticised the cuts.\n\nBranch secretary Dilys Omondi said: \"Our members are exhausted.\"",
			members: []string{"Dilys Omondi|Unite"},
		},
		{
			name: "stopping short of a call for resignation",
			text: "Thornleigh District Council met.\n\nCllr Graham Fenwick is cabinet member for housing.\n\nCllr Joanna Tiernan stopped short of calling for Cllr Fenwick to resign.",
			not:  []string{"Joanna Tiernan|demands-resignation|Graham Fenwick"},
		},
		{
			name:    "the group's spokesperson is the group's, not the administration's",
			text:    "Thornleigh District Council was rated inadequate.\n\nThe Green group said the council had failed children.\n\nHer colleague Cllr Ottoline Vesey, the group's spokesperson for children, said the Conservative administration had \"sleepwalked\" into the rating.",
			members: []string{"Ottoline Vesey|Green group", "Ottoline Vesey|Green Party"},
		},
		{
			name: "the performance of a firm named by its first word",
			text: "Thornleigh District Council gave its bin rounds to Harrowby Waste Services in May.\n\nCllr Imogen Straw said the performance of Harrowby had been \"simply unacceptable\".\n\nResidents in Harrowby complained.",
			want: []string{"Imogen Straw|criticises|Harrowby Waste Services"},
		},
		{
			name: "a place that begins a body's name is not the body",
			text: "Thornleigh District Council met.\n\nThe Thornleigh Safeguarding Children Partnership said the report was fair.\n\nCllr Imogen Straw said the performance of Thornleigh had been \"a disgrace\".",
			not:  []string{"Imogen Straw|criticises|Safeguarding"},
		},
		{
			name:    "a coalition of parties runs the council",
			text:    "Pendrell County Borough Council has been warned about its finances.\n\nAuditors criticised the way the Independent-Plaid coalition had handled the closure of a pool.\n\nCouncil leader Cllr Emrys Talfan said he welcomed the report.\n\nPlaid's Cllr Nerys Gwyn, the deputy leader, defended the coalition's record, saying it had protected schools.",
			orgs:    []string{"Independent-Plaid coalition"},
			members: []string{"Emrys Talfan|Independent-Plaid coalition", "Nerys Gwyn|Independent-Plaid coalition"},
			want:    []string{"Nerys Gwyn|supports|Independent-Plaid coalition"},
			not:     []string{"Nerys Gwyn|supports|Plaid Cymru"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Extract(Article{ID: "t", Text: tc.text})
			checkActions(t, f, tc.want, tc.not)
			name := map[string]string{}
			for _, a := range f.Actors {
				name[a.ID] = strings.ToLower(a.Name)
			}
			for _, o := range tc.orgs {
				found := false
				for _, a := range f.Actors {
					if a.Name == o {
						found = true
						if a.Type != Organization {
							t.Errorf("%s is a %s", o, a.Type)
						}
					}
				}
				if !found {
					t.Errorf("no actor %s; got %+v", o, f.Actors)
				}
			}
			for _, m := range tc.members {
				p := strings.Split(strings.ToLower(m), "|")
				found := false
				for _, x := range f.Memberships {
					if strings.Contains(name[x.Member], p[0]) && strings.Contains(name[x.Body], p[1]) {
						found = true
					}
				}
				if !found {
					t.Errorf("missing membership %s; got %+v", m, f.Memberships)
				}
			}
		})
	}
}

func TestBylineRole(t *testing.T) {
	f := Extract(Article{ID: "t", Text: "By Wendell Ashby, Local Democracy Reporter\n\nTHE leader of Thornleigh District Council faces a vote."})
	for _, r := range f.Roles {
		if r.Role == "local democracy reporter" && r.Body == "" && strings.HasPrefix(r.Person, "wendell") {
			return
		}
	}
	t.Errorf("no byline role; got %+v", f.Roles)
}
