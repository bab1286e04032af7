-- Bookkeeping values of the pipeline (where consolidation stands), apart
-- from the data: writing them is no new generation.
CREATE TABLE meta (
	key   text PRIMARY KEY,
	value text NOT NULL
);
