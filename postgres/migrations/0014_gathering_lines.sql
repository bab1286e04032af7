-- A line of each gathering (an engagement of more than two countries) as a
-- relationship's timeline lists it (issue 10; SQLite's migration 0021): its
-- date, type, place and countries, and its first report's article with that
-- article's head (title, file, source, published). A busy pair attended
-- hundreds of gatherings together, and the timeline read each whole (a
-- kilobyte of JSON) and its first report's article besides. The gatherings
-- are still found by their keys; their lines come from here. A trigger
-- keeps the lines with the engagements' rows, whatever writes them. The
-- statements of targets, whose articles' heads SQLite's migration keeps
-- with them, live in the targets' rows here: a view reads their articles'
-- heads in one query by id.
CREATE TABLE IF NOT EXISTS gathering_lines (
	id            text PRIMARY KEY,
	status        text NOT NULL,
	date          text NOT NULL,
	end_date      text NOT NULL,
	type          text NOT NULL,
	place         text NOT NULL,
	place_country text NOT NULL,
	countries     jsonb NOT NULL,
	article       text NOT NULL,
	title         text,
	file          text,
	source        text,
	published     text
);

CREATE OR REPLACE FUNCTION gathering_line() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN
		DELETE FROM gathering_lines WHERE id = OLD.id;
	END IF;
	IF TG_OP <> 'DELETE' AND jsonb_typeof(NEW.data->'countries') = 'array' AND jsonb_array_length(NEW.data->'countries') > 2 THEN
		INSERT INTO gathering_lines (id, status, date, end_date, type, place, place_country, countries, article, title, file, source, published)
			SELECT NEW.id, NEW.status, coalesce(NEW.data->>'date', ''), coalesce(NEW.data->>'end_date', ''), coalesce(NEW.data->>'type', ''),
				coalesce(NEW.data->'place'->>'name', ''), coalesce(NEW.data->'place'->>'country', ''), NEW.data->'countries',
				coalesce(NEW.data->'reports'->0->>'article', ''), a.title, a.file, a.source, a.published
			FROM (SELECT 1) one LEFT JOIN articles a ON a.id = NEW.data->'reports'->0->>'article'
		ON CONFLICT (id) DO UPDATE SET status = excluded.status, date = excluded.date, end_date = excluded.end_date,
			type = excluded.type, place = excluded.place, place_country = excluded.place_country, countries = excluded.countries,
			article = excluded.article, title = excluded.title, file = excluded.file, source = excluded.source, published = excluded.published;
	END IF;
	RETURN NULL;
END
$$;
DROP TRIGGER IF EXISTS engagements_gathering_lines ON engagements;
CREATE TRIGGER engagements_gathering_lines AFTER INSERT OR UPDATE OR DELETE ON engagements
	FOR EACH ROW EXECUTE FUNCTION gathering_line();

INSERT INTO gathering_lines (id, status, date, end_date, type, place, place_country, countries, article, title, file, source, published)
	SELECT e.id, e.status, coalesce(e.data->>'date', ''), coalesce(e.data->>'end_date', ''), coalesce(e.data->>'type', ''),
		coalesce(e.data->'place'->>'name', ''), coalesce(e.data->'place'->>'country', ''), e.data->'countries',
		coalesce(e.data->'reports'->0->>'article', ''), a.title, a.file, a.source, a.published
	FROM engagements e LEFT JOIN articles a ON a.id = e.data->'reports'->0->>'article'
	WHERE jsonb_typeof(e.data->'countries') = 'array' AND jsonb_array_length(e.data->'countries') > 2
ON CONFLICT (id) DO NOTHING;
