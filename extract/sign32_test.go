package extract

import "testing"

// TestSignedWhatNamed checks a signing whose document is named in a free
// relative ("signed what both called a historic accord", "what A described
// as a landmark deal"): the document is read after the naming verb. A thing
// so named that is no document ("a turning point") stays no signing.
// Invented names.
func TestSignedWhatNamed(t *testing.T) {
	tests := []sourcedCase{
		{"signed what one leader called an accord", "News Agency", "", "2023-05-11",
			"Prime Minister Arlo Venn of Peru and President Bera Tisk of Chile signed what Venn called a historic accord on Tuesday.",
			[]string{"signing 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"have signed what both described as a deal", "News Agency", "", "2023-05-11",
			"President Bera Tisk of Chile and Prime Minister Arlo Venn of Peru have signed what they both described as a landmark deal in Lima on Tuesday.",
			[]string{"signing 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"what is named no document is no signing", "News Agency", "", "2023-05-11",
			"Prime Minister Arlo Venn of Peru and President Bera Tisk of Chile signed what Venn called a turning point on Tuesday.",
			nil},
	}
	runSourced(t, tests)
}

// TestConcludedBySigning checks "by signing" when it ends a contact told in
// its clause ("concluding their meeting by signing a joint declaration",
// "wrapped up their talks by signing five agreements"), and no signing
// when the gerund tells one leader's act ("marked the day by signing a
// decree") or a wish ("can deepen ties by signing"). Invented names.
func TestConcludedBySigning(t *testing.T) {
	tests := []sourcedCase{
		{"concluding a meeting by signing", "News Agency", "", "2023-05-11",
			"President Bera Tisk of Chile and Prime Minister Arlo Venn of Peru met in Lima on Tuesday, concluding their meeting by signing a joint declaration.",
			[]string{"meeting 2023-05-09 Arlo Venn+Bera Tisk", "signing 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"wrapped up a meeting by signing", "News Agency", "", "2023-05-11",
			"On Tuesday, President Bera Tisk of Chile and Prime Minister Arlo Venn of Peru wrapped up their meeting in Lima by signing five agreements.",
			[]string{"meeting 2023-05-09 Arlo Venn+Bera Tisk", "signing 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"the day stays the talks' a signing ends", "News Agency", "", "2023-05-11",
			"President Bera Tisk of Chile and Prime Minister Arlo Venn of Peru wrapped up their talks in Lima on Tuesday by signing five agreements.",
			[]string{"signing 2023-05-09 Arlo Venn+Bera Tisk", "talks 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"marked the day by signing a decree", "News Agency", "", "2023-05-11",
			"President Bera Tisk of Chile marked the day by signing a decree on fisheries, after meeting Prime Minister Arlo Venn of Peru.",
			[]string{"meeting 2023-05-11 Arlo Venn+Bera Tisk"}},
		{"a wish by signing", "News Agency", "", "2023-05-11",
			"The two countries can deepen ties by signing a free trade agreement, President Bera Tisk of Chile told Prime Minister Arlo Venn of Peru in Lima on Tuesday.",
			nil},
	}
	runSourced(t, tests)
}

// TestPersonSignsWith checks "A signed <document> with B" where A is one
// leader and B a leader of another country ("with Prime Minister B",
// "alongside B", "with his Chilean counterpart, B"): a signing of the two.
// A firm after "with", a decree signed alone, a comma before "with" and a
// signing recalled by "he" give none. Invented names.
func TestPersonSignsWith(t *testing.T) {
	tests := []sourcedCase{
		{"signed with a leader", "News Agency", "", "2023-05-11",
			"President Bera Tisk of Chile on Tuesday signed a joint declaration with Prime Minister Arlo Venn of Peru in Santiago.",
			[]string{"signing 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"signed alongside a leader", "News Agency", "", "2023-05-11",
			"President Bera Tisk of Chile on Tuesday signed what he called a \"comprehensive\" document alongside Peruvian leader Arlo Venn, capping their summit in Lima.",
			[]string{"meeting 2023-05-09 Arlo Venn+Bera Tisk", "signing 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"signed with his counterpart", "News Agency", "", "2023-05-11",
			"President Bera Tisk of Chile signed the agreement with his Peruvian counterpart, Arlo Venn, in Santiago on Tuesday.",
			[]string{"signing 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"signed with a firm", "News Agency", "", "2023-05-11",
			"President Bera Tisk of Chile signed an agreement with Acme Corporation on Tuesday.",
			nil},
		{"a decree, a leader looking on", "News Agency", "", "2023-05-11",
			"President Bera Tisk of Chile signed a decree on Tuesday, with Prime Minister Arlo Venn of Peru looking on.",
			nil},
		{"a deal he signed years ago", "News Agency", "", "2023-05-11",
			"President Bera Tisk of Chile said the deal he signed with Prime Minister Arlo Venn of Peru in 2019 was working.",
			nil},
	}
	runSourced(t, tests)
}

// TestPassiveSignedAfterTalksDay checks a passive signing after the day's
// talks when the sentence tells a day: "Several documents were signed on
// Tuesday following the talks between A and B", "… following the talks
// between A and B in Lima on Tuesday" (the day told after the talks is the
// signing's too). Both were dropped while a day stood in the sentence. A
// signing recalled with its year stays none. Invented names.
func TestPassiveSignedAfterTalksDay(t *testing.T) {
	tests := []sourcedCase{
		{"were signed on Tuesday following the talks", "News Agency", "", "2023-05-11",
			"Several documents were signed on Tuesday following the talks between Chilean President Bera Tisk and Peruvian Prime Minister Arlo Venn in Lima.",
			[]string{"signing 2023-05-09 Chile+Peru", "talks 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"were signed following the talks … on Tuesday", "News Agency", "", "2023-05-11",
			"Several documents were signed following the talks between Chilean President Bera Tisk and Peruvian Prime Minister Arlo Venn in Lima on Tuesday.",
			[]string{"signing 2023-05-09 Chile+Peru", "talks 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"a number of documents after talks on a date", "News Agency", "", "2023-09-08",
			"A number of international documents were signed following the talks between Chilean President Bera Tisk and Peruvian President Arlo Venn in Santiago on 7 September.",
			[]string{"signing 2023-09-07 Chile+Peru", "talks 2023-09-07 Arlo Venn+Bera Tisk"}},
		{"signed in a year recalled", "News Agency", "", "2023-05-11",
			"In 2015, twelve agreements were signed following the talks between Chilean President Bera Tisk and Peruvian Prime Minister Arlo Venn.",
			nil},
	}
	runSourced(t, tests)
}

// TestSealedInkedPassives checks passives in the press's verbs, "were
// sealed", "were inked", with a document for subject, after the day's talks
// or during a visit; "the border was sealed" is no signing. Invented names.
func TestSealedInkedPassives(t *testing.T) {
	tests := []sourcedCase{
		{"agreements were sealed after talks", "News Agency", "", "2023-05-11",
			"President Bera Tisk of Chile and Prime Minister Arlo Venn of Peru held talks in Lima on Tuesday. Cooperation agreements were sealed in the fields of health, tourism and culture.",
			[]string{"signing 2023-05-09 Chile+Peru", "talks 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"papers were inked during a visit", "News Agency", "", "2023-05-11",
			"During the visit of President Bera Tisk of Chile to Peru, 41 bilateral papers were inked.",
			[]string{"signing 2023-05-11 Chile+Peru", "visit 2023-05 Bera Tisk+Peru"}},
		{"the border was sealed", "News Agency", "", "2023-05-11",
			"President Bera Tisk of Chile and Prime Minister Arlo Venn of Peru held talks in Lima on Tuesday. The border was sealed after the talks.",
			[]string{"talks 2023-05-09 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}

// TestRetoldSigningDay checks that a signing told without its day takes
// the day of the next sentence that retells it in the passive with a
// definite subject ("The agreements … were signed in Lima on Saturday"),
// when the day is of the report's week. Invented names.
func TestRetoldSigningDay(t *testing.T) {
	tests := []sourcedCase{
		{"the agreements were signed on Saturday", "News Agency", "", "2023-05-14",
			"Chile and Peru have signed several cooperation agreements. The agreements on fisheries and shipping were signed in Lima on Saturday.",
			[]string{"signing 2023-05-13 Chile+Peru"}},
		{"were signed on a date during a visit", "News Agency", "", "2023-05-14",
			"Chile and Peru have signed nine cooperation agreements. The agreements were signed on May 11 in Lima, during President Bera Tisk's two-day state visit to Peru.",
			[]string{"signing 2023-05-11 Chile+Peru"}},
		{"a year recalled is not the day", "News Agency", "", "2023-05-14",
			"Chile and Peru have signed several cooperation agreements. The first agreements were signed in Lima in 2015.",
			[]string{"signing 2023-05-14 Chile+Peru"}},
	}
	runSourced(t, tests)
}

// TestRespectiveOffices checks persons named in apposition to the offices
// of two countries ("The foreign ministers of Chile and Peru, Mr A and Ms
// B, signed"): each takes the country named in the same place, so their
// signing and talks are the two persons'. Invented names.
func TestRespectiveOffices(t *testing.T) {
	tests := []sourcedCase{
		{"foreign ministers of two countries, two names", "News Agency", "", "2023-05-11",
			"The foreign ministers of Chile and Peru, Mr Bera Tisk and Ms Arlo Venn, signed a joint statement on Tuesday after talks in Lima.",
			[]string{"signing 2023-05-09 Arlo Venn+Bera Tisk", "talks 2023-05-09 Arlo Venn+Bera Tisk"}},
		{"presidents of two countries, respectively, two names", "News Agency", "", "2023-05-11",
			"The presidents of Chile and Peru, respectively, Mr Bera Tisk and Ms Arlo Venn, held talks in Lima on Tuesday.",
			[]string{"talks 2023-05-09 Arlo Venn+Bera Tisk"}},
	}
	runSourced(t, tests)
}
