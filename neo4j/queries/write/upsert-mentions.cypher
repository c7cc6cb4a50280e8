// Which article names which entity, how often and in what forms. One row per article with its mentions, so
// each article is looked up once.
CYPHER replan=skip
UNWIND $rows AS article
MATCH (a:Article {id: article.id})
UNWIND article.mentions AS row
MATCH (e:Entity {id: row.entityId})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = row.count, m.surfaces = row.surfaces, m.firstSentence = row.firstSentence
