package extract

import "testing"

// TestDelegationHeadNamed32b checks a delegation's head named with no
// title or known given name, as agencies write party and provincial
// delegations: bare after "led by"/"headed by", or closing an office told
// in lower case; and the guards (a place after "of", a body's name)
// (names invented).
func TestDelegationHeadNamed32b(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"bare name after led by, same sentence", "", "Minister receives party delegation", "2024-03-12",
			"Uruguayan Foreign Minister Luis Ferrando on Monday received a delegation of the Harmony Party led by Tarsen Vellamo Kirt.",
			[]string{"reception 2024-03-11 Luis Ferrando+Tarsen Vellamo Kirt"}},
		{"delegation the subject of called on, bare head in the next sentence", "", "Party delegation calls on minister", "2024-03-12",
			"A delegation of the ruling Harmony Party on Monday called on Uruguayan Foreign Minister Luis Ferrando and discussed a host of issues.\n\nThe visiting delegation is being led by Tarsen Vellamo Kirt.",
			[]string{"reception 2024-03-11 Luis Ferrando+Tarsen Vellamo Kirt"}},
		{"name closing a lower-case office", "", "President receives provincial delegation", "2024-03-12",
			"Uruguayan President Luis Ferrando has received a delegation led by governor of the Northern Vale province of Norway Tarsen Kirt.",
			[]string{"reception 2024-03-12 Luis Ferrando+Tarsen Kirt"}},
		{"name closing a lower-case office in a later sentence", "", "Party delegation calls on minister", "2024-03-12",
			"A delegation of the Harmony Party on Monday called on Uruguayan Foreign Minister Luis Ferrando.\n\nThe visiting delegation is being led by former foreign minister and deputy secretary of Harmony Party Tarsen Vellamo Kirt.",
			[]string{"reception 2024-03-11 Luis Ferrando+Tarsen Vellamo Kirt"}},
		{"guard: a place after of is no head", "", "President receives city delegation", "2024-03-12",
			"Uruguayan President Luis Ferrando has received a delegation led by the mayor of Porto Vellan.",
			nil},
		{"guard: a body's name runs on", "", "President receives council delegation", "2024-03-12",
			"Uruguayan President Luis Ferrando has received a delegation led by Vellamo Kirt Holdings Council.",
			nil},
	})
}

// TestSeparateHosts32b checks two hosts who "separately received" one
// guest: a reception by each, as the references code a guest's calls on
// several leaders; without "separately" the one reception stands (names
// invented).
func TestSeparateHosts32b(t *testing.T) {
	runSourced(t, []sourcedCase{
		{"two hosts separately received one guest", "", "Leaders receive Norwegian minister", "2024-03-12",
			"Uruguayan President Luis Ferrando and Vice President Ana Rivas on Monday separately received Norwegian Foreign Minister Peter Halvorsen in Montevideo.",
			[]string{"reception 2024-03-11 Ana Rivas+Peter Halvorsen", "reception 2024-03-11 Luis Ferrando+Peter Halvorsen"}},
		{"guard: two hosts together, one reception", "", "Leaders receive Norwegian minister", "2024-03-12",
			"Uruguayan President Luis Ferrando and Vice President Ana Rivas on Monday received Norwegian Foreign Minister Peter Halvorsen in Montevideo.",
			[]string{"reception 2024-03-11 Ana Rivas+Luis Ferrando+Peter Halvorsen"}},
	})
}
