package accord

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
)

// RecordReader reads part of the record: the entities under some keys, or
// with some ids. Stores keep the record as rows indexed by the keys of
// EntityKeys, so that a view or a consolidation batch reads what it needs,
// never the whole record.
type RecordReader interface {
	// RecordOf returns the entities q selects, each list in the order
	// Record gives it, with the actors they refer to when q.Actors is set.
	RecordOf(ctx context.Context, q RecordQuery) (*Record, error)
	// KeyCounts lists the keys that start with prefix, with their number of
	// entities and their latest date, most entities first. Counts are kept
	// for the keys lists are made of (Counted).
	KeyCounts(ctx context.Context, q KeyQuery) ([]KeyCount, error)
	// ActorKeys returns the article-local keys of an article's actors
	// (ArticleKey form: "article/key") mapped to the global actor ids.
	ActorKeys(ctx context.Context, articleID string) (map[string]string, error)
}

// RecordQuery selects part of the record.
type RecordQuery struct {
	// Keys selects the entities that have any of these keys (see
	// EntityKeys); All, when set, only those that have every key of All as
	// well. IDs selects entities by id, whatever their kind.
	Keys []string
	All  []string
	IDs  []string
	// Kind, when set, restricts the entities Keys select to one kind.
	Kind string
	// From and To bound the dates of the entities Keys select (engagement
	// dates; a target's latest statement), inclusive, as YYYY-MM-DD or a
	// prefix of it; empty is open.
	From, To string
	// Limit bounds the entities Keys select, latest first; 0 is no bound.
	Limit int
	// Actors adds the actors the selected engagements and targets refer
	// to: participants, and the countries taking part or holding.
	Actors bool
	// Statements, when above 0, bounds each target's lists (Mentions and
	// History) to their first entry and their latest Statements: a target
	// restated in every article of a busy pair has thousands. What is left
	// out is counted in Target.Unlisted.
	Statements int
}

// StatementAppender is a store whose SaveRecord takes a target with bounded
// lists (Target.Unlisted set, as RecordQuery.Statements gives them): the
// first statement of each list and the latest, the Unlisted between them
// being those it stores. It keeps what it stores and appends the
// statements after, which must follow them. A consolidation that keeps
// targets across batches (consolidate.Applier) then keeps only their
// latest statements in memory.
type StatementAppender interface {
	AppendsStatements() bool
}

// TrimStatements bounds t's lists as RecordQuery.Statements does, for
// stores that read them whole.
func TrimStatements(t *Target, n int) {
	if n <= 0 {
		return
	}
	if k := len(t.Mentions) - 1 - n; k > 0 {
		t.Mentions = append(t.Mentions[:1:1], t.Mentions[k+1:]...)
		t.Unlisted.Mentions += k
	}
	if k := len(t.History) - 1 - n; k > 0 {
		t.History = append(t.History[:1:1], t.History[k+1:]...)
		t.Unlisted.History += k
	}
}

// KeyQuery selects keys for KeyCounts.
type KeyQuery struct {
	Prefix string
	Limit  int // 0: no bound
	Offset int
	// ByLast orders by latest date first instead of by count.
	ByLast bool
}

// KeyCount is one key of the record's index with its number of entities
// and the latest date among them.
type KeyCount struct {
	Key   string `json:"key"`
	Count int    `json:"count"`
	Last  string `json:"last,omitempty"`
}

// Key prefixes of EntityKeys. A key is a prefix and a value: "c:VN".
const (
	KeyCountry    = "c:"  // a country taking part, holding a target, or a person's country
	KeyPair       = "b:"  // a held bilateral contact: "b:KR|VN", what makes a relationship
	KeyPairOther  = "bx:" // a pending or mentioned bilateral engagement: "bx:KR|VN"
	KeyPairTarget = "bt:" // a target of two holders: "bt:KR|VN"
	KeyActor      = "a:"  // a participant of an engagement
	KeyBlock      = "m:"  // a country's engagements in a month, "m:VN|2025-03" ("m:-|…" with no country)
	KeyInvite     = "i:"  // an open invitation of a country
	KeyParent     = "v:"  // an engagement held during a visit: "v:<visit id>"
	KeyTarget     = "t:"  // a target's holders and unit: "t:KR,VN|USD"
	KeyName       = "n:"  // a person's folded full name or alias
	KeyWord       = "w:"  // a word of a person's folded names
	KeyActorType  = "at:" // an actor's type
	KeyReport     = "r:"  // an article reporting, referring to or stating it
	// KeyGathering is a country of an engagement of more than two countries,
	// or of a target of more than two holders: "g:VN". The gatherings two
	// countries both attended are the intersection of their two keys, which
	// their many bilateral contacts with others do not lengthen.
	KeyGathering = "g:"
)

// Counted reports whether a store keeps the count of a key for KeyCounts:
// the keys lists are made of, pairs, countries and actors.
func Counted(key string) bool {
	return strings.HasPrefix(key, KeyPair) || strings.HasPrefix(key, KeyCountry) || strings.HasPrefix(key, KeyActor)
}

// PairKey returns the KeyPair key of two countries, in either order.
func PairKey(a, b string) string { return pairKey(KeyPair, a, b) }

// PairKeys returns every key of a pair's entities: its held contacts, its
// pending and mentioned engagements, its targets.
func PairKeys(a, b string) []string {
	return []string{pairKey(KeyPair, a, b), pairKey(KeyPairOther, a, b), pairKey(KeyPairTarget, a, b)}
}

func pairKey(prefix, a, b string) string {
	if b < a {
		a, b = b, a
	}
	return prefix + a + "|" + b
}

// BlockKey returns the KeyBlock key of a country (or "" for none) and a
// date's month.
func BlockKey(country, date string) string {
	if country == "" {
		country = "-"
	}
	if len(date) > 7 {
		date = date[:7]
	}
	return KeyBlock + country + "|" + date
}

// TargetBlockKey returns the KeyTarget key of holders and a unit: the
// statements that may be one target share it.
func TargetBlockKey(holders []string, unit string) string {
	hs := make([]string, len(holders))
	for i, h := range holders {
		hs[i] = strings.ToUpper(h)
	}
	slices.Sort(hs)
	hs = slices.Compact(hs)
	return KeyTarget + strings.Join(hs, ",") + "|" + strings.ToUpper(unit)
}

// EntityKeys returns the keys a store indexes an entity under (an *Actor,
// *Engagement or *Target) and the date it is indexed with. The keys are the
// questions views and consolidation ask: a pair's contacts, an actor's
// engagements, a country's month (where a new report finds the event it
// reports), a target's holders.
func EntityKeys(v any) (keys []string, date string) {
	if c := curationOf(v); c != nil {
		return curatedKeys(v, c)
	}
	// A busy pair's target has a report key for each of thousands of
	// mentions: past a few keys a set finds repeats, not a scan of all
	// keys so far for each (which made this quadratic in the mentions).
	var seen map[string]bool
	add := func(k string) {
		if seen == nil {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
				if len(keys) == 32 {
					seen = make(map[string]bool, 64)
					for _, k := range keys {
						seen[k] = true
					}
				}
			}
			return
		}
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	switch x := v.(type) {
	case *Engagement:
		cs := slices.Clone(x.Countries)
		slices.Sort(cs)
		cs = slices.Compact(cs)
		for _, c := range cs {
			add(KeyCountry + c)
		}
		if len(cs) > 2 {
			for _, c := range cs {
				add(KeyGathering + c)
			}
		}
		if len(cs) == 2 {
			if x.Status == StatusPending || x.Status == StatusMentioned {
				add(pairKey(KeyPairOther, cs[0], cs[1]))
			} else {
				add(PairKey(cs[0], cs[1]))
			}
		}
		for _, p := range x.Participants {
			add(KeyActor + p)
		}
		if x.Parent != "" {
			add(KeyParent + x.Parent)
		}
		for _, evs := range [][]Evidence{x.Reports, x.Refs} {
			for _, ev := range evs {
				add(KeyReport + ev.Article)
			}
		}
		if x.Status == StatusPending {
			if x.ClosedBy == "" {
				for _, c := range cs {
					add(KeyInvite + c)
				}
				if len(cs) == 0 {
					add(KeyInvite + "-")
				}
			}
		} else if len(x.Date) >= 7 {
			for _, c := range cs {
				add(BlockKey(c, x.Date))
			}
			if len(cs) == 0 {
				add(BlockKey("", x.Date))
			}
		}
		return keys, x.Date
	case *Target:
		hs := slices.Clone(x.Holders)
		slices.Sort(hs)
		hs = slices.Compact(hs)
		for _, h := range hs {
			add(KeyCountry + h)
		}
		if len(hs) > 2 {
			for _, h := range hs {
				add(KeyGathering + h)
			}
		}
		if len(hs) == 2 {
			add(pairKey(KeyPairTarget, hs[0], hs[1]))
		}
		add(TargetBlockKey(x.Holders, x.Unit))
		last := ""
		for _, m := range x.Mentions {
			last = max(last, m.Published)
			add(KeyReport + m.Article)
		}
		return keys, last
	case *Actor:
		if x.Country != "" {
			add(KeyCountry + x.Country)
		}
		add(KeyActorType + string(x.Type))
		if x.Type == Person {
			for _, n := range append([]string{x.Name}, x.Aliases...) {
				f := Fold(n)
				if f == "" {
					continue
				}
				add(KeyName + f)
				for _, w := range strings.Fields(f) {
					if len(w) > 1 {
						add(KeyWord + w)
					}
				}
			}
		}
		return keys, ""
	}
	return nil, ""
}

// DecodeEntity decodes the JSON of one stored entity of a kind into an
// *Actor, *Engagement or *Target: the form stores keep entities in.
func DecodeEntity(kind string, data []byte) (any, error) {
	var v any
	switch kind {
	case KindActor:
		v = new(Actor)
	case KindEngagement:
		v = new(Engagement)
	case KindTarget:
		v = new(Target)
	default:
		return nil, Errorf(EINVALID, "unknown entity kind %q", kind)
	}
	return v, json.Unmarshal(data, v)
}

// consolidationKeys are the key prefixes consolidation finds entities by
// (a country's month, a target's holders, an article's facts, a person's
// names).
var consolidationKeys = []string{KeyBlock, KeyTarget, KeyReport, KeyName, KeyWord}

// curatedKeys are the keys of a corrected entity: those of the corrected
// entity, but none for views when it is hidden or merged away, and the
// keys consolidation finds the original by, so that a later report of a
// re-dated engagement still merges into it. An actor a split made has no
// name keys: consolidation never reads it.
func curatedKeys(v any, c *Curation) (keys []string, date string) {
	plain := func(v any) ([]string, string) {
		switch x := v.(type) {
		case *Actor:
			y := *x
			y.Curation = nil
			return EntityKeys(&y)
		case *Engagement:
			y := *x
			y.Curation = nil
			return EntityKeys(&y)
		case *Target:
			y := *x
			y.Curation = nil
			return EntityKeys(&y)
		}
		return nil, ""
	}
	ks, date := plain(v)
	consolidation := func(k string) bool {
		for _, p := range consolidationKeys {
			if strings.HasPrefix(k, p) {
				return true
			}
		}
		return false
	}
	for _, k := range ks {
		switch {
		case c.SplitFrom != "" && (strings.HasPrefix(k, KeyName) || strings.HasPrefix(k, KeyWord)):
		case (c.Hidden || c.MergedInto != "") && !consolidation(k):
			if strings.HasPrefix(k, KeyActor) {
				keys = append(keys, KeyActorHidden+strings.TrimPrefix(k, KeyActor))
			}
		default:
			keys = append(keys, k)
		}
	}
	if len(c.Original) > 0 {
		orig, err := DecodeEntity(kindOf(v), c.Original)
		if err == nil {
			oks, _ := plain(orig)
			for _, k := range oks {
				if consolidation(k) && !slices.Contains(keys, k) {
					keys = append(keys, k)
				}
			}
		}
	}
	return keys, date
}

func kindOf(v any) string {
	switch v.(type) {
	case *Actor:
		return KindActor
	case *Engagement:
		return KindEngagement
	case *Target:
		return KindTarget
	}
	return ""
}
