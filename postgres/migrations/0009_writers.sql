-- The ingest processes writing the store now (ingest's shared mode): each
-- holds the session advisory lock `lock` while it lives, so a row whose lock
-- no session holds is a writer that died. position: the writer stores no
-- article published before it from now on ('' = not known yet), so every
-- stored article published before the least position of the live writers
-- may be consolidated, in (published, id) order. IF NOT EXISTS: the script
-- may be renumbered when branches merge.
CREATE TABLE IF NOT EXISTS writers (
	id       text PRIMARY KEY,
	lock     bigint NOT NULL,
	position text NOT NULL DEFAULT ''
);
