package extract

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/accordhq/accord"
)

// statusSummary lists held and pending engagements alike as "type date
// status place-country persons", so a case can say which is which.
func statusSummary(f *accord.ArticleFacts) []string {
	names := map[string]string{}
	for _, a := range f.Actors {
		names[a.ID] = a.Name
	}
	var out []string
	for _, list := range [][]accord.Engagement{f.Engagements, f.Invitations} {
		for _, e := range list {
			var ps []string
			for _, p := range e.Participants {
				ps = append(ps, names[p])
			}
			sort.Strings(ps)
			out = append(out, string(e.Type)+" "+e.Date+" "+string(e.Status)+" "+e.Place.Country+" "+strings.Join(ps, "+"))
		}
	}
	sort.Strings(out)
	return out
}

type statusCase struct {
	name, published, title, body string
	want                         []string // statusSummary; a case lists only the lines it checks
}

// runStatus extracts each case and checks that every wanted line is among
// the summary's, and that no line of the same type and persons differs.
func runStatus(t *testing.T, tests []statusCase) {
	t.Helper()
	x := newX(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := statusSummary(x.Extract(article(tt.title, tt.published, tt.body)))
			for _, w := range tt.want {
				if strings.HasPrefix(w, "!") {
					// "!line": not this line.
					if slices.Contains(got, w[1:]) {
						t.Errorf("unwanted %q\n got %q", w[1:], got)
					}
					continue
				}
				if !strings.HasPrefix(w, "-") {
					if !slices.Contains(got, w) {
						t.Errorf("missing %q\n got %q", w, got)
					}
					continue
				}
				// "-type persons": no such engagement, whatever its date.
				typ, ps, _ := strings.Cut(w[1:], " ")
				for _, g := range got {
					if strings.HasPrefix(g, typ+" ") && strings.HasSuffix(g, " "+ps) {
						t.Errorf("unwanted %q\n got %q", g, got)
					}
				}
			}
		})
	}
}

// TestRelativeClauseDate24 checks that a date in a relative clause about a
// place or a thing after the contact ("the office, to which A moved when he
// took office on May 10") dates what that clause tells, not the contact
// (names invented).
func TestRelativeClauseDate24(t *testing.T) {
	runStatus(t, []statusCase{
		{"prepositional relative", "2026-06-20", "Venn, Tisk hold summit",
			"PORTCITY, June 20 -- Norland President Arlo Venn held a summit with Souland President Bera Tisk on Saturday. The summit was held at the presidential office in Eastgate, to which President Venn relocated when he was inaugurated on June 2.",
			[]string{"!summit 2026-06-02 held  Arlo Venn+Bera Tisk"}},
		{"where clause", "2026-06-20", "",
			"Norland President Arlo Venn held talks with Souland President Bera Tisk at the Lake Palace, where the treaty was signed on March 3, 2001.",
			[]string{"talks 2026-06-20 held  Arlo Venn+Bera Tisk"}},
		{"the contact's own relative clause keeps its day", "2026-06-20", "",
			"Norland President Arlo Venn held a summit with Souland President Bera Tisk in Eastgate, which opened on June 17.",
			[]string{"summit 2026-06-17 held  Arlo Venn+Bera Tisk"}},
	})
}

// TestScheduledWeekday24 checks that a weekday after a schedule cue ("is
// slated to", "is scheduled to", "is due to") is the one ahead of the
// report, not the one before it (names invented).
func TestScheduledWeekday24(t *testing.T) {
	// 2026-01-20 is a Tuesday.
	runStatus(t, []statusCase{
		{"slated to", "2026-01-20", "",
			"Prime Minister Arlo Venn of Norland arrived in Souland on Tuesday for a two-day official visit. He is slated to have an audience with King Bera Tisk of Souland on Wednesday.",
			[]string{"meeting 2026-01-21 pending  Arlo Venn+Bera Tisk"}},
		{"scheduled to", "2026-01-20", "",
			"Prime Minister Arlo Venn of Norland is scheduled to meet with President Bera Tisk of Souland on Friday.",
			[]string{"meeting 2026-01-23 pending  Arlo Venn+Bera Tisk"}},
		{"past weekday stays behind", "2026-01-20", "",
			"Prime Minister Arlo Venn of Norland met President Bera Tisk of Souland on Friday.",
			[]string{"meeting 2026-01-16 held  Arlo Venn+Bera Tisk"}},
	})
}

// TestPlannedOccasion24 checks that a contact named as the occasion of a
// planned act ("plan to announce … at the press briefing", "will meet in
// Portcity for the Leaders' Meeting") is ahead, and that a possibility
// ("may meet") is no contact held (names invented).
func TestPlannedOccasion24(t *testing.T) {
	runStatus(t, []statusCase{
		{"plan to … at the press briefing", "2026-03-16", "",
			"President Arlo Venn of Norland held a summit with Prime Minister Bera Tisk of Souland in Tiskville on Monday. The two leaders plan to each announce the results of the talks at the press briefing.",
			[]string{"-press_conference Arlo Venn+Bera Tisk"}},
		{"will meet … for the Leaders' Meeting", "2026-03-02", "Visit to Norland",
			"Prime Minister Arlo Venn will welcome the Prime Minister of Souland, Bera Tisk, to Norland on 9 March as a Guest of Government.\nPrime Minister Venn and Prime Minister Tisk will meet in Portcity for the Annual Norland–Souland Leaders’ Meeting.",
			[]string{"!meeting 2026-03-02 held  Arlo Venn+Bera Tisk", "meeting  pending  Arlo Venn+Bera Tisk"}},
		{"may meet", "2026-11-15", "President Arlo Venn of Norland attends summit",
			"While in Portcity, the President may meet with Prime Minister Bera Tisk of Souland and President Ola Brim of Eastland.",
			[]string{"!meeting 2026-11-15 held  Bera Tisk+Ola Brim", "meeting  pending  Bera Tisk+Ola Brim"}},
	})
}

// TestPurposeAfterArrival24 checks that the purpose of a journey made ("has
// arrived in A to hold talks", "has visited B to hold talks") is a contact
// held, not one ahead (names invented).
func TestPurposeAfterArrival24(t *testing.T) {
	runStatus(t, []statusCase{
		{"has arrived … to hold talks … today", "2026-03-03", "",
			"Prime Minister Arlo Venn of Norland has arrived in Tiskville to hold talks with Prime Minister Bera Tisk of Souland today.",
			[]string{"talks 2026-03-03 held  Arlo Venn+Bera Tisk"}},
		{"has visited … to hold bilateral talks", "2026-03-03", "",
			"President Arlo Venn of Norland has visited Souland to hold bilateral talks with his counterpart President Bera Tisk.",
			[]string{"talks 2026-03-03 held  Arlo Venn+Bera Tisk"}},
		{"will travel … to hold talks stays ahead", "2026-03-03", "",
			"President Arlo Venn of Norland will travel to Souland to hold talks with President Bera Tisk.",
			[]string{"talks  pending  Arlo Venn+Bera Tisk"}},
	})
}

// TestSameDayContact24 checks that a contact a release schedules for its
// own day ("will meet this afternoon") is dated that day and stays ahead,
// as any contact told in the future (names invented).
func TestSameDayContact24(t *testing.T) {
	runStatus(t, []statusCase{
		{"this afternoon", "2026-03-03", "",
			"Prime Minister Arlo Venn of Norland will meet this afternoon with Deputy Prime Minister Bera Tisk of Souland to discuss trade.",
			[]string{"meeting 2026-03-03 pending  Arlo Venn+Bera Tisk"}},
		{"this evening", "2026-03-03", "",
			"Prime Minister Arlo Venn of Norland will host Prime Minister Bera Tisk of Souland for talks this evening.",
			[]string{"talks 2026-03-03 pending  Arlo Venn+Bera Tisk"}},
		{"tomorrow", "2026-03-03", "",
			"Prime Minister Arlo Venn of Norland will meet with Prime Minister Bera Tisk of Souland tomorrow.",
			[]string{"meeting 2026-03-04 pending  Arlo Venn+Bera Tisk"}},
	})
}

// TestVisitPlace24 checks the place of a visit: the country "left for"
// beats the dateline, and "the visiting A's minister … in B" is in B, not A
// (persons invented; places are the gazetteer's).
func TestVisitPlace24(t *testing.T) {
	runStatus(t, []statusCase{
		{"has left for", "2026-02-19", "",
			"ISLAMABAD: Foreign Minister Arlo Venn has left for Russia on a four-day official visit at the invitation of his Russian counterpart Bera Tisk.",
			[]string{"visit 2026-02 held RU Arlo Venn+Bera Tisk"}},
		{"visiting A's", "2026-01-27", "",
			"BEIJING, Jan. 27 -- Chinese Foreign Minister Arlo Venn on Monday held talks with the visiting India's Foreign Secretary Bera Tisk in Beijing.",
			[]string{"!visit 2026-01 held IN Arlo Venn+Bera Tisk", "talks 2026-01-26 held CN Arlo Venn+Bera Tisk"}},
	})
}

// TestHeadlineAhead24 checks that a headline that dates its contact after
// the release reports no contact held on the day of publication (persons
// invented). The announced visit itself is recorded by its month, as the
// references code a preview's (session 32: previewahead32.go).
func TestHeadlineAhead24(t *testing.T) {
	runStatus(t, []statusCase{
		{"dated ahead", "2026-01-22", "State Visit of President of Ghana to India (January 25-26, 2026)",
			"At the invitation of Arlo Venn, Prime Minister of India, His Excellency Bera Tisk, President of Ghana will undertake a State Visit to India on 25-26 January 2026.",
			[]string{"visit 2026-01 held IN Arlo Venn+Bera Tisk", "!visit 2026-01-22 held IN Arlo Venn+Bera Tisk"}},
	})
}

// TestSequenceDate24 checks that a day told before "after" or "since" +
// another contact dates the main clause's contact ("signed six agreements
// on Friday after A held talks with B", "held talks on Monday, their first
// since their summit in May") (names invented).
func TestSequenceDate24(t *testing.T) {
	// 2026-06-27 is a Saturday.
	runStatus(t, []statusCase{
		{"signed on Friday after talks", "2026-06-27", "",
			"Premier Arlo Venn of Norland has left for home on Saturday afternoon at the end of his two-day official visit to Souland.\nThe two governments signed six agreements and issued a joint communique on Friday after Arlo Venn held talks with President Bera Tisk of Souland at the State House.",
			[]string{"!signing 2026-06-27 held  Arlo Venn+Bera Tisk"}},
		{"on Monday, their first since", "2026-09-18", "",
			"President Arlo Venn of Norland held talks with President Bera Tisk of Souland in Eastport on Monday, their first since their summit in Tiskville in May.",
			[]string{"talks 2026-09-14 held  Arlo Venn+Bera Tisk"}},
	})
}

// TestLikelyToBeHeld24 checks that "is likely to be held on Sunday" is a
// contact ahead, on the Sunday ahead (names invented).
func TestLikelyToBeHeld24(t *testing.T) {
	// 2026-08-07 is a Friday.
	runStatus(t, []statusCase{
		{"likely to be held", "2026-08-07", "",
			"The meeting between Foreign Minister Arlo Venn of Norland and his Souland counterpart Bera Tisk is likely to be held at a city hotel on Sunday.",
			[]string{"!meeting 2026-08-07 held  Arlo Venn+Bera Tisk", "!meeting 2026-08-02 held  Arlo Venn+Bera Tisk"}},
	})
}

// TestHeadlineGivesWayToAhead24 checks that a headline's contact, dated
// only by publication, gives way to the body's report of it ahead ("A will
// host B for a bilateral meeting on Thursday") (names invented).
func TestHeadlineGivesWayToAhead24(t *testing.T) {
	// 2026-11-04 is a Wednesday.
	runStatus(t, []statusCase{
		{"statement on the meeting ahead", "2026-11-04", "Statement on the Bilateral Meeting Between President Arlo Venn and President Bera Tisk of Souland",
			"On Thursday, November 5, President Arlo Venn will host President Bera Tisk of Souland for a bilateral meeting at the Palace.",
			[]string{"!meeting 2026-11-04 held  Arlo Venn+Bera Tisk", "!meeting 2026-11-05 held  Arlo Venn+Bera Tisk", "meeting 2026-11-05 pending  Arlo Venn+Bera Tisk"}},
		{"a later meeting looked forward to", "2026-09-09", "Readout of President Arlo Venn's Engagement with President Bera Tisk of Souland",
			"President Arlo Venn and President Bera Tisk of Souland had the opportunity to engage on the sidelines of the Summit in Eastport. President Venn looks forward to welcoming President Tisk to the capital for a bilateral meeting at the Palace this November.",
			[]string{"meeting 2026-09-09 held  Arlo Venn+Bera Tisk"}},
	})
}

// TestFramedVisitAhead24 checks that a visit framing a future clause
// ("During his visit, A will hold meetings with …") is ahead when the text
// reports no visit made, and that a visit under way stays held (names
// invented).
func TestFramedVisitAhead24(t *testing.T) {
	runStatus(t, []statusCase{
		{"during his visit, will", "2026-03-02", "",
			"Prime Minister Bera Tisk of Souland is the first foreign leader to visit Norland since Prime Minister Arlo Venn of Norland assumed office.\n\nDuring his visit, Prime Minister Tisk will hold meetings with Prime Minister Venn and other officials.",
			[]string{"!visit 2026-03 held  Arlo Venn+Bera Tisk"}},
		{"a visit under way", "2026-03-02", "",
			"Prime Minister Bera Tisk of Souland has arrived in Norland on a four-day official visit at the invitation of Prime Minister Arlo Venn of Norland.\n\nDuring the visit, Prime Minister Tisk will hold talks with Prime Minister Venn.",
			[]string{"visit 2026-03 held  Arlo Venn+Bera Tisk"}},
	})
}

// TestSequenceOpenerDay24 checks that a sentence opened by "Next," or
// "Then," goes on with the day the sentence before set, ahead or not
// (names invented).
func TestSequenceOpenerDay24(t *testing.T) {
	runStatus(t, []statusCase{
		{"next, after tomorrow (22)", "2026-04-21", "",
			"President Arlo Venn of Norland arrived in Tiskville on Tuesday. Official engagements begin tomorrow (22) with a welcome ceremony. Next, President Venn has a bilateral meeting with Prime Minister Bera Tisk of Souland.",
			[]string{"!meeting 2026-04-21 held  Arlo Venn+Bera Tisk", "meeting 2026-04-22 pending  Arlo Venn+Bera Tisk"}},
		{"then, after a day gone by", "2026-04-21", "",
			"President Arlo Venn of Norland laid a wreath at the memorial on April 19. Then, President Venn had a bilateral meeting with Prime Minister Bera Tisk of Souland.",
			[]string{"meeting 2026-04-19 held  Arlo Venn+Bera Tisk"}},
	})
}

// TestVisitAheadToCountry24 checks that a visit ahead of one named visitor
// to a country whose persons the text does not name is a pending visit to
// that country, as a visit made is (persons invented).
func TestVisitAheadToCountry24(t *testing.T) {
	runStatus(t, []statusCase{
		{"will undertake an official visit", "2026-05-26", "",
			"Foreign Minister Arlo Venn of Belarus will undertake an official visit to Pakistan on 30-31 May, 2026.",
			[]string{"visit 2026-05 pending PK Arlo Venn+Pakistan"}},
		{"a visit whose days have begun", "2026-05-30", "",
			"Foreign Minister Arlo Venn of Belarus will undertake an official visit to Pakistan from 30 to 31 May 2026.",
			[]string{"visit 2026-05 held PK Arlo Venn+Pakistan"}},
		{"a visit made", "2026-05-26", "",
			"Foreign Minister Arlo Venn of Belarus visited Pakistan on 20-21 May, 2026.",
			[]string{"visit 2026-05 held PK Arlo Venn+Pakistan"}},
	})
}

// TestEarlierInTheDay24 checks that "earlier in the day" is the day of the
// news the lead tells, not the day of the contact told just before (names
// invented).
func TestEarlierInTheDay24(t *testing.T) {
	// 2026-06-27 is a Saturday.
	runStatus(t, []statusCase{
		{"earlier in the day", "2026-06-27", "",
			"Premier Arlo Venn of Norland has left for home on Saturday afternoon at the end of his two-day official visit to Souland.\nThe two governments signed six agreements on Friday after Arlo Venn held talks with President Bera Tisk of Souland.\nVenn also held talks with Prime Minister Ola Brim of Souland earlier in the day, who held the departure ceremony at the airport for Venn.",
			[]string{"talks 2026-06-27 held  Arlo Venn+Ola Brim"}},
	})
}

// TestRecalledContactDate24 checks that a contact recalled after the
// reported one ("…, recalling their meeting in A", "build on the momentum
// of the President's visit") takes no day from it and is no contact held
// (names invented).
func TestRecalledContactDate24(t *testing.T) {
	// 2026-06-05 is a Friday.
	runStatus(t, []statusCase{
		{"recalling", "2026-06-05", "",
			"Prime Minister Arlo Venn of Norland spoke by phone with President Bera Tisk of Souland on Thursday, recalling their productive meeting in Eastport.",
			[]string{"phone_call 2026-06-04 held  Arlo Venn+Bera Tisk", "!meeting 2026-06-04 mentioned  Arlo Venn+Bera Tisk"}},
		{"build on the momentum of", "2026-06-05", "",
			"Prime Minister Arlo Venn of Norland spoke by phone with President Bera Tisk of Souland on Thursday. The leaders agreed to build on the momentum of the President's visit to Norland.",
			[]string{"phone_call 2026-06-04 held  Arlo Venn+Bera Tisk", "-visit Arlo Venn+Bera Tisk"}},
	})
}

// TestSuchApposition24 checks that ", the first such visit since King A
// succeeded his late mother Queen B last month" takes up the visit just
// told, ahead, and that the day of the "since" clause is not the visit's
// (names invented).
func TestSuchApposition24(t *testing.T) {
	runStatus(t, []statusCase{
		{"the first such visit", "2026-10-03", "",
			"President Arlo Venn of South Africa will make a state visit to Britain, the palace said on Monday, the first such visit since King Bera Tisk succeeded his late mother Queen Ola Brim last month.\nArlo Venn and his wife have accepted an invitation from the new British monarch for the Nov. 22-24 state visit, the palace said.",
			[]string{"!visit 2026-09 held GB Arlo Venn+Bera Tisk", "!visit 2026-10 held GB Arlo Venn+United Kingdom"}},
	})
}
