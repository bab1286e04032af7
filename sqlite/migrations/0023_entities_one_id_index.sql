-- One index of entities by id, not two (issue 10). entities_id (kind, id),
-- unique, and entities_id_status (kind, id, status, migration 0020) were
-- both written at every new entity, each at a random place (ids are
-- hashes): at 900,000 stored articles each took about 0.8 pages written
-- to the WAL an article ingested (0.3 into an empty store), a share of
-- the ingest's cost that grows with the store. entities_id_status serves
-- every lookup by id (its first two columns); SaveRecord, the only
-- writer of entities, updates an entity by id and inserts it only when
-- no row has it, so that an id stays unique. IF EXISTS: tests roll a
-- store back to older schemas and migrate again.
CREATE INDEX IF NOT EXISTS entities_id_status ON entities (kind, id, status);
DROP INDEX IF EXISTS entities_id;
