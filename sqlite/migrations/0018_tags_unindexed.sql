-- article_tags by value (issue 10): no query reads it any more. Search
-- filters are terms of the full-text index's tags column (migration
-- 0010), facets are read from article_facets (0006), and a view reads an
-- article's areas by its key (the table's own order). Yet every tag of
-- every article stored took a row in it, at the end of its value's range:
-- a dozen places an article across an index of some 190 MB at 425,000
-- articles, larger than the writer's page cache.
DROP INDEX IF EXISTS article_tags_value;
