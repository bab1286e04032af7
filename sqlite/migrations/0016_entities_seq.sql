-- Entities in the order they are written (issue 10). Keyed by (kind, id),
-- ids being hashes, the rows of a batch's new and merged entities (JSON of
-- a kilobyte or more each) took a page at a random place of the whole
-- table each: at 425,000 articles some 30,000 of its 104,000 pages were
-- written in 20,000 articles, and read back from the file, since the
-- table (400 MB) is larger than the page cache. As a rowid table the rows
-- append, and the engagements a batch merges into are mostly the recent
-- ones, at the end; the unique index on (kind, id) is narrow (some 40
-- bytes a row), small enough to stay in the cache.
--
-- keys: the entity's rows in entity_keys, a JSON array of [key, date],
-- written with the row. SaveRecord reads an entity's keys here (on the
-- page it rewrites anyway) to write only those that changed, instead of
-- from an index of entity_keys by (kind, id), which carried every key and
-- date (180 MB at 425,000 articles) and took a random page an entity
-- saved; that index goes.
--
-- Stored rows are copied in the order of entities_status (kind, status,
-- date), which needs no sort (a sort of the whole table held it in
-- memory), so that the recent engagements of each status are together.
-- About half a minute of CPU per 100,000 articles, once.
CREATE TABLE entities_seq (
	seq    INTEGER PRIMARY KEY,
	kind   TEXT NOT NULL,
	id     TEXT NOT NULL,
	status TEXT NOT NULL DEFAULT '',
	date   TEXT NOT NULL DEFAULT '',
	data   TEXT NOT NULL,
	keys   TEXT NOT NULL DEFAULT '[]'
);
INSERT INTO entities_seq (kind, id, status, date, data, keys)
	SELECT e.kind, e.id, e.status, e.date, e.data,
		coalesce((SELECT json_group_array(json_array(k.key, k.date)) FROM entity_keys k WHERE k.kind = e.kind AND k.id = e.id), '[]')
	FROM entities e ORDER BY e.kind, e.status, e.date;
-- Its index and the record_counts triggers go with it; they are made
-- again on the new table (the counts do not change).
DROP TABLE entities;
ALTER TABLE entities_seq RENAME TO entities;
CREATE UNIQUE INDEX entities_id ON entities (kind, id);
CREATE INDEX entities_status ON entities (kind, status, date);
DROP INDEX IF EXISTS entity_keys_entity;

CREATE TRIGGER record_counts_entity_insert AFTER INSERT ON entities BEGIN
	UPDATE record_counts SET n = n + 1 WHERE what = new.kind AND NOT (new.kind = 'engagement' AND new.status = 'pending');
END;
CREATE TRIGGER record_counts_entity_delete AFTER DELETE ON entities BEGIN
	UPDATE record_counts SET n = n - 1 WHERE what = old.kind AND NOT (old.kind = 'engagement' AND old.status = 'pending');
END;
CREATE TRIGGER record_counts_entity_update AFTER UPDATE OF kind, status ON entities
	WHEN old.kind != new.kind OR old.status != new.status BEGIN
	UPDATE record_counts SET n = n - 1 WHERE what = old.kind AND NOT (old.kind = 'engagement' AND old.status = 'pending');
	UPDATE record_counts SET n = n + 1 WHERE what = new.kind AND NOT (new.kind = 'engagement' AND new.status = 'pending');
END;

-- What a view shows of a reporting article (migration 0011), by key
-- rather than by id: an index by article id (a hash) took a random page
-- for every article stored, most of its pages were written again within
-- 20,000 articles at 425,000 stored. Keyed by n (the date order) it
-- appends; a view finds n from the id in the narrow unique index on id.
DROP INDEX IF EXISTS articles_info;
CREATE INDEX articles_info ON articles (n, id, published, title, file, source, path, url, dateline, format);
