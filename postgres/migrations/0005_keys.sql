-- The record as rows the views query: each entity under the keys of
-- accord.EntityKeys (a pair's contacts, an actor's engagements, a country's
-- month, a target's holders), with its date.
CREATE TABLE entity_keys (
	key  text NOT NULL,
	date text NOT NULL DEFAULT '',
	kind text NOT NULL,
	id   text NOT NULL,
	PRIMARY KEY (key, date, kind, id)
);
CREATE INDEX entity_keys_entity ON entity_keys (kind, id);

-- Per key lists are made of (accord.Counted), the number of entities and
-- the latest date, kept by SaveRecord. The latest date only grows until
-- the next rebuild.
CREATE TABLE key_counts (
	key  text PRIMARY KEY,
	n    integer NOT NULL,
	last text NOT NULL DEFAULT ''
);
CREATE INDEX key_counts_n ON key_counts (n DESC, key);

-- Each article's actor keys ("article/key") and the actor they are.
CREATE TABLE actor_keys (
	key   text PRIMARY KEY,
	actor text NOT NULL
);
CREATE INDEX actor_keys_actor ON actor_keys (actor);
