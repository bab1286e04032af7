-- Each entity's rows in entity_keys are listed in its own row (as SQLite's
-- migration 0016 does): keys and key_dates, in step. SaveRecord read an
-- entity's old rows by (kind, id) through a second index of entity_keys,
-- and every inserted key row updated that index too; the merge of several
-- ingest processes (issue 10) spent most of its time in the server on
-- them. The lists are read by the entity's primary key where it is
-- rewritten or deleted, and the index goes.
ALTER TABLE actors ADD COLUMN IF NOT EXISTS keys text[] NOT NULL DEFAULT '{}',
	ADD COLUMN IF NOT EXISTS key_dates text[] NOT NULL DEFAULT '{}';
ALTER TABLE engagements ADD COLUMN IF NOT EXISTS keys text[] NOT NULL DEFAULT '{}',
	ADD COLUMN IF NOT EXISTS key_dates text[] NOT NULL DEFAULT '{}';
ALTER TABLE targets ADD COLUMN IF NOT EXISTS keys text[] NOT NULL DEFAULT '{}',
	ADD COLUMN IF NOT EXISTS key_dates text[] NOT NULL DEFAULT '{}';

UPDATE actors t SET keys = k.keys, key_dates = k.dates
	FROM (SELECT id, array_agg(key ORDER BY key, date) AS keys, array_agg(date ORDER BY key, date) AS dates
		FROM entity_keys WHERE kind = 'actor' GROUP BY id) k
	WHERE t.id = k.id;
UPDATE engagements t SET keys = k.keys, key_dates = k.dates
	FROM (SELECT id, array_agg(key ORDER BY key, date) AS keys, array_agg(date ORDER BY key, date) AS dates
		FROM entity_keys WHERE kind = 'engagement' GROUP BY id) k
	WHERE t.id = k.id;
UPDATE targets t SET keys = k.keys, key_dates = k.dates
	FROM (SELECT id, array_agg(key ORDER BY key, date) AS keys, array_agg(date ORDER BY key, date) AS dates
		FROM entity_keys WHERE kind = 'target' GROUP BY id) k
	WHERE t.id = k.id;

-- Rows of entities no longer stored (none should be) would be found by no
-- one any more: they go.
DELETE FROM entity_keys k WHERE k.kind = 'actor' AND NOT EXISTS (SELECT 1 FROM actors a WHERE a.id = k.id);
DELETE FROM entity_keys k WHERE k.kind = 'engagement' AND NOT EXISTS (SELECT 1 FROM engagements e WHERE e.id = k.id);
DELETE FROM entity_keys k WHERE k.kind = 'target' AND NOT EXISTS (SELECT 1 FROM targets t WHERE t.id = k.id);
DELETE FROM entity_keys k WHERE k.kind NOT IN ('actor', 'engagement', 'target');

DROP INDEX IF EXISTS entity_keys_entity;
