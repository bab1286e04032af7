package read

import (
	"bufio"
	"embed"
	"strconv"
	"strings"
)

// The words this package knows (months, particles of place names,
// abbreviations, file types) live in data/, not in code.
//
//go:embed data/*.txt
var dataFS embed.FS

var (
	months        = map[string]int{}  // "sept" → 9
	particles     = map[string]bool{} // "es", "de"
	abbreviations = map[string]bool{} // "Dr", "Gen"
	skipExts      = map[string]bool{} // "csv"
	newsLabels    = map[string]bool{} // "BREAKING", "READ MORE"
	speakerWords  = map[string]bool{} // "PRESIDENT", "MODERATOR"
	weekdays      = map[string]bool{} // "thursday", "thu"
	dateLabels    = map[string]bool{} // "date", "published"
	clockTitles   = map[string]bool{} // "PM"
	stampWords    = map[string]bool{} // "at", "ago"
)

func init() {
	eachLine("data/months.txt", func(f []string) {
		n, err := strconv.Atoi(f[0])
		if err != nil || n < 1 || n > 12 || len(f) < 2 {
			panic("read: data/months.txt: bad line " + strings.Join(f, " "))
		}
		for _, w := range f[1:] {
			months[strings.ToLower(w)] = n
		}
	})
	eachLine("data/particles.txt", func(f []string) { particles[strings.ToLower(f[0])] = true })
	eachLine("data/abbreviations.txt", func(f []string) { abbreviations[f[0]] = true })
	eachLine("data/skip_extensions.txt", func(f []string) { skipExts[strings.ToLower(f[0])] = true })
	eachLine("data/newsroom_labels.txt", func(f []string) { newsLabels[strings.Join(f, " ")] = true })
	eachLine("data/speaker_labels.txt", func(f []string) { speakerWords[f[0]] = true })
	eachLine("data/date_labels.txt", func(f []string) { dateLabels[strings.ToLower(f[0])] = true })
	eachLine("data/clock_titles.txt", func(f []string) { clockTitles[f[0]] = true })
	eachLine("data/stamp_words.txt", func(f []string) { stampWords[strings.ToLower(f[0])] = true })
	eachLine("data/weekdays.txt", func(f []string) {
		for _, w := range f {
			weekdays[strings.ToLower(w)] = true
		}
	})
}

// eachLine calls fn with the fields of every line of an embedded data file
// that is neither blank nor a # comment. A missing file is a build error, so
// it panics.
func eachLine(name string, fn func([]string)) {
	f, err := dataFS.Open(name)
	if err != nil {
		panic("read: " + err.Error())
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		fn(strings.Fields(line))
	}
}
