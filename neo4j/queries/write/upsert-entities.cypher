// Entities are keyed by their stable id. The name is the longest seen (of two as long, the one that sorts
// first), every other name is an alias: the result does not depend on the order articles are written in.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = []
// Lock the node before reading its name: another transaction may have changed it since MERGE found it.
SET e._lock = true
REMOVE e._lock
WITH e, row, e.name AS before
WITH e, row, before,
     CASE WHEN size(row.name) > size(before) OR (size(row.name) = size(before) AND row.name < before) THEN row.name ELSE before END AS name
SET e.aliases = [n IN reduce(acc = [], x IN coalesce(e.aliases, []) + row.aliases + [row.name, before] | CASE WHEN x IN acc THEN acc ELSE acc + x END) WHERE n <> name],
    e.name = name
FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'Place' THEN [1] ELSE [] END | SET e:Place)
