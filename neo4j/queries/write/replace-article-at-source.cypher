// A file now holds different text: detach its path from the older article (found through the path's
// SourceFile node, an index look-up). Returns the articles that no file holds any more, for delete-articles.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (f:SourceFile {path: row.source})-[h:HOLDS]->(old:Article)
WHERE old.id <> row.id
DELETE h
SET old.sources = [s IN old.sources WHERE s <> row.source]
WITH DISTINCT old
WHERE NOT EXISTS { (:SourceFile)-[:HOLDS]->(old) }
RETURN collect(old.id) AS orphaned
