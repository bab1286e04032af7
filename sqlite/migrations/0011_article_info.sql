-- What a view shows of a reporting article (title, date, file, source),
-- read from one narrow index: a relationship's timeline names thousands of
-- articles, and a lookup by id in the table itself reads each article's row
-- through a second b-tree.
CREATE INDEX IF NOT EXISTS articles_info ON articles (id, published, title, file, source, path, url, dateline, format);
