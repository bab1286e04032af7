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

-- Per key, the number of entities and the latest date, kept by a trigger.
-- The latest date only grows until the next rebuild.
CREATE TABLE key_counts (
	key  text PRIMARY KEY,
	n    integer NOT NULL,
	last text NOT NULL DEFAULT ''
);
CREATE INDEX key_counts_n ON key_counts (n DESC, key);

CREATE FUNCTION entity_keys_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO key_counts (key, n, last) VALUES (NEW.key, 1, NEW.date)
		ON CONFLICT (key) DO UPDATE SET n = key_counts.n + 1, last = greatest(key_counts.last, excluded.last);
		RETURN NEW;
	END IF;
	UPDATE key_counts SET n = n - 1 WHERE key = OLD.key;
	DELETE FROM key_counts WHERE key = OLD.key AND n <= 0;
	RETURN OLD;
END $$;
CREATE TRIGGER entity_keys_count AFTER INSERT OR DELETE ON entity_keys
	FOR EACH ROW EXECUTE FUNCTION entity_keys_count();

-- Each article's actor keys ("article/key") and the actor they are.
CREATE TABLE actor_keys (
	key   text PRIMARY KEY,
	actor text NOT NULL
);
CREATE INDEX actor_keys_actor ON actor_keys (actor);
