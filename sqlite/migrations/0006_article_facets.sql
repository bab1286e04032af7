-- The facet values of each article (country, area, type and source tags),
-- in one short row: the facets of ten thousand matches are ten thousand
-- lookups in a narrow table, not a range of article_tags each.
-- tags: kind ":" value pairs separated by char(31).
CREATE TABLE article_facets (
	n    INTEGER PRIMARY KEY REFERENCES articles (n) ON DELETE CASCADE,
	tags TEXT NOT NULL
);
INSERT INTO article_facets (n, tags)
	SELECT article, group_concat(kind || ':' || value, char(31)) FROM article_tags
	WHERE kind IN ('country', 'area', 'type', 'source') GROUP BY article;
