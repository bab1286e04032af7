// Command evaltool extracts facts from files and writes an accord.export/v1
// document, so that extraction can be scored before ingest is wired:
//
//	go run ./extract/internal/evaltool -o /tmp/seeds.json testdata/seeds/*.txt
//	/work/shared/eval/score /work/shared/eval/seeds.gold.json /tmp/seeds.json --verbose
//
// Engagements of several articles are merged naively (same type, date and
// participants); the real consolidation is package consolidate's.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	accord "github.com/accordhq/accord"
	"github.com/accordhq/accord/extract"
	"github.com/accordhq/accord/read"
)

func main() {
	out := flag.String("o", "-", "output file")
	facts := flag.Bool("facts", false, "write the ArticleFacts instead of an export")
	flag.Parse()
	x, err := extract.New()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ex := accord.Export{Schema: accord.ExportSchema, Articles: []accord.ExportArticle{}, Actors: []accord.ExportActor{}, Engagements: []accord.ExportEngagement{}, Targets: []accord.ExportTarget{}, Pending: []accord.ExportEngagement{}}
	actors := map[string]int{}
	engs := map[string]int{}
	var all []*accord.ArticleFacts
	for _, path := range flag.Args() {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		arts, errs := read.Parse(filepath.Base(path), data)
		for _, e := range errs {
			fmt.Fprintln(os.Stderr, path, e)
		}
		for _, a := range arts {
			a.File = filepath.Base(path)
			f := x.Extract(a)
			all = append(all, f)
			ea := accord.ExportArticle{ID: a.ID, File: a.File, Title: a.Title, URL: accord.NullString(a.URL), Published: a.Published, Dateline: accord.NullString(a.Dateline), Source: accord.NullString(a.Source), Actors: []string{}, Areas: f.Areas}
			for _, ac := range f.Actors {
				if !ac.Unnamed {
					ea.Actors = append(ea.Actors, ac.ID)
				}
				if k, ok := actors[ac.ID]; ok {
					for _, al := range append(ac.Aliases, ac.Name) {
						if al != ex.Actors[k].Name && !contains(ex.Actors[k].Aliases, al) {
							ex.Actors[k].Aliases = append(ex.Actors[k].Aliases, al)
						}
					}
					continue
				}
				actors[ac.ID] = len(ex.Actors)
				ex.Actors = append(ex.Actors, accord.ExportActor{ID: ac.ID, Type: ac.Type, Name: ac.Name, Country: accord.NullString(ac.Country), Roles: ac.Roles, Aliases: ac.Aliases})
			}
			for _, e := range f.Engagements {
				ps := append([]string(nil), e.Participants...)
				sort.Strings(ps)
				t := string(e.Type)
				if t == "meeting" {
					t = "talks"
				}
				key := t + "|" + e.Date + "|" + strings.Join(ps, ",")
				if k, ok := engs[key]; ok {
					ex.Engagements[k].Reports = append(ex.Engagements[k].Reports, e.Reports...)
					continue
				}
				engs[key] = len(ex.Engagements)
				ex.Engagements = append(ex.Engagements, exportEngagement(e))
			}
			for _, e := range f.Invitations {
				ex.Pending = append(ex.Pending, exportEngagement(e))
			}
			for _, t := range f.Targets {
				ex.Targets = append(ex.Targets, accord.ExportTarget{ID: t.ID, Metric: t.Metric, Value: t.Value, Unit: t.Unit, Comparator: t.Comparator, Deadline: accord.NullString(t.Deadline), Period: accord.NullString(t.Period), Holders: t.Holders, Mentions: t.Mentions})
			}
			ex.Articles = append(ex.Articles, ea)
		}
	}
	var v any = ex
	if *facts {
		v = all
	}
	b, _ := json.MarshalIndent(v, "", " ")
	if *out == "-" {
		os.Stdout.Write(append(b, '\n'))
		return
	}
	if err := os.WriteFile(*out, append(b, '\n'), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func exportEngagement(e accord.Engagement) accord.ExportEngagement {
	return accord.ExportEngagement{ID: e.ID, Type: e.Type, Date: e.Date, EndDate: e.EndDate, Place: accord.ExportPlace{Name: accord.NullString(e.Place.Name), Country: accord.NullString(e.Place.Country)}, Participants: e.Participants, Countries: e.Countries, Level: e.Level, Status: e.Status, Reports: e.Reports}
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}
