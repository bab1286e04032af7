package sqlite

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/accordhq/accord"
)

// TestUnmarshalAsEncodingJSON: the record's rows decode as encoding/json
// decodes them, whatever the row holds: every field, names in another
// case, unknown and repeated names, nulls, escapes, invalid UTF-8, numbers
// written every way; and a row it refuses is refused.
func TestUnmarshalAsEncodingJSON(t *testing.T) {
	for _, tc := range []struct {
		name string
		kind string
		data string
	}{
		{"engagement, every field", accord.KindEngagement, `{"id":"e_1","type":"visit","date":"2031-04-02","end_date":"2031-04-05",
			"place":{"name":"Velmora","country":"QZ"},"reported_place":{"name":"Ostrand","country":"XQ"},
			"participants":["p_1","p_2"],"countries":["QZ","XQ","ZV"],"level":"head_of_state","status":"held","parent":"e_0",
			"areas":["trade","energy"],"reports":[{"article":"a1","quote":"They met.","start":3,"end":12,"published":"2031-04-03","date_basis":"text"}],
			"refs":[{"article":"a2","quote":"","start":0,"end":0}],"closed_by":"e_9"}`},
		{"names in another case", accord.KindEngagement, `{"ID":"e_2","Type":"meeting","DATE":"2031-05","Countries":["QZ","XQ"]}`},
		{"unknown and repeated names", accord.KindEngagement, `{"id":"e_3","x":{"y":[1,2,{"z":null}]},"date":"2031","date":"2032"}`},
		{"nulls", accord.KindEngagement, `{"id":"e_4","participants":null,"countries":null,"place":null,"reported_place":null,"reports":null,"level":null}`},
		{"escapes and invalid UTF-8", accord.KindEngagement, "{\"id\":\"e_5\",\"reports\":[{\"quote\":\"\\u201cKaro\\u0161\\u201d \\ud83d\\ude00 \\\"q\\\" \xff\xfe tail\"}]}"},
		{"lone surrogate", accord.KindEngagement, `{"id":"e_6","reports":[{"quote":"\ud800 x"}]}`},
		{"target numbers", accord.KindTarget, `{"id":"t_1","metric":"bilateral trade","value":1.5e10,"unit":"USD","comparator":"eq","deadline":"2035",
			"holders":["QZ","XQ"],"history":[{"article":"a3","value":15000000000,"changes":["value"]},{"article":"a4","value":-0.25e-3}]}`},
		{"actor", accord.KindActor, `{"id":"p_1","type":"person","name":"Ilse Varnholt","aliases":["I. Varnholt"],"country":"QZ",
			"roles":["Minister of Foreign Affairs"],"offices":[{"role":"Minister of Foreign Affairs","country":"QZ","first_seen":"2030-01-01","last_seen":"2031-02-03"}],"curation":{}}`},
		{"a statement's mention", "evidence", `{"article":"a6","quote":"trade of $4 billion","start":10,"end":31,"published":"2031-06-01"}`},
		{"a statement", "restatement", `{"article":"a7","quote":"$4 billion","published":"2031-06-02","holders":["QZ"],"value":4e9,"unit":"USD","comparator":"eq","deadline":"2034","qualifier":"at least","changes":["deadline","qualifier"]}`},
		{"a number where a string goes", accord.KindEngagement, `{"id":7}`},
		{"truncated", accord.KindEngagement, `{"id":"e_8","countries":["QZ"`},
		{"trailing data", accord.KindEngagement, `{"id":"e_9"} {}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want, got := newEntity(tc.kind), newEntity(tc.kind)
			werr := json.Unmarshal([]byte(tc.data), want)
			gerr := unmarshal([]byte(tc.data), got)
			if (werr == nil) != (gerr == nil) {
				t.Fatalf("encoding/json: %v; unmarshal: %v", werr, gerr)
			}
			if werr == nil && !reflect.DeepEqual(got, want) {
				t.Errorf("unmarshal gave\n%+v\nencoding/json\n%+v", got, want)
			}
		})
	}
}

func newEntity(kind string) any {
	switch kind {
	case accord.KindActor:
		return new(accord.Actor)
	case accord.KindTarget:
		return new(accord.Target)
	case "evidence":
		return new(accord.Evidence)
	case "restatement":
		return new(accord.Restatement)
	}
	return new(accord.Engagement)
}
