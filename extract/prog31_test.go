package extract

import "testing"

// TestOfficePluralAfterTwoHosts checks that a plural office as subject
// ("The Prime Ministers held a joint press conference", "the two
// Presidents witnessed the signing") stands for the two holders of that
// office when the guest has called on two hosts before (the host's
// President and Prime Minister): the text names three persons, the office
// picks two. "The leaders", no office, is left as before. Invented names.
func TestOfficePluralAfterTwoHosts(t *testing.T) {
	const pmCalls = "Prime Minister Arlo Venn of Peru received a ceremonial welcome at the palace in Santiago today. He called on Chilean President Bera Tisk and Chilean Prime Minister Coro Lind. "
	const presCalls = "President Arlo Venn of Peru received a ceremonial welcome at the palace in Santiago today. He called on Chilean President Bera Tisk and Chilean Prime Minister Coro Lind. "
	tests := []sourcedCase{
		{"the prime ministers held a joint press conference", "Ministry of Foreign Affairs", "", "2023-05-09",
			pmCalls + "The Prime Ministers held a Joint Press Conference before an official lunch.",
			[]string{"press_conference 2023-05-09 Arlo Venn+Coro Lind", "reception 2023-05-09 Arlo Venn+Bera Tisk", "reception 2023-05-09 Arlo Venn+Coro Lind"}},
		{"the two prime ministers, not the two hosts", "Ministry of Foreign Affairs", "", "2023-05-09",
			pmCalls + "The two Prime Ministers held a joint press conference.",
			[]string{"press_conference 2023-05-09 Arlo Venn+Coro Lind", "reception 2023-05-09 Arlo Venn+Bera Tisk", "reception 2023-05-09 Arlo Venn+Coro Lind"}},
		{"the presidents witnessed the signing", "Ministry of Foreign Affairs", "", "2023-05-09",
			presCalls + "The Presidents witnessed the signing of four agreements.",
			[]string{"signing 2023-05-09 Arlo Venn+Bera Tisk", "reception 2023-05-09 Arlo Venn+Bera Tisk", "reception 2023-05-09 Arlo Venn+Coro Lind"}},
	}
	runSourced(t, tests)
}

// TestProgrammeSigningForms checks signing forms of visit reports: a
// document named as such ("signed a document on"), "the sides" as the
// signing subject (agency English for the two parties), and "the ceremony
// of signing <count> documents". A guest book signed stays no signing.
// Invented names.
func TestProgrammeSigningForms(t *testing.T) {
	const talks = "President Arlo Venn of Peru held talks with President Bera Tisk of Chile in Santiago on Monday. "
	tests := []sourcedCase{
		{"the two leaders signed a document", "News Agency", "", "2023-05-09",
			talks + "At the end of the talks the two leaders signed a document on fisheries cooperation.",
			[]string{"signing 2023-05-08 Arlo Venn+Bera Tisk", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"the sides signed a memorandum", "News Agency", "", "2023-05-09",
			talks + "The sides signed a memorandum on cooperation in energy.",
			[]string{"signing 2023-05-08 Chile+Peru", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"present at the ceremony of signing five documents", "News Agency", "", "2023-05-09",
			talks + "The two presidents were present at the ceremony of signing five interdepartmental documents.",
			[]string{"signing 2023-05-08 Arlo Venn+Bera Tisk", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"the sides signing the guest book is no signing", "News Agency", "", "2023-05-09",
			talks + "The sides signed the guest book.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}

// TestJointBriefing checks that a press briefing given "by" two leaders of
// two countries is their joint press event (an official's "briefing by A on
// the visit of B" keeps A out of the contacts). Invented names.
func TestJointBriefing(t *testing.T) {
	tests := []sourcedCase{
		{"the press briefing by two presidents took place", "Daily News", "", "2023-05-08",
			"The press briefing by Peruvian President Arlo Venn and Chilean President Bera Tisk took place today at the palace in Santiago, immediately after talks between the two leaders.",
			[]string{"press_conference 2023-05-08 Arlo Venn+Bera Tisk", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"a briefing by one official stays no contact of hers", "Daily News", "", "2023-05-08",
			"In a special briefing by Chilean Foreign Secretary Coro Lind, she said Peruvian President Arlo Venn would hold talks with Chilean President Bera Tisk.",
			[]string{}},
	}
	runSourced(t, tests)
}

// TestExchangedDocumentsAfterAList checks that documents "exchanged" in
// the passive are a signing when a list or an aside stands between the
// documents and the verb ("Seven MoUs, including on A and B, were
// exchanged"); views or gifts exchanged stay no signing. Invented names.
func TestExchangedDocumentsAfterAList(t *testing.T) {
	const talks = "President Arlo Venn of Peru held talks with President Bera Tisk of Chile in Santiago on Monday. "
	tests := []sourcedCase{
		{"an aside after the documents", "News Agency", "", "2023-05-09",
			talks + "Seven MoUs, including on water resources and railways, were exchanged following the talks.",
			[]string{"signing 2023-05-08 Chile+Peru", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"a list of topics after the documents", "News Agency", "", "2023-05-09",
			talks + "Seven MoUs on water resources, railways, science and technology were exchanged following the talks.",
			[]string{"signing 2023-05-08 Chile+Peru", "talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"views exchanged in a clause after the documents are no signing", "News Agency", "", "2023-05-09",
			talks + "Draft agreements on trade were discussed at length, and views on security were exchanged.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk"}},
		{"views exchanged after a list are no signing", "News Agency", "", "2023-05-09",
			talks + "Following the talks, views on trade, security and culture were exchanged.",
			[]string{"talks 2023-05-08 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}
