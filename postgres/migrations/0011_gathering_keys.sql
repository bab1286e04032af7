-- Gathering keys (accord.KeyGathering): each country of an engagement of
-- more than two countries, or of a target of more than two holders, under
-- 'g:' || country. A relationship's views read the gatherings both
-- countries attended as the intersection of two such keys, instead of the
-- intersection of every engagement of each country. Stored entities get
-- them from their country keys.
INSERT INTO entity_keys (key, date, kind, id)
	SELECT 'g:' || substr(k.key, 3), k.date, k.kind, k.id
	FROM entity_keys k
	JOIN (SELECT kind, id FROM entity_keys
		WHERE left(key, 2) = 'c:' AND kind IN ('engagement', 'target')
		GROUP BY kind, id HAVING count(*) > 2) m ON m.kind = k.kind AND m.id = k.id
	WHERE left(k.key, 2) = 'c:'
ON CONFLICT DO NOTHING;
