package read

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/accordhq/accord"
	"golang.org/x/text/unicode/norm"
)

// jsonItem is one line of a JSON Lines feed.
type jsonItem struct {
	ID        any    `json:"id"` // a string or a number
	Title     string `json:"title"`
	Published string `json:"published"`
	Date      string `json:"date"` // an alias some feeds use
	URL       string `json:"url"`
	Text      string `json:"text"`
	Body      string `json:"body"` // an alias of text
	Source    string `json:"source"`
	Dateline  string `json:"dateline"`
}

// firstLineIsJSON reports whether the first non-blank line of data is a
// complete JSON object.
func firstLineIsJSON(data []byte) bool {
	data = bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\uFEFF")), " \t\r\n")
	line, _, found := bytes.Cut(data, []byte("\n"))
	line = bytes.TrimSpace(line)
	if !found && len(data) >= 4000 {
		// Only the head of a long first line was given: judge by its start.
		return bytes.HasPrefix(line, []byte(`{"`))
	}
	return len(line) > 1 && line[0] == '{' && json.Valid(line)
}

// eachJSONLine streams a JSON Lines feed, calling fn with each line's article
// or error. A bad line is one error naming name:LINE; the others still count.
// It stops early only if fn returns an error, or reading fails.
func eachJSONLine(name string, r io.Reader, fn func(*accord.Article, error) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br)
		if err == io.EOF && line == nil {
			return nil
		}
		if err != nil && err != io.EOF {
			return fn(nil, accord.ErrorAt(accord.EINVALID, fmt.Sprintf("%s:%d", name, n), "read: %v", err))
		}
		where := name + ":" + strconv.Itoa(n)
		var a *accord.Article
		var lineErr error
		switch {
		case tooLong:
			lineErr = accord.ErrorAt(accord.EINVALID, where, "line too long (limit %d MiB)", MaxLineSize>>20)
		default:
			a, lineErr = parseJSONLine(name, where, n, line)
		}
		if a != nil || lineErr != nil {
			if ferr := fn(a, lineErr); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// readLine reads one line without its newline; a line longer than
// MaxLineSize is skipped to its end and reported tooLong.
func readLine(br *bufio.Reader) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, isPrefix, err := br.ReadLine()
		if err != nil {
			if err == io.EOF && (buf != nil || tooLong) {
				return buf, tooLong, io.EOF
			}
			return nil, tooLong, err
		}
		if !tooLong {
			if len(buf)+len(chunk) > MaxLineSize {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if !isPrefix {
			if buf == nil {
				buf = []byte{}
			}
			return buf, tooLong, nil
		}
	}
}

// parseJSONLine reads one feed line; blank lines give neither article nor
// error.
func parseJSONLine(name, where string, n int, line []byte) (*accord.Article, error) {
	if n == 1 {
		line = bytes.TrimPrefix(line, []byte("\uFEFF"))
	}
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return nil, nil
	}
	if !utf8.Valid(line) {
		return nil, accord.ErrorAt(accord.EINVALID, where, "invalid UTF-8 at byte %d of the line", invalidUTF8At(line))
	}
	var it jsonItem
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&it); err != nil {
		return nil, accord.ErrorAt(accord.EINVALID, where, "malformed JSON: %s", jsonError(err))
	}
	if dec.More() {
		return nil, accord.ErrorAt(accord.EINVALID, where, "malformed JSON: more than one value on the line")
	}
	id := ""
	switch v := it.ID.(type) {
	case string:
		id = v
	case float64:
		id = strconv.FormatFloat(v, 'f', -1, 64)
	}
	text := it.Text
	if text == "" {
		text = it.Body
	}
	a := &accord.Article{
		Format: accord.FormatJSONL,
		URL:    strings.TrimSpace(it.URL),
		Title:  norm.NFC.String(it.Title),
		Source: norm.NFC.String(it.Source),
	}
	switch {
	case a.URL != "":
		a.File = a.URL
	case id != "":
		a.File = id
	default:
		a.File = baseName(name) + ":" + strconv.Itoa(n)
	}
	pub := it.Published
	if pub == "" {
		pub = it.Date
	}
	if a.Published = parseDateValue(pub); a.Published == "" {
		if pub == "" {
			return nil, accord.ErrorAt(accord.EINVALID, where, `no publication date: no "published" field`)
		}
		return nil, accord.ErrorAt(accord.EINVALID, where, "no publication date: %q is not a date (want YYYY-MM-DD or RFC 3339)", pub)
	}
	if strings.TrimSpace(text) == "" {
		return nil, accord.ErrorAt(accord.EINVALID, where, `no article text: empty "text" field`)
	}
	body := textParagraphs(cleanText([]byte(text)))
	if d, ok := parseDateline(body); ok {
		a.Dateline = placeName(d.place)
		if a.Source == "" {
			a.Source = d.source
		}
		body = strings.TrimSpace(body[d.end:])
	}
	if it.Dateline != "" {
		a.Dateline = placeName(norm.NFC.String(it.Dateline))
	}
	if rest, credit := trailingCredit(body); credit != "" {
		body = rest
		if a.Source == "" {
			a.Source = credit
		}
	}
	a.Body = body
	return finish(where, a)
}

// jsonError shortens encoding/json's messages for people.
func jsonError(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%v (at byte %d)", se, se.Offset)
	}
	if err == io.ErrUnexpectedEOF {
		return "unexpected end of line"
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}
