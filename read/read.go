// Package read turns input files into articles: it detects each input's
// format by its content (agency reports, Markdown with YAML front matter,
// JSON Lines feeds, HTML pages, plain text), splits it into articles and
// normalises their text and metadata.
//
// Every article's Body is final when it leaves this package: paragraphs
// separated by "\n\n", the lines of a paragraph joined by single spaces, NFC.
// Evidence offsets computed downstream index into it.
package read

import (
	"bytes"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/accordhq/accord"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
	"golang.org/x/text/unicode/norm"
)

// MaxFileSize is the largest single-document file read; larger ones are
// skipped with an error. JSON Lines files are streamed and have no limit as a
// whole: MaxLineSize applies to each line instead.
const MaxFileSize = 16 << 20

// MaxLineSize is the longest line of a JSON Lines feed.
const MaxLineSize = 4 << 20

// Item is what one input produced: articles and/or errors (a JSONL file can
// give both).
type Item struct {
	Path     string // file path as given, or "-" for stdin
	Size     int64  // bytes read
	Articles []*accord.Article
	Errs     []error // *accord.Error, Where = "path" or "path:line"
	// Cont marks a later part of the same input: a JSON Lines feed is
	// passed on in parts of feedPart articles, so that a feed of any size
	// is read in bounded memory. Size is then the bytes of this part.
	Cont bool
}

// Parse detects the format of one input's bytes and returns its articles.
// name is the file's path (or URL, or "-"): its base name becomes the
// articles' File, its extension is a hint, and a date in it is a last resort
// for the publication date. Errors name name (and the line, for JSONL).
func Parse(name string, data []byte) ([]*accord.Article, []error) {
	if enc := bomEncoding(data); enc != nil {
		d, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return nil, []error{accord.ErrorAt(accord.EINVALID, name, "invalid %s: %v", enc, err)}
		}
		data = d
	}
	if len(data) > MaxFileSize && detect(name, data) != accord.FormatJSONL {
		return nil, []error{tooLarge(name, int64(len(data)))}
	}
	if err := checkText(name, data); err != nil {
		return nil, []error{err}
	}
	switch detect(name, data) {
	case accord.FormatJSONL:
		var arts []*accord.Article
		var errs []error
		_ = eachJSONLine(name, bytes.NewReader(data), func(a *accord.Article, err error) error {
			if err != nil {
				errs = append(errs, err)
			} else {
				arts = append(arts, a)
			}
			return nil
		})
		return arts, errs
	case skipFormat:
		return nil, []error{notArticle(name)}
	}
	a, err := parseDocument(name, data)
	if err != nil {
		return nil, []error{err}
	}
	return []*accord.Article{a}, nil
}

// parseDocument parses a single-document input (every format but JSONL).
func parseDocument(name string, data []byte) (*accord.Article, error) {
	src := cleanText(data)
	var a *accord.Article
	var err error
	switch detect(name, data) {
	case accord.FormatAgency:
		a, err = parseAgency(name, src)
	case accord.FormatMarkdown:
		a, err = parseMarkdown(name, src)
	case accord.FormatHTML:
		a, err = parseHTML(name, src)
	default:
		a, err = parseText(name, src)
	}
	if err != nil {
		return nil, err
	}
	return finish(name, a)
}

// bomEncoding returns the encoding a UTF-16 or UTF-32 byte order mark
// announces, or nil. Such files come from Windows tools ("Unicode" in
// Notepad, PowerShell's Out-File): text, not binary.
func bomEncoding(head []byte) encoding.Encoding {
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE, 0, 0}):
		return utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM)
	case bytes.HasPrefix(head, []byte{0, 0, 0xFE, 0xFF}):
		return utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM)
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	}
	return nil
}

// skipFormat is the detected "format" of files that are never articles.
const skipFormat = "skip"

// detect names the format of an input from its first bytes; the extension of
// name is a hint only where content is ambiguous.
func detect(name string, data []byte) string {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = bytes.TrimPrefix(head, []byte("\uFEFF"))
	ext := strings.ToLower(strings.TrimPrefix(filepath.Ext(name), "."))
	trimmed := bytes.TrimLeft(head, " \t\r\n")
	switch {
	case bytes.HasPrefix(head, []byte("---\n")) || bytes.HasPrefix(head, []byte("---\r\n")):
		return accord.FormatMarkdown
	case hasAgencyHeader(trimmed):
		return accord.FormatAgency
	case len(trimmed) > 0 && trimmed[0] == '{':
		if ext == "jsonl" || ext == "ndjson" || firstLineIsJSON(data) {
			return accord.FormatJSONL
		}
	case looksHTML(trimmed):
		return accord.FormatHTML
	}
	if skipExts[ext] {
		return skipFormat
	}
	if ext == "jsonl" || ext == "ndjson" {
		return accord.FormatJSONL
	}
	return accord.FormatText
}

// hasAgencyHeader reports whether text starts with "date YYYY-MM-DD".
func hasAgencyHeader(b []byte) bool {
	rest, ok := bytes.CutPrefix(b, []byte("date "))
	if !ok {
		return false
	}
	rest = bytes.TrimLeft(rest, " ")
	return len(rest) >= 10 && isISODate(string(rest[:10]))
}

func looksHTML(b []byte) bool {
	if len(b) > 512 {
		b = b[:512]
	}
	l := bytes.ToLower(b)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<meta ", "<title", "<!--"} {
		if bytes.HasPrefix(l, []byte(p)) {
			// A leading comment alone is not enough: it must be followed by HTML.
			return p != "<!--" || bytes.Contains(l, []byte("<html")) || bytes.Contains(l, []byte("<body"))
		}
	}
	return false
}

// checkText rejects inputs that are not text: binary, invalid UTF-8, empty.
func checkText(name string, data []byte) error {
	body := bytes.TrimPrefix(data, []byte("\uFEFF"))
	if len(bytes.TrimSpace(body)) == 0 {
		return accord.ErrorAt(accord.EINVALID, name, "empty file")
	}
	if isBinary(data) {
		return accord.ErrorAt(accord.EINVALID, name, "binary file, not text")
	}
	if !utf8.Valid(data) {
		return accord.ErrorAt(accord.EINVALID, name, "invalid UTF-8 at byte %d", invalidUTF8At(data))
	}
	return nil
}

// isBinary reports NUL bytes or a high share of control bytes in the first
// 8 KiB, the way file(1) and git tell binary files from text.
func isBinary(data []byte) bool {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctl++
		}
	}
	return ctl*10 > len(head) // more than 10% control bytes
}

func invalidUTF8At(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// cleanText strips a BOM, turns CRLF and CR into LF and normalises to NFC.
// data must be valid UTF-8.
func cleanText(data []byte) string {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if bytes.IndexByte(data, '\r') >= 0 {
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
		data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	}
	return norm.NFC.String(string(data))
}

// finish checks an article and gives it its id and file.
func finish(name string, a *accord.Article) (*accord.Article, error) {
	if a.File == "" {
		a.File = baseName(name)
	}
	a.Title = normSpace(stripControls(a.Title))
	a.Dateline = normSpace(stripControls(a.Dateline))
	a.Source = normSpace(stripControls(a.Source))
	a.Body = stripControls(a.Body)
	a.URL = strings.TrimSpace(stripControls(a.URL))
	if a.Published == "" || !isISODate(a.Published) {
		return nil, accord.ErrorAt(accord.EINVALID, name, "no publication date: %s", noDateHint(a.Format))
	}
	if why := implausibleDate(a.Published); why != "" {
		return nil, accord.ErrorAt(accord.EINVALID, name, "implausible publication date: %s", why)
	}
	a.Body = splitGluedNumbers(a.Body)
	if strings.TrimSpace(a.Body) == "" {
		return nil, accord.ErrorAt(accord.EINVALID, name, "no article text")
	}
	if a.Title == "" {
		a.Title = firstSentence(a.Body, maxTitle)
	}
	a.ID = accord.ArticleID(a.Published, a.Body)
	return a, nil
}

func noDateHint(format string) string {
	switch format {
	case accord.FormatMarkdown:
		return "no date in the front matter or the file name"
	case accord.FormatHTML:
		return "none in the page's metadata, <time> elements or the file name"
	case accord.FormatJSONL:
		return `no "published" field`
	}
	return "no date line, dated dateline or date in the file name"
}

func baseName(name string) string {
	if name == "-" || name == "" {
		return "-"
	}
	return filepath.Base(name)
}

func tooLarge(name string, size int64) error {
	return accord.ErrorAt(accord.EINVALID, name, "file too large: %d bytes (limit %d MiB)", size, MaxFileSize>>20)
}

func notArticle(name string) error {
	return accord.ErrorAt(accord.EINVALID, name, "not an article: %s files are not read", strings.ToLower(filepath.Ext(name)))
}
