package http

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/consolidate/consolidatetest"
	"github.com/accordhq/accord/sqlite"
)

// TestCountryPageBusy: a country whose latest engagements are hundreds of
// bilateral contacts still lists the gatherings it attended before them
// (read by its gathering key, not among its latest engagements), and a
// target restated in many articles keeps its count and latest date though
// the page reads only its latest statement.
func TestCountryPageBusy(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "busy.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	var facts []*accord.ArticleFacts
	summit := consolidatetest.NewDoc("summit.txt", "Leaders meet at a summit", "2021-06-10", "VNA",
		"President Tô Lâm attended the summit with the leaders of Korea and Japan.")
	summit.Country("VN", "Viet Nam")
	summit.Country("KR", "Republic of Korea")
	summit.Country("JP", "Japan")
	summit.Held(consolidatetest.E{Type: accord.Summit, Date: "2021-06-10", Place: "Hanoi", PlaceCountry: "VN",
		Participants: []string{summit.Person("Tô Lâm", "VN", []string{"President"})}, Countries: []string{"JP", "KR", "VN"}, Sentence: 0})
	facts = append(facts, summit.Facts)
	day0 := time.Date(2022, 1, 3, 0, 0, 0, 0, time.UTC)
	const n, stated = 420, 7
	for i := range n {
		date := day0.AddDate(0, 0, i).Format(time.DateOnly)
		d := consolidatetest.NewDoc(fmt.Sprintf("d%04d.txt", i), fmt.Sprintf("Leaders talk, number %d", i), date, "VNA",
			fmt.Sprintf("President Tô Lâm and President Lee Jae-myung held phone talks on day %d.", i),
			"Viet Nam aims at GDP growth of 8 percent in 2030.")
		to := d.Person("Tô Lâm", "VN", []string{"President"}, "To Lam")
		lee := d.Person("Lee Jae-myung", "KR", []string{"President"}, "President Lee")
		d.Country("VN", "Viet Nam")
		d.Country("KR", "Republic of Korea")
		d.Held(consolidatetest.E{Type: accord.PhoneCall, Date: date, Participants: []string{to, lee}, Countries: []string{"KR", "VN"}, Sentence: 0})
		if i >= n-stated {
			d.Target(consolidatetest.T{Metric: "GDP growth", Value: 8, Unit: "percent", Deadline: "2030", Holders: []string{"VN"}, Sentence: 1})
		}
		facts = append(facts, d.Facts)
	}
	if _, err := db.PutArticles(ctx, facts); err != nil {
		t.Fatal(err)
	}
	if err := consolidate.Apply(ctx, db, facts, nil); err != nil {
		t.Fatal(err)
	}
	g, err := db.RecordOf(ctx, accord.RecordQuery{Keys: []string{accord.KeyGathering + "VN"}, Kind: accord.KindEngagement})
	if err != nil || len(g.Engagements) != 1 {
		t.Fatalf("the summit: %v, %d engagements", err, len(g.Engagements))
	}
	rr := httptest.NewRecorder()
	NewServer(db, Options{Logger: discardLogger()}).Handler().ServeHTTP(rr, httptest.NewRequest("GET", "/countries/VN", nil))
	body := rr.Body.String()
	if rr.Code != 200 {
		t.Fatalf("/countries/VN: %d", rr.Code)
	}
	if !strings.Contains(body, `/engagements/`+g.Engagements[0].ID) {
		t.Errorf("the summit of 2021, before %d bilateral contacts, is not listed among the gatherings", n)
	}
	last := day0.AddDate(0, 0, n-1).Format(time.DateOnly)
	if !strings.Contains(body, fmt.Sprintf(`<td class="num">%d×</td><td><time datetime="%s">`, stated, last)) {
		t.Errorf("the target stated %d times, last on %s, is not listed so", stated, last)
	}
}
