package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	msqlite "modernc.org/sqlite"
)

// The adjacent pairs of words of every article (issue 10, migration 0014).
// A phrase search on articles_fts checks word positions in every article
// holding all the phrase's words: for two common words, some 27 articles
// per match (57 ms for the newest 10,000 matches at a million articles).
// articles_pairs indexes, for each article, every pair of tokens at
// adjacent positions of the same column as one token "w1_w2", so that a
// two-word phrase is one term, walked newest first like a single word.
// Its tokens are those of articles_fts exactly (porter unicode61
// remove_diacritics 2): a query whose every term is a phrase of two
// tokens is answered from articles_pairs alone (with the filters, terms of
// its tags column), with the same matches as articles_fts's phrase query
// (TestSearchPairs). Single words are not indexed there (that would double
// its size and its cost at ingest): a query mixing words and phrases is
// answered by articles_fts, as before.
//
// The tokens are made here, in Go, without copying the tokenizer: the
// full-text index's own tokenizer, run on a private in-memory table (the
// oracle), tells what each character is (part of a word, a separator, or
// a mark that is part of a word but never starts one) and what each word
// becomes (its folded stem). Both answers are cached, so that after the
// first articles a text is split in Go and its words looked up in a map.
// A text the split cannot be sure of (not UTF-8, or a character the three
// classes do not describe) is tokenized by the oracle whole.

// pairsTokenize is the tokenizer of articles_fts, which the oracle runs.
const pairsTokenize = `porter unicode61 remove_diacritics 2`

// pairSep joins the two tokens of a pair: a separator to unicode61, so
// never part of a token, and a token character to articles_pairs'
// tokenizer (ascii tokenchars '_').
const pairSep = "_"

// maxPair is the longest pair indexed, in bytes: FTS5 cuts longer tokens,
// which could then be equal. A phrase with a longer pair is searched in
// articles_fts.
const maxPair = 1000

func init() {
	// accord_terms(text): the adjacent pairs of tokens of text, for
	// articles_pairs (PutArticles, migration 0014).
	msqlite.MustRegisterDeterministicScalarFunction("accord_terms", 1, func(_ *msqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
		var text string
		switch v := args[0].(type) {
		case nil:
		case string:
			text = v
		case []byte:
			text = string(v)
		default:
			text = fmt.Sprint(v)
		}
		toks, err := words.tokens(text)
		if err != nil {
			return nil, err
		}
		return termsText(toks), nil
	})
}

// termsText returns the adjacent pairs of tokens of one column, separated
// by spaces. toks[i] is the token at position i ("" for none).
func termsText(toks []string) string {
	var b strings.Builder
	n := 0
	for _, t := range toks {
		n += 2*len(t) + 2
	}
	b.Grow(n)
	for i := 0; i+1 < len(toks); i++ {
		t, u := toks[i], toks[i+1]
		if t == "" || u == "" || len(t)+len(u) >= maxPair {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t)
		b.WriteString(pairSep)
		b.WriteString(u)
	}
	return b.String()
}

// Character classes of unicode61, as the oracle shows them.
const (
	classUnknown = iota
	classToken   // starts or continues a word
	classMark    // continues a word, never starts one (a diacritic)
	classSep     // ends a word
	classOdd     // none of these: the text goes to the oracle whole
)

// cacheMax bounds each cache; a full cache starts again empty.
const cacheMax = 1 << 20

// tokenizer splits texts as articles_fts does (see the comment above).
type tokenizer struct {
	mu      sync.RWMutex
	classes map[rune]uint8
	stems   map[string]string // a word as split (ASCII folded) -> its token
	oracle  oracle
}

// words is the process's tokenizer: its caches serve every store.
var words = &tokenizer{classes: map[rune]uint8{}, stems: map[string]string{}}

// tokens returns the tokens of text as articles_fts makes them: toks[i] is
// the token at position i.
func (t *tokenizer) tokens(text string) ([]string, error) {
	if !utf8.ValidString(text) {
		return t.oracle.tokens(text)
	}
	// The classes of the text's characters beyond ASCII.
	var unknown []rune
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		t.mu.RLock()
		for _, r := range text {
			if r >= utf8.RuneSelf && t.classes[r] == classUnknown {
				unknown = append(unknown, r)
			}
		}
		t.mu.RUnlock()
		if len(unknown) > 0 {
			if err := t.learnClasses(unknown); err != nil {
				return nil, err
			}
		}
	}
	// The words: runs that start with a token character.
	var runs []string
	start := -1
	t.mu.RLock()
	for i, r := range text {
		c := uint8(classSep)
		switch {
		case r < utf8.RuneSelf:
			if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
				c = classToken
			}
		default:
			c = t.classes[r]
		}
		switch c {
		case classToken:
			if start < 0 {
				start = i
			}
		case classMark:
		case classSep:
			if start >= 0 {
				runs = append(runs, text[start:i])
				start = -1
			}
		default:
			t.mu.RUnlock()
			return t.oracle.tokens(text)
		}
	}
	if start >= 0 {
		runs = append(runs, text[start:])
	}
	// Their tokens.
	toks := make([]string, len(runs))
	var missing []int
	for i, w := range runs {
		w = foldASCII(w)
		runs[i] = w
		s, ok := t.stems[w]
		if !ok {
			missing = append(missing, i)
		}
		toks[i] = s
	}
	t.mu.RUnlock()
	if len(missing) == 0 {
		return toks, nil
	}
	ask := make([]string, len(missing))
	for k, i := range missing {
		ask[k] = runs[i]
	}
	got, err := t.oracle.tokenize(ask)
	if err != nil {
		return nil, err
	}
	for k, g := range got {
		if len(g) != 1 || g[0] == "" {
			// Not one word to the tokenizer after all.
			return t.oracle.tokens(text)
		}
		toks[missing[k]] = g[0]
	}
	t.mu.Lock()
	if len(t.stems)+len(missing) > cacheMax {
		t.stems = map[string]string{}
	}
	for _, i := range missing {
		t.stems[runs[i]] = toks[i]
	}
	t.mu.Unlock()
	return toks, nil
}

// foldASCII lowercases an ASCII word, as unicode61 does; others are kept
// as they are (the oracle folds them).
func foldASCII(w string) string {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return w
		}
		upper = upper || c >= 'A' && c <= 'Z'
	}
	if !upper {
		return w
	}
	return strings.ToLower(w)
}

// learnClasses asks the oracle the class of each rune: "a{r}b" is two
// words when r separates; " {r}b" starts a word with r when r is a token
// character, and is "b" alone when r is a mark, which " {r} " then shows
// to be no word at all.
func (t *tokenizer) learnClasses(rs []rune) error {
	texts := make([]string, 0, 3*len(rs))
	for _, r := range rs {
		c := string(r)
		texts = append(texts, "a"+c+"b", "x "+c+"b", "x "+c+" y")
	}
	got, err := t.oracle.tokenize(texts)
	if err != nil {
		return err
	}
	eq := func(a []string, b ...string) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if a[i] != b[i] {
				return false
			}
		}
		return true
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.classes)+len(rs) > cacheMax {
		t.classes = map[rune]uint8{}
	}
	for i, r := range rs {
		in, start, alone := got[3*i], got[3*i+1], got[3*i+2]
		c := uint8(classOdd)
		switch {
		case eq(in, "a", "b"):
			c = classSep
		case len(in) != 1:
		case eq(start, "x", "b") && eq(alone, "x", "y"):
			c = classMark
		case len(start) == 2 && start[0] == "x" && start[1] != "b" && len(alone) == 3 && alone[0] == "x" && alone[1] != "" && alone[2] == "y":
			c = classToken
		}
		t.classes[r] = c
	}
	return nil
}

// oracle runs articles_fts's tokenizer on texts, in a private in-memory
// database: a contentless FTS5 table and its fts5vocab instance table,
// which lists every token with its text and position.
type oracle struct {
	mu sync.Mutex
	db *sql.DB
}

// tokens returns the tokens of one text by position.
func (o *oracle) tokens(text string) ([]string, error) {
	got, err := o.tokenize([]string{text})
	if err != nil {
		return nil, err
	}
	return got[0], nil
}

// tokenize returns, for each text, its tokens by position ("" where a
// position holds none).
func (o *oracle) tokenize(texts []string) ([][]string, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	ctx := context.Background()
	if o.db == nil {
		db, err := sql.Open("sqlite", "file::memory:")
		if err != nil {
			return nil, internal("tokenizer", err)
		}
		// One connection, kept: the in-memory database is the connection's.
		db.SetMaxOpenConns(1)
		db.SetMaxIdleConns(1)
		db.SetConnMaxIdleTime(0)
		db.SetConnMaxLifetime(0)
		for _, s := range []string{
			`CREATE VIRTUAL TABLE tok USING fts5 (t, content = '', tokenize = '` + pairsTokenize + `')`,
			`CREATE VIRTUAL TABLE tok_i USING fts5vocab (tok, instance)`,
		} {
			if _, err := db.ExecContext(ctx, s); err != nil {
				db.Close()
				return nil, internal("tokenizer", err)
			}
		}
		o.db = db
	}
	out := make([][]string, len(texts))
	err := func() error {
		tx, err := o.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		ins, err := tx.PrepareContext(ctx, `INSERT INTO tok (rowid, t) VALUES (?, ?)`)
		if err != nil {
			return err
		}
		defer ins.Close()
		for i, s := range texts {
			if _, err := ins.ExecContext(ctx, i+1, s); err != nil {
				return err
			}
		}
		rows, err := tx.QueryContext(ctx, `SELECT doc, offset, term FROM tok_i`)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var doc, off int
			var term string
			if err := rows.Scan(&doc, &off, &term); err != nil {
				return err
			}
			if doc < 1 || doc > len(texts) || off < 0 || off > 1<<24 {
				return fmt.Errorf("token at %d of text %d", off, doc)
			}
			d := out[doc-1]
			for len(d) <= off {
				d = append(d, "")
			}
			d[off] = term
			out[doc-1] = d
		}
		if err := rows.Err(); err != nil {
			return err
		}
		rows.Close()
		// Rolled back: the table is empty again.
		return nil
	}()
	if err != nil {
		return nil, internal("tokenizer", err)
	}
	return out, nil
}

// pairs returns q in the vocabulary of articles_pairs, each term the pair
// of its two tokens. ok is false when articles_fts should answer: a term
// that is not two tokens (a word, or a longer phrase, checked by position
// there), a pair too long to index, or a failure of the tokenizer.
func (q *query) pairs() (p *query, ok bool) {
	if q.parsed == nil {
		return nil, false
	}
	term := func(s string) string {
		toks, err := words.tokens(s)
		if err != nil || len(toks) != 2 || toks[0] == "" || toks[1] == "" || len(toks[0])+len(toks[1]) >= maxPair {
			return ""
		}
		return quote(toks[0] + pairSep + toks[1])
	}
	p = new(query)
	for _, clause := range q.parsed.Must {
		g := make([]string, len(clause))
		for i, s := range clause {
			if g[i] = term(s); g[i] == "" {
				return nil, false
			}
		}
		p.groups = append(p.groups, g)
	}
	for _, s := range q.parsed.Not {
		t := term(s)
		if t == "" {
			return nil, false
		}
		p.not = append(p.not, t)
	}
	return p, true
}
