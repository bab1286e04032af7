-- An entity's status beside its id (issue 10). A relationship's briefing
-- counts the gatherings both countries attended from the key index, and
-- only held ones count: the status of each came from the entity's row, a
-- random page (and an interior page of a table of 200,000 pages) for each
-- of them, 771 rows and 30-45 ms for a busy pair at 1,000,000 articles.
-- In this index the status is read with the id, a few entries a page
-- (IF NOT EXISTS: tests roll a store back to older schemas and migrate
-- again).
CREATE INDEX IF NOT EXISTS entities_id_status ON entities (kind, id, status);
