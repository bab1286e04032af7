-- Article keys in date order, so that the full-text index, which iterates
-- its matches in rowid (n) order and can stop at a LIMIT, lists them newest
-- first: n = (days from 1900-01-01 to published) << 24 | the article's
-- sequence within its day. An article without a readable date is on day 0.
-- New articles take their n the same way (PutArticles). Existing stores are
-- renumbered here, their tags moved along and the full-text index rebuilt:
-- about a minute per 100,000 articles, once.
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE renumber (old INTEGER PRIMARY KEY, new INTEGER NOT NULL);
INSERT INTO renumber (old, new)
	SELECT n, (d << 24) + row_number() OVER (PARTITION BY d ORDER BY n) - 1
	FROM (SELECT n, max(0, min(1048575, coalesce(CAST(julianday(published) - 2415020.5 AS INTEGER), 0))) AS d FROM articles);
-- Two steps, so that no new n meets an old one on the way.
UPDATE articles SET n = -n;
UPDATE articles SET n = (SELECT new FROM renumber WHERE old = -articles.n);
UPDATE article_tags SET article = -article;
UPDATE article_tags SET article = (SELECT new FROM renumber WHERE old = -article_tags.article);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
DROP TABLE renumber;
