package target

// homeDollarPart reports whether a bare "$" sum b continues a list whose
// first part was read in the giver's own dollar (prev): "Canada will
// provide $27 million to Nigeria, $21 million to Somalia and $34 million
// to Yemen" gives each part in Canadian dollars, as the first (session
// 34, from Canadian aid releases; "NOK" or "C$" lists already read whole).
func (x *extractor) homeDollarPart(prev string, b amount) bool {
	return b.bare && b.unit == "USD" && prev != "USD" && x.l.dollarOf[prev] != ""
}
