package consolidate_test

import (
	"testing"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	ct "github.com/accordhq/accord/consolidate/consolidatetest"
)

// The extractor files a reference's sentence under Refs, not Reports
// (extract.go): consolidation must keep it as a mention, and attach it to
// the event once reported, as it does a reference with Reports (behind
// ACCORD_RECALL until the store's readers tell a mention from a held
// engagement: eval/read/recall35).
func TestReferenceFiledInRefs35(t *testing.T) {
	t.Setenv("ACCORD_RECALL", "1")
	var early, rest []*accord.ArticleFacts
	for _, f := range ct.Relationship() {
		for i := range f.References {
			r := &f.References[i]
			r.Refs, r.Reports = r.Reports, []accord.Evidence{}
		}
		if f.Article.File == "a5.txt" {
			early = append(early, f)
		} else {
			rest = append(rest, f)
		}
	}
	rec := consolidate.Build(early)
	if len(rec.Pending) != 1 || rec.Pending[0].Status != accord.StatusMentioned || len(rec.Pending[0].Refs) != 1 {
		t.Fatalf("after the recalling article alone: pending %+v; want one mention with its sentence", rec.Pending)
	}
	rec = consolidate.ApplyChange(rec, consolidate.Update(rec, rest, nil))
	if v := find(rec.Engagements, accord.Visit, ""); v == nil || len(v.Refs) != 1 {
		t.Fatalf("visit = %+v, want the reference attached", v)
	}
}
