-- search_docs: what search reads, one narrow row per article, partitioned
-- by the month of publication (see Search). A word in every article costs
-- a GIN bitmap over one month's articles, not over the whole store, and the
-- newest matches are found by walking the months newest first. The filters
-- are lexemes of doc too ("country VN", "area energy", "type meeting",
-- "source VNA": a space, which no word of a text has), so that a filter is
-- a condition of the same GIN index; tags holds them again for the facets.
-- Articles with no month-shaped date (YYYY-MM…) go to search_docs_other.
--
-- PutArticles writes the rows (after the article's tags), creating the
-- month's partition first (search_docs_month); a trigger deletes them with
-- their article. A migration that rewrites articles.search must rewrite
-- search_docs.doc too.
CREATE TABLE search_docs (
	id        text NOT NULL,
	published text COLLATE "C" NOT NULL,
	tags      text[] NOT NULL,
	doc       tsvector NOT NULL
) PARTITION BY RANGE (published);
CREATE TABLE search_docs_other PARTITION OF search_docs DEFAULT;

-- search_docs_month creates the partition of month m (YYYY-MM) if missing.
CREATE FUNCTION search_docs_month(m text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	next text;
BEGIN
	IF m !~ '^[0-9]{4}-(0[1-9]|1[0-2])$' THEN
		RETURN;
	END IF;
	IF to_regclass('search_docs_' || replace(m, '-', '_')) IS NOT NULL THEN
		RETURN;
	END IF;
	next := to_char(to_date(m || '-01', 'YYYY-MM-DD') + interval '1 month', 'YYYY-MM');
	EXECUTE format('CREATE TABLE %I PARTITION OF search_docs FOR VALUES FROM (%L) TO (%L)',
		'search_docs_' || replace(m, '-', '_'), m, next);
END
$$;

-- The search words of an article and its filters as lexemes.
CREATE FUNCTION search_doc(search tsvector, tags text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT search || array_to_tsvector(tags) $$;

CREATE FUNCTION search_docs_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM search_docs WHERE published = OLD.published AND id = OLD.id;
	RETURN NULL;
END
$$;
CREATE TRIGGER articles_search_docs AFTER DELETE ON articles
	FOR EACH ROW EXECUTE FUNCTION search_docs_delete();

-- Existing stores: every article, its tags and source.
SELECT search_docs_month(m) FROM (SELECT DISTINCT left(published, 7) AS m FROM articles) x;
SET LOCAL maintenance_work_mem = '256MB';
SET LOCAL work_mem = '256MB';
INSERT INTO search_docs (id, published, tags, doc)
SELECT a.id, a.published, t.tags, search_doc(a.search, t.tags)
FROM articles a
CROSS JOIN LATERAL (
	SELECT coalesce(array_agg(g.kind || ' ' || g.value ORDER BY g.kind, g.value), '{}')
		|| CASE WHEN a.source = '' THEN '{}'::text[] ELSE ARRAY['source ' || a.source] END AS tags
	FROM article_tags g
	WHERE g.article_id = a.id AND g.kind IN ('country', 'area', 'type')) t;
CREATE INDEX search_docs_doc ON search_docs USING gin (doc);
CREATE INDEX search_docs_key ON search_docs (published, id);
