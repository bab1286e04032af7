-- Articles as read. n is the integer key the full-text index and the tags
-- refer to; an INTEGER PRIMARY KEY survives VACUUM, an implicit rowid does not.
CREATE TABLE articles (
	n         INTEGER PRIMARY KEY,
	id        TEXT NOT NULL UNIQUE,
	file      TEXT NOT NULL,
	path      TEXT NOT NULL UNIQUE, -- the input's identity: Article.Key
	url       TEXT NOT NULL DEFAULT '',
	title     TEXT NOT NULL,
	published TEXT NOT NULL,
	dateline  TEXT NOT NULL DEFAULT '',
	source    TEXT NOT NULL DEFAULT '',
	format    TEXT NOT NULL DEFAULT '',
	body      TEXT NOT NULL,
	facts     TEXT NOT NULL, -- JSON of accord.ArticleFacts without its article
	added_at  TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published, id);
CREATE INDEX articles_file ON articles (file);
CREATE INDEX articles_source ON articles (source, published, id);

-- Tags derived from the facts, for search filters and facets:
-- kind is country, area, type or actor.
CREATE TABLE article_tags (
	article INTEGER NOT NULL REFERENCES articles (n) ON DELETE CASCADE,
	kind    TEXT NOT NULL,
	value   TEXT NOT NULL,
	PRIMARY KEY (article, kind, value)
) WITHOUT ROWID;
CREATE INDEX article_tags_value ON article_tags (kind, value, article);

-- Full-text index over titles and bodies; the text itself stays in articles.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, body,
	content = 'articles', content_rowid = 'n',
	tokenize = 'unicode61 remove_diacritics 2'
);
-- Rank by bm25 with a title match worth ten body matches.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)');

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts (rowid, title, body) VALUES (new.n, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.n, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.n, old.title, old.body);
	INSERT INTO articles_fts (rowid, title, body) VALUES (new.n, new.title, new.body);
END;

-- The consolidated record: actors, engagements (held, pending, mentioned)
-- and targets, as JSON by kind and id.
CREATE TABLE entities (
	kind   TEXT NOT NULL,
	id     TEXT NOT NULL,
	status TEXT NOT NULL DEFAULT '',
	date   TEXT NOT NULL DEFAULT '',
	data   TEXT NOT NULL,
	PRIMARY KEY (kind, id)
) WITHOUT ROWID;
CREATE INDEX entities_status ON entities (kind, status, date);

-- Store-wide values: generation counts writes, so readers can cache views.
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('generation', 0);
