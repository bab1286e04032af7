-- The heads of the articles a target's history cites, with its statements
-- (issue 10). A relationship's brief prints each of its targets' latest
-- statements with its article's title, outlet and file: for a busy pair at
-- a million articles 840 articles besides those it reports, each looked up
-- by id at a random place of the store (2,373 of the brief's 5,079 page
-- reads). A statement's row of history (list 1) now carries its article's
-- title, file, source and published, read with the statement: an article's
-- head never changes under its id (the id is derived from its content, and
-- a changed file is stored under a new id), so the copy cannot go stale.
-- NULL when the article was not stored when the statement was written:
-- views look such an article up as before. Mentions (list 0) cite the same
-- articles and carry none. Copied in key order, as migration 0019 did
-- (IF EXISTS, here and below: tests roll a store back to older schemas and
-- migrate again).
DROP TABLE IF EXISTS target_statements_heads;
CREATE TABLE target_statements_heads (
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
INSERT INTO target_statements_heads (target, list, i, data, title, file, source, published)
	SELECT s.target, s.list, s.i, s.data, a.title, a.file, a.source, a.published
	FROM target_statements s
	LEFT JOIN articles a ON a.id = CASE WHEN s.list = 1 THEN json_extract(s.data, '$.article') END
	ORDER BY s.target, s.list, s.i;
DROP TABLE target_statements;
ALTER TABLE target_statements_heads RENAME TO target_statements;

-- A line of each gathering (an engagement of more than two countries) as a
-- relationship's timeline lists it (issue 10): its date, type, place and
-- countries, and its first report's article with that article's head. A
-- busy pair attended hundreds of gatherings together (598 for the busiest
-- timeline at a million articles), and the timeline read each whole: its
-- status in entities_id_status, its row (a kilobyte of JSON, decoded), its
-- first report's key by id and that article's row, 4,400 of its 4,635 page
-- reads. The gatherings are still found by their keys (the intersection of
-- the two countries' gathering keys); their lines come from here, a few
-- hundred bytes each, ordered by id. Triggers keep the lines with the
-- entities' rows, whatever writes them (a save of the record, a rebuild,
-- a correction). countries is the engagement's list as stored (JSON).
DROP TRIGGER IF EXISTS gathering_lines_insert;
DROP TRIGGER IF EXISTS gathering_lines_update;
DROP TRIGGER IF EXISTS gathering_lines_delete;
DROP TABLE IF EXISTS gathering_lines;
CREATE TABLE gathering_lines (
	id            TEXT NOT NULL PRIMARY KEY,
	status        TEXT NOT NULL,
	date          TEXT NOT NULL,
	end_date      TEXT NOT NULL,
	type          TEXT NOT NULL,
	place         TEXT NOT NULL,
	place_country TEXT NOT NULL,
	countries     TEXT NOT NULL,
	article       TEXT NOT NULL,
	title         TEXT,
	file          TEXT,
	source        TEXT,
	published     TEXT
) WITHOUT ROWID;
INSERT INTO gathering_lines
	SELECT e.id, e.status, coalesce(json_extract(e.data, '$.date'), ''), coalesce(json_extract(e.data, '$.end_date'), ''),
		coalesce(json_extract(e.data, '$.type'), ''), coalesce(json_extract(e.data, '$.place.name'), ''),
		coalesce(json_extract(e.data, '$.place.country'), ''), json_extract(e.data, '$.countries'),
		coalesce(json_extract(e.data, '$.reports[0].article'), ''), a.title, a.file, a.source, a.published
	FROM entities e LEFT JOIN articles a ON a.id = json_extract(e.data, '$.reports[0].article')
	WHERE e.kind = 'engagement' AND json_array_length(e.data, '$.countries') > 2
	ORDER BY e.id;
CREATE TRIGGER gathering_lines_insert AFTER INSERT ON entities
	WHEN new.kind = 'engagement' AND json_array_length(new.data, '$.countries') > 2 BEGIN
	INSERT OR REPLACE INTO gathering_lines
		SELECT new.id, new.status, coalesce(json_extract(new.data, '$.date'), ''), coalesce(json_extract(new.data, '$.end_date'), ''),
			coalesce(json_extract(new.data, '$.type'), ''), coalesce(json_extract(new.data, '$.place.name'), ''),
			coalesce(json_extract(new.data, '$.place.country'), ''), json_extract(new.data, '$.countries'),
			coalesce(json_extract(new.data, '$.reports[0].article'), ''), a.title, a.file, a.source, a.published
		FROM (SELECT 1) LEFT JOIN articles a ON a.id = json_extract(new.data, '$.reports[0].article');
END;
CREATE TRIGGER gathering_lines_update AFTER UPDATE OF kind, id, status, data ON entities
	WHEN old.kind = 'engagement' OR new.kind = 'engagement' BEGIN
	DELETE FROM gathering_lines WHERE old.kind = 'engagement' AND id = old.id;
	INSERT OR REPLACE INTO gathering_lines
		SELECT new.id, new.status, coalesce(json_extract(new.data, '$.date'), ''), coalesce(json_extract(new.data, '$.end_date'), ''),
			coalesce(json_extract(new.data, '$.type'), ''), coalesce(json_extract(new.data, '$.place.name'), ''),
			coalesce(json_extract(new.data, '$.place.country'), ''), json_extract(new.data, '$.countries'),
			coalesce(json_extract(new.data, '$.reports[0].article'), ''), a.title, a.file, a.source, a.published
		FROM (SELECT 1) LEFT JOIN articles a ON a.id = json_extract(new.data, '$.reports[0].article')
		WHERE new.kind = 'engagement' AND json_array_length(new.data, '$.countries') > 2;
END;
CREATE TRIGGER gathering_lines_delete AFTER DELETE ON entities WHEN old.kind = 'engagement' BEGIN
	DELETE FROM gathering_lines WHERE id = old.id;
END;
