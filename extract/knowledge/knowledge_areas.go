package knowledge

import (
	"fmt"
	"slices"
	"sync"
)

// Area is a cooperation area of the export contract with the phrases that
// name it. A keyword matches on word boundaries, without regard to case or
// diacritics, except a keyword written all in capitals (AI, UN, ODA), which
// must appear in capitals: "AI" is an area, "ai" is not a word.
type Area struct {
	ID       string   `json:"id"`
	Covers   string   `json:"covers"`
	Keywords []string `json:"keywords"`
	// Weak keywords name the area only when the text says them twice (or
	// names the area otherwise too): said once, in passing, they are
	// usually about something else ("sanctions relief", "Indo-Pacific").
	Weak []string `json:"weak,omitempty"`
	// Items name the area only as an item of a list of fields ("in trade,
	// development and education"); ItemsAfter are the words (folded) after
	// which an item may stand too when a comma follows it ("health and
	// technology, the sides said").
	Items      []string `json:"items,omitempty"`
	ItemsAfter []string `json:"items_after,omitempty"`
	// AfterDemonyms name the area after a country's demonym
	// (data/countries.json): "community" gives "Vietnamese community".
	AfterDemonyms []string `json:"after_demonyms,omitempty"`
	// AroundCountries name the area with any country's name or alias
	// (data/countries.json): Before "crisis in" gives "crisis in Lindmark",
	// After "conflict" gives "Lindmark conflict".
	AroundCountries Around `json:"around_countries,omitzero"`
}

// Around are the words before or after a country's name that make a phrase
// of an area.
type Around struct {
	Before []string `json:"before,omitempty"`
	After  []string `json:"after,omitempty"`
}

// areaFile is data/areas.json.
type areaFile struct {
	Areas []Area `json:"areas"`
	// Shadows are phrases that contain a keyword but name no area, such as
	// titles ("National Security Advisor"): the longest phrase wins.
	Shadows []string `json:"shadows"`
	// Refinements adjust the areas above, one rule each with its reason:
	// they add keywords, weak keywords and shadows, and take keywords out
	// (Drop) or make them weak (a keyword listed in Weak). Kept apart from
	// the lists so that each rule reads and merges on its own.
	Refinements []Refinement `json:"refinements"`
}

// Refinement is one rule that adjusts an area's keywords.
type Refinement struct {
	ID       string   `json:"id"` // the area; empty for shadows only
	Why      string   `json:"why"`
	Keywords []string `json:"keywords,omitempty"`
	Weak     []string `json:"weak,omitempty"`
	Drop     []string `json:"drop,omitempty"`
	Shadows  []string `json:"shadows,omitempty"`
	// Items are bare field words ("development", "technology") that name the
	// area as an item of a list of the fields of cooperation, where said
	// elsewhere they name something else or nothing (a country's
	// development, a company's technology). A word listed in Weak as well
	// still counts, as a weak keyword, outside lists.
	Items *Items `json:"items,omitempty"`
	// AfterDemonyms are words that name the area after any country's
	// demonym ("community": "the Vietnamese community in Thailand").
	AfterDemonyms []string `json:"after_demonyms,omitempty"`
	// AroundCountries are words that name the area before or after any
	// country's name ("crisis in": "the crisis in Venezuela"; "conflict":
	// "the Ukraine conflict").
	AroundCountries *Around `json:"around_countries,omitempty"`
	// Offices are the heads of an office's or a body's title ("Minister
	// of", "Department for"): a capitalised keyword in the name that
	// follows ("Minister of Higher Education") names the office, not an
	// area the sides discussed.
	Offices []string `json:"offices,omitempty"`
	// Venue makes the area's keywords weak where the text names them as
	// the place or occasion of a meeting ("on the sidelines of the G20").
	Venue *Venue `json:"venue,omitempty"`
	// Exchanges name the area by the contacts an article reports rather
	// than by its words: a visit or a meeting in person is a high-level
	// exchange, which is diplomacy whatever the talk was about.
	Exchanges *Exchanges `json:"exchanges,omitempty"`
}

// Items are the words of a list-item rule: after a comma (and before a
// comma, "and", "or" or the end of the sentence), or after one of After
// ("and", "in") and before a comma ("health and technology, the sides
// said"), or after "and" that ends a list ("housing, education and
// technology.").
type Items struct {
	Words []string `json:"words"`
	After []string `json:"after,omitempty"`
}

// Exchanges are engagement types (accord.EngagementType values): Any names
// the area whatever the parties, Bilateral only for a contact of two countries.
type Exchanges struct {
	Any       []string `json:"any"`
	Bilateral []string `json:"bilateral"`
}

// Venue says when a keyword names the place of a meeting: right after one of
// Before ("sidelines of"), or right after one of At ("at") when the keyword
// is or precedes one of Events ("summit"). Articles, numbers and the words of
// Skip may stand between the cue and the keyword.
type Venue struct {
	Before []string `json:"before"`
	At     []string `json:"at"`
	Events []string `json:"events"`
	Skip   []string `json:"skip"`
}

// refine applies the refinements to the areas and shadows.
func (f *areaFile) refine() error {
	for _, r := range f.Refinements {
		f.Shadows = append(f.Shadows, r.Shadows...)
		if r.ID == "" {
			continue
		}
		k := slices.IndexFunc(f.Areas, func(a Area) bool { return a.ID == r.ID })
		if k < 0 {
			return fmt.Errorf("knowledge: data/areas.json: refinement of unknown area %q", r.ID)
		}
		a := &f.Areas[k]
		a.Keywords = slices.DeleteFunc(a.Keywords, func(w string) bool {
			return slices.Contains(r.Drop, w) || slices.Contains(r.Weak, w)
		})
		a.Weak = slices.DeleteFunc(a.Weak, func(w string) bool { return slices.Contains(r.Drop, w) })
		a.Keywords = append(a.Keywords, r.Keywords...)
		a.Weak = append(a.Weak, r.Weak...)
		a.AfterDemonyms = append(a.AfterDemonyms, r.AfterDemonyms...)
		if r.AroundCountries != nil {
			a.AroundCountries.Before = append(a.AroundCountries.Before, r.AroundCountries.Before...)
			a.AroundCountries.After = append(a.AroundCountries.After, r.AroundCountries.After...)
		}
		if r.Items != nil {
			a.Items = append(a.Items, r.Items.Words...)
			a.ItemsAfter = append(a.ItemsAfter, r.Items.After...)
		}
	}
	return nil
}

var (
	areasOnce sync.Once
	areas     areaFile
	areasErr  error
)

func loadAreas() {
	areasOnce.Do(func() {
		areasErr = load("data/areas.json", &areas)
		if areasErr == nil {
			areasErr = areas.refine()
		}
	})
	if areasErr != nil {
		panic(areasErr) // embedded data: a broken file is a build error, caught by tests
	}
}

// Areas returns the areas of data/areas.json, loaded once.
func Areas() []Area {
	loadAreas()
	return areas.Areas
}

// AreaVenues returns, per area id, when its keywords name the place of a
// meeting rather than cooperation, from the refinements of data/areas.json.
func AreaVenues() map[string]Venue {
	loadAreas()
	out := map[string]Venue{}
	for _, r := range areas.Refinements {
		if r.Venue != nil && r.ID != "" {
			out[r.ID] = *r.Venue
		}
	}
	return out
}

// AreaShadows returns the phrases that name no area although they contain
// an area keyword (titles, names of bodies), from data/areas.json.
func AreaShadows() []string {
	loadAreas()
	return areas.Shadows
}

// AreaOffices returns the heads of office titles whose capitalised names
// name no area ("Minister of", "Ministry for"), from data/areas.json.
func AreaOffices() []string {
	loadAreas()
	var out []string
	for _, r := range areas.Refinements {
		out = append(out, r.Offices...)
	}
	return out
}

// AreaExchanges returns, per area id, the contacts that name it, from the
// refinements of data/areas.json.
func AreaExchanges() map[string]Exchanges {
	loadAreas()
	out := map[string]Exchanges{}
	for _, r := range areas.Refinements {
		if r.Exchanges != nil && r.ID != "" {
			out[r.ID] = *r.Exchanges
		}
	}
	return out
}
