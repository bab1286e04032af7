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

-- Actor keys by article key too. actor_keys (migration 0013) appends its
-- rows, but its unique index on key ("article id/actor key") took a random
-- place for every article a batch names actors in: at 425,000 articles
-- 12,000 of its 17,000 pages were written again within 20,000 articles.
-- The unique index is now on (article, key), article being the n of the
-- key's article (-1 when the article is not stored): the same rows, in
-- date order. ActorKeys and a replaced article's keys go through n.
CREATE TABLE actor_keys_n (
	seq     INTEGER PRIMARY KEY,
	article INTEGER NOT NULL, -- articles.n of the key's article, -1: not stored
	key     TEXT NOT NULL,
	actor   TEXT NOT NULL
);
INSERT INTO actor_keys_n (seq, article, key, actor)
	SELECT k.seq, coalesce(a.n, -1), k.key, k.actor
	FROM actor_keys k LEFT JOIN articles a ON a.id = substr(k.key, 1, instr(k.key, '/') - 1);
DROP TABLE actor_keys;
ALTER TABLE actor_keys_n RENAME TO actor_keys;
CREATE UNIQUE INDEX actor_keys_key ON actor_keys (article, key);
CREATE INDEX actor_keys_actor ON actor_keys (actor, seq, key);
