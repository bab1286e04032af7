-- accord schema, version 1.
--
-- Full-text search uses a text search configuration "accord": words as they
-- are (no stemming, no stop words, as in the SQLite store) after unaccent
-- folding, so that "Ha Noi" finds "Hà Nội" and ts_headline marks the
-- accented words of the original text.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- The unaccent dictionary lives in whatever schema the extension was
-- installed in; name it explicitly so that the configuration does not depend
-- on the search_path of later sessions.
DO $$
DECLARE ns text;
BEGIN
	SELECT n.nspname INTO ns FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
	WHERE e.extname = 'unaccent';
	IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'accord' AND cfgnamespace = current_schema()::regnamespace) THEN
		CREATE TEXT SEARCH CONFIGURATION accord (COPY = pg_catalog.simple);
		EXECUTE format('ALTER TEXT SEARCH CONFIGURATION accord ALTER MAPPING FOR hword, hword_part, word WITH %I.unaccent, simple', ns);
	END IF;
END
$$;

CREATE TABLE articles (
	id        text PRIMARY KEY,
	file      text NOT NULL UNIQUE,
	url       text NOT NULL DEFAULT '',
	title     text NOT NULL DEFAULT '',
	published text NOT NULL DEFAULT '',
	dateline  text NOT NULL DEFAULT '',
	source    text NOT NULL DEFAULT '',
	format    text NOT NULL DEFAULT '',
	body      text NOT NULL DEFAULT '',
	-- facts: ArticleFacts without the article, as JSON.
	facts     jsonb NOT NULL,
	search    tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector('accord', title), 'A') ||
		setweight(to_tsvector('accord', body), 'B')
	) STORED
);
CREATE INDEX articles_published ON articles (published, id);
CREATE INDEX articles_source ON articles (source);
CREATE INDEX articles_search ON articles USING gin (search);

-- article_tags holds the facets and filters of search: country, area, type.
CREATE TABLE article_tags (
	article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	kind       text NOT NULL,
	value      text NOT NULL,
	PRIMARY KEY (article_id, kind, value)
);
CREATE INDEX article_tags_value ON article_tags (kind, value, article_id);

-- The consolidated record: one JSON document per entity.
CREATE TABLE actors (
	id   text PRIMARY KEY,
	data jsonb NOT NULL
);
CREATE TABLE engagements (
	id     text PRIMARY KEY,
	status text NOT NULL DEFAULT '',
	data   jsonb NOT NULL
);
CREATE TABLE targets (
	id   text PRIMARY KEY,
	data jsonb NOT NULL
);

-- generation is bumped after every committed write (see DB.bump).
CREATE SEQUENCE generation;
