package extract

import (
	"strings"
	"testing"
)

// TestNoPersonInHeadingsOrBuildings checks words that follow a title but
// name no one: a section heading's noun ("(1) General Remarks"), a headline's
// verb ("President Authorizes …"), a building named after the words of a
// transcript's heading lines ("Secretary of State / A Guest House"), and the
// "Designate" or "Elect" of a leader not yet in office, which is the title's,
// so the "of Country" after it still gives the country (names invented).
func TestNoPersonInHeadingsOrBuildings(t *testing.T) {
	runPersonCountries(t, "2013-04-14", []personCountryCase{
		{"Tomas Berg\nSecretary of State\nLoma Guest House\nLima, Peru\nApril 14, 2013\n\nSECRETARY BERG: Thank you.", []string{"Berg|"}},
		{"Prime Minister Tomas Berg of Chile met President Ana Ruiz of Peru.\n\n(1) General Remarks\n\nPrime Minister Berg stated that ties were good.", []string{"Ana Ruiz|PE", "Tomas Berg|CL"}},
		{"Prime Minister Tomas Berg of Chile held telephone talks with Mr. Ana Ruiz, Prime Minister Designate of Peru.", []string{"Ana Ruiz|PE", "Tomas Berg|CL"}},
		{"Prime Minister Tomas Berg of Chile met Ana Ruiz, President Elect of Peru.", []string{"Ana Ruiz|PE", "Tomas Berg|CL"}},
	})
	x := newX(t)
	f := x.Extract(article("President Authorizes Another $450 Million Drawdown to Support Peru", "2022-06-23", "Today President Tomas Berg of Chile authorized a drawdown."))
	for _, p := range personCountries(f) {
		if p != "Tomas Berg|CL" {
			t.Errorf("a headline's verb read as a name: %q", p)
		}
	}
}

// TestEUOfficeHoldersBefore2019 checks that the office table names the
// European Union's presidents and High Representatives before 2019, so that
// "President Barroso" in a 2014 readout is José Manuel Barroso of the EU.
func TestEUOfficeHoldersBefore2019(t *testing.T) {
	runPersonCountries(t, "2014-03-26", []personCountryCase{
		{"President Obama met President Van Rompuy and President Barroso of the European Commission in Brussels.", []string{"Barack Obama|US", "Herman Van Rompuy|EU", "José Manuel Barroso|EU"}},
		{"Secretary Kerry met High Representative Ashton of the European Union in Brussels.", []string{"Catherine Ashton|EU", "John Kerry|US"}},
	})
}

// TestBareGivenNameOfTheTextsPerson checks that a guest's bare given name
// for the host ("arranged by Donald" in a White House transcript) is the
// text's own person of that given name, not a holder of another country
// who shares it (the European Council's president of 2017).
func TestBareGivenNameOfTheTextsPerson(t *testing.T) {
	x := newX(t)
	a := article("Remarks by President Trump and Prime Minister Abe of Japan Before Bilateral Meeting", "2017-07-08",
		"PRESIDENT TRUMP: Thank you very much. It's a great honor to have with us the Prime Minister of Japan.\n\nAnd the Prime Minister is very focused on the region.\n\nPRIME MINISTER ABE: (As interpreted.) So, at the summit we made a great start, which was kindly arranged by Donald. And I was very appreciative of your initiative.")
	a.Source = "The White House, Office of the Press Secretary"
	got := personCountries(x.Extract(a))
	if want := []string{"Donald Trump|US", "Shinzō Abe|JP"}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestBareGivenNameSigns checks that a leader's "A and I signed" in a joint
// press announcement gives the signing to the text's own person of given
// name A (names invented).
func TestBareGivenNameSigns(t *testing.T) {
	runSourced(t, []sourcedCase{{
		name: "given name of the guest", source: "Prime Minister's Office of Chile", title: "Joint Press Announcement by Prime Minister Berg and Prime Minister Ruiz", published: "2022-10-22",
		body: "PRIME MINISTER BERG: Prime Minister Ana Ruiz of Peru and I held talks today in Santiago.\n\nOne of the most significant outcomes of this visit is that Ana and I signed a new Joint Declaration on Security Cooperation just now.",
		want: []string{"press_conference 2022-10-22 Ana Ruiz+Berg", "signing 2022-10-22 Ana Ruiz+Berg", "talks 2022-10-22 Ana Ruiz+Berg"},
	}})
}
