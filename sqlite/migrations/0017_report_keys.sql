-- Report keys by article key (issue 10). An entity's key "r:" + article
-- id (accord.KeyReport: the entities an article reports) took a row of
-- entity_keys at a random place, article ids being hashes: some 2,500 a
-- batch of 1,024 articles, a third of the rows a batch adds to the index,
-- and most of the pages of entity_keys it wrote at 425,000 articles.
-- report_keys holds them by the article's n instead, which follows the
-- dates: a batch's rows append. SaveRecord and RecordOf translate between
-- the key and n through the unique index on articles.id (narrow, it stays
-- in the page cache). A report key of an article not stored (a record
-- imported without its articles) stays in entity_keys; an article's rows
-- here go with it (trigger), before its n can be given again.
CREATE TABLE IF NOT EXISTS report_keys (
	article INTEGER NOT NULL, -- articles.n
	kind    TEXT NOT NULL,
	id      TEXT NOT NULL,
	PRIMARY KEY (article, kind, id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO report_keys (article, kind, id)
	SELECT a.n, k.kind, k.id FROM entity_keys k JOIN articles a ON a.id = substr(k.key, 3)
	WHERE k.key >= 'r:' AND k.key < 'r;'
	ORDER BY a.n;
DELETE FROM entity_keys WHERE key >= 'r:' AND key < 'r;' AND substr(key, 3) IN (SELECT id FROM articles);
CREATE TRIGGER IF NOT EXISTS report_keys_article_delete AFTER DELETE ON articles BEGIN
	DELETE FROM report_keys WHERE article = old.n;
END;
