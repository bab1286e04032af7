-- Words match by their stems (issue 11): "sanctions" finds "sanctioned",
-- "talks" finds "talk". The full-text index is made again with the Porter
-- stemmer over the same unicode61 tokens (the PostgreSQL store stems with
-- the same algorithm), and rebuilt from the articles: about a minute per
-- 100,000 articles, once. Queries are stemmed by the same tokenizer.
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, body,
	content = 'articles', content_rowid = 'n',
	tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0)');
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
