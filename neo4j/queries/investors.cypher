// Investors of a company: who invested in it, holds a stake in it (with the percentage and the rank, 第N大股东),
// increased or reduced a stake, acquired or controls it. One row per holder and fact; `via` is the vehicle the
// relation names (小米 invested through 瀚星投资); `parents` are the entities that control the holder
// (1..3 CONTROLS hops, nearest first), so a vehicle shows its group.
// Parameters: $ids (entity ids of the company, as resolve-entity.cypher returns them).
// In Neo4j Browser: :param ids => ['org:快卜']
MATCH (target:Entity)
WHERE target.id IN $ids
MATCH (holder:Entity)-[r:INVESTED_IN|HOLDS_STAKE|ACQUIRED|INCREASED_STAKE|REDUCED_STAKE|JOINT_VENTURE|CONTROLS]->(target)
OPTIONAL MATCH (named:Entity {id: r.via})
WITH holder, r, named.name AS via
CALL (holder) {
  OPTIONAL MATCH p = (parent:Entity)-[:CONTROLS*1..3]->(holder)
  WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
  WITH parent, min(length(p)) AS hops
  ORDER BY hops, parent.name
  RETURN collect(parent.name) AS parents
}
WITH holder, type(r) AS type, r.date AS date, r.datePrecision AS datePrecision, r.amount AS amount,
     r.currency AS currency, r.stake AS stake, r.rank AS rank, r.round AS round, r.kind AS kind, r.status AS status,
     via, parents, collect(DISTINCT r.articleId) AS articles
RETURN holder.name AS holder, holder.id AS holderId, type, date, datePrecision, amount, currency, stake, rank, round,
       kind, status, via, parents, articles
ORDER BY holder, CASE WHEN date CONTAINS 'Q' THEN left(date, 5) + ['01', '04', '07', '10'][toInteger(right(date, 1)) - 1] ELSE date END,
         type, via, amount, stake, rank
