-- Search reads an article's source from its tags, as it does its countries,
-- areas and types, so that neither a filter nor the facets of ten thousand
-- matches read the articles' rows (bodies and facts) one by one.
INSERT OR IGNORE INTO article_tags (article, kind, value)
	SELECT n, 'source', source FROM articles WHERE source != '';
-- A narrow index of the keys, newest first without reading the rows: the
-- order of a search without words.
CREATE INDEX articles_n ON articles (n);
