-- A target's statements side by side (issue 10). target_statements was a
-- rowid table: a statement took the next rowid when its article was
-- stored, so that a target restated over years had its rows on as many
-- pages, and a view reading a target's latest fifty statements read a page
-- for each. A relationship's brief reads those of every target its
-- contacts' articles state (1,500 statements of 36 targets for a busy
-- pair at 785,000 articles: 1,500 pages, a third of the brief's CPU).
-- Keyed by (target, list, i), the rows the unique index ordered are the
-- table: a target's statements fill a few pages in their order. A save
-- still touches one place per target restated, the end of its range, as
-- the index did. Stored rows are copied in key order: about ten seconds
-- per 500,000 statements, once.
CREATE TABLE target_statements_by_target (
	target TEXT NOT NULL,
	list   INTEGER NOT NULL,
	i      INTEGER NOT NULL,
	data   BLOB NOT NULL,
	PRIMARY KEY (target, list, i)
) WITHOUT ROWID;
INSERT INTO target_statements_by_target (target, list, i, data)
	SELECT target, list, i, data FROM target_statements ORDER BY target, list, i;
DROP TABLE target_statements;
ALTER TABLE target_statements_by_target RENAME TO target_statements;
