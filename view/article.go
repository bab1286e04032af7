package view

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	accord "github.com/accordhq/accord"
)

// WriteArticle writes one article for a terminal: its metadata, its text, and
// what was extracted from it, each fact with the sentence it came from.
func WriteArticle(w io.Writer, f *accord.ArticleFacts) error {
	bw := bufio.NewWriter(w)
	a := f.Article
	fmt.Fprintf(bw, "%s\n%s\n\n", a.Title, strings.Repeat("=", min(72, max(3, len([]rune(a.Title))))))
	meta := [][2]string{{"id", a.ID}, {"published", FormatDate(a.Published)}, {"dateline", a.Dateline}, {"source", a.Source}, {"file", a.File}, {"path", a.Path}, {"url", a.URL}, {"format", a.Format}}
	for _, m := range meta {
		if m[1] != "" {
			fmt.Fprintf(bw, "%-10s %s\n", m[0]+":", m[1])
		}
	}
	if a.Body != "" {
		fmt.Fprintf(bw, "\n%s\n", a.Body)
	}

	names := map[string]string{}
	for _, ac := range f.Actors {
		names[ac.ID] = ac.Name
	}
	who := func(ids []string) string {
		out := make([]string, len(ids))
		for i, id := range ids {
			out[i] = id
			if n := names[id]; n != "" {
				out[i] = n
			}
		}
		return strings.Join(out, ", ")
	}
	section := func(title string, n int) {
		fmt.Fprintf(bw, "\n%s (%d)\n%s\n", title, n, strings.Repeat("-", len(title)+4))
	}
	writeEngagements := func(title string, es []accord.Engagement) {
		if len(es) == 0 {
			return
		}
		section(title, len(es))
		for _, e := range es {
			place := ""
			if e.Place.Name != "" {
				place = " in " + e.Place.Name
			} else if e.Place.Country != "" {
				place = " in " + CountryName(e.Place.Country)
			}
			date := FormatDate(e.Date)
			if date == "" {
				date = "date unknown"
			}
			fmt.Fprintf(bw, "• %s, %s%s: %s\n", TypeName(e.Type, 1), date, place, who(e.Participants))
			for _, r := range e.Reports {
				fmt.Fprintf(bw, "    “%s” [%d:%d]\n", r.Quote, r.Start, r.End)
			}
		}
	}
	writeEngagements("Engagements", f.Engagements)
	writeEngagements("Past events mentioned", f.References)
	writeEngagements("Invitations", f.Invitations)
	if len(f.Targets) > 0 {
		section("Targets", len(f.Targets))
		for _, t := range f.Targets {
			fmt.Fprintf(bw, "• %s: %s (%s)\n", t.Metric, FormatTarget(t.Value, t.Unit, t.Comparator, t.Deadline, t.Period), strings.Join(t.Holders, ", "))
			for _, m := range t.Mentions {
				fmt.Fprintf(bw, "    “%s” [%d:%d]\n", m.Quote, m.Start, m.End)
			}
		}
	}
	if len(f.Areas) > 0 {
		names := make([]string, len(f.Areas))
		for i, id := range f.Areas {
			names[i] = AreaName(id)
		}
		section("Areas", len(f.Areas))
		fmt.Fprintf(bw, "%s\n", strings.Join(names, ", "))
	}
	if len(f.Actors) > 0 {
		section("Actors", len(f.Actors))
		for _, ac := range f.Actors {
			line := fmt.Sprintf("• %s (%s", ac.Name, ac.Type)
			if ac.Country != "" && ac.Type != accord.Country {
				line += ", " + ac.Country
			}
			line += ")"
			if len(ac.Roles) > 0 {
				line += ": " + strings.Join(ac.Roles, "; ")
			}
			if len(ac.Aliases) > 0 {
				line += " — also " + strings.Join(ac.Aliases, ", ")
			}
			fmt.Fprintln(bw, line)
		}
	}
	return bw.Flush()
}
