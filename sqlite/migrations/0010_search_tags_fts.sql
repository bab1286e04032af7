-- Search filters by country, area, type and source become full-text terms:
-- the index gets a third column, tags, holding one term per tag of the
-- article (article_tags but actors), hex(kind || ':' || value): a single
-- token, matched exactly, that no word of a text is. A filter is then a
-- term ANDed in the index ("energy" in Viet Nam walks the doclists, not
-- one tag lookup per "energy" match). The content is the view
-- articles_search; the index is rebuilt from it and merged into one
-- segment (fewer segments to walk for every query): about fifteen minutes
-- per million articles on a loaded machine, once.
DROP TRIGGER IF EXISTS articles_fts_insert;
DROP TRIGGER IF EXISTS articles_fts_delete;
DROP TRIGGER IF EXISTS articles_fts_update;
DROP TABLE IF EXISTS articles_fts;
DROP VIEW IF EXISTS articles_search;
CREATE VIEW articles_search AS
	SELECT a.n AS n, a.title AS title, a.body AS body,
		coalesce((SELECT group_concat(hex(t.kind || ':' || t.value), ' ') FROM article_tags t
			WHERE t.article = a.n AND t.kind != 'actor'), '') AS tags
	FROM articles a;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, body, tags,
	content = 'articles_search', content_rowid = 'n',
	tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 0.0)');
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
INSERT INTO articles_fts (articles_fts) VALUES ('optimize');
-- PutArticles adds an article's entry once its tags are written. A
-- deleted article's entry goes before its tags do (cascade).
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
