package knowledge

import "sync"

// Outlet is a publisher with a home country: a national news agency, known
// by its credit line, or a government site, known by its host.
type Outlet struct {
	Name    string   `json:"name"`
	Country string   `json:"country"`
	Kind    string   `json:"kind"`    // OutletGovernment or OutletAgency
	Credits []string `json:"credits"` // source credits: VNA, Xinhua
	Hosts   []string `json:"hosts"`   // URL hosts; each matches its subdomains too
}

// Kinds of outlets.
const (
	OutletGovernment = "government" // the government's own site: it reports its own officials
	OutletAgency     = "agency"     // a national news agency
)

// Outlets is data/outlets.json.
type Outlets struct {
	// GovernmentLabels are second-level labels that make a host under a
	// country code top-level domain a government's: gov.uk, go.jp, gouv.fr.
	GovernmentLabels []string `json:"government_labels"`
	// TLDCountries maps country code domains that are not ISO codes: uk → GB.
	TLDCountries map[string]string `json:"tld_countries"`
	// GenericTLDs are country code domains sold to anyone (.co, .io): a
	// bare name.co says nothing of the publisher's country; gov.co still does.
	GenericTLDs []string `json:"generic_tlds"`
	Outlets     []Outlet `json:"outlets"`
	// GovernmentWords make a publisher's name with one country in it that
	// country's government: "Prime Minister of Canada".
	GovernmentWords []string `json:"government_words"`
	// MissionWords name a government's mission abroad ("French Embassy
	// UK", "Embassy of Japan in the Philippines", "British High
	// Commission New Delhi"): its publisher is the government of the
	// country named right before the word, or after "of".
	MissionWords []string `json:"mission_words"`
	// PublisherOffices say whose office a government publisher is, by the
	// words of its name: the leader's, a foreign ministry's or another
	// minister's. The first group with a word in the name decides.
	PublisherOffices []PublisherOffice `json:"publisher_offices"`
}

// PublisherOffice is one group of PublisherOffices.
type PublisherOffice struct {
	Office string   `json:"office"` // "leader", "minister" or an office of titles.json
	Words  []string `json:"words"`  // words of a publisher's name
	Hosts  []string `json:"hosts"`  // first labels of a government host: mofa.go.jp
}

// Government is what data/governments.json says of one country.
type Government struct {
	// Offices are the offices (or titles) of titles.json its government has.
	Offices []string `json:"offices"`
	// Distinct are the titles that, written without a country in this
	// country's own outlets, always mean its own office holder.
	Distinct []string `json:"distinct"`
}

var (
	outletsOnce sync.Once
	outlets     Outlets
	governments struct {
		// Common are offices every government has: a spokesperson, a
		// member of parliament, military ranks.
		Common    []string              `json:"common_offices"`
		Countries map[string]Government `json:"countries"`
	}
	outletsErr error
)

// LoadOutlets returns the outlets and the governments by country code,
// loaded once.
func LoadOutlets() (*Outlets, map[string]Government, error) {
	outletsOnce.Do(func() {
		if outletsErr = load("data/outlets.json", &outlets); outletsErr != nil {
			return
		}
		if outletsErr = load("data/governments.json", &governments); outletsErr != nil {
			return
		}
		for code, g := range governments.Countries {
			g.Offices = append(g.Offices, governments.Common...)
			governments.Countries[code] = g
		}
	})
	return &outlets, governments.Countries, outletsErr
}
