-- Inputs are known by path (Article.Key): two files with one base name in
-- two folders are two inputs, and a changed file replaces the article stored
-- under its path. file stays, as the base name, for lookups.
ALTER TABLE articles ADD COLUMN path text;
UPDATE articles SET path = file;
ALTER TABLE articles ALTER COLUMN path SET NOT NULL;
ALTER TABLE articles ADD CONSTRAINT articles_path_key UNIQUE (path);
ALTER TABLE articles DROP CONSTRAINT articles_file_key;
CREATE INDEX articles_file ON articles (file);

-- title_search ranks large result sets (see Search): small enough to stay
-- in the row, where search lives out of line (TOAST) and is slow to read by
-- the hundred thousand.
ALTER TABLE articles ADD COLUMN title_search tsvector GENERATED ALWAYS AS (
	setweight(to_tsvector('accord', title), 'A')
) STORED;
