package extract

// thisPastBefore reports whether "this past" stands right before toks[i]
// ("this past June", "this past weekend"): American and Taiwanese English
// for the last such month or weekend before the report, which a recalled
// contact carries ("their meetings in Ottawa and at the G7 Summit this
// past June", "during my transit stop in New York this past July").
func thisPastBefore(toks []token, i, from int) bool {
	return i-2 >= from && toks[i-1].fold == "past" && toks[i-2].fold == "this"
}
