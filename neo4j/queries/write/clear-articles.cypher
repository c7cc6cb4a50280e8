// Before an article already in the graph is written again (a newer extraction read it): removes what it
// wrote (its relationships, mentions and alias records, and the entities no article mentions any more) and
// keeps the article itself with its file paths. A no-op for articles not in the graph.
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
CALL (a) {
  MATCH (a)-[m:MENTIONS]->()
  DELETE m
}
SET a.complete = false
WITH entities
UNWIND entities AS e
WITH DISTINCT e
WHERE NOT EXISTS { (e)<-[:MENTIONS]-(:Article) }
DETACH DELETE e
