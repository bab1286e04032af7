package extract

import (
	"testing"
	"time"

	"github.com/accordhq/accord/extract/sentence"
)

// TestVocativeAddressBlock checks that a banquet toast's bare address
// lines, with no opener ("Your Excellency, President A and Mrs A,\nDeputy
// President B,\nDistinguished guests,"), are an address block, so the
// deputy it greets is no host of the guest's visit (visitHost); a
// sentence that goes on past the greeting is not. Names invented.
func TestVocativeAddressBlock(t *testing.T) {
	x := newX(t)
	tests := []struct {
		text string
		want bool
	}{
		{"Your Excellency, President Karl Obst and Mrs Lena Obst,\nDeputy President of the Republic, Hon Tito Banda and Ms Banda,\nDistinguished guests,", true},
		{"Excellency, Prime Minister Karl Obst,\nMembers of the Cabinet,\nDistinguished guests,\n", true},
		{"Your Excellency, I thank you and Hon Tito Banda for coming.", false},
		{"Excellencies and friends, welcome to Hon Tito Banda's dinner", false},
		{"The excellency of Hon Tito Banda's cooking,", false},
		{"Deputy President Tito Banda,", false},
	}
	for _, tt := range tests {
		d := x.lx.newDoc(tt.text, []sentence.Span{{Start: 0, End: len(tt.text)}}, time.Time{})
		if got := d.addressBlock(0); got != tt.want {
			t.Errorf("addressBlock(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
