package extract

import "testing"

// TestJointOwner33 checks a contact owned by a coordination whose last
// conjunct alone carries the possessive: "During President A and Prime
// Minister B's bilateral meeting": both are its sides (English marks joint
// possession on the last conjunct). A possessive not joined by "and" to a
// person, or owning no contact, adds no side. Invented names, real
// countries.
func TestJointOwner33(t *testing.T) {
	tests := []sourcedCase{
		{"joint possessive, demonyms", "Wire", "Leaders renew ties", "2031-05-03",
			"During Peruvian President Arlo Venn and Chilean President Tomas Kell's bilateral meeting in Lima on Monday, the two leaders agreed to deepen ties.",
			[]string{"meeting 2031-04-28 Arlo Venn+Tomas Kell"}},
		{"joint possessive, first side's country after the name", "Wire", "Leaders renew ties", "2031-05-03",
			"During President Arlo Venn of Peru and Chilean President Tomas Kell’s bilateral meeting in Lima on Monday, the two leaders agreed to deepen ties.",
			[]string{"meeting 2031-04-28 Arlo Venn+Tomas Kell"}},
		{"joint possessive, suffixed name", "Wire", "Strong alliance toward growth", "2031-05-03",
			"LIMA (PNA)-- During President Arlo B. Venn Jr. and Chilean President Tomas Kell’s bilateral meeting in Santiago on Monday, the two leaders renewed their commitment to elevate Lima and Santiago’s alliance.",
			[]string{"meeting 2031-04-28 Arlo B. Venn Jr.+Tomas Kell"}},
		{"joint possessive of talks", "Wire", "Talks focus on trade", "2031-05-03",
			"Peruvian President Arlo Venn and Chilean President Tomas Kell's talks on Monday focused on trade.",
			[]string{"talks 2031-04-28 Arlo Venn+Tomas Kell"}},
		{"a possessive owning no contact", "Wire", "Governments to cooperate", "2031-05-03",
			"Peruvian President Arlo Venn and Chilean President Tomas Kell's governments will cooperate on trade.",
			nil},
	}
	runSourced(t, tests)
}
