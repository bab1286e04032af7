package consolidate_test

import (
	"testing"

	accord "github.com/accordhq/accord"
)

// TestLateContact: a joint statement or round-up published days after a
// visit's meeting, whose sentence looks back on the visit and gives no
// date, reports the meeting another article dates within that visit.
// Invented names and countries.
func TestLateContact(t *testing.T) {
	smith, lopez, costa := party{"Joe Smith", "AA"}, party{"Ana Lopez", "BB"}, party{"Ines Costa", "BB"}
	meeting, talks, visit, call := accord.Meeting, accord.Talks, accord.Visit, accord.PhoneCall
	const welcome = "The Prime Minister of Bravia welcomed the Prime Minister of Arland to the capital for his first official visit."
	const noVisit = "The leaders reaffirmed their close partnership."
	readout := report{published: "2026-05-04", typ: meeting, date: "2026-05-04", place: "BB", persons: []party{smith, lopez}}
	statement := func(pub string, typ accord.EngagementType, quote string) []report {
		return []report{
			{published: pub, typ: visit, date: "2026-05", place: "BB", persons: []party{lopez, smith}, quote: quote},
			{published: pub, typ: typ, date: pub, place: "BB", persons: []party{lopez, smith}, weak: true},
		}
	}
	with := func(rs []report, base int) []report {
		out := append([]report(nil), rs...)
		out[1].with = base + 1
		return out
	}
	tests := []struct {
		name    string
		reports []report
		want    []string
	}{
		{"a joint statement three days later joins the meeting",
			append([]report{readout}, with(statement("2026-05-07", meeting, welcome), 1)...),
			[]string{"meeting 2026-05-04 AA,BB", "visit 2026-05 AA,BB"}},
		{"the statement first: the readout finds it",
			append(with(statement("2026-05-07", meeting, welcome), 0), readout),
			[]string{"meeting 2026-05-04 AA,BB", "visit 2026-05 AA,BB"}},
		{"talks in the statement are the meeting the readout dates",
			append([]report{readout}, with(statement("2026-05-06", talks, welcome), 1)...),
			[]string{"talks 2026-05-04 AA,BB", "visit 2026-05 AA,BB"}},
		{"a sentence that names no visit is a contact of its own day",
			append([]report{readout}, with(statement("2026-05-07", meeting, noVisit), 1)...),
			[]string{"meeting 2026-05-04 AA,BB", "meeting 2026-05-07 AA,BB", "visit 2026-05 AA,BB"}},
		{"a sentence that dates its contact by the release's day is of a day near it",
			append([]report{readout}, with(statement("2026-05-07", meeting, "The Prime Minister hosted the visitor yesterday for his first official visit."), 1)...),
			[]string{"meeting 2026-05-04 AA,BB", "meeting 2026-05-07 AA,BB", "visit 2026-05 AA,BB"}},
		{"a week and more later is another contact",
			append([]report{readout}, with(statement("2026-05-13", meeting, welcome), 1)...),
			[]string{"meeting 2026-05-04 AA,BB", "meeting 2026-05-13 AA,BB", "visit 2026-05 AA,BB"}},
		{"two dated meetings of the visit: the statement does not say which",
			append([]report{readout,
				{published: "2026-05-05", typ: meeting, date: "2026-05-05", place: "BB", persons: []party{smith, lopez}}},
				with(statement("2026-05-07", meeting, welcome), 2)...),
			[]string{"meeting 2026-05-04 AA,BB", "meeting 2026-05-05 AA,BB", "meeting 2026-05-07 AA,BB", "visit 2026-05 AA,BB"}},
		{"another host's meeting is not the statement's",
			append([]report{{published: "2026-05-04", typ: meeting, date: "2026-05-04", place: "BB", persons: []party{smith, costa}}},
				with(statement("2026-05-07", meeting, welcome), 1)...),
			[]string{"meeting 2026-05-04 AA,BB", "meeting 2026-05-07 AA,BB", "visit 2026-05 AA,BB"}},
		{"an article reporting no visit does not look back on one",
			[]report{readout, {published: "2026-05-07", typ: meeting, date: "2026-05-07", place: "BB", persons: []party{lopez, smith}, weak: true, quote: welcome}},
			[]string{"meeting 2026-05-04 AA,BB", "meeting 2026-05-07 AA,BB"}},
		{"two text dates are two meetings",
			append([]report{readout}, func() []report {
				rs := with(statement("2026-05-07", meeting, welcome), 1)
				rs[1].weak = false
				return rs
			}()...),
			[]string{"meeting 2026-05-04 AA,BB", "meeting 2026-05-07 AA,BB", "visit 2026-05 AA,BB"}},
		{"calls are not held during a visit",
			append([]report{{published: "2026-05-04", typ: call, date: "2026-05-04", persons: []party{smith, lopez}}},
				with(statement("2026-05-07", call, welcome), 1)...),
			[]string{"phone_call 2026-05-04 AA,BB", "phone_call 2026-05-07 AA,BB", "visit 2026-05 AA,BB"}},
	}
	runEvents(t, tests)
}

// TestSidesCall: each side's release of one call, neither dating it, a day
// apart, is one call of the earlier day; a dated release, two releases of
// one side, or a third country's report stay apart. Invented names.
func TestSidesCall(t *testing.T) {
	smith, lopez := party{"Joe Smith", "AA"}, party{"Ana Lopez", "BB"}
	call := accord.PhoneCall
	tests := []struct {
		name    string
		reports []report
		want    []string
	}{
		{"the other side's release the next morning",
			[]report{
				{published: "2020-06-23", typ: call, date: "2020-06-23", persons: []party{smith, lopez}, weak: true, home: "BB"},
				{published: "2020-06-24", typ: call, date: "2020-06-24", persons: []party{lopez, smith}, weak: true, home: "AA"},
			},
			[]string{"phone_call 2020-06-23 AA,BB"}},
		{"the later release first",
			[]report{
				{published: "2020-06-24", typ: call, date: "2020-06-24", persons: []party{lopez, smith}, weak: true, home: "AA"},
				{published: "2020-06-23", typ: call, date: "2020-06-23", persons: []party{smith, lopez}, weak: true, home: "BB"},
			},
			[]string{"phone_call 2020-06-23 AA,BB"}},
		{"a release that dates its call keeps its day",
			[]report{
				{published: "2020-06-23", typ: call, date: "2020-06-23", persons: []party{smith, lopez}, home: "BB"},
				{published: "2020-06-24", typ: call, date: "2020-06-24", persons: []party{lopez, smith}, weak: true, home: "AA"},
			},
			[]string{"phone_call 2020-06-23 AA,BB", "phone_call 2020-06-24 AA,BB"}},
		{"two releases of one side are two calls",
			[]report{
				{published: "2020-06-23", typ: call, date: "2020-06-23", persons: []party{smith, lopez}, weak: true, home: "BB"},
				{published: "2020-06-24", typ: call, date: "2020-06-24", persons: []party{lopez, smith}, weak: true, home: "BB"},
			},
			[]string{"phone_call 2020-06-23 AA,BB", "phone_call 2020-06-24 AA,BB"}},
		{"a third country's agency is neither side",
			[]report{
				{published: "2020-06-23", typ: call, date: "2020-06-23", persons: []party{smith, lopez}, weak: true, home: "BB"},
				{published: "2020-06-24", typ: call, date: "2020-06-24", persons: []party{lopez, smith}, weak: true, home: "CC"},
			},
			[]string{"phone_call 2020-06-23 AA,BB", "phone_call 2020-06-24 AA,BB"}},
		{"two days apart are two calls",
			[]report{
				{published: "2020-06-23", typ: call, date: "2020-06-23", persons: []party{smith, lopez}, weak: true, home: "BB"},
				{published: "2020-06-25", typ: call, date: "2020-06-25", persons: []party{lopez, smith}, weak: true, home: "AA"},
			},
			[]string{"phone_call 2020-06-23 AA,BB", "phone_call 2020-06-25 AA,BB"}},
	}
	runEvents(t, tests)
}

// TestSwappedLetters: both sides' reports of one contact, one writing a
// name with two neighbouring letters swapped (a typing slip), name one
// person; a short name, or two slips, stay two. Invented names.
func TestSwappedLetters(t *testing.T) {
	ray := party{"Tom Ray", "FF"}
	meeting := accord.Meeting
	pair := func(a, b string) []report {
		return []report{
			{published: "2024-01-31", typ: meeting, date: "2024-01-31", persons: []party{{a, "HH"}, ray}},
			{published: "2024-01-31", typ: meeting, date: "2024-01-31", persons: []party{ray, {b, "HH"}}},
		}
	}
	tests := []struct {
		name    string
		reports []report
		want    []string
	}{
		{"a given name with two letters swapped is one person",
			pair("Lai Van Duong", "Lai Van Doung"),
			[]string{"meeting 2024-01-31 FF,HH"}},
		{"a family name with two letters swapped is one person",
			pair("Hana Voigel", "Hana Vogiel"),
			[]string{"meeting 2024-01-31 FF,HH"}},
		{"a short name's swapped letters are another name",
			pair("Lai Van Ngo", "Lai Van Nog"),
			[]string{"meeting 2024-01-31 FF,HH", "meeting 2024-01-31 FF,HH"}},
		{"two swaps are another name",
			pair("Lai Van Duong", "Lai Van Uodgn"),
			[]string{"meeting 2024-01-31 FF,HH", "meeting 2024-01-31 FF,HH"}},
	}
	runEvents(t, tests)
}
