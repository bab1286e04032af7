-- Actor keys in the order they are written (issue 10). Keyed by
-- "article/key", the rows of a batch's articles (article ids are hashes)
-- and the index by actor ((actor, key): a leader has a key in most
-- articles) took an insert at a random place each: at 425,000 articles,
-- some 4,000 pages written and mostly read back from the file for every
-- 1,000 articles. A rowid table appends the rows; the index by actor
-- appends at the end of each actor's range (actor, seq) and carries the
-- key, so that an actor's keys are still one index range. Only the unique
-- index on key takes a random place, once an article (its keys are
-- neighbours).
CREATE TABLE actor_keys_seq (
	seq   INTEGER PRIMARY KEY,
	key   TEXT NOT NULL UNIQUE,
	actor TEXT NOT NULL
);
INSERT INTO actor_keys_seq (key, actor) SELECT key, actor FROM actor_keys ORDER BY key;
DROP TABLE actor_keys;
ALTER TABLE actor_keys_seq RENAME TO actor_keys;
CREATE INDEX actor_keys_actor ON actor_keys (actor, seq, key);
