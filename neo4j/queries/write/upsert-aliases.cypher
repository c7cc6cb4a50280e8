// Each alias keeps the evidence that justified it, per article.
CYPHER replan=skip
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MERGE (al:Alias {name: row.alias})
MERGE (al)-[r:ALIAS_OF {articleId: row.articleId, entityId: row.entityId}]->(e)
SET r.reason = row.reason, r.sentenceIndex = row.sentenceIndex, r.start = row.start, r.end = row.end, r.evidence = row.evidence
