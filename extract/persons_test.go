package extract

import "testing"

// TestNameForms checks the ways outlets write a person's name and title:
// particles, given-name runs, suffixes, family names in capitals, nicknames,
// bracketed family names, appositions and honorifics. The names are made up.
func TestNameForms(t *testing.T) {
	x := newX(t)
	tests := []struct {
		name, body string
		person     string // the person's name
		country    string
		alias      string // a form that must be among the aliases
	}{
		{"particles", "European Commission President Ingrid von der Brug arrived in Manila.", "Ingrid von der Brug", "EU", ""},
		{"particle after title", "Ingrid von der Brug arrived. President von der Brug said so.", "Ingrid von der Brug", "", "President von der Brug"},
		{"capitalised particle", "Ingrid von der Brug arrived. “It is a pleasure,” Von der Brug said.", "Ingrid von der Brug", "", "Von der Brug"},
		{"particle before family name", "The delegation was led by Henri Dupont de Vries, who resigned.", "Henri Dupont de Vries", "", ""},
		{"two given names", "Senator Juan Carlos Ramos met the minister.", "Juan Carlos Ramos", "", ""},
		{"nickname", `Senate President Juan Carlos "Kiko" Ramos today met the minister.`, "Juan Carlos Ramos", "", ""},
		{"suffix", "He met Secretary of Defense Lloyd K. Benton III at the palace.", "Lloyd K. Benton III", "", ""},
		{"suffix after comma", "He thanked Secretary of Defense Lloyd Benton, III for his remarks.", "Lloyd Benton III", "", ""},
		{"suffix Jr.", "Defence Secretary Gilberto Romero Jr. welcomed the minister.", "Gilberto Romero Jr.", "", ""},
		{"family name in capitals", "Prime Minister TANAKA Hiroshi of Japan met the President.", "Tanaka Hiroshi", "JP", "Hiroshi Tanaka"},
		{"family name in capitals after Mr.", "The talks with Mr. OKADA Kenji were held.", "Okada Kenji", "", ""},
		{"short family name in capitals", "Premier LI Wenhai of China attended the summit.", "Li Wenhai", "CN", ""},
		{"bracketed family name", "Dear Hiroshi (Tanaka), dear colleagues, welcome.", "Hiroshi Tanaka", "", ""},
		{"office for", "Remarks of the Secretary for Foreign Affairs Roberto A. Santos at the briefing.", "Roberto A. Santos", "", ""},
		{"office for and", "He spoke with French Minister for Europe and Foreign Affairs Jean-Luc Moreau.", "Jean-Luc Moreau", "FR", ""},
		{"apposition with honorific", "He held a call with the Prime Minister of New Zealand, The Rt. Hon. Mark Hollis today.", "Mark Hollis", "NZ", ""},
		{"apposition", "I congratulate the Prime Minister, Helen Grant, on her appointment.", "Helen Grant", "", ""},
		{"month as family name", "I met Helen May today. Prime Minister May agreed.", "Helen May", "", "Prime Minister May"},
		{"office of state then country", "Minister of State Tomas Ekland of the Republic of Palau came forward.", "Tomas Ekland", "PW", ""},
		{"office with commas", "Deputy Prime Minister and Minister of Natural Resources, Petroleum, and Mining Dorian Pike of Belize attended.", "Dorian Pike", "BZ", ""},
		{"bracketed original script", "Minister of Foreign Affairs Wu Jia-hao (吳家豪) attended.", "Wu Jia-hao", "", ""},
		{"spokesperson", "The below is attributable to Spokesperson Ned Carter:", "Ned Carter", "", ""},
		{"lower-case spokesperson", "Foreign Affairs spokesperson Teresa Lozada said the pact was signed.", "Teresa Lozada", "", ""},
		{"military rank", "It was signed by Navy Commodore Maxine Hale.", "Maxine Hale", "", ""},
		{"Shri", "Prime Minister Shri Rajan Mehta held a telephone conversation.", "Rajan Mehta", "", ""},
		{"possessive country", "He met New Zealand's Deputy Prime Minister and Foreign Minister Walter Pike.", "Walter Pike", "NZ", ""},
		{"EU title", "He met EU High Representative Josef Marren in Brussels.", "Josef Marren", "EU", ""},
		{"Sheikh", "His Highness Sheikh Khalid bin Hamad Al Nahyan, Minister of State of the United Arab Emirates, arrived.", "Khalid bin Hamad Al Nahyan", "AE", ""},
		{"Name, Title of Country after honorifics", "Mr. KATO Shiro, Prime Minister of Japan, held a summit telephone talk with H.E. Mr. Louis Garnier, President of the French Republic.", "Kato Shiro", "JP", "Shiro Kato"},
		{"Name, Title with an epithet", "He received a phone call from Imran Saleem, Prime Minister of the friendly Islamic Republic of Pakistan.", "Imran Saleem", "PK", ""},
		{"office of a place", "His Highness Sheikh Khalid bin Hamad Al Nahyan, Crown Prince of Abu Dhabi, received the minister.", "Khalid bin Hamad Al Nahyan", "AE", ""},
		{"country's body before a title", "Russia's Security Council Secretary Nikolai Petrov will deliver the reply.", "Nikolai Petrov", "RU", ""},
		{"a national body opened by Royal", "It was signed by Royal Ruritania Navy Commodore Maxine Hale.", "Maxine Hale", "", ""},
		{"a national body opened by Royal, its country", "It was signed by Royal New Zealand Navy Deputy Chief Commodore Maxine Hale.", "Maxine Hale", "NZ", ""},
		{"a demonym after Royal", "It was signed by Royal Thai Army Colonel Somsak Dee.", "Somsak Dee", "TH", ""},
		{"a portfolio in the plural before the name", "He took a call from Indonesian Coordinating Minister for Maritime Affairs and Investments Budi Tanoto.", "Budi Tanoto", "ID", ""},
		{"portfolios of industries and utilities", "He met Fijian Minister of Industries and Utilities Dara Kell today.", "Dara Kell", "FJ", ""},
		{"post-nominal", "Witness: Rt Hon Sir Keir Holm MP, Prime Minister.", "Keir Holm", "", ""},
		{"list of names and titles", "It was led by Anna Berg Holm, European Commission Director General for Energy, and Stephanie Pratt, Senior Director.", "Anna Berg Holm", "EU", ""},
		{"next of a list", "It was led by Anna Berg Holm, European Commission Director General for Energy, and Stephanie Pratt, Senior Director.", "Stephanie Pratt", "", ""},
		{"envoy for a country", "They were joined by Special Envoy for Yemen Tim Carver.", "Tim Carver", "", ""},
		{"office after a name", "He met Minister of Defence Oleksii Petrenko, and Commander-in-Chief of the Ukrainian Armed Forces Gen. Valerii Bondar.", "Valerii Bondar", "UA", ""},
		{"inverted with a patronymic", "Participants: Petrov, Ivan Sergeyevich; Orlova, Anna Viktorovna.", "Ivan Sergeyevich Petrov", "", "Ivan Petrov"},
		{"apposition family name first", "He met the Prime Minister of Japan, Kato Shiro. They talked.", "Kato Shiro", "JP", ""},
		{"Name, Jr., Title", "He met H.E. Mr. Joseph R. Carter, Jr., President of the United States of America.", "Joseph R. Carter Jr.", "US", ""},
		{"for then of a country", "He met Minister for Foreign Affairs of Japan KATO Shiro.", "Kato Shiro", "JP", "Shiro Kato"},
		{"initial after an honorific", "External Affairs Minister Dr. S. Raman met the delegation.", "S. Raman", "", ""},
		{"Name, Title, place", "The President was joined by Lisa Brandt, U.S. Consul General, Chiang Mai, and others.", "Lisa Brandt", "US", ""},
		{"hyphenated given name without a title", "The delegation of Lin Chia-hao arrived in Taipei.", "Lin Chia-hao", "", ""},
		{"hyphenated given name after a title", "Vice President Hsiao Mei-lin and Foreign Minister Cho Tae-ho attended.", "Cho Tae-ho", "", ""},
		{"apposition after the Hon", "He spoke with the Prime Minister of Papua New Guinea, the Hon James Kora MP.", "James Kora", "PG", ""},
		{"Haji", "He met His Majesty Sultan Haji Omar Ali Saifuddien, the Sultan of Brunei Darussalam.", "Omar Ali Saifuddien", "BN", ""},
		{"MP", "The Prime Minister was accompanied by MP Paulo Ferreira, the first of his kind.", "Paulo Ferreira", "", ""},
		{"post-nominal after a chain of offices", "The Secretary of State met with the Deputy Premier, Minister for Foreign Affairs and Minister for Defence, Ciaran Doyle TD, this evening.", "Ciaran Doyle", "", ""},
		{"post-nominal after a name", "He met Ciaran Doyle TD today.", "Ciaran Doyle", "", ""},
		{"post-nominal after a name with a known given name", "He met Simon Pell MP today.", "Simon Pell", "", ""},
		{"post-nominal after apposition", "The minister met the Speaker, Moira Keane MLA, in Belfast.", "Moira Keane", "", ""},
		{"Archbishop", "The guests included papal envoy Archbishop Charles John Brennan.", "Charles John Brennan", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := persons(x.Extract(article("", "2025-01-01", tt.body)))
			p, ok := ps[tt.person]
			if !ok {
				t.Fatalf("%q: no person %q in %v", tt.body, tt.person, keys(ps))
			}
			if p.Country != tt.country {
				t.Errorf("%q: %s country %q, want %q", tt.body, tt.person, p.Country, tt.country)
			}
			if tt.alias != "" && !contains(p.Aliases, tt.alias) {
				t.Errorf("%q: %s aliases %q, want %q", tt.body, tt.person, p.Aliases, tt.alias)
			}
		})
	}
}

// TestPossessedLeader checks that a bare family name in the possessive is
// the head of state or government of that name in office on the day, and
// nobody when no such leader holds office then.
func TestPossessedLeader(t *testing.T) {
	x := newX(t)
	for _, tt := range []struct{ published, body, want, country string }{
		{"2019-03-01", "The ministers discussed Macron’s proposals for Europe.", "Emmanuel Macron", "FR"},
		{"2015-06-01", "They welcomed Merkel's initiative on the crisis.", "Angela Merkel", "DE"},
		{"2025-06-01", "They welcomed Merkel's initiative on the crisis.", "", ""},
		{"2019-03-01", "They discussed Monday's talks and Europe's future.", "", ""},
	} {
		f := x.Extract(article("", tt.published, tt.body))
		got, country := "", ""
		for _, a := range f.Actors {
			if a.Type == "person" {
				got, country = a.Name, a.Country
			}
		}
		if got != tt.want || country != tt.country {
			t.Errorf("%s %q: person %q %q, want %q %q", tt.published, tt.body, got, country, tt.want, tt.country)
		}
	}
}
