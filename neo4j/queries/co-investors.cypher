// Pairs of investors and the targets they share, most shared first. An investment made by a controlled
// vehicle (瀚星投资, 小米产投) counts for the group at the top of its control chain, shown in `via`; when
// several companies share the top of one control family (小米 and 小米科技 both control 瀚星投资; 小米科技
// controls 小米产投 through 天津金星), the most connected one stands for the family. Companies of one control
// family are never paired with each other, nor a seller and its buyer over the stake sold.
// Parameters: $ids (entity ids to focus on, as investor or as the vehicle it invested through; or []), $since (ISO date string or null), $minShared (integer).
// In Neo4j Browser: :param ids => []  :param since => null  :param minShared => 1
MATCH (vehicle:Entity)-[r:INVESTED_IN|HOLDS_STAKE|INCREASED_STAKE|ACQUIRED|JOINT_VENTURE]->(target:Organization)
WHERE vehicle.type = 'Organization' AND ($since IS NULL OR r.date IS NULL OR r.date >= $since)
OPTIONAL MATCH (root:Organization)-[:CONTROLS*1..3]->(vehicle)
WHERE NOT EXISTS { MATCH (:Organization)-[:CONTROLS]->(root) }
WITH target, vehicle, r, root, COUNT { (root)--() } AS degree
ORDER BY degree DESC, root.id
WITH target, vehicle, r, coalesce(head(collect(root)), vehicle) AS top
// The family: other tops joined to this one through control (小米科技 → 天津金星 → 小米产投, 小米 → 瀚星投资 ← 小米科技).
OPTIONAL MATCH (top)-[:CONTROLS*1..4]-(kin:Organization)
WHERE NOT EXISTS { MATCH (:Organization)-[:CONTROLS]->(kin) }
WITH target, vehicle, r, top, collect(DISTINCT kin) AS kins
UNWIND [top] + kins AS candidate
WITH target, vehicle, r, candidate, COUNT { (candidate)--() } AS degree
ORDER BY degree DESC, candidate.id
WITH target, vehicle, r, head(collect(candidate)) AS investor
WITH target, investor,
     collect(DISTINCT CASE WHEN investor <> vehicle THEN vehicle.name END) AS vias,
     collect(DISTINCT vehicle.id) AS vehicles,
     collect(DISTINCT r.articleId) AS articles,
     min(r.date) AS firstDate
WITH target, collect({investor: investor, vias: vias, vehicles: vehicles, articles: articles, date: firstDate}) AS holders
UNWIND holders AS a
UNWIND holders AS b
WITH target, a, b, a.investor AS x, b.investor AS y
WHERE x.name < y.name
  AND (size($ids) = 0 OR x.id IN $ids OR y.id IN $ids OR any(id IN a.vehicles + b.vehicles WHERE id IN $ids))
  AND NOT EXISTS { MATCH (x)-[:CONTROLS*1..3]-(y) }
  // A sale between the two (A sells its stake in the target to B, in one sentence) is no co-investment.
  AND NOT EXISTS {
    MATCH (p:Entity)-[d:REDUCED_STAKE]->(target)<-[i:INCREASED_STAKE|ACQUIRED]-(q:Entity)
    WHERE d.articleId = i.articleId AND d.sentenceIndex = i.sentenceIndex
      AND ((p.id IN a.vehicles AND q.id IN b.vehicles) OR (p.id IN b.vehicles AND q.id IN a.vehicles))
  }
WITH x, y, collect({target: target.name, viaA: a.vias, viaB: b.vias, date: coalesce(a.date, b.date), articles: a.articles + b.articles}) AS shared
WHERE size(shared) >= $minShared
RETURN x.name AS investorA, y.name AS investorB, size(shared) AS sharedCount,
       [s IN shared | s.target] AS targets,
       [s IN shared | {target: s.target, viaA: s.viaA, viaB: s.viaB, date: s.date}] AS details,
       reduce(acc = [], id IN reduce(all = [], s IN shared | all + s.articles) | CASE WHEN id IN acc THEN acc ELSE acc + id END) AS articles
ORDER BY sharedCount DESC, investorA, investorB
