package knowledge

import "sync"

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
}

// areaFile is data/areas.json.
type areaFile struct {
	Areas []Area `json:"areas"`
	// Shadows are phrases that contain a keyword but name no area, such as
	// titles ("National Security Advisor"): the longest phrase wins.
	Shadows []string `json:"shadows"`
}

var (
	areasOnce sync.Once
	areas     areaFile
	areasErr  error
)

func loadAreas() {
	areasOnce.Do(func() {
		areasErr = load("data/areas.json", &areas)
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

// AreaShadows returns the phrases that name no area although they contain
// an area keyword (titles, names of bodies), from data/areas.json.
func AreaShadows() []string {
	loadAreas()
	return areas.Shadows
}
