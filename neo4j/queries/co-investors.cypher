// Pairs of investors and the targets they share, most shared first. An investment made by a controlled
// vehicle (瀚星投资, 小米产投) also counts for its controlling group, shown in `via`.
// Parameters: $ids (entity ids to focus on, or []), $since (ISO date string or null), $minShared (integer).
MATCH (vehicle:Entity)-[r:INVESTED_IN|HOLDS_STAKE|INCREASED_STAKE|ACQUIRED|JOINT_VENTURE]->(target:Organization)
WHERE vehicle.type = 'Organization' AND ($since IS NULL OR r.date IS NULL OR r.date >= $since)
OPTIONAL MATCH (parent:Organization)-[:CONTROLS*1..3]->(vehicle)
WITH target, vehicle, r, collect(DISTINCT parent) AS parents
UNWIND [vehicle] + parents AS investor
WITH target, investor,
     collect(DISTINCT CASE WHEN investor <> vehicle THEN vehicle.name END) AS vias,
     collect(DISTINCT r.articleId) AS articles,
     min(r.date) AS firstDate
WITH target, collect({investor: investor, vias: vias, articles: articles, date: firstDate}) AS holders
UNWIND holders AS a
UNWIND holders AS b
WITH target, a, b, a.investor AS x, b.investor AS y
WHERE x.name < y.name
  AND (size($ids) = 0 OR x.id IN $ids OR y.id IN $ids)
  AND NOT EXISTS { MATCH (x)-[:CONTROLS*1..3]-(y) }
WITH x, y, collect({target: target.name, viaA: a.vias, viaB: b.vias, date: coalesce(a.date, b.date), articles: a.articles + b.articles}) AS shared
WHERE size(shared) >= $minShared
RETURN x.name AS investorA, y.name AS investorB, size(shared) AS sharedCount,
       [s IN shared | s.target] AS targets,
       [s IN shared | {target: s.target, viaA: s.viaA, viaB: s.viaB, date: s.date}] AS details,
       reduce(acc = [], s IN shared | acc + [id IN s.articles WHERE NOT id IN acc]) AS articles
ORDER BY sharedCount DESC, investorA, investorB
