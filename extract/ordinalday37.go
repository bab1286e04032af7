package extract

// ordinalOpening returns where a day told by its ordinal alone begins, or
// -1: "on the 27th" (a Korean outlet's style, a ministry's report of a
// trip), and with the part of the day, "on the afternoon of the 21st
// (local time)", "On the morning of the 23rd, at the guesthouse" (Korean
// and Japanese reports in translation), which otherwise left the contact
// the day of the sentence before or of the report.
func ordinalOpening(toks []token, i, from int) int {
	if i-2 < from || toks[i-1].fold != "the" {
		return -1
	}
	if toks[i-2].fold == "on" {
		return i - 1
	}
	if i-4 >= from && toks[i-2].fold == "of" && toks[i-4].fold == "the" {
		switch toks[i-3].fold {
		case "morning", "afternoon", "evening", "night":
			return i - 4
		}
	}
	return -1
}
