-- Facets by blocks of keys (issue 10). A search's facets count the facet
-- values of its newest ten thousand matches: read from article_facets,
-- one lookup a match, ten thousand descents of a table of a million rows
-- (about half the CPU of a filtered search with facets at a million
-- articles). facet_blocks holds the same rows grouped by the key's block
-- of 256 (b = n >> 8; keys follow dates, so a block is up to 256 articles
-- of one day) in a compact form (sqlite/facetblocks.go: the block's
-- distinct tags once, then each article's place and the indexes of its
-- tags): a search reads one row per block that has several matches.
-- article_facets stays the record of an article's facets; PutArticles
-- keeps the blocks of the articles it adds and deletes, and Open fills
-- the table from article_facets when it is empty (so, once, after this
-- migration). IF EXISTS: tests roll a store back to older schemas and
-- migrate again.
DROP TABLE IF EXISTS facet_blocks;
CREATE TABLE facet_blocks (
	b    INTEGER PRIMARY KEY,
	data BLOB NOT NULL
);
