package http

import (
	"net/http/httptest"
	"testing"
)

// TestDyadParamsBlocs checks that a relationship's side may be a regional
// bloc's code as well as a country's, and that anything else is refused.
func TestDyadParamsBlocs(t *testing.T) {
	tests := []struct {
		a, b   string
		ok     bool
		wa, wb string
	}{
		{"vn", "kr", true, "VN", "KR"},
		{"ASEAN", "us", true, "ASEAN", "US"},
		{"african-union", "CN", true, "AFRICAN-UNION", "CN"},
		{"EU", "EU", false, "", ""},
		{"U1", "KR", false, "", ""},
		{"-AU", "KR", false, "", ""},
		{"A", "KR", false, "", ""},
		{"ASEAN<script>", "KR", false, "", ""},
		{"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "KR", false, "", ""},
	}
	for _, tc := range tests {
		r := httptest.NewRequest("GET", "/dyads/x/y", nil)
		r.SetPathValue("a", tc.a)
		r.SetPathValue("b", tc.b)
		a, b, err := dyadParams(r)
		if (err == nil) != tc.ok {
			t.Errorf("%s/%s: err %v, want ok %v", tc.a, tc.b, err, tc.ok)
			continue
		}
		if tc.ok && (a != tc.wa || b != tc.wb) {
			t.Errorf("%s/%s: got %s/%s, want %s/%s", tc.a, tc.b, a, b, tc.wa, tc.wb)
		}
	}
}
