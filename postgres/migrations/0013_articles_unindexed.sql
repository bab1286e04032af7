-- Writes that no query reads (issue 10, several writers): search reads
-- search_docs (migration 0008), so the GIN index of articles.search and the
-- column title_search (ranking, before search_docs) only cost every stored
-- article a second tsvector of its title and a GIN insert of its words.
-- articles.search stays: search_docs.doc is made from it.
DROP INDEX IF EXISTS articles_search;
ALTER TABLE articles DROP COLUMN IF EXISTS title_search;

-- article_tags' rows go with their article, as the foreign key's ON DELETE
-- CASCADE did, but without the key's check of every inserted tag (about a
-- dozen an article), a third of the cost of writing them. Tags are written
-- only in the transaction that writes their article.
CREATE OR REPLACE FUNCTION article_tags_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	DELETE FROM article_tags WHERE article_id = OLD.id;
	RETURN NULL;
END
$$;
ALTER TABLE article_tags DROP CONSTRAINT IF EXISTS article_tags_article_id_fkey;
DROP TRIGGER IF EXISTS articles_article_tags ON articles;
CREATE TRIGGER articles_article_tags AFTER DELETE ON articles
	FOR EACH ROW EXECUTE FUNCTION article_tags_delete();
