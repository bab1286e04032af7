package htmldate

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled on its first use (accord):
// the package's variables held compiled expressions, and every process
// that linked the package compiled them all at start, whether it read a
// web page or not. An expression that does not compile panics on first
// use, as regexp.MustCompile did at start.
type lazyRegexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

func lazyMustCompile(expr string) *lazyRegexp { return &lazyRegexp{expr: expr} }

func (l *lazyRegexp) rx() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

func (l *lazyRegexp) MatchString(s string) bool { return l.rx().MatchString(s) }

func (l *lazyRegexp) FindString(s string) string { return l.rx().FindString(s) }

func (l *lazyRegexp) FindStringIndex(s string) []int { return l.rx().FindStringIndex(s) }

func (l *lazyRegexp) FindAllString(s string, n int) []string { return l.rx().FindAllString(s, n) }

func (l *lazyRegexp) FindStringSubmatch(s string) []string { return l.rx().FindStringSubmatch(s) }

func (l *lazyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return l.rx().FindAllStringSubmatch(s, n)
}

func (l *lazyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.rx().FindAllStringSubmatchIndex(s, n)
}

func (l *lazyRegexp) ReplaceAllString(src, repl string) string {
	return l.rx().ReplaceAllString(src, repl)
}

func (l *lazyRegexp) ReplaceAllLiteralString(src, repl string) string {
	return l.rx().ReplaceAllLiteralString(src, repl)
}

func (l *lazyRegexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	return l.rx().ReplaceAllStringFunc(src, repl)
}

func (l *lazyRegexp) Split(s string, n int) []string { return l.rx().Split(s, n) }

func (l *lazyRegexp) String() string { return l.expr }

func (l *lazyRegexp) SubexpNames() []string { return l.rx().SubexpNames() }
