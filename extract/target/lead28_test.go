package target

import (
	"testing"

	"github.com/accordhq/accord"
)

// TestSharedCurrencyNames checks that a currency name or sign several
// countries share ("Rs", "rupees", "riyals", "shillings", "dinars") is read
// as the outlet's own country's currency, as a bare "$" is, and as the
// common one elsewhere; that a code or a country's adjective names its own
// currency in any outlet; and that a name no one country owns is no sum
// outside the countries that write it. Names and figures invented.
func TestSharedCurrencyNames(t *testing.T) {
	grant := func(v float64, unit string) []accord.Target {
		return []accord.Target{{Metric: "grant", Value: v, Unit: unit, Comparator: "eq", Holders: []string{"JP"}}}
	}
	runSourcedTargets(t, []sourcedTarget{
		{"rupees in a Sri Lankan release", "LK", true, []string{"JP", "LK"},
			"Japan will provide a grant of 150 million rupees to Sri Lanka.", grant(150e6, "LKR")},
		{"Rs in a Nepali release", "NP", true, []string{"JP", "NP"},
			"Japan will provide a grant of Rs 150 million to Nepal.", grant(150e6, "NPR")},
		{"rupees in an Indian release", "IN", true, []string{"JP", "IN"},
			"Japan will provide a grant of 150 million rupees to India.", grant(150e6, "INR")},
		{"a code in any outlet", "IN", true, []string{"JP", "LK"},
			"Japan will provide a grant of LKR 150 million to Sri Lanka.", grant(150e6, "LKR")},
		{"an adjective in any outlet", "", false, []string{"JP", "PK"},
			"Japan will provide a grant of 150 million Pakistani rupees to Pakistan.", grant(150e6, "PKR")},
		{"riyals in a Qatari release", "QA", true, []string{"JP", "QA"},
			"Japan will provide a grant of 150 million riyals to Qatar.", grant(150e6, "QAR")},
		{"riyals in a Saudi release", "SA", true, []string{"JP", "SA"},
			"Japan will provide a grant of 150 million riyals to Saudi Arabia.", grant(150e6, "SAR")},
		{"shillings in a Kenyan release", "KE", true, []string{"JP", "KE"},
			"Japan will provide a grant of 150 million shillings to Kenya.", grant(150e6, "KES")},
		{"dinars in a Kuwaiti release", "KW", true, []string{"JP", "KW"},
			"Japan will provide a grant of 150 million dinars to Kuwait.", grant(150e6, "KWD")},
		{"shillings read nowhere else", "US", true, []string{"JP", "US"},
			"Japan will provide a grant of 150 million shillings to the region.", nil},
	})
}
