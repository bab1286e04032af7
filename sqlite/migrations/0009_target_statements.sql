-- A target's statements as rows (issue 10): a target restated in every
-- article about a busy pair gathers thousands of mentions and history
-- entries, and rewriting its row whole at each restatement made the cost
-- of a batch grow with the target's history. The entities row keeps the
-- target without its lists; target_statements holds them, one row a
-- statement (list 0: Mentions, list 1: History, i: its index), and
-- target_parts how many of each are stored, with a hash of their JSON, so
-- that a save appends only the statements after those stored when the
-- stored ones are unchanged (see sqlite/statements.go). m = -1: Mentions
-- is null. hash 0: unknown (the next save writes the lists whole).
CREATE TABLE IF NOT EXISTS target_statements (
	target TEXT NOT NULL,
	list   INTEGER NOT NULL,
	i      INTEGER NOT NULL,
	data   BLOB NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS target_statements_at ON target_statements (target, list, i);
CREATE TABLE IF NOT EXISTS target_parts (
	target TEXT PRIMARY KEY,
	m      INTEGER NOT NULL,
	h      INTEGER NOT NULL,
	hash   INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- Stored targets move their lists to the new tables.
INSERT INTO target_statements (target, list, i, data)
	SELECT e.id, 0, CAST(j.key AS INTEGER), j.value
	FROM entities e, json_each(CAST(e.data AS TEXT), '$.mentions') j
	WHERE e.kind = 'target';
INSERT INTO target_statements (target, list, i, data)
	SELECT e.id, 1, CAST(j.key AS INTEGER), j.value
	FROM entities e, json_each(CAST(e.data AS TEXT), '$.history') j
	WHERE e.kind = 'target';
INSERT INTO target_parts (target, m, h, hash)
	SELECT id,
		CASE json_type(CAST(data AS TEXT), '$.mentions') WHEN 'array' THEN json_array_length(CAST(data AS TEXT), '$.mentions') ELSE -1 END,
		coalesce(json_array_length(CAST(data AS TEXT), '$.history'), 0),
		0
	FROM entities WHERE kind = 'target';
UPDATE entities SET data = json_set(json_remove(CAST(data AS TEXT), '$.history'), '$.mentions', json('null'))
	WHERE kind = 'target';

-- An article's rows in entity_keys carry no date (see rowDate): rows
-- written before keep theirs until their entity is saved again, which
-- finds them all the same.

-- PutArticles adds a batch's articles to the full-text index in one
-- statement, not one trigger a row: FTS5 writes its pending terms out at
-- every statement that changes it inside a transaction, so that a trigger
-- a row made a segment an article, and merging them was a fifth of the
-- cost of storing an article in a large store. Deletes and updates keep
-- their triggers.
DROP TRIGGER IF EXISTS articles_fts_insert;
