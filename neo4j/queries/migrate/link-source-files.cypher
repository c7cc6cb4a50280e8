// Graphs written before files had SourceFile nodes: give every article's paths one. Run at the start of every
// ingest. The writer never leaves an article without a file holding it (replace-article-at-source.cypher hands
// an article no file holds to delete-articles.cypher), so a graph with at least as many HOLDS relationships as
// articles has been migrated: both counts come from the count store, and such a graph is not scanned at all.
// Only articles written by an older writer after this migration ran could hide behind a copy's second HOLDS.
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (:SourceFile)-[h:HOLDS]->() RETURN count(h) AS holds }
WITH articles, holds
WHERE holds < articles
CALL () {
  MATCH (a:Article)
  WHERE NOT EXISTS { (:SourceFile)-[:HOLDS]->(a) }
  UNWIND coalesce(a.sources, []) AS path
  MERGE (f:SourceFile {path: path})
  MERGE (f)-[:HOLDS]->(a)
}
