package office

import "testing"

// The supplement's terms of 2022-2025 for states the main table left at an
// open 2019-2022 term (session 34): on a day well inside a later term, the
// office has that term's holder alone, by the office's own name or a title
// of its group ("Foreign Minister"), and the holder the table had kept open
// no longer answers. Real holders: the test is of the data.
func TestSupplement34Holders(t *testing.T) {
	cases := []struct {
		country, office, day, want string
	}{
		{"KZ", "Foreign Minister", "2024-06-01", "Murat Nurtleu"},
		{"UZ", "Minister of Foreign Affairs", "2023-06-01", "Bakhtiyor Saidov"},
		{"MM", "Foreign Minister", "2024-06-01", "Than Swe"},
		{"IQ", "President", "2023-06-01", "Abdul Latif Rashid"},
		{"JO", "Prime Minister", "2025-02-01", "Jafar Hassan"},
		{"KW", "Prime Minister", "2024-03-01", "Mohammad Sabah Al-Salem Al-Sabah"},
		{"KW", "Minister of Foreign Affairs", "2024-06-01", "Abdullah Ali Al-Yahya"},
		{"LK", "Foreign Minister", "2025-03-01", "Vijitha Herath"},
		{"NP", "Foreign Minister", "2023-10-01", "Narayan Prakash Saud"},
		{"NP", "Prime Minister", "2025-10-01", "Sushila Karki"},
		{"GR", "Prime Minister", "2023-06-10", "Ioannis Sarmas"},
		{"GR", "Minister of Foreign Affairs", "2024-06-01", "Giorgos Gerapetritis"},
		{"NO", "Foreign Minister", "2024-06-01", "Espen Barth Eide"},
		{"SE", "Foreign Minister", "2022-06-01", "Ann Linde"},
		{"RO", "Foreign Minister", "2024-06-01", "Luminița Odobescu"},
		{"TW", "Foreign Minister", "2024-10-01", "Lin Chia-lung"},
		{"KE", "Foreign Minister", "2024-06-01", "Musalia Mudavadi"},
		{"SN", "Prime Minister", "2023-06-01", "Amadou Ba"},
		{"AR", "Foreign Minister", "2025-06-01", "Gerardo Werthein"},
		{"VU", "Prime Minister", "2022-12-01", "Ishmael Kalsakau"},
		{"VU", "Prime Minister", "2023-09-20", "Sato Kilman"},
		{"VU", "Prime Minister", "2024-06-01", "Charlot Salwai"},
		{"SZ", "Prime Minister", "2024-06-01", "Russell Dlamini"},
		{"PE", "President", "2025-11-01", "José Jerí"},
		{"PE", "Foreign Minister", "2025-01-15", "Elmer Schialer"},
		{"SN", "Foreign Minister", "2024-06-01", "Yassine Fall"},
		{"MN", "Prime Minister", "2025-08-01", "Gombojavyn Zandanshatar"},
		{"GE", "Prime Minister", "2024-06-01", "Irakli Kobakhidze"},
		{"BT", "Prime Minister", "2024-06-01", "Tshering Tobgay"},
		{"RO", "Prime Minister", "2025-08-01", "Ilie Bolojan"},
		// The interim government's adviser who heads the foreign
		// ministry answers the foreign minister's titles.
		{"BD", "Foreign Minister", "2025-03-01", "Touhid Hossain"},
	}
	for _, c := range cases {
		hs := Holders(c.country, c.office, day(c.day))
		if len(hs) != 1 || hs[0].Name != c.want || !hs[0].Certain(day(c.day)) {
			t.Errorf("%s %s on %s: %v, want %s alone and certain", c.country, c.office, c.day, hs, c.want)
		}
	}
}

// A term the table mislabelled as the foreign minister's (a minister of
// another portfolio) or held by a rival government's appointee is gone
// where the supplement dates the office.
func TestSupplement34Dropped(t *testing.T) {
	for _, c := range []struct{ name, day string }{
		{"Jamshid Khodjayev", "2023-06-01"},
		{"Sardor Umurzakov", "2021-06-01"},
		{"Zin Mar Aung", "2023-06-01"},
	} {
		for _, h := range Find(c.name, day(c.day)) {
			if h.Class == "ForeignMinister" {
				t.Errorf("Find(%q, %s): %v, want no foreign minister", c.name, c.day, h)
			}
		}
	}
}
