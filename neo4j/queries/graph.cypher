// The investment network to draw: entities joined by relation edges, and those edges with their evidence.
// With $ids (entity ids), the neighbourhood of those entities up to $depth hops in either direction; with
// $ids = [], every entity that has at least one relation. The $maxNodes most active entities (by number of
// relations) are kept; $total says how many there were. Only edges between kept entities are returned.
// Parameters: $ids (list of entity ids, or []), $depth (integer >= 1), $types (relation types to follow),
// $maxNodes (integer).
MATCH (start:Entity) WHERE start.id IN $ids
WITH collect(start) AS seeds
WITH reduce(seen = seeds, hop IN range(1, $depth) |
       seen + COLLECT {
         UNWIND seen AS x
         MATCH (x)-[r]-(n:Entity) WHERE type(r) IN $types AND NOT n IN seen
         RETURN DISTINCT n
       }) AS reached
CALL (reached) {
  UNWIND reached AS e
  RETURN e
  UNION
  MATCH (e:Entity) WHERE size($ids) = 0 AND EXISTS { MATCH (e)-[r]-(:Entity) WHERE type(r) IN $types }
  RETURN e
}
WITH e, COUNT { MATCH (e)-[r]-(:Entity) WHERE type(r) IN $types } AS degree
ORDER BY degree DESC, e.name, e.id
WITH collect({entity: e, degree: degree}) AS ranked
WITH size(ranked) AS total, ranked[0..$maxNodes] AS kept
WITH total, kept, [k IN kept | k.entity] AS keptEntities
CALL (keptEntities) {
  UNWIND keptEntities AS s
  MATCH (s)-[r]->(o:Entity) WHERE type(r) IN $types AND o IN keptEntities
  OPTIONAL MATCH (a:Article {id: r.articleId})
  WITH s, o, r, a ORDER BY s.id, o.id, type(r), r.date, r.articleId, r.sentenceIndex
  RETURN collect({
    source: s.id, target: o.id, type: type(r), key: r.key,
    date: r.date, dateText: r.dateText, stake: r.stake, amount: r.amount, currency: r.currency, amountText: r.amountText,
    role: r.role, round: r.round, rank: r.rank, kind: r.kind, status: r.status, past: r.past,
    via: r.via, viaName: COLLECT { MATCH (v:Entity {id: r.via}) RETURN v.name }[0],
    evidence: r.evidence, articleId: r.articleId, sentenceIndex: r.sentenceIndex, ruleId: r.ruleId,
    articleTitle: a.title, articleSource: a.sources[0], publishedAt: a.publishedAt
  }) AS relations
}
RETURN total,
       [k IN kept | {id: k.entity.id, name: k.entity.name, type: k.entity.type, aliases: coalesce(k.entity.aliases, []), degree: k.degree}] AS entities,
       relations
