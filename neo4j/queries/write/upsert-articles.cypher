// Articles are keyed by their content hash; `complete` is set only by mark-complete, after everything else.
// Each file path is a SourceFile node holding the article its text is, so a changed file finds its old
// article by an index look-up.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.publishedAt = row.publishedAt,
    a.publishedAtPrecision = row.publishedAtPrecision,
    a.publishedAtSource = row.publishedAtSource,
    a.script = row.script,
    a.sources = CASE WHEN row.source IN coalesce(a.sources, []) THEN a.sources ELSE coalesce(a.sources, []) + row.source END
MERGE (f:SourceFile {path: row.source})
MERGE (f)-[:HOLDS]->(a)
