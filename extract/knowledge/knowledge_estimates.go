package knowledge

import "sync"

// Estimates are the words of data/estimates.json: how a text tells an
// estimate of what a deal or an investment would do to an economy ("the
// agreement would lift GDP by 0.35%, or $68 billion, according to a
// study"), which is a projection, not a target anyone holds.
type Estimates struct {
	// EconomyMeasures name an economy as a whole: GDP, real income.
	EconomyMeasures []string `json:"economy_measures"`
	// EstimateMarkers tell a figure as estimated, projected or believed.
	EstimateMarkers []string `json:"estimate_markers"`
	// SoftMarkers tell a figure as expected or conditional; enough only
	// for a change of a whole economy.
	SoftMarkers []string `json:"soft_markers"`
	// StudyNouns after "according to" or before a StudyVerb attribute a
	// figure to a study ("according to a report", "the analysis found").
	StudyNouns []string `json:"study_nouns"`
	StudyVerbs []string `json:"study_verbs"`
	// EffectAfter after an amount make it a change: "$57 billion higher".
	EffectAfter []string `json:"effect_after"`
	// GoalWords in the sentence make a change one side seeks, not an estimate.
	GoalWords []string `json:"goal_words"`
	// CountryGroups name a class of countries as one body ("developed
	// countries"): a goal they hold together ("to jointly mobilize $100
	// billion a year by 2020") is no one country's.
	CountryGroups []string `json:"country_groups"`
}

var (
	estimatesOnce sync.Once
	estimates     Estimates
	estimatesErr  error
)

// TargetEstimates returns data/estimates.json, loaded once.
func TargetEstimates() *Estimates {
	estimatesOnce.Do(func() { estimatesErr = load("data/estimates.json", &estimates) })
	if estimatesErr != nil {
		panic(estimatesErr) // embedded data: a broken file is a build error, caught by tests
	}
	return &estimates
}
