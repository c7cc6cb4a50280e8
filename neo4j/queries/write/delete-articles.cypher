// Removes articles and everything they wrote: their relationships, mentions and alias records, and the
// entities no other article mentions.
CYPHER replan=skip
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
WITH a, id, collect(e) AS entities
CALL (entities, id) {
  UNWIND entities AS e
  MATCH (e)-[r]-()
  WHERE r.articleId = id
  DELETE r
}
DETACH DELETE a
WITH entities
UNWIND entities AS e
WITH DISTINCT e
WHERE NOT EXISTS { (e)<-[:MENTIONS]-(:Article) }
DETACH DELETE e
