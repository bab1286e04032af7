package target

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSurvey prints the targets found in White House documents whose names
// match $SURVEY, for reading by eye (precision check).
func TestSurvey(t *testing.T) {
	pat := os.Getenv("SURVEY")
	if pat == "" {
		t.Skip("set SURVEY to a file name pattern")
	}
	files, _ := filepath.Glob(filepath.Join(whDir, "*", "*", pat))
	n := 0
	for _, f := range files {
		b, _ := os.ReadFile(f)
		d := parseDoc(filepath.Base(f), string(b))
		got := Extract("a", d.body, split(d.body), d.published, principals(goldArticle{}, d.title))
		for _, tg := range got {
			t.Logf("%.60s | %q %v %s %s %s %s %v\n      %.300s", d.file, tg.Metric, tg.Value, tg.Unit, tg.Comparator, tg.Deadline, tg.Period, tg.Holders, strings.Join(strings.Fields(tg.Mentions[0].Quote), " "))
		}
		n += len(got)
	}
	t.Logf("%d documents, %d targets", len(files), n)
}
