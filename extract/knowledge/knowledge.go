// Package knowledge holds what accord knows about the world as embedded data
// files under data/: countries with codes, names, aliases and demonyms;
// titles and offices; engagement phrases; area keywords; units. Code elsewhere
// holds the grammar that uses them; users extend the files, not the code.
package knowledge

import (
	"embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
)

//go:embed data
var files embed.FS

// Country is a UN member or observer (or another territory worth naming).
type Country struct {
	Code     string   `json:"code"`     // ISO 3166-1 alpha-2
	Name     string   `json:"name"`     // usual short name: Viet Nam, Republic of Korea
	Official string   `json:"official"` // Socialist Republic of Viet Nam
	Aliases  []string `json:"aliases"`  // Vietnam, Việt Nam, RoK, South Korea, U.S.
	Demonyms []string `json:"demonyms"` // Vietnamese, Korean
	// Weak aliases are also common words, people's names or US states
	// (Georgia, Jordan, Chad): they name the country only after "of".
	Weak []string `json:"weak,omitempty"`
}

var (
	countriesOnce sync.Once
	countries     []Country
	countriesErr  error
	// byCode indexes countries by code, the first of each: a timeline
	// names the country of each of a thousand places, and a scan of the
	// list for each was 3 % of its CPU.
	byCode map[string]int
)

// Countries returns the countries of data/countries.json, loaded once.
func Countries() []Country {
	countriesOnce.Do(func() {
		countriesErr = load("data/countries.json", &countries)
		byCode = make(map[string]int, len(countries))
		for i, c := range countries {
			if _, ok := byCode[c.Code]; !ok {
				byCode[c.Code] = i
			}
		}
	})
	if countriesErr != nil {
		panic(countriesErr) // embedded data: a broken file is a build error, caught by tests
	}
	return countries
}

// CountryByCode returns the country with an ISO alpha-2 code.
func CountryByCode(code string) (Country, bool) {
	cs := Countries()
	if i, ok := byCode[strings.ToUpper(code)]; ok {
		return cs[i], true
	}
	return Country{}, false
}

// load decodes one embedded JSON file.
func load(name string, v any) error {
	b, err := files.ReadFile(name)
	if err != nil {
		return fmt.Errorf("knowledge: %s: %w", name, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("knowledge: %s: %w", name, err)
	}
	return nil
}

var (
	abbrevOnce sync.Once
	abbrevs    map[string]bool
)

// Abbreviations returns the words of data/abbreviations.txt, written without
// their final period, that do not end a sentence.
func Abbreviations() map[string]bool {
	abbrevOnce.Do(func() {
		b, err := files.ReadFile("data/abbreviations.txt")
		if err != nil {
			panic(fmt.Errorf("knowledge: %w", err))
		}
		abbrevs = make(map[string]bool)
		for _, line := range strings.Split(string(b), "\n") {
			line = strings.TrimSpace(line)
			if line != "" && !strings.HasPrefix(line, "#") {
				abbrevs[line] = true
			}
		}
	})
	return abbrevs
}
