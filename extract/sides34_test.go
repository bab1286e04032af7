package extract

import "testing"

// TestAttendingSubjectNoSide checks that those a sentence of its own names
// as present at a contact told already ("A, B and C attended the meeting
// along with the Foreign Minister", "A and B along with several senior
// officials attended the meeting") are no sides, and that the sentence is
// no contact of theirs. Invented names.
func TestAttendingSubjectNoSide(t *testing.T) {
	tests := []sourcedCase{
		// Right on main too: the one contact told.
		{"officials attended the meeting along with the minister", "", "Foreign Minister holds discussions with Forum Secretary General in Lima", "2021-11-17",
			"Foreign Minister Prof. Alan Brook held discussions with Secretary General Juno Kade of the Andean Forum in Lima, Peru on Tuesday.\n\nSecretary General thanked the Minister for extending an invitation to visit Chile.\n\nHigh Commissioner of Chile to Peru Prof. Lia Varga, Acting Director General Omar Tilt from the Chile Foreign Ministry and Deputy High Commissioner of Chile Rui Pell attended the meeting along with the Foreign Minister.",
			[]string{"talks 2021-11-16 Alan Brook+Juno Kade"}},
		{"officials attended the meeting on the side lines of a ministers' meeting", "", "Foreign Minister holds discussions with Forum Secretary General in Lima", "2021-11-17",
			"Foreign Minister Prof. Alan Brook held discussions with Secretary General Juno Kade of the Andean Forum on the side lines of the Council of Ministers Meeting in Lima, Peru on Tuesday.\n\nHigh Commissioner of Chile to Peru Prof. Lia Varga, Acting Director General Omar Tilt from the Chile Foreign Ministry and Deputy High Commissioner of Chile Rui Pell attended the meeting along with the Foreign Minister.",
			// (The day said after the ministers' meeting goes to it, read
			// as a meeting of the principals, the talks dated by
			// publication: another rule's. Main had the three present as
			// that meeting's sides.)
			[]string{"meeting 2021-11-16 Alan Brook+Juno Kade", "talks 2021-11-17 Alan Brook+Juno Kade"}},
		{"a speaker and a secretary-general attended the meeting", "", "Emir meets heads of councils", "2023-11-07",
			"His Highness the Emir Sheikh Faris bin Omar al-Nouri met Tuesday at his office with the heads of the legislative councils of the Gulf states and the Arab Parliament, on the occasion of their visit to the country to attend the 17th regular meeting of the Speakers, in Doha on November 7.\n\nIn this regard, His Highness the Emir wished them success in their meeting.\n\nHE Speaker of the Shura Council Karim bin Saleh al-Hadi and Forum Secretary-General Jamal Idris Tahan along with several senior officials attended the meeting.",
			nil},
		// Right on main too: "attended the meeting with B" is a contact of
		// its own.
		{"attended a meeting with a counterpart", "", "", "2021-11-17",
			"Foreign Minister Alan Brook of Chile attended the meeting with Foreign Minister Juno Kade of Peru in Lima on Tuesday.",
			[]string{"meeting 2021-11-16 Alan Brook+Juno Kade"}},
	}
	runSourced(t, tests)
}

// TestGreetedSuiteNoSide checks that remarks opening with an address block,
// a line per person greeted, each closed by a comma, take the guest greeted
// first as the other side of the speaker's "we": the guest's suite and the
// host's own officials greeted after are present, no sides. A kinship
// vocative ("My Dear Sister", "Dear Brother") names no person. Invented
// names.
func TestGreetedSuiteNoSide(t *testing.T) {
	tests := []sourcedCase{
		{"address block of the guest, a lord, a high commissioner, a director-general", "", "Opening Remarks by Minister Tomas Vell during the Bilateral Meeting with the Foreign Secretary of the United Kingdom, Anna Ostrova, in Cape Town, South Africa, on 5 November 2024", "2024-11-05",
			"Foreign Secretary Ostrova,\nLord Berrow of Highmoor,\nHigh Commissioner Pimm,\nDirector-General Askar,\nSenior Officials from the British and South African Delegations,\n\nYour Excellency, I am pleased to welcome you to South Africa.\n\nI would like to also welcome the rest of your delegation to the Mother City where we are meeting at a very exciting time.",
			[]string{"meeting 2024-11-05 Anna Ostrova+Tomas Vell"}},
		{"address lines apart: the guest, then two ambassadors", "", "Opening Remarks by Minister Tomas Vell of South Africa on the occasion of the 10th Session of the Joint Commission between South Africa and Egypt, Pretoria, 19 April 2024", "2024-04-19",
			"Your Excellency, Mr Karim Adel, Minister of Foreign Affairs of the Arab Republic of Egypt,\n\nAmbassador Lerato Dube, South Africa's Ambassador to Egypt,\n\nAmbassador Omar Saleh, Egypt's Ambassador to South Africa,\n\nMinister, it is an honour to receive you and your delegation in our Capital.\n\nWe held talks this morning on matters of cooperation between our nations.",
			[]string{"talks 2024-04-19 Karim Adel+Tomas Vell"}},
		{"a kinship vocative before the guest", "", "Minister Tomas Vell: Ministerial Meeting of the Joint Bilateral Commission of Cooperation", "2020-11-20",
			"Opening Remarks by Tomas Vell, Minister of International Relations and Cooperation, on the occasion of the Ministerial Meeting of the Joint Bilateral Commission of Cooperation between the Republic of South Africa and the Kingdom of Lesotho, Maseru, 20 November 2020\n\nMy Dear Sister, Honourable Minister, Lina Mosa,\nHonourable Ministers,\nYour Excellencies,\n\nHonourable Minister Mosa, thank you sincerely for your warm words of welcome.",
			// (The Joint Bilateral Commission's meeting is its round:
			// talks, as the references code a commission's round,
			// talks35.go.)
			[]string{"talks 2020-11-20 Lina Mosa+Tomas Vell"}},
	}
	runSourced(t, tests)
}
