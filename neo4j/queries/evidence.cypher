// Evidence for relations: for each edge, the article (id, sources, title), the sentence (index, text, start and
// end offsets into the original file text) and the rule that produced it. Every filter is optional, but at
// least one of $fromIds, $toIds, $articleId anchors the search.
// Parameters: $fromIds (subject entity ids or null), $toIds (object entity ids or null), $type (a relation type
// from the schema or null), $articleId (article id or null).
// In Neo4j Browser: :param fromIds => ['org:瀚星投资'], :param toIds => ['org:快卜'], :param type => 'INVESTED_IN',
// :param articleId => null
CALL () {
  MATCH (s:Entity)-[r]->(o:Entity)
  WHERE s.id IN coalesce($fromIds, [])
  RETURN s, r, o
  UNION
  MATCH (s:Entity)-[r]->(o:Entity)
  WHERE $fromIds IS NULL AND o.id IN coalesce($toIds, [])
  RETURN s, r, o
  UNION
  MATCH (:Article {id: $articleId})-[:MENTIONS]->(s:Entity)-[r]->(o:Entity)
  WHERE $fromIds IS NULL AND $toIds IS NULL
  RETURN s, r, o
}
WITH s, r, o
WHERE r.articleId IS NOT NULL
  AND ($toIds IS NULL OR o.id IN $toIds)
  AND ($type IS NULL OR type(r) = $type)
  AND ($articleId IS NULL OR r.articleId = $articleId)
OPTIONAL MATCH (a:Article {id: r.articleId})
OPTIONAL MATCH (named:Entity {id: r.via})
RETURN type(r) AS type, s.name AS subject, o.name AS object, r.articleId AS articleId, a.sources AS sources,
       a.title AS title, a.publishedAt AS publishedAt, r.sentenceIndex AS sentenceIndex, r.start AS start,
       r.end AS end, r.evidence AS sentence, r.ruleId AS ruleId,
       r.date AS date, r.amount AS amount, r.currency AS currency, r.stake AS stake, r.rank AS rank,
       r.round AS round, r.role AS role, r.kind AS kind, r.status AS status, named.name AS via
ORDER BY subject, object, type, articleId, sentenceIndex, start
