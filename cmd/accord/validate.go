package main

import (
	"slices"
	"strings"
	"time"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/view"
)

// The reading commands check their flags as the API checks its parameters:
// a date that is no date, an unknown country or type, a pair of one country
// is a usage error (exit 2) with the reason, never an empty answer.

// checkDate accepts "", YYYY, YYYY-MM or a calendar date YYYY-MM-DD.
func checkDate(flag, v string) error {
	if v == "" {
		return nil
	}
	for _, layout := range []string{"2006", "2006-01", time.DateOnly} {
		if len(v) == len(layout) {
			if _, err := time.Parse(layout, v); err == nil {
				return nil
			}
		}
	}
	return invalid("--%s: %q is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", flag, v)
}

// checkDates checks flag=value pairs of dates.
func checkDates(kv ...string) error {
	for i := 0; i+1 < len(kv); i += 2 {
		if err := checkDate(kv[i], kv[i+1]); err != nil {
			return err
		}
	}
	return nil
}

// countryCode returns c as a known ISO 3166-1 alpha-2 code, upper case.
func countryCode(what, c string) (string, error) {
	u := strings.ToUpper(strings.TrimSpace(c))
	if len(u) != 2 || u[0] < 'A' || u[0] > 'Z' || u[1] < 'A' || u[1] > 'Z' {
		return "", invalid("%s: %q is not an ISO 3166-1 alpha-2 country code, such as VN or KR", what, c)
	}
	// EU is exceptionally reserved in ISO 3166-1 for the European Union,
	// which acts as a party of its own in the record.
	if view.CountryName(u) == u && u != "EU" {
		return "", invalid("%s: %s is not a country code accord knows", what, u)
	}
	return u, nil
}

// countryCodes checks repeated --country values.
func countryCodes(cs []string) ([]string, error) {
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		u, err := countryCode("--country", c)
		if err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	slices.Sort(out)
	return out, nil
}

// countryPair checks the two countries of a relationship.
func countryPair(cmd string, pos []string) (string, string, error) {
	if len(pos) != 2 {
		return "", "", invalid("%s: give two country codes, e.g. accord %s VN KR", cmd, cmd)
	}
	a, err := countryCode(cmd, pos[0])
	if err != nil {
		return "", "", err
	}
	b, err := countryCode(cmd, pos[1])
	if err != nil {
		return "", "", err
	}
	if a == b {
		return "", "", invalid("%s: a relationship needs two different countries, got %s twice", cmd, a)
	}
	return a, b, nil
}

// checkOneOf accepts "" or one of allowed.
func checkOneOf(flag, v string, allowed []string) error {
	if v == "" || slices.Contains(allowed, v) {
		return nil
	}
	return invalid("--%s: want one of %s, got %q", flag, strings.Join(allowed, ", "), v)
}

func engagementTypeNames() []string {
	out := make([]string, len(accord.EngagementTypes))
	for i, t := range accord.EngagementTypes {
		out[i] = string(t)
	}
	return out
}

var actorTypeNames = []string{string(accord.Person), string(accord.Country), string(accord.Organization), string(accord.Place)}
