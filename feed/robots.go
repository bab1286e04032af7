package feed

import (
	"bufio"
	"bytes"
	"strconv"
	"strings"
	"time"
)

// robots is the part of a robots.txt (RFC 9309) that applies to accord.
type robots struct {
	rules   []robotsRule
	delay   time.Duration // Crawl-delay, a common extension
	expires time.Time
}

type robotsRule struct {
	allow bool
	path  string // may hold * (any characters) and end in $ (end of path)
}

// parseRobots keeps the rules of the groups that name agent, or of the *
// groups when none does.
func parseRobots(data []byte, agent string) *robots {
	type group struct {
		agents []string
		rules  []robotsRule
		delay  time.Duration
	}
	var groups []*group
	var cur *group
	lastWasAgent := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		key, val = strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(val)
		switch key {
		case "user-agent":
			if cur == nil || !lastWasAgent {
				cur = &group{}
				groups = append(groups, cur)
			}
			cur.agents = append(cur.agents, strings.ToLower(val))
			lastWasAgent = true
			continue
		case "allow", "disallow":
			if cur != nil && val != "" {
				cur.rules = append(cur.rules, robotsRule{allow: key == "allow", path: val})
			}
		case "crawl-delay":
			if f, err := strconv.ParseFloat(val, 64); err == nil && cur != nil && f > 0 {
				cur.delay = time.Duration(f * float64(time.Second))
			}
		}
		lastWasAgent = false
	}
	pick := func(match func(string) bool) *robots {
		var r *robots
		for _, g := range groups {
			for _, a := range g.agents {
				if match(a) {
					if r == nil {
						r = &robots{}
					}
					r.rules = append(r.rules, g.rules...)
					r.delay = max(r.delay, g.delay)
					break
				}
			}
		}
		return r
	}
	if r := pick(func(a string) bool { return a != "*" && strings.Contains(agent, a) }); r != nil {
		return r
	}
	if r := pick(func(a string) bool { return a == "*" }); r != nil {
		return r
	}
	return &robots{}
}

// allowed applies the longest matching rule; allow wins a tie; no rule
// allows. /robots.txt itself is always allowed.
func (r *robots) allowed(path string) bool {
	if path == "" {
		path = "/"
	}
	if path == "/robots.txt" {
		return true
	}
	best, allow := -1, true
	for _, rule := range r.rules {
		if !matchRule(rule.path, path) {
			continue
		}
		if n := len(rule.path); n > best || n == best && rule.allow {
			best, allow = n, rule.allow
		}
	}
	return allow
}

// matchRule matches a robots.txt path pattern against a path.
func matchRule(pattern, path string) bool {
	anchored := strings.HasSuffix(pattern, "$")
	pattern = strings.TrimSuffix(pattern, "$")
	parts := strings.Split(pattern, "*")
	if !strings.HasPrefix(path, parts[0]) {
		return false
	}
	rest := path[len(parts[0]):]
	for i, p := range parts[1:] {
		if i == len(parts)-2 && anchored {
			return strings.HasSuffix(rest, p)
		}
		j := strings.Index(rest, p)
		if j < 0 {
			return false
		}
		rest = rest[j+len(p):]
	}
	return !anchored || rest == ""
}
