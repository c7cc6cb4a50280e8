// One relationship per (article, sentence, type, subject, object). __TYPE__ is replaced by a relation type
// from the schema's closed list, never by input text. `row.props` holds the key and every property that has a
// value (see relationRow in pipeline/stages/upsert.ts): `=` leaves exactly those, as a rewrite should.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (s:Entity {id: row.subject})
MATCH (o:Entity {id: row.object})
MERGE (s)-[r:__TYPE__ {key: row.props.key}]->(o)
SET r = row.props
