-- Analysts' corrections of the record (accord.Correction): curation kept
-- beside the extracted facts, applied by SaveRecord to every entity it
-- writes (package curate). AUTOINCREMENT: an undone correction's id is
-- never given again (a split actor's id is made from it). IF NOT EXISTS:
-- the script may be renumbered when branches merge.
CREATE TABLE IF NOT EXISTS corrections (
	id       INTEGER PRIMARY KEY AUTOINCREMENT,
	kind     TEXT NOT NULL,
	target   TEXT NOT NULL,
	other    TEXT NOT NULL DEFAULT '',
	value    TEXT NOT NULL DEFAULT '',
	articles TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
	anchor   TEXT NOT NULL DEFAULT '',
	note     TEXT NOT NULL,
	author   TEXT NOT NULL,
	created  TEXT NOT NULL
);
