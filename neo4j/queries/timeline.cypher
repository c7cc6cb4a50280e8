// Timeline of an entity: the relations it takes part in, as subject or object, oldest first, with the other
// party, the facts and the articles. With $throughControl the relations of the vehicles it controls (1..3
// CONTROLS hops) are included too, `vehicle` naming the vehicle. Undated relations come last, and only with
// $undated. One row per event (date, type, subject, object, facts); `articles` the articles that state it.
// Parameters: $ids (entity ids, as resolve-entity.cypher returns them), $throughControl (boolean),
// $undated (boolean).
// In Neo4j Browser: :param ids => ['org:小米'], :param throughControl => true, :param undated => false
MATCH (e:Entity)
WHERE e.id IN $ids
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  RETURN r, null AS vehicle
  UNION
  MATCH p = (e)-[:CONTROLS*1..3]->(v:Entity)
  WHERE $throughControl AND v <> e AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
  WITH DISTINCT e, v
  MATCH (v)-[r]-(other:Entity)
  WHERE other <> e
  RETURN r, v AS vehicle
}
WITH e, r, vehicle
WHERE r.date IS NOT NULL OR $undated
OPTIONAL MATCH (named:Entity {id: r.via})
WITH e, r, vehicle, named, startNode(r) AS subject, endNode(r) AS object
WITH r.date AS date, r.datePrecision AS datePrecision, type(r) AS type,
     subject.name AS subject, object.name AS object,
     CASE WHEN subject = coalesce(vehicle, e) THEN object.name ELSE subject.name END AS other,
     vehicle.name AS vehicle, named.name AS via,
     r.amount AS amount, r.currency AS currency, r.stake AS stake, r.rank AS rank, r.round AS round, r.role AS role,
     r.kind AS kind, r.status AS status, r.past AS past,
     collect(DISTINCT r.dateText) AS dateTexts, collect(DISTINCT r.articleId) AS articles
RETURN date, datePrecision, dateTexts, type, subject, object, other, vehicle, via, amount, currency, stake, rank, round,
       role, kind, status, past, articles
ORDER BY CASE WHEN date CONTAINS 'Q' THEN left(date, 5) + ['01', '04', '07', '10'][toInteger(right(date, 1)) - 1] ELSE date END,
         type, subject, object, amount, stake
