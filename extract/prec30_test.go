package extract

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/accordhq/accord"
)

// heldOrPending lists held and pending contacts as "type status persons".
func heldOrPending(f *accord.ArticleFacts) []string {
	names := map[string]string{}
	for _, a := range f.Actors {
		names[a.ID] = a.Name
	}
	var out []string
	for _, e := range append(slices.Clone(f.Engagements), f.Invitations...) {
		var ps []string
		for _, p := range e.Participants {
			ps = append(ps, names[p])
		}
		sort.Strings(ps)
		out = append(out, string(e.Type)+" "+string(e.Status)+" "+strings.Join(ps, "+"))
	}
	sort.Strings(out)
	return out
}

// TestCalledOff30 checks that a contact the text calls off is none held: a
// cancelled one is no contact, a postponed one is ahead (pending), whether
// the cancelling verb stands before the phrase ("cancelled a visit to C")
// or after it in its clause ("the visit of A to C was cancelled"), and in a
// headline; a participle qualifying the phrase ("the postponed meeting was
// held") or a relative clause ("which had been postponed") leaves the
// contact held (names invented).
func TestCalledOff30(t *testing.T) {
	runSourcedBy(t, []sourcedCase{
		{"cancelled before the phrase", "", "Minister leaves for Asia", "2019-05-07",
			"Citing scheduling reasons, Foreign Minister Tomas Reinholt of Sweden abruptly cancelled a visit to Germany, where he was to meet Chancellor Greta Vollmer.",
			nil},
		{"postponed his visit", "", "Foreign minister's trip", "2018-03-15",
			"Turkish Foreign Minister Kemal Arslanoglu postponed his visit to the United States, the ministry spokesperson said.",
			[]string{"visit pending Kemal Arslanoglu+United States"}},
		{"has been postponed after the phrase", "", "Leaders speak", "2026-02-15",
			"President Dario Montefiore of Italy spoke by telephone with President Ilse Baerwald of Austria on Sunday. The leaders also noted that a meeting originally planned for this week has been postponed to a later date.",
			[]string{"phone_call held Dario Montefiore+Ilse Baerwald"}},
		{"names joined by and before the verb", "", "Ministers' talks", "2020-04-20",
			"A video conference of Ukrainian Prime Minister Oleh Marchuk and German Chancellor Greta Vollmer has been postponed due to changes in the latter's schedule.",
			[]string{"video_call pending Greta Vollmer+Oleh Marchuk"}},
		{"was canceled, far after", "", "Minister's trip", "2020-09-15",
			"The visit of Russian Foreign Minister Pavel Gorshenin to Berlin on Tuesday was canceled due to changes in the working schedule of German Foreign Minister Jonas Kessler, the ministry said.",
			nil},
		{"headline and a retelling", "", "Foreign Minister's visit to Japan cancelled", "2019-02-24",
			"Foreign Minister Imtiaz Qadri's official visit to Japan has been cancelled.\n\nQadri was scheduled to hold meetings with Prime Minister Kenji Morita. The new schedule of the foreign minister's visit to Japan would be announced soon, the sources said.",
			[]string{"meeting pending Imtiaz Qadri+Kenji Morita"}},
		{"a named summit postponed", "", "Summit postponed due to pandemic", "2020-06-03",
			"A landmark EU-China summit scheduled for September in the German city of Leipzig has been postponed due to the pandemic, the German government said on Wednesday.",
			nil},
		{"cannot take place", "", "Leaders agree on summit", "2020-06-03",
			"Chancellor Greta Vollmer and Chinese President Wang Lihua agreed that the pandemic means the European Union-China summit planned for Leipzig on Sept. 14 cannot take place, according to the chancellor's spokesman.",
			nil},
		{"a participle qualifying the phrase", "", "Ministers meet", "2021-06-10",
			"Foreign Minister Tomas Reinholt of Sweden and Foreign Minister Jonas Kessler of Germany held the postponed meeting in Berlin on Thursday.",
			[]string{"meeting held Jonas Kessler+Tomas Reinholt"}},
		{"a relative clause", "", "Ministers meet", "2021-06-10",
			"The meeting of Foreign Minister Tomas Reinholt of Sweden and Foreign Minister Jonas Kessler of Germany, which had been postponed in May, took place in Berlin on Thursday.",
			[]string{"meeting held Jonas Kessler+Tomas Reinholt"}},
	}, "engagements", heldOrPending)
}

// TestRecalledOpening30 checks that a contact the sentence opens with a
// time long past for ("Two years ago, A visited C", "Last year during the
// Leaders' Meeting, the two prime ministers signed …") is no contact held
// on the day of the report, while a visit of last week, told late, and the
// day's own meeting stay held (names invented).
func TestRecalledOpening30(t *testing.T) {
	const met = "Prime Minister Tom Hartley of Australia met Prime Minister Lin Wei Ming of Singapore in Canberra today. "
	runSourcedBy(t, []sourcedCase{
		{"years ago opening a visit", "", "Prime Ministers meet", "2023-06-02",
			met + "Two years ago, Hartley visited Singapore.",
			[]string{"meeting held Lin Wei Ming+Tom Hartley"}},
		{"last year opening a visit", "", "Prime Ministers meet", "2023-06-02",
			met + "Last year, Hartley visited Singapore.",
			[]string{"meeting held Lin Wei Ming+Tom Hartley"}},
		{"last year before a frame", "", "Prime Ministers meet", "2023-06-02",
			met + "Last year during the 7th Annual Leaders' Meeting, the two prime ministers signed the Green Economy Agreement.",
			[]string{"meeting held Lin Wei Ming+Tom Hartley"}},
		{"last week's visit told late stays", "", "Prime Minister's visit to Singapore", "2023-06-02",
			"Last week, Prime Minister Tom Hartley of Australia visited Singapore, where he met Prime Minister Lin Wei Ming.",
			[]string{"meeting held Lin Wei Ming+Tom Hartley", "visit held Singapore+Tom Hartley"}},
	}, "engagements", heldOrPending)
}

// TestGatheringTrip30 checks that a visit naming no host, whose sentence
// tells a contact with a person of a third country ("A, who is visiting
// Manila, held a summit meeting with the President of the United States",
// "during his visit to New York, held talks with B of New Zealand"), is a
// trip to a gathering there, not a visit of the place; a visit where the
// visitor meets the place's leader stays (names invented).
func TestGatheringTrip30(t *testing.T) {
	runSourcedBy(t, []sourcedCase{
		{"who is visiting a third country's city", "", "Japan-U.S. Summit Meeting", "2015-11-19",
			"On November 19, Mr. Taro Hamano, Prime Minister of Japan, who is visiting Manila, held a Japan-U.S. Summit Meeting with the Honorable Mark Whitfield, President of the United States of America.",
			[]string{"meeting held Mark Whitfield+Taro Hamano"}},
		{"during his visit to a third country's city", "", "Foreign Ministers' Meeting", "2015-09-28",
			"On September 27, Foreign Minister Kenji Morita of Japan, during his visit to New York, held a meeting with Foreign Minister Tom Hartley of New Zealand.",
			[]string{"meeting held Kenji Morita+Tom Hartley"}},
		{"a state visit stays a visit", "", "Meeting with the Prime Minister of Malaysia", "2018-11-13",
			"Russian President Arlo Venn met with Malaysian Prime Minister Kai Dorn as part of his visit to Singapore. President Venn arrived in Singapore on a three-day state visit.",
			[]string{"meeting held Arlo Venn+Kai Dorn", "visit held Arlo Venn+Singapore"}},
		{"the place's leader met stays a visit", "", "Japan-Philippines Summit Meeting", "2015-11-19",
			"On November 19, Mr. Taro Hamano, Prime Minister of Japan, who is visiting Manila, held a meeting with President Jose Ramos Santos of the Philippines.",
			[]string{"meeting held Jose Ramos Santos+Taro Hamano", "visit held Jose Ramos Santos+Taro Hamano"}},
	}, "engagements", heldOrPending)
}
