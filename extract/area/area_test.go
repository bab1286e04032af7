package area

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/accordhq/accord/extract/knowledge"
)

func TestExtract(t *testing.T) {
	tests := []struct {
		name, title, text string
		want              []string
	}{
		{"none", "", "The leaders met.", []string{}},
		{"a navy's proper name is defence, not the sea", "", "exercises with the Maritime Self-Defense Force", []string{"defence"}},
		{"defence investment is defence, not investment", "", "Allies agreed a new Defence Investment Pledge and further defence investments", []string{"defence"}},
		{"diacritics and case", "", "Hợp tác SEMICONDUCTORS and Trade", []string{"semiconductors", "trade"}},
		{"word boundary", "", "The chipset and retrader", []string{}},
		{"capitals only", "", "AI cooperation; they said ai", []string{"ai"}},
		{"lower case AI is no word", "", "the said ai", []string{}},
		{"longest phrase wins", "", "energy security and food security", []string{"agriculture", "energy"}},
		{"shadow title", "", "National Security Advisor Jake Sullivan met", []string{}},
		{"trade unions are labour", "", "the minister visited the trade unionists on strike", []string{"labour"}},
		{"a grain corridor is not the sea", "", "support for the Black Sea Grain Initiative", []string{"agriculture"}},
		{"hyphen and apostrophe", "", "people-to-people exchanges and each other's goods", []string{"people_exchange", "trade"}},
		{"title counts", "Joint Statement on Climate", "They met.", []string{"climate"}},
		{"multi word", "", "maintaining peace and stability on the Korean Peninsula under UNCLOS", []string{"maritime", "regional_peace"}},
		{"both areas of one phrase", "", "cooperation in defence and security", []string{"defence", "security"}},
		{"generic national security", "", "the national security supplemental and our national security teams", []string{}},
		{"a council is no security cooperation but a forum of many states", "", "endorsed by the UN Security Council and the United Nations Security Council", []string{"multilateral"}},
		{"a diplomatic resolution of a conflict", "", "a diplomatic resolution to the hostilities", []string{}},
		{"someone's security", "", "to bolster its security and their security", []string{}},
		{"an economic relationship is not diplomacy (it is trade)", "", "our bilateral economic relationship", []string{"trade"}},
		{"a weak word said once names nothing", "", "sanctions relief was discussed", []string{}},
		{"a weak word said twice names its area", "", "new schools in the north; schools reopened", []string{"education"}},
		{"weak and strong together", "", "new sanctions and banking rules", []string{"finance"}},
		{"business climate is not the climate", "", "to improve the business climate", []string{}},
		{"an agency name is no area", "", "the Development Finance Corporation announced", []string{}},
		{"a trade agreement named a partnership is trade", "", "the early signing of the Trans-Pacific Partnership", []string{"trade"}},
		{"a trade relationship is trade, not diplomacy", "", "they welcomed the growing trade relationship", []string{"trade"}},
		{"allies alone name no area", "", "to work with allies and like-minded countries", []string{}},
		{"staying in close contact names no area", "", "they agreed to stay in close contact", []string{}},
		{"changing the status quo by force is regional peace", "", "opposition to any unilateral change of the status quo by force", []string{"regional_peace"}},
		{"the invasion of a country is regional peace", "", "they discussed the invasion of Ukraine", []string{"regional_peace"}},
		{"the atomic energy agency is multilateral", "", "in cooperation with the IAEA", []string{"multilateral"}},
		{"Olympic Games wished success are sport (dev43, dev51, dev53, dev54 list them)", "", "wished success for the Winter Olympics and the Olympic team", []string{"sports"}},
		{"denuclearization is security and regional peace", "", "complete denuclearization", []string{"regional_peace", "security"}},
		{"citizens abroad are consular", "", "the detention of two citizens in a third country", []string{"consular"}},
		{"a region of conflict discussed is regional peace", "", "they exchanged views on the Middle East, North Korea, Syria and Gaza", []string{"regional_peace"}},
		{"the Indo-Pacific is regional peace", "", "they discussed the Indo-Pacific", []string{"regional_peace"}},
		{"a grant is development aid", "", "the signing of a grant agreement", []string{"development_aid"}},
		{"development cooperation is development aid", "", "to deepen development cooperation", []string{"development_aid"}},
		{"a nuclear programme is security", "", "Iran's nuclear programme and its nuclear program", []string{"security"}},
		{"illicit finance is security", "", "a working group on illicit finance", []string{"security"}},
		{"giving humanitarian aid", "", "to keep providing humanitarian aid to civilians", []string{"development_aid"}},
		{"a region is not the sea, its openness is its peace", "", "a free and open Indo-Pacific", []string{"regional_peace"}},
		{"stability of a region", "", "ensuring stability in the region and the Indo-Pacific", []string{"regional_peace"}},
		{"peace and security", "", "to enhance our cooperation on global peace and security", []string{"regional_peace"}},
		{"peacekeeping", "", "a partner in peacekeeping", []string{"regional_peace"}},
		{"the situation of a region at war, discussed", "", "They exchanged views on the situation in the Middle East", []string{"regional_peace"}},
		{"a crisis discussed", "", "a detailed discussion of the crisis in Ukraine", []string{"regional_peace"}},
		{"a missile launch condemned", "", "Both leaders condemned the recent ballistic missile launches", []string{"regional_peace", "security"}},
		{"a terrorist group fought", "", "countering the shared threat from Daesh", []string{"security"}},
		{"a region's peace, stability and prosperity", "", "work closely in support of the peace, stability and prosperity of the region", []string{"regional_peace"}},
		{"a summit as the venue is no forum cooperation", "", "the leaders met at the G7 summit in Italy", []string{}},
		{"forum cooperation still counts", "", "they agreed to coordinate in the G20 and the UN", []string{"multilateral"}},
		{"citizens said once are not consular work", "", "threats faced by British citizens", []string{}},
		{"citizens said twice are", "", "protecting citizens abroad; assistance to citizens in distress", []string{"consular"}},
		{"workers said once are not labour", "", "to benefit workers and businesses", []string{}},
		{"labour mobility counts", "", "to admit more workers under the labour scheme", []string{"labour"}},
		{"chemical weapons are no defence cooperation (they are security)", "", "the destruction of chemical weapons", []string{"security"}},
		{"security cooperation still counts", "", "the two sides expanded security cooperation", []string{"security"}},
		// Classes of names: defence pacts and their kit, fora of several
		// countries, diseases.
		{"a defence pact by its name", "", "They discussed progress on AUKUS", []string{"defence"}},
		{"submarines are defence, a submarine cable is not", "", "the submarines programme; a new submarine cable", []string{"defence", "infrastructure"}}, // the cable is infrastructure since session 27
		{"the heads of government meeting of a grouping", "", "looking ahead to the Commonwealth Heads of Government Meeting in Apia", []string{"multilateral"}},
		{"a commonwealth as a state's name is no forum", "", "the Commonwealth of Ruritania signed", []string{}},
		{"a forum of major economies", "", "they will meet at the Major Economies Forum", []string{"multilateral"}},
		{"a disease is health", "", "efforts to limit the spread of the flu strain and malaria", []string{"health"}},
		{"an epidemic of gun violence is no health cooperation", "", "to end the epidemic of gun violence", []string{}},
		{"the single currency's area is finance", "", "consultations about the situation in the eurozone", []string{"finance"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Extract(tt.title, tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestData checks that every area id of the contract has keywords and that
// no keyword folds to nothing.
func TestData(t *testing.T) {
	ids := []string{"diplomacy", "defence", "security", "trade", "investment", "development_aid", "infrastructure", "energy",
		"semiconductors", "high_tech", "ai", "digital", "science_technology", "education", "labour", "culture", "tourism",
		"people_exchange", "sports", "climate", "consular", "maritime", "regional_peace", "multilateral", "supply_chains",
		"smart_cities", "health", "agriculture", "finance"}
	var have []string
	for _, a := range knowledge.Areas() {
		have = append(have, a.ID)
		for _, k := range a.Keywords {
			if got := Extract("", k); !slices.Contains(got, a.ID) {
				t.Errorf("%s: keyword %q finds %v", a.ID, k, got)
			}
		}
	}
	slices.Sort(have)
	slices.Sort(ids)
	if !slices.Equal(have, ids) {
		t.Errorf("areas %v, want %v", have, ids)
	}
}

func FuzzAreas(f *testing.F) {
	f.Add("Joint Statement", "Việt Nam–RoK AI, semiconductors; UNCLOS.")
	f.Add("", "National Security Advisor\u0301 ĐÀ NẴNG x\xff")
	f.Fuzz(func(t *testing.T, title, text string) {
		got := Extract(title, text)
		if !slices.IsSorted(got) {
			t.Fatalf("not sorted: %v", got)
		}
		for _, id := range got {
			if !utf8.ValidString(id) || id == "" {
				t.Fatalf("bad id %q", id)
			}
		}
	})
}

// BenchmarkExtract measures areas over the White House corpus, reported as
// articles per second.
func BenchmarkExtract(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(whDir, "*", "*", "*.md"))
	if len(files) == 0 {
		b.Skip("no White House corpus")
	}
	var docs []corpusDoc
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, splitDoc(filepath.Base(f), string(raw)))
	}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		d := docs[n%len(docs)]
		Extract(d.title, d.body)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
