package extract

import "testing"

// TestPhoneMediumAdverb27 checks that a contact verb of discussion with
// the medium as a bare adverbial ("discussed A over the phone", "exchanged
// views on B by telephone", "discussed C with X by phone") is a phone call,
// as "in a phone call" already was: agency copy (Anadolu, WAM, Kazinform)
// writes it so (names invented).
func TestPhoneMediumAdverb27(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"joint subject, over the phone", "Anadolu Agency", "Leaders speak over phone", "2020-09-15",
			"Turkish President Kerem Aslan spoke to Italian Prime Minister Paolo Venti on Tuesday.\n\nAslan and the Bulgarian Prime Minister Dimo Radev also discussed steps to enhance bilateral relations over the phone on Tuesday.",
			[]string{"phone_call 2020-09-15 Kerem Aslan+Paolo Venti", "phone_call 2020-09-15 Dimo Radev+Kerem Aslan"}},
		{"discussed with, by phone", "Kazinform", "Presidents discuss trade", "2021-02-18",
			"President Arvid Kelmar of Estonia discussed bilateral relations with Prime Minister Tomas Relvo of Portugal by phone on Thursday.",
			[]string{"phone_call 2021-02-18 Arvid Kelmar+Tomas Relvo"}},
		{"exchanged views, by telephone", "WAM", "Leaders exchange views", "2021-02-18",
			"President Arvid Kelmar of Estonia and Prime Minister Tomas Relvo of Portugal exchanged views on regional issues by telephone on Thursday.",
			[]string{"phone_call 2021-02-18 Arvid Kelmar+Tomas Relvo"}},
		{"discussed with, over the phone", "WAM", "Leaders discuss trade", "2021-02-18",
			"President Arvid Kelmar of Estonia discussed trade with Prime Minister Tomas Relvo of Portugal over the phone on Thursday.",
			[]string{"phone_call 2021-02-18 Arvid Kelmar+Tomas Relvo"}},
	})
}
