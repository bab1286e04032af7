-- Sources fetched by URL (feeds, sitemaps, pages): the outcome of the last
-- fetch for `accord sources`, and the validators for the next conditional
-- request. Bookkeeping: writing here is no new generation.
CREATE TABLE sources (
	url           text PRIMARY KEY,
	name          text NOT NULL DEFAULT '',
	kind          text NOT NULL DEFAULT '',
	last_fetch    text NOT NULL DEFAULT '',
	last_success  text NOT NULL DEFAULT '',
	status        text NOT NULL DEFAULT '',
	http_status   integer NOT NULL DEFAULT 0,
	items         integer NOT NULL DEFAULT 0,
	stored        integer NOT NULL DEFAULT 0,
	failures      integer NOT NULL DEFAULT 0,
	error         text NOT NULL DEFAULT '',
	etag          text NOT NULL DEFAULT '',
	last_modified text NOT NULL DEFAULT ''
);
