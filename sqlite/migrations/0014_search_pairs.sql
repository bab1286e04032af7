-- Phrases from the index (issue 10): articles_pairs holds, for each
-- article, every pair of tokens at adjacent positions of its title or of
-- its body as one token, "offici_visit" ('_' is never part of a token of
-- articles_fts), with the tags column of articles_fts. A two-word phrase
-- is then one term, walked newest first like a word, instead of a check of
-- positions in every article holding both words. accord_terms
-- (sqlite/terms.go) makes the tokens with articles_fts's own tokenizer, so
-- that a query whose every term is a two-word phrase matches here exactly
-- what articles_fts matches. Contentless (the pairs are not stored),
-- detail=column (no positions: a column filter is all ranking needs),
-- deleted by rowid. Existing articles are indexed here and the index
-- merged into one segment, once. (IF NOT EXISTS and delete-all: tests run
-- the script again.)
CREATE VIRTUAL TABLE IF NOT EXISTS articles_pairs USING fts5 (
	title, body, tags,
	content = '', contentless_delete = 1, detail = column,
	tokenize = "ascii tokenchars '_'"
);
-- Pending pairs are written out every 16 MB rather than every 1 MB: a
-- batch of articles holds some 15 KB of pairs an article, and each write
-- makes a segment that later merges rewrite.
INSERT INTO articles_pairs (articles_pairs, rank) VALUES ('hashsize', 16777216);
INSERT INTO articles_pairs (articles_pairs) VALUES ('delete-all');
INSERT INTO articles_pairs (rowid, title, body, tags)
	SELECT n, accord_terms(title), accord_terms(body), tags FROM articles_search ORDER BY n;
INSERT INTO articles_pairs (articles_pairs) VALUES ('optimize');
-- PutArticles adds an article's entry with its articles_fts entry.
DROP TRIGGER IF EXISTS articles_pairs_delete;
DROP TRIGGER IF EXISTS articles_pairs_update;
CREATE TRIGGER articles_pairs_delete BEFORE DELETE ON articles BEGIN
	DELETE FROM articles_pairs WHERE rowid = old.n;
END;
CREATE TRIGGER articles_pairs_update AFTER UPDATE OF title, body ON articles BEGIN
	DELETE FROM articles_pairs WHERE rowid = old.n;
	INSERT INTO articles_pairs (rowid, title, body, tags)
		SELECT n, accord_terms(title), accord_terms(body), tags FROM articles_search WHERE n = new.n;
END;
