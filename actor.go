package accord

// ActorType is the kind of an actor.
type ActorType string

const (
	Person       ActorType = "person"
	Country      ActorType = "country"
	Organization ActorType = "organization"
	Place        ActorType = "place"
)

// Actor is a person, country, organisation or place.
type Actor struct {
	ID      string    `json:"id"`
	Type    ActorType `json:"type"`
	Name    string    `json:"name"`              // canonical, with diacritics: Tô Lâm
	Country string    `json:"country,omitempty"` // ISO 3166-1 alpha-2 they act for (a country: itself)
	Roles   []string  `json:"roles"`             // titles seen: President, Minister of Foreign Affairs
	Aliases []string  `json:"aliases"`           // other forms seen: Lâm, General Secretary Lâm
	// Offices are the roles with the dates first and last seen (consolidated record).
	Offices []Office `json:"offices,omitempty"`
	// Keys are the article-local keys merged into this actor (consolidated record).
	Keys []string `json:"keys,omitempty"`
	// Curation is what analysts' corrections changed (see Correction).
	Curation *Curation `json:"curation,omitempty"`
	// Unnamed marks an article's person its text names only by office or
	// in the first person ("The Prime Minister spoke to …", "I met …"):
	// the holder takes part in its contacts, but the article does not name
	// them, so its list of actors leaves them out (article facts only).
	Unnamed bool `json:"unnamed,omitempty"`
}

// Office is a role held over a span of time, as seen in the articles.
type Office struct {
	Role      string `json:"role"`
	Country   string `json:"country,omitempty"`
	FirstSeen string `json:"first_seen"` // YYYY-MM-DD
	LastSeen  string `json:"last_seen"`
}
