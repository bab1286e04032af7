package knowledge

import "sync"

var (
	iso3Once sync.Once
	iso3     map[string]string
	iso3Err  error
)

// ISO3 returns the ISO 3166-1 alpha-3 code of a country's alpha-2 code (XK,
// Kosovo, gets the customary XKX), or "" when the code names no country of
// data/countries.json (EU, an organisation). The alpha-3 codes live in their
// own file, data/iso3.json, so that exporters to event-data formats (PLOVER,
// CAMEO, ICEWS), which key countries by alpha-3, need no table of their own.
func ISO3(code string) string {
	iso3Once.Do(func() { iso3Err = load("data/iso3.json", &iso3) })
	if iso3Err != nil {
		panic(iso3Err) // embedded data: a broken file is a build error, caught by tests
	}
	return iso3[code]
}
