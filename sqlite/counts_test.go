package sqlite_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/accordhq/accord"
	"github.com/accordhq/accord/consolidate"
	"github.com/accordhq/accord/consolidate/consolidatetest"
)

// TestStatsCounted: Stats reads counts kept as rows (migration 0015);
// they must equal the rows counted after every kind of write: articles
// stored, batches consolidated one by one (engagements merged away,
// invitations taken up), and a full rebuild.
func TestStatsCounted(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "counts.db")
	db := open(t, path)
	defer db.Close()
	raw := openRaw(t, path)
	check := func(when string) {
		t.Helper()
		st, err := db.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var want accord.Stats
		if err := raw.QueryRow(`SELECT (SELECT count(*) FROM articles),
			(SELECT count(*) FROM entities WHERE kind = 'actor'),
			(SELECT count(*) FROM entities WHERE kind = 'engagement' AND status != 'pending'),
			(SELECT count(*) FROM entities WHERE kind = 'target')`).Scan(&want.Articles, &want.Actors, &want.Engagements, &want.Targets); err != nil {
			t.Fatal(err)
		}
		if st.Articles != want.Articles || st.Actors != want.Actors || st.Engagements != want.Engagements || st.Targets != want.Targets {
			t.Errorf("%s: Stats %+v, counted %+v", when, st, want)
		}
		if want.Articles == 0 {
			t.Errorf("%s: nothing stored", when)
		}
	}
	var batches [][]*accord.ArticleFacts
	for i := range 6 {
		date := fmt.Sprintf("2025-03-%02d", 2+i)
		d := consolidatetest.NewDoc(fmt.Sprintf("c%d.txt", i), fmt.Sprintf("Talks %d", i), date, "VNA",
			"President Tô Lâm and President Lee Jae-myung held talks.",
			"Viet Nam invited Korea's President to visit.",
			"The two sides aim at trade of 150 billion USD by 2030.")
		to := d.Person("Tô Lâm", "VN", []string{"President"})
		lee := d.Person("Lee Jae-myung", "KR", []string{"President"})
		d.Country("VN", "Viet Nam")
		d.Country("KR", "Republic of Korea")
		// The same talks reported twice (one event), an invitation, a
		// visit that takes it up, and a restated target.
		d.Held(consolidatetest.E{Type: accord.Talks, Date: fmt.Sprintf("2025-03-%02d", 2+i/2*2), Participants: []string{to, lee}, Countries: []string{"KR", "VN"}, Sentence: 0})
		if i < 3 {
			d.Invite(consolidatetest.E{Type: accord.Visit, Participants: []string{lee}, Countries: []string{"KR", "VN"}, Sentence: 1})
		} else {
			d.Held(consolidatetest.E{Type: accord.Visit, Date: date, Place: "Hanoi", PlaceCountry: "VN", Participants: []string{lee}, Countries: []string{"KR", "VN"}, Sentence: 1})
		}
		d.Target(consolidatetest.T{Metric: "trade", Value: 150e9, Unit: "USD", Deadline: "2030", Holders: []string{"KR", "VN"}, Sentence: 2})
		batches = append(batches, []*accord.ArticleFacts{d.Facts})
	}
	for i, b := range batches {
		if _, err := db.PutArticles(ctx, b); err != nil {
			t.Fatal(err)
		}
		if err := consolidate.Apply(ctx, db, b, nil); err != nil {
			t.Fatal(err)
		}
		check(fmt.Sprintf("after batch %d", i))
	}
	if err := consolidate.Rebuild(ctx, db); err != nil {
		t.Fatal(err)
	}
	check("after a rebuild")
}
