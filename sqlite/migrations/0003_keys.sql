-- The record as rows the views query: each entity under the keys of
-- accord.EntityKeys (a pair's contacts, an actor's engagements, a country's
-- month, a target's holders), with its date, so that a view or a
-- consolidation batch reads only the entities it needs.
CREATE TABLE entity_keys (
	key  TEXT NOT NULL,
	date TEXT NOT NULL DEFAULT '',
	kind TEXT NOT NULL,
	id   TEXT NOT NULL,
	PRIMARY KEY (key, date, kind, id)
) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys (kind, id);

-- Per key lists are made of (accord.Counted), the number of entities and
-- the latest date, kept by SaveRecord, so that lists of relationships and
-- countries cost one index range. The latest date only grows: an entity
-- that leaves a key keeps it until the next rebuild.
CREATE TABLE key_counts (
	key  TEXT PRIMARY KEY,
	n    INTEGER NOT NULL,
	last TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX key_counts_n ON key_counts (n DESC, key);

-- Each article's actor keys ("article/key") and the actor they are: kept
-- apart from the actor's row, which would otherwise grow with every article
-- that names a leader.
CREATE TABLE actor_keys (
	key   TEXT PRIMARY KEY,
	actor TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX actor_keys_actor ON actor_keys (actor);
