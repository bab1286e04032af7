-- New key rows staged apart (issue 10). entity_keys is clustered by key
-- then date: a save's rows go to the end of each key's range, in the
-- middle of the tree, about 1,070 keys a save of 1,000 articles. In a small
-- store several ends share a leaf; at 900,000 stored articles each is a
-- leaf of its own, split as it fills: 2.4 pages written an article against
-- 1.4 into an empty store, the largest share of the growth of an ingest's
-- cost with the store. SaveRecord inserts into entity_keys_staged, which
-- stays the size of the last few tens of thousands of articles, and moves
-- its rows into entity_keys in key order every so many rows (one pass
-- over the keys' ends, each leaf written once). A row is in one table or
-- the other; readers read both, deleters delete from both. The count of
-- rows staged since the last move is kept in meta.
CREATE TABLE IF NOT EXISTS entity_keys_staged (
	key  TEXT NOT NULL,
	date TEXT NOT NULL DEFAULT '',
	kind TEXT NOT NULL,
	id   TEXT NOT NULL,
	PRIMARY KEY (key, date, kind, id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO meta (key, value) VALUES ('entity_keys_staged', 0);
