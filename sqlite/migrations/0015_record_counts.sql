-- The record's counts (Stats: articles, actors, engagements other than
-- invitations, targets) as rows kept by triggers, instead of counted at
-- every new generation: counting 425,000 articles and 270,000 engagements
-- read some 4,000 pages of two indexes, most of a second of the first
-- request a server answers after it starts, and growing with the store.
-- Triggers keep them exact whatever writes: ingest, consolidation, a
-- rebuild, corrections, deletes. (No statement writes these tables with
-- REPLACE, whose deletes fire no trigger.) Run again, it counts again.
CREATE TABLE IF NOT EXISTS record_counts (
	what TEXT PRIMARY KEY, -- 'articles' or an entity kind
	n    INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO record_counts (what, n) VALUES
	('articles', (SELECT count(*) FROM articles)),
	('actor', (SELECT count(*) FROM entities WHERE kind = 'actor')),
	('engagement', (SELECT count(*) FROM entities WHERE kind = 'engagement' AND status != 'pending')),
	('target', (SELECT count(*) FROM entities WHERE kind = 'target'))
	ON CONFLICT (what) DO UPDATE SET n = excluded.n;

CREATE TRIGGER IF NOT EXISTS record_counts_article_insert AFTER INSERT ON articles BEGIN
	UPDATE record_counts SET n = n + 1 WHERE what = 'articles';
END;
CREATE TRIGGER IF NOT EXISTS record_counts_article_delete AFTER DELETE ON articles BEGIN
	UPDATE record_counts SET n = n - 1 WHERE what = 'articles';
END;
-- An invitation is no engagement held: Stats leaves it out.
CREATE TRIGGER IF NOT EXISTS record_counts_entity_insert AFTER INSERT ON entities BEGIN
	UPDATE record_counts SET n = n + 1 WHERE what = new.kind AND NOT (new.kind = 'engagement' AND new.status = 'pending');
END;
CREATE TRIGGER IF NOT EXISTS record_counts_entity_delete AFTER DELETE ON entities BEGIN
	UPDATE record_counts SET n = n - 1 WHERE what = old.kind AND NOT (old.kind = 'engagement' AND old.status = 'pending');
END;
CREATE TRIGGER IF NOT EXISTS record_counts_entity_update AFTER UPDATE OF kind, status ON entities
	WHEN old.kind != new.kind OR old.status != new.status BEGIN
	UPDATE record_counts SET n = n - 1 WHERE what = old.kind AND NOT (old.kind = 'engagement' AND old.status = 'pending');
	UPDATE record_counts SET n = n + 1 WHERE what = new.kind AND NOT (new.kind = 'engagement' AND new.status = 'pending');
END;
