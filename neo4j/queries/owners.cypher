// Ownership and control chains of an entity, upward to its ultimate owners: CONTROLS, HOLDS_STAKE and ACQUIRED
// edges followed from the owned to the owner (瀚星投资 ← 小米 ← 雷军), leaving out planned acquisitions and
// past facts. One row per chain of distinct entities that goes as far up as the graph does, or stops at
// $depth hops (`truncated`); `cycle` says an owner at the top is itself owned by an entity already on the chain
// (cross-holdings). `hops` gives, bottom-up, each owner → owned step with every edge that states it.
// Parameters: $ids (entity ids, as resolve-entity.cypher returns them), $depth (1..10: Cypher wants a literal
// bound for the path length, so the pattern stops at 10 and $depth cuts it shorter).
// In Neo4j Browser: :param ids => ['org:瀚星投资'] and :param depth => 5
MATCH (start:Entity)
WHERE start.id IN $ids
MATCH p = (start)<-[:CONTROLS|HOLDS_STAKE|ACQUIRED*1..10]-(top:Entity)
WHERE length(p) <= $depth
  AND all(r IN relationships(p) WHERE coalesce(r.status, '') <> 'planned' AND (r.past IS NULL OR r.past = false))
  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))
WITH DISTINCT start, nodes(p) AS chain, top
// An owner of the top entity that is not on the chain yet: the chain could go on.
WITH start, chain, top,
     EXISTS {
       MATCH (top)<-[r:CONTROLS|HOLDS_STAKE|ACQUIRED]-(up:Entity)
       WHERE NOT up IN chain AND coalesce(r.status, '') <> 'planned' AND (r.past IS NULL OR r.past = false)
     } AS goesOn,
     EXISTS {
       MATCH (top)<-[r:CONTROLS|HOLDS_STAKE|ACQUIRED]-(up:Entity)
       WHERE up IN chain AND coalesce(r.status, '') <> 'planned' AND (r.past IS NULL OR r.past = false)
     } AS cycle
WHERE NOT goesOn OR size(chain) - 1 = $depth
UNWIND range(0, size(chain) - 2) AS i
WITH start, chain, top, goesOn, cycle, i, chain[i] AS owned, chain[i + 1] AS owner
CALL (owned, owner) {
  MATCH (owner)-[r:CONTROLS|HOLDS_STAKE|ACQUIRED]->(owned)
  WHERE coalesce(r.status, '') <> 'planned' AND (r.past IS NULL OR r.past = false)
  WITH r
  ORDER BY type(r), r.kind, r.stake, r.rank
  RETURN collect(DISTINCT {type: type(r), kind: r.kind, stake: r.stake, rank: r.rank}) AS edges,
         collect(DISTINCT r.articleId) AS articles
}
WITH start, chain, top, goesOn, cycle, i, owner, owned, edges, articles
ORDER BY i
WITH start, chain, top, goesOn, cycle,
     collect({owner: owner.name, owned: owned.name, edges: edges, articles: articles}) AS hops
RETURN start.name AS entity, [n IN chain | n.name] AS chain, top.name AS top, hops,
       goesOn AS truncated, cycle
ORDER BY entity, size(chain), chain
