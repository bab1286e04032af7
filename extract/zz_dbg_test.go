package extract

import "testing"

func TestZZDbg(t *testing.T) {
	x := newX(t)
	a := article("Probe", "2024-07-20", "The agreement was reached during talks between Chilean Foreign Minister Karl Vosto and Norwegian Foreign Minister Mira Delan, who is on an official visit to Chile.")
	x.Extract(a)
}
