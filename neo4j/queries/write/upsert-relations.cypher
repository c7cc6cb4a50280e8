// One relationship per (article, sentence, type, subject, object). __TYPE__ is replaced by a relation type
// from the schema's closed list, never by input text.
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:__TYPE__ {key: row.key}]->(o)
SET r += row.props
