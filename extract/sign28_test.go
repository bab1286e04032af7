package extract

import "testing"

// TestExchangeOfNotes28 checks that an exchange of notes, the form in
// which governments sign loans and grants ("A, Ambassador of Japan to C,
// and B, Secretary, Ministry of Finance, exchanged notes"; "signed and
// exchanged notes"; "signed an exchange of notes"; "Notes to this effect
// were exchanged … between A and B"), is a signing of the two who
// exchanged them, not of those in whose presence they did (names invented).
func TestExchangeOfNotes28(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"exchanged notes, offices after the names", "Embassy of Japan in Nepal", "Exchange of Notes concerning Yen Loan to Nepal", "2031-03-20",
			"On March 20, Mr. Arlo Venn, Ambassador of Japan to Nepal, and Mr. Bera Tisk, Secretary, Ministry of Finance, Government of Nepal, exchanged notes in Kathmandu, concerning the provision of a yen loan of up to 30 billion yen.",
			[]string{"signing 2031-03-20 Arlo Venn+Bera Tisk"}},
		{"signed and exchanged notes", "Embassy of Japan in Fiji", "Signing and Exchange of Notes for the Grant Aid for Nauru", "2031-03-26",
			"On 26 March, 2031, H.E. Mr. Arlo Venn, Ambassador of Japan, and H.E. Mr. Bera Tisk, Nauru High Commissioner to Fiji, signed and exchanged notes to formalize the Grant Aid for Nauru.",
			[]string{"signing 2031-03-26 Arlo Venn+Bera Tisk"}},
		{"signed an exchange of notes", "Ada Derana", "", "2031-02-22",
			"Nepalese Finance Secretary Bera Tisk and Japanese Ambassador Arlo Venn signed an exchange of notes for the USD 46 million grant.",
			[]string{"signing 2031-02-22 Arlo Venn+Bera Tisk"}},
		{"passive notes between two, before those present", "Ministry of Foreign Affairs of Japan", "ODA Loan to Viet Nam", "2031-03-29",
			"Notes to this effect were exchanged on March 29 (Mon.) in Tokyo between Mr. Arlo Venn, Japanese Ambassador to Viet Nam, and Mr. Bera Tisk, Minister of Planning and Investment of Viet Nam, in the presence of Mr. Ola Brim, Prime Minister of Japan, and Mr. Kai Dorn, Prime Minister of Viet Nam.",
			[]string{"signing 2031-03-29 Arlo Venn+Bera Tisk"}},
		{"the notes were exchanged today between", "Press Information Bureau", "", "2031-05-15",
			"The Notes were exchanged today between Mr. Bera Tisk, Joint Secretary, Ministry of Finance of Nepal and Mr. Arlo Venn, Ambassador of Japan to Nepal.",
			[]string{"signing 2031-05-15 Arlo Venn+Bera Tisk"}},
		{"signers with offices after them sign an agreement", "Embassy of Japan in Nepal", "", "2031-05-10",
			"On May 3, Mr. Arlo Venn, Ambassador of Japan to Nepal, and Mr. Bera Tisk, Secretary of the Ministry of Finance of Nepal, signed an agreement in Kathmandu concerning a yen loan.",
			[]string{"signing 2031-05-03 Arlo Venn+Bera Tisk"}},
	})
}

// TestExchangedDocuments28 checks that documents exchanged are documents
// signed ("Chile and Nepal exchanged a series of memoranda", "Six MoUs
// were exchanged between the two sides", "attended the ceremony for
// exchanging documents"), that "exchanged views" or greetings are no
// signing, and that a counted subject ("signed a number of cooperation
// documents") and "the parties" as signers name the report's two sides
// (names invented).
func TestExchangedDocuments28(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"countries exchanged a series of memoranda", "The Star", "", "2031-10-26",
			"Chile and Nepal exchanged a series of memoranda of understanding (MoUs) on trade and agriculture.",
			[]string{"signing 2031-10-26 Chile+Nepal"}},
		{"memoranda were exchanged between the two sides", "Afternoon Voice", "", "2031-02-18",
			"President Arlo Venn of Chile held talks with Prime Minister Bera Tisk of Nepal on Monday.\n\nSix MoUs were exchanged between the two sides, including an MoU on defence cooperation.",
			[]string{"signing 2031-02-17 Arlo Venn+Bera Tisk", "talks 2031-02-17 Arlo Venn+Bera Tisk"}},
		{"the ceremony for exchanging documents", "Eurasia Review", "", "2031-09-12",
			"Talks between President Arlo Venn of Chile and President Bera Tisk of Nepal have been held in Kathmandu.\n\nFollowing the talks, the two heads of state attended the ceremony for exchanging documents signed on the occasion.",
			[]string{"signing 2031-09-12 Arlo Venn+Bera Tisk", "talks 2031-09-12 Arlo Venn+Bera Tisk"}},
		{"countries signed a number of documents", "VNA", "", "2031-12-10",
			"Chile and Nepal signed a number of bilateral trade cooperation documents on Tuesday.",
			[]string{"signing 2031-12-09 Chile+Nepal"}},
		{"the parties signed", "True News", "", "2031-03-10",
			"President Arlo Venn of Chile held talks with President Bera Tisk of Nepal.\n\nThe parties signed a memorandum of understanding between the two foreign ministries.",
			[]string{"signing 2031-03-10 Arlo Venn+Bera Tisk", "talks 2031-03-10 Arlo Venn+Bera Tisk"}},
		{"instruments of ratification were exchanged between two", "Ministry of Foreign Affairs", "", "2031-05-10",
			"The instruments of ratification of the extradition treaty were exchanged on Tuesday between Foreign Minister Arlo Venn of Chile and Foreign Minister Bera Tisk of Nepal.",
			[]string{"signing 2031-05-06 Arlo Venn+Bera Tisk"}},
		{"views on an agreement were exchanged", "Ministry of Foreign Affairs", "", "2031-05-10",
			"Views on the free trade agreement were exchanged between Foreign Minister Arlo Venn of Chile and Foreign Minister Bera Tisk of Nepal on Tuesday.",
			nil},
		{"the MoU exchange ceremony", "The Star", "", "2031-10-26",
			"The MoU exchange ceremony was witnessed by Prime Minister Arlo Venn of Chile and President Bera Tisk of Nepal in Santiago.",
			[]string{"signing 2031-10-26 Arlo Venn+Bera Tisk"}},
		{"a prisoner exchange ceremony", "The Star", "", "2031-10-26",
			"The prisoner exchange ceremony was witnessed by Prime Minister Arlo Venn of Chile and President Bera Tisk of Nepal in Santiago.",
			nil},
		{"views on an agreement exchanged by two countries", "VNA", "", "2031-03-10",
			"Chile and Nepal exchanged views on the trade agreement.",
			nil},
		{"views and greetings exchanged", "VNA", "", "2031-03-10",
			"President Arlo Venn of Chile held talks with President Bera Tisk of Nepal.\n\nThe two leaders exchanged views on trade and exchanged New Year greetings.",
			[]string{"talks 2031-03-10 Arlo Venn+Bera Tisk"}},
	})
}

// TestPresenceOpening28 checks that in "In the presence of A and B, C and
// D signed", those present are witnesses and C and D the signers (names
// invented).
func TestPresenceOpening28(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"presence first, two signers after the comma", "Embassy of Japan in the Philippines", "", "2031-11-03",
			"In the presence of Japanese Prime Minister Ola Brim and Philippine President Kai Dorn, Japanese Ambassador Arlo Venn and Philippine Secretary of Foreign Affairs Bera Tisk signed an agreement on maritime security.",
			[]string{"signing 2031-11-03 Arlo Venn+Bera Tisk"}},
	})
}

// TestSignsWith28 checks that "A signed <document> with B", A one country,
// its government or a state's agency and B another country, is a signing
// of the two ("JICA signed loan agreements with the Government of Nepal");
// that one country's signing with no partner named ("signed the Paris
// Agreement") or a decree is none; and that notes signed "on behalf of"
// the two countries are notes signed, not information shared (names
// invented).
func TestSignsWith28(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"a country signed with another", "Kathmandu Post", "", "2031-05-10",
			"Chile signed a trade agreement with Nepal on May 3.",
			[]string{"signing 2031-05-03 Chile+Nepal"}},
		{"a state agency signed with a government", "Press Information Bureau", "", "2031-02-20",
			"On February 20, 2031, the Japan International Cooperation Agency (JICA) signed loan agreements with the Government of Nepal to provide loans of up to 30 billion yen.",
			[]string{"signing 2031-02-20 Japan+Nepal"}},
		{"a country's government signed with another's", "USAID", "", "2031-06-09",
			"On June 8, the Chilean Government signed a memorandum of understanding with the Government of Nepal.",
			[]string{"signing 2031-06-08 Chile+Nepal"}},
		{"two governments of countries signed", "ANI", "", "2031-03-28",
			"Kathmandu [Nepal], March 28 (ANI): Government of Chile and the Government of Nepal yesterday signed loan agreements worth 5 billion yen.",
			[]string{"signing 2031-03-27 Chile+Nepal"}},
		{"the governments of two countries signed", "Kathmandu Post", "", "2031-05-10",
			"The Governments of Chile and Nepal signed a loan agreement on Tuesday.",
			[]string{"signing 2031-05-06 Chile+Nepal"}},
		{"one country's signing", "Kathmandu Post", "", "2031-05-10",
			"Chile signed the Paris Agreement in 2016 and a decree on trade with Nepal.",
			nil},
		{"notes signed on behalf of the two countries", "Maldives High Commission", "", "2031-03-30",
			"His Excellency Dr. Arlo Venn, Minister of Foreign Affairs of Maldives and His Excellency Mr. Bera Tisk, Ambassador of Japan to Maldives, signed the Exchange of Notes on behalf of the two respective countries.",
			[]string{"signing 2031-03-30 Arlo Venn+Bera Tisk"}},
	})
}

// TestBodiesAfterOffice28 checks that a person whose office is followed
// by the bodies it belongs to ("A, Secretary, Department of Economic
// Affairs, Ministry of Finance, Government of Nepal"; "B, Chief
// Representative, JICA") takes the country they name, or the state's
// agency's; another person after "and" is not read into it (names
// invented).
func TestBodiesAfterOffice28(t *testing.T) {
	runPersonCountries(t, "2031-05-10", []personCountryCase{
		{"The Loan Agreements were signed by Bera Tisk, Additional Secretary, Department of Economic Affairs, Ministry of Finance, Government of Nepal, and Arlo Venn, Chief Representative, JICA, in Kathmandu.",
			[]string{"Arlo Venn|JP", "Bera Tisk|NP"}},
		{"The meeting was attended by Bera Tisk, Director, Department of Health, and Arlo Venn, Counsellor of the Embassy of Japan.",
			[]string{"Arlo Venn|JP", "Bera Tisk|"}},
	})
	runContacts(t, []sourcedCase{
		{"agency signers with their offices after them", "Press Information Bureau", "", "2031-03-12",
			"The Loan Agreements were signed by Dr. Bera Tisk, Additional Secretary, Department of Economic Affairs, Ministry of Finance, Government of Nepal, and Arlo Venn, Chief Representative, JICA, in Kathmandu.",
			[]string{"signing 2031-03-12 Arlo Venn+Bera Tisk"}},
	})
}

// TestSigningToldTwice28 checks that a signing the text tells with its
// day ("Malawi on Monday signed with China an agreement") and again
// without one, naming its signers ("Minister A thanked China when signing
// the agreement with Ambassador B"), is one signing of that day by those
// two, under a headline dated by publication (names invented).
func TestSigningToldTwice28(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"countries with the day, then the signers", "Nyasa Times", "Chile and Nepal sign agreement on economic cooperation", "2031-06-26",
			"Chile on Monday signed with Nepal an agreement on economic and technical cooperation under which a grant will be provided.\n\nMinister of Finance Arlo Venn of Chile thanked the Nepalese government for its assistance when signing the agreement with Nepalese Ambassador Bera Tisk on behalf of their governments.",
			[]string{"signing 2031-06-23 Arlo Venn+Bera Tisk"}},
	})
}

// TestPacificInitials28 checks that the initials Pacific releases use for
// the Federated States of Micronesia and the Marshall Islands (FSM, RMI)
// name the countries (names invented).
func TestPacificInitials28(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"FSM", "Kaselehlie Press", "Japan and FSM sign Exchange of Notes for Non-Project Grant Aid", "2031-01-13",
			"On December 26, 2030, the Government of Japan and the FSM Government held a signing ceremony at the FSM Department of Foreign Affairs for the Exchange of Notes for a Non-Project Grant Aid.",
			[]string{"signing 2030-12-26 Japan+Micronesia"}},
		{"RMI", "Marshall Islands Journal", "", "2031-01-13",
			"On January 12, the RMI and Japan signed an exchange of notes for grant aid.",
			[]string{"signing 2031-01-12 Japan+Marshall Islands"}},
	})
}

// TestExchangeOfNotesNoun28 checks the noun "exchange of notes" as a
// signing: its signers named with offices that give no country ("Finance
// Secretary A and Ambassador B signed an exchange of notes"), and a
// headline that ends with the phrase (names invented).
func TestExchangeOfNotesNoun28(t *testing.T) {
	runContacts(t, []sourcedCase{
		{"signers without countries", "Ada Derana", "", "2031-02-22",
			"Accordingly, Finance Secretary Bera Tisk and Ambassador Arlo Venn signed an exchange of notes for the USD 46 million grant.",
			[]string{"signing 2031-02-22 Arlo Venn+Bera Tisk"}},
		{"a headline ending with the phrase", "RTVM", "Signing ceremony and Exchange of Notes", "2031-12-13",
			"Through Foreign Affairs Secretary Bera Tisk of the Philippines and Foreign Minister Arlo Venn of Japan, the Exchange of Notes on a stand-by loan was signed.",
			[]string{"signing 2031-12-13 Arlo Venn+Bera Tisk"}},
	})
}
