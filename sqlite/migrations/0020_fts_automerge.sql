-- Fewer merges of the search indexes at ingest (issue 10). FTS5 writes a
-- segment at every commit (a batch of articles) and merges segments of a
-- level once it has `automerge` of them (default 4): every entry is
-- rewritten once per level, about six times at a million articles, and
-- those merges were a third of storing an article at 800,000. Merging
-- eight at a time rewrites each entry about four times, and a search reads
-- at most seven segments a level instead of three. articles_fts writes
-- its pending terms out every 16 MB rather than every 1 MB, as
-- articles_pairs does (migration 0014): once per batch, one segment.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('automerge', 8);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO articles_pairs (articles_pairs, rank) VALUES ('automerge', 8);
