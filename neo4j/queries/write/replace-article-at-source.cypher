// A file now holds different text: detach its path from the older article. Returns the articles that no
// file holds any more, for delete-articles.
UNWIND $rows AS row
MATCH (old:Article)
WHERE row.source IN old.sources AND old.id <> row.id
SET old.sources = [s IN old.sources WHERE s <> row.source]
WITH old
WHERE size(old.sources) = 0
RETURN collect(DISTINCT old.id) AS orphaned
