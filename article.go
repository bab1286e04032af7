package accord

// Article is one news item as read from a file, a feed or standard input.
type Article struct {
	// ID is stable: derived from the content (title, date, body), so the same
	// article gets the same id on every run and machine. See ArticleID.
	ID string `json:"id"`
	// File is the base name of the file it came from, or its URL / feed item id.
	File string `json:"file"`
	// Path is the input's identity: the absolute path of its file, or its URL
	// or feed item id. A changed input (same Path, new content) replaces its
	// older version; two inputs with one base name in two folders are two
	// inputs. Empty means File. Not in JSON: a server's file layout is no
	// business of its API's readers.
	Path      string `json:"-"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title"`
	Published string `json:"published"`          // YYYY-MM-DD
	Dateline  string `json:"dateline,omitempty"` // place in its usual spelling: Hà Nội
	Source    string `json:"source,omitempty"`   // agency credit: VNA/VNS
	Format    string `json:"format,omitempty"`   // agency, markdown, jsonl, html, text
	Body      string `json:"body,omitempty"`     // plain text; evidence offsets index into it
}

// Key is the input identity the store replaces by: Path, else File.
func (a *Article) Key() string {
	if a.Path != "" {
		return a.Path
	}
	return a.File
}

// Input formats, as recognised by package read.
const (
	FormatAgency   = "agency"
	FormatMarkdown = "markdown"
	FormatJSONL    = "jsonl"
	FormatHTML     = "html"
	FormatText     = "text"
)

// Evidence points a fact back to the sentence it came from.
type Evidence struct {
	Article string `json:"article"`
	Quote   string `json:"quote"`
	Start   int    `json:"start"` // byte offsets of Quote in the article's Body
	End     int    `json:"end"`
	// Published is the article's date, so that histories sort without a lookup.
	Published string `json:"published,omitempty"`
	// DateBasis says, for an engagement's report, where its date comes
	// from: "text" (the text dates it: "on October 29", "yesterday") or
	// "published" (the text gives no date; the publication date stands).
	DateBasis string `json:"date_basis,omitempty"`
	// Home is, for an engagement's report, the home country of the
	// article's publisher (a government's site or a national agency) when
	// accord knows it: the time zone the report's dates are in.
	Home string `json:"home,omitempty"`
}

// ArticleFacts is everything extracted from one article. Actor ids in it are
// local keys (see ActorKey); the consolidated Record maps them to global actors.
type ArticleFacts struct {
	Article     *Article     `json:"article"`
	Actors      []Actor      `json:"actors"`
	Areas       []string     `json:"areas"`
	Engagements []Engagement `json:"engagements"`
	// References are past events the article mentions without reporting them
	// (`the state visit to the RoK in August 2025`); Status is StatusMentioned.
	References []Engagement `json:"references,omitempty"`
	// Invitations are engagements proposed for the future; Status is StatusPending.
	Invitations []Engagement `json:"invitations,omitempty"`
	Targets     []Target     `json:"targets"`
}
