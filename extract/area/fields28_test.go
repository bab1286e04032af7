package area

import (
	"slices"
	"testing"
)

// TestFields28 checks the area rules of session 28, written from how
// leaders' offices, foreign ministries and agencies word a region's conflicts
// and security. The sentences are invented.
func TestFields28(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// A conflict or crisis named with any country is the peace of a region.
		{"the crisis in a country", "The ministers reviewed the regional scenario, such as the crisis in Venezuela.", []string{"regional_peace"}},
		{"a demonym's crisis", "Any solution to the Ukrainian crisis must take the will of the people into account.", []string{"regional_peace"}},
		{"a country's conflict", "They discussed the Ukraine conflict and the civil war.", []string{"regional_peace"}},
		{"a hyphenated pair's conflict", "They called for an end to the Israel-Palestine conflict.", []string{"regional_peace"}},
		{"conflicts in a country", "They reviewed the conflicts in Mali and the wider region.", []string{"regional_peace"}},
		{"the situation around a country", "The President briefed him on the situation around Iran.", []string{"regional_peace"}},
		{"an economic crisis in a country is no conflict", "He spoke of the economic crisis in Sri Lanka.", []string{}},
		{"a financial crisis is finance", "They recalled the financial crisis in Greece.", []string{"finance"}},
		{"an energy crisis is energy", "They discussed the energy crisis in Kestria.", []string{"energy"}},
		{"a COVID-19 crisis is health", "He thanked Morvania for its help during the COVID-19 crisis in Lindmark.", []string{"health"}},
		// Peace sought and tensions eased name the region's peace, whatever its name.
		{"peace talks", "The leaders welcomed the planned peace talks in Lindmark.", []string{"regional_peace"}},
		{"a peace agreement", "He pledged support for a final peace agreement between the parties.", []string{"regional_peace"}},
		{"tensions defused", "The Secretary welcomed efforts to defuse recent tensions.", []string{"regional_peace"}},
		{"regional tensions", "The two ministers discussed regional tensions.", []string{"regional_peace"}},
		{"North Korean as an adjective", "They discussed ways to respond to North Korean nuclear weapons issues.", []string{"regional_peace", "security"}},
		{"North Korean issues", "They exchanged views on North Korean issues.", []string{"regional_peace"}},
		// Peace first in a list of a region's goods.
		{"peace, stability and security of a sea", "They stressed maintaining peace, stability and security in the Kestrel Sea.", []string{"regional_peace"}},
		{"peace, security, and prosperity in the region", "We are committed to promoting peace, security, and prosperity in the region.", []string{"regional_peace"}},
		{"peace, stability, safety", "They stressed ensuring peace, stability, safety, and freedom of navigation.", []string{"maritime", "regional_peace"}},
		// Security in a place or across a region, and a stable region, are its peace.
		{"the security situation in a region", "They discussed the security situation in Northeast Asia.", []string{"regional_peace"}},
		{"security across the region", "They will use the summit to assure security across the region.", []string{"regional_peace"}},
		{"a stable, inclusive, and prosperous region", "They agreed on unity in promoting a stable, inclusive, and prosperous region.", []string{"regional_peace"}},
		{"the region's dynamics", "The two leaders discussed regional dynamics in Southeast Asia.", []string{"regional_peace"}},
		{"the security situation bare is a setting", "The security situation has changed, he said.", []string{}},
		// Regional security is both; its environment is a setting.
		{"regional security", "Such agreements are important in bolstering regional security.", []string{"regional_peace", "security"}},
		{"the regional security environment is a setting", "He said the regional security environment is becoming severe.", []string{}},
		// Terror fought, security dialogue, security assistance, economic security cooperated on.
		{"the fight against terror", "He extended support for Morvania's fight against terror.", []string{"security"}},
		{"the war on terror", "They recalled their work in the war on terror.", []string{"security"}},
		{"terror as a setting is no security", "They hope for a world free from terror and want.", []string{}},
		{"a security dialogue", "They agreed to hold the first security dialogue next year.", []string{"security"}},
		{"economic security in a field", "The two leaders affirmed cooperation in the field of economic security.", []string{"security"}},
		{"an economic security dialogue", "They welcomed the second meeting of the economic security dialogue.", []string{"security"}},
		{"economic security as a priority", "They will advance mutual priorities, such as economic security.", []string{"security"}},
		{"economic security as a general good is none", "They recognised the challenge to our collective economic security.", []string{}},
		{"economic, security ties are two items", "They met to talk about closer economic, security ties.", []string{"defence", "security"}},
		// Forums of many named by name, and the region's institutions.
		{"the region's institutions", "They discussed ways to boost the roles of regional institutions.", []string{"multilateral"}},
		{"the regional architecture", "They support an open and inclusive regional architecture.", []string{"multilateral"}},
		{"the Pacific Islands Forum abbreviated", "He looked forward to the PIF leaders' meeting.", []string{"multilateral"}},
		{"the framework's full name is trade and a forum", "They welcomed talks under the Indo-Pacific Economic Framework for Prosperity.", []string{"multilateral", "trade"}},
		{"the CPTPP stays trade", "Kestria welcomed Morvania's accession to the CPTPP.", []string{"trade"}},
		// ASEAN's socio-cultural pillar is no culture.
		{"socio-culture in a list of pillars", "They reviewed work on the economy and socio-culture.", []string{}},
		{"the socio-cultural community", "They support the ASEAN Socio-Cultural Community.", []string{"multilateral"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract("", tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("%q: areas %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
