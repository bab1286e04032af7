package extract

import (
	"strings"

	"github.com/accordhq/accord/extract/knowledge"
)

// tldHome is the country a host's country code domain names (.nz → NZ,
// .uk → GB), or "". A domain sold to anyone (.co, .io: generic_tlds in
// outlets.json) counts only under a government label (gov.co): a mirror of
// Australian releases at name.co is no Colombian page, and its bare "$" is
// no peso.
func (x *outletIndex) tldHome(host string) string {
	labels := strings.Split(host, ".")
	n := len(labels)
	if n < 2 || len(labels[n-1]) != 2 {
		return ""
	}
	last := labels[n-1]
	if x.generic[last] && !x.govLabels[labels[n-2]] {
		return ""
	}
	cc := strings.ToUpper(last)
	if c, ok := x.tld[last]; ok {
		cc = c
	}
	if _, ok := knowledge.CountryByCode(cc); !ok {
		return ""
	}
	return cc
}
