package knowledge

import "sync"

// Outputs are the words of data/outputs.json: how a text tells what a
// project's money buys ("The project envisages replacing 100 km of
// pipeline"), the scope of a gift already counted as money, not a goal.
type Outputs struct {
	// ProjectHeads are the nouns of a project or of its money, the head of
	// the sentence's subject.
	ProjectHeads []string `json:"project_heads"`
	// SubjectSkip may stand before the head ("The additional funding").
	SubjectSkip []string `json:"subject_skip"`
	// ProjectVerbs follow the subject (after any phrase that names it).
	ProjectVerbs []string `json:"project_verbs"`
	// ReportVerbs end a speaker's words before the subject ("The
	// government says funding will help …").
	ReportVerbs []string `json:"report_verbs"`
}

var (
	outputsOnce sync.Once
	outputs     Outputs
	outputsErr  error
)

// TargetOutputs returns data/outputs.json, loaded once.
func TargetOutputs() *Outputs {
	outputsOnce.Do(func() { outputsErr = load("data/outputs.json", &outputs) })
	if outputsErr != nil {
		panic(outputsErr) // embedded data: a broken file is a build error, caught by tests
	}
	return &outputs
}
