-- Sources fetched by URL (feeds, sitemaps, pages): the outcome of the last
-- fetch for `accord sources`, and the validators for the next conditional
-- request. Bookkeeping: writing here does not change the generation.
CREATE TABLE sources (
	url           TEXT PRIMARY KEY,
	name          TEXT NOT NULL DEFAULT '',
	kind          TEXT NOT NULL DEFAULT '',
	last_fetch    TEXT NOT NULL DEFAULT '',
	last_success  TEXT NOT NULL DEFAULT '',
	status        TEXT NOT NULL DEFAULT '',
	http_status   INTEGER NOT NULL DEFAULT 0,
	items         INTEGER NOT NULL DEFAULT 0,
	stored        INTEGER NOT NULL DEFAULT 0,
	failures      INTEGER NOT NULL DEFAULT 0,
	error         TEXT NOT NULL DEFAULT '',
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT ''
);
