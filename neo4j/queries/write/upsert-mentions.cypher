// Which article names which entity, how often and in what forms.
UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count, m.surfaces = row.surfaces, m.firstSentence = row.firstSentence
