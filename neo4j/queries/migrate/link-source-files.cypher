// Graphs written before files had SourceFile nodes: give every article's paths one. Run at the start of every
// ingest; a no-op (one pass over the articles) once every article has its nodes.
MATCH (a:Article)
WHERE NOT EXISTS { (:SourceFile)-[:HOLDS]->(a) }
UNWIND coalesce(a.sources, []) AS path
MERGE (f:SourceFile {path: path})
MERGE (f)-[:HOLDS]->(a)
