package extract

import "testing"

// TestDocumentOfSignedByUs37 checks a relative clause whose object, the
// document, ends in an "of" phrase ("this memorandum of understanding that
// we've just signed", "the declaration of intent we signed today"), in the
// remarks of two ministers before the press: their signing of the day, as
// "the memorandum that we signed" is; "we've" is one token. A document
// recalled with its year is none of the day. Invented names, real
// countries.
func TestDocumentOfSignedByUs37(t *testing.T) {
	const title = "Secretary Tom Hale and Jordanian Foreign Minister Omar Zaidi at a Joint Press Availability"
	const open = "SECRETARY HALE: Good afternoon. It is a pleasure to welcome Foreign Minister Omar Zaidi of Jordan to Washington. Secretary of State Tom Hale of the United States thanks him.\n\n"
	tests := []sourcedCase{
		{"memorandum of understanding that we've just signed", "U.S. Department of State (remarks)", title, "2022-09-16",
			open + "So this memorandum of understanding that we’ve just signed is a testament to the strength of the relationship between Jordan and the United States.",
			[]string{"signing 2022-09-16 Omar Zaidi+Tom Hale"}},
		{"declaration of intent we signed today", "U.S. Department of State (remarks)", title, "2022-09-16",
			open + "The declaration of intent we signed today is a testament to the strength of the relationship between Jordan and the United States.",
			[]string{"signing 2022-09-16 Omar Zaidi+Tom Hale"}},
		{"recalled with its year", "U.S. Department of State (remarks)", title, "2022-09-16",
			open + "The memorandum of understanding that we signed in 2018 has served the relationship between Jordan and the United States well.",
			nil},
	}
	runTyped(t, tests, "engagements", "signing")
}
