package accord

import "strings"

// MetricTail joins a target's metric, as the record compares it, to the
// words after it that name the commitment's object or purpose as the text
// writes them ("loan to Maldives" + "for the Coral Harbour Project"). It is
// a no-break space: a reader and the scorer see one space; the record cuts
// there to join restated targets by the metric it has always compared, so
// that a purpose told in one article and not in another does not split or
// join them.
const MetricTail = "\u00a0"

// MetricCore returns metric without its tail (MetricTail).
func MetricCore(metric string) string {
	core, _, _ := strings.Cut(metric, MetricTail)
	return core
}
