// Package consolidate merges the facts of many articles into one record:
// one engagement per real event, one target with its history across every
// restatement, one actor per person, country, organisation or place.
//
// Build and Update are pure functions over plain values; Apply and Rebuild run
// them against an accord.Store.
//
// # Actors
//
// Countries are identified by their ISO code (id = code). A person is
// identified by the folded full name (Fold: no diacritics, no case, hyphens as
// spaces, so Lee Jae-myung ≡ Lee Jae Myung; given names before the last word
// in one romanisation, office.NameKey, so Mohamed ≡ Mohammed) and the country
// they act for: id = HashID("p", country, name key). A one-word name (Lee) is a short
// form: extraction resolves it within its article, and across articles it
// never merges (its id also names the article). Organisations and places merge
// by folded name. The canonical name is chosen among the forms seen by a rule
// that ignores order (most diacritics, fewest hyphens, then alphabetical), the
// other forms become aliases. Offices are the roles seen with the first and
// last publication dates. Keys holds the article-local keys merged in
// (ArticleKey), so that each article's actors map to global ids.
//
// # Engagements
//
// An engagement of more than two countries is multilateral: one engagement
// with all its parties, never a set of pairwise contacts; a contact of
// accord.GatheringSize countries or more (a meeting, talks, a call, a press
// conference; not a reception of many guests) is a summit, however a report
// words it. A relationship's contacts are its bilateral engagements (see
// package view).
//
// Two reports are one event when
//   - their types are compatible: talks ≡ meeting, a video call ≡ a call
//     (the more specific kept); any other type only matches itself (a call
//     is never a meeting, a press conference is not a visit, a courtesy
//     call received is not the talks of the same visitors), except across
//     two articles: a reception and a meeting of the same persons, each
//     side named by both, are one reception (the host received, the
//     visitor's side "met"), and a summit and a meeting or talks of the
//     same two countries and principals are one summit (one side's
//     "summit meeting");
//   - their dates agree: the same day; a month-only date (YYYY-MM) matches
//     any day of its month; two visits given by day match when they overlap
//     or start within a week of each other, since a visit spans days;
//   - their scopes agree: a report of two countries is never one of a
//     gathering of more (a meeting on the margins of a summit is its own
//     event);
//   - their principals agree: compatible countries (the same, one a part of
//     the other, or none named by one report) and the same persons: every
//     person named by the report naming fewer (two, when it names more)
//     matches a person of the other, either the same actor or a one-word
//     form that is a word of the other's full name with no conflicting
//     country (Macron in "remarks before the meeting" ≡ Emmanuel Macron in
//     the readout; the actors themselves stay apart). Between the countries
//     of a contact, both sides' readouts name people in their own forms:
//     without honorifics, suffixes and initials, the same family name, the
//     family name first ("KISHIDA Fumio" ≡ "Fumio Kishida"), a patronymic
//     name shortened (the shorter begins the longer), a family name
//     transliterated with the same given name (one edit apart, two from
//     seven letters: "Zelensky" ≡ "Zelenskyy"; two neighbouring letters
//     swapped count as one: "Thoung" ≡ "Thuong"), or one word of the other's
//     name; the merged engagement keeps the first form. The countries
//     compared are each report's and its participants' as the record knows
//     them: each side's readout knows its own people's country, often not
//     the other's. Within
//     one country name forms prove nothing. Visits to one host merge on a
//     visitor in common, whoever received him. With no persons, the same
//     countries.
//
// A date no report's text gives (each report's Evidence.DateBasis is
// "published": its article's publication date) is weak: a text date of the
// same event outweighs it. A
// visit so dated joins the visit of the same principals its text dates, up
// to 31 days before (a fact sheet published after the visit); a contact so
// dated, reported after a visit of its principals, took place during the
// visit and takes its day, or its month when it spans days. A call or
// meeting dated by publication merges only with a report of the same day,
// since readouts are published when the contact is held, except in a
// visit's summary: a report whose sentence places it within the visit as
// a whole ("During his stay, he held talks with ...", data/visit_span.txt),
// from an article that reports the visit, is the one contact of its kind
// and principals another article dates on an earlier day of that visit;
// so is a report 2 to 7 days after that contact whose sentence looks back
// on the visit its article reports, not as ended, naming it and no day
// ("welcomed the Prime Minister to the capital for his first official
// visit", a joint statement), when the visit holds the contact. Each
// side's release of a call, neither dating it, a day apart, is one call
// of the earlier day (Evidence.Home of the two sides).
// A visit dated by the month of its publication ("has concluded a visit",
// published on the first of the next month) is of that day: it joins the
// visit of the same principals and place a text dates by the month before
// when published within a week of that month's end. Two capitals'
// clocks may date one contact a day apart: the other side's reports a day
// later, each from the publisher of the side whose capital is east of the
// first's (Evidence.Home, data/zones.txt) and dated by its release's day
// ("this morning", data/relative_days.txt), join it, and it keeps the
// earlier day.
//
// The merged engagement keeps one report per article, the most precise date
// (a day over a month, the earliest day), the most complete place, the union
// of participants, countries and areas, and the highest level. A visit is
// the Parent of the other engagements of the same principals held during it.
//
// A reference to a past event (ArticleFacts.References) is attached to the
// held engagement it names (compatible type, same day or month, a shared
// participant or the same countries) as Refs; when no held engagement
// matches, it is kept in Record.Pending with Status mentioned until one is
// reported, and never becomes a held engagement itself. The extractor files
// a reference's sentence under Refs; globalize takes it only behind
// ACCORD_RECALL=1 (the store's readers would list a kept mention as held),
// which also makes the export list kept mentions as held (view/recalled.go):
// measured, the references' golds annotate few recalled contacts
// (eval/read/recall35).
//
// Invitations (Status pending) are merged when repeated and closed
// (ClosedBy) by a later held visit of the invitee to the inviting country.
//
// # Targets
//
// Statements of a target are one Target when they have the same holders, the
// same unit, a compatible metric (the first significant word of one folded
// metric is a significant word of the other: bilateral trade ≡ trade
// turnover between the two countries ≡ balanced trade, but GDP growth ≢
// export growth; the generic words are in data/metric_generic.txt) and either the
// same deadline and period or the same value. A new value, deadline or
// qualifier is thus a Restatement with Changes in History, not a new target.
// The target shows its latest statement; Mentions keeps one per sentence.
//
// # Ids
//
// Ids derive from content, never from ingest order: an engagement from the
// type, date, countries and sorted participants of its first report, a target
// from its holders, unit, metric and first statement, "first" in (published,
// article id) order. Build thus gives the same ids whatever the order of its
// input, and Update gives the same record as Build when articles arrive in
// date order. A merge never changes an existing id: when an older article is
// added later (a backfill), the ids of the stored record stay, and only then
// may they differ from those of a Build over everything.
package consolidate
