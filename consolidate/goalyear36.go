package consolidate

import "github.com/accordhq/accord"

// goalRestateDays is how far apart two reports of one round sum with one
// deadline may be published: a goal "to mobilise €300 billion by 2027" is
// restated in the progress notes and speeches of the years before it falls
// due, not only in the week it was announced.
const goalRestateDays = 400

// sameGoalYear reports whether r and every statement of c give the same
// deadline: the year a goal falls due names it as its sum does. Without a
// deadline on each, a round sum months apart ("$500 million" in 2023 and
// in 2024) is as likely two pledges as one.
func sameGoalYear(c *accord.Target, left []accord.Restatement, r accord.Restatement) bool {
	if r.Deadline == "" {
		return false
	}
	for _, list := range [2][]accord.Restatement{c.History, left} {
		for _, h := range list {
			if h.Deadline != r.Deadline {
				return false
			}
		}
	}
	return true
}
