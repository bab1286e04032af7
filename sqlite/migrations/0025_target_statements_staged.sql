-- New statements staged apart (issue 10), as new key rows are (migration
-- 0024). target_statements is clustered by target: a save appends a
-- restated target's statements at the end of its range, in the middle of
-- the tree, rows of about 300 bytes: 0.8 pages written an article at
-- 900,000 stored against 0.2 into an empty store. SaveRecord inserts into
-- target_statements_staged and moves its rows into target_statements in
-- key order every so many rows; a statement is in one table or the other,
-- readers read both (statementsFrom), a target's deletion deletes from
-- both. The count of rows staged since the last move is kept in meta.
CREATE TABLE IF NOT EXISTS target_statements_staged (
	target    TEXT NOT NULL,
	list      INTEGER NOT NULL,
	i         INTEGER NOT NULL,
	data      BLOB NOT NULL,
	title     TEXT,
	file      TEXT,
	source    TEXT,
	published TEXT,
	PRIMARY KEY (target, list, i)
) WITHOUT ROWID;
INSERT OR IGNORE INTO meta (key, value) VALUES ('target_statements_staged', 0);
