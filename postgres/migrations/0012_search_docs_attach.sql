-- Several writers (issue 10): a month's search_docs partition is created
-- apart and then attached. CREATE TABLE … PARTITION OF takes an ACCESS
-- EXCLUSIVE lock on search_docs, which waits for every writer's open
-- article batch and holds up every batch behind it; ATTACH PARTITION takes
-- SHARE UPDATE EXCLUSIVE, which article inserts do not conflict with. The
-- partition's indexes are made by the attach, under the same names as
-- before. CREATE OR REPLACE: the script may run again in a test.
CREATE OR REPLACE FUNCTION search_docs_month(m text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	next text;
	part text := 'search_docs_' || replace(m, '-', '_');
BEGIN
	IF m !~ '^[0-9]{4}-(0[1-9]|1[0-2])$' THEN
		RETURN;
	END IF;
	IF to_regclass(part) IS NOT NULL THEN
		RETURN;
	END IF;
	next := to_char(to_date(m || '-01', 'YYYY-MM-DD') + interval '1 month', 'YYYY-MM');
	EXECUTE format('CREATE TABLE %I (LIKE search_docs)', part);
	EXECUTE format('ALTER TABLE search_docs ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)', part, m, next);
END
$$;
