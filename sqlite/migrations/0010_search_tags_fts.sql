-- Search filters by country, area, type and source become full-text terms:
-- the index gets a third column, tags, holding each article's facet values
-- (article_facets) as "kind value tagend" runs, so that a filter is a
-- phrase ANDed in the index ("energy" in Viet Nam walks the doclists, not
-- one tag lookup per "energy" match). Words search title and body only
-- (sqlite/search.go). The content is the view articles_search; the index
-- is rebuilt from it and merged into one segment (fewer segments to walk
-- for every query): a few minutes per million articles, once.
DROP TRIGGER IF EXISTS articles_fts_insert;
DROP TRIGGER IF EXISTS articles_fts_delete;
DROP TRIGGER IF EXISTS articles_fts_update;
DROP TABLE IF EXISTS articles_fts;
CREATE VIEW articles_search AS
	SELECT a.n AS n, a.title AS title, a.body AS body,
		coalesce(replace(x.tags, char(31), ' tagend ') || ' tagend', '') AS tags
	FROM articles a LEFT JOIN article_facets x ON x.n = a.n;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, body, tags,
	content = 'articles_search', content_rowid = 'n',
	tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 0.0)');
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
INSERT INTO articles_fts (articles_fts) VALUES ('optimize');
-- PutArticles adds an article's entry once its facets are written. A
-- deleted article's entry goes before its facets do (cascade).
CREATE TRIGGER articles_fts_delete BEFORE DELETE ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, body, tags)
		SELECT 'delete', n, title, body, tags FROM articles_search WHERE n = old.n;
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
	INSERT INTO articles_fts (articles_fts, rowid, title, body, tags)
		SELECT 'delete', old.n, old.title, old.body, tags FROM articles_search WHERE n = old.n;
	INSERT INTO articles_fts (rowid, title, body, tags)
		SELECT n, title, body, tags FROM articles_search WHERE n = new.n;
END;
