-- Phrases from the index (issue 10): search_docs.doc also holds, as
-- lexemes without positions, every pair of lexemes at adjacent positions
-- of the article's words ("offici" U+001F "visit"; no word or tag holds
-- U+001F). A two-word phrase is then one lexeme of the GIN index, exact
-- without reading a single tsvector; a longer one reads only the
-- tsvectors of the articles holding all its pairs. Before, a phrase of two
-- common words made PostgreSQL recheck the positions of every article
-- holding both words: seconds at a million articles.
--
-- The pairs are computed from the stored positions, so that a pair is in
-- doc exactly when the phrase operator <-> finds its two lexemes adjacent
-- (see search_term). An article whose pairs would not fit a tsvector (1 MB)
-- gets the lexeme U+001F alone instead: its phrases are checked by
-- position. CREATE OR REPLACE: the script may run again in a test.

-- search_pairs returns the adjacent pairs of a tsvector's lexemes.
CREATE OR REPLACE FUNCTION search_pairs(v tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
	WITH w AS (SELECT u.lexeme, p FROM unnest(v) u, unnest(u.positions) p),
	pairs AS (
		SELECT DISTINCT a.lexeme || E'\x1f' || b.lexeme AS pair
		FROM w a JOIN w b ON b.p = a.p + 1
		WHERE octet_length(a.lexeme) + octet_length(b.lexeme) < 2000)
	SELECT CASE WHEN (SELECT coalesce(sum(octet_length(pair) + 8), 0) FROM pairs) > 300000
		THEN array_to_tsvector(ARRAY[E'\x1f'])
		ELSE array_to_tsvector(ARRAY(SELECT pair FROM pairs)) END
$$;

-- search_lexeme is the tsquery text of one lexeme, whatever its characters.
CREATE OR REPLACE FUNCTION search_lexeme(s text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT '''' || replace(replace(s, '\', '\\'), '''', '''''') || '''' $$;

-- search_term is phraseto_tsquery('accord', t) rewritten to use the pairs,
-- matching the same articles. A phrase l1 <-> l2 <-> ... <-> lk of single
-- lexemes at positions 1..k (the accord configuration has no stop words)
-- becomes: all its pairs (or the U+001F lexeme of an article without
-- pairs) and, from three lexemes on, the phrase itself, checked by
-- position on the few articles holding every pair. For two lexemes the
-- pair is the phrase. Anything else (one word, a pair too long for a
-- lexeme) is phraseto_tsquery's.
CREATE OR REPLACE FUNCTION search_term(t text) RETURNS tsquery
LANGUAGE sql STABLE PARALLEL SAFE AS $$
	WITH q AS (SELECT phraseto_tsquery('accord', t) AS q, to_tsvector('accord', t) AS v),
	w AS (SELECT u.lexeme, p FROM q, unnest(q.v) u, unnest(u.positions) p),
	s AS (SELECT count(*) AS k, count(DISTINCT p) AS np, min(p) AS lo, max(p) AS hi FROM w),
	pairs AS (
		SELECT a.lexeme || E'\x1f' || b.lexeme AS pair,
			octet_length(a.lexeme) + octet_length(b.lexeme) < 2000 AS fits
		FROM w a JOIN w b ON b.p = a.p + 1)
	SELECT CASE
		WHEN s.k < 2 OR s.k <> s.np OR s.lo <> 1 OR s.hi <> s.k OR numnode(q.q) <> 2 * s.k - 1
			OR EXISTS (SELECT 1 FROM pairs WHERE NOT fits) THEN q.q
		WHEN s.k = 2 THEN
			(SELECT search_lexeme(pair)::tsquery FROM pairs) || (search_lexeme(E'\x1f')::tsquery && q.q)
		ELSE
			((SELECT string_agg(search_lexeme(pair), ' & ')::tsquery FROM pairs) || search_lexeme(E'\x1f')::tsquery) && q.q
		END
	FROM q, s
$$;

-- The search words of an article, its filters and its pairs as lexemes.
CREATE OR REPLACE FUNCTION search_doc(search tsvector, tags text[]) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT search || array_to_tsvector(tags) || search_pairs(search) $$;

-- Existing rows: the index is built again after the rewrite, rather than
-- updated row by row.
SET LOCAL maintenance_work_mem = '256MB';
SET LOCAL work_mem = '64MB';
DROP INDEX IF EXISTS search_docs_doc;
UPDATE search_docs SET doc = doc || search_pairs(doc);
CREATE INDEX search_docs_doc ON search_docs USING gin (doc);

-- search_docs_key (published, id) goes: search's queries are generic plans
-- (see walk.next in searchwalk.go), which cannot tell that a month's bounds
-- select the whole partition, and so ANDed the (published, id) index of
-- every month with the GIN index, reading every entry of it. A month's
-- narrow rows are read faster whole; the trigger that deletes an article's
-- row finds it by id within its month.
DROP INDEX IF EXISTS search_docs_key;
CREATE INDEX IF NOT EXISTS search_docs_id ON search_docs (id);
