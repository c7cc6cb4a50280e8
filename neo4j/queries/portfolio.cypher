// Portfolio of an investor: what it invested in, holds, acquired, controls or set up as a joint venture, directly
// or through the vehicles it controls (1..3 CONTROLS hops: 小米 → 瀚星投资 → target). One row per target and
// fact (type, date, amount, stake, rank, round, kind, status, via); `via` lists the vehicles between the investor
// and the target, nearest first; `articles` the articles that state the fact.
// Parameters: $ids (entity ids of the investor, as resolve-entity.cypher returns them).
// In Neo4j Browser: :param ids => ['org:小米']
MATCH (root:Entity)
WHERE root.id IN $ids
CALL (root) {
  MATCH (root)-[r:INVESTED_IN|HOLDS_STAKE|ACQUIRED|INCREASED_STAKE|REDUCED_STAKE|JOINT_VENTURE|CONTROLS]->(target:Entity)
  RETURN r, target, [] AS chain
  UNION
  // The shortest control chain to each controlled vehicle, then the vehicle's own holdings.
  MATCH p = (root)-[:CONTROLS*1..3]->(vehicle:Entity)
  WHERE vehicle <> root AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
  WITH vehicle, p
  ORDER BY length(p)
  WITH vehicle, head(collect(p)) AS p
  MATCH (vehicle)-[r:INVESTED_IN|HOLDS_STAKE|ACQUIRED|INCREASED_STAKE|REDUCED_STAKE|JOINT_VENTURE|CONTROLS]->(target:Entity)
  WHERE NOT target IN nodes(p)
  RETURN r, target, [n IN tail(nodes(p)) | n.name] AS chain
}
// A relation may name its own vehicle (小米 invested through 瀚星投资): it goes at the end of the chain.
OPTIONAL MATCH (named:Entity {id: r.via})
WITH target, r, chain + CASE WHEN named IS NULL OR named.name IN chain THEN [] ELSE [named.name] END AS via
WITH target, type(r) AS type, r.date AS date, r.datePrecision AS datePrecision, r.amount AS amount,
     r.currency AS currency, r.stake AS stake, r.rank AS rank, r.round AS round, r.kind AS kind, r.status AS status,
     via, collect(DISTINCT r.articleId) AS articles
RETURN target.name AS target, target.id AS targetId, type, date, datePrecision, amount, currency, stake, rank, round,
       kind, status, via, articles
ORDER BY target, CASE WHEN date CONTAINS 'Q' THEN left(date, 5) + ['01', '04', '07', '10'][toInteger(right(date, 1)) - 1] ELSE date END,
         type, size(via), via, amount, stake
