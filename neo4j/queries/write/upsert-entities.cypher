// Entities are keyed by their stable id; names only grow: the fuller name wins, every other name is an alias.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.aliases = row.aliases
ON MATCH SET
  e.aliases = [n IN reduce(acc = coalesce(e.aliases, []), x IN row.aliases + [row.name] | CASE WHEN x IN acc THEN acc ELSE acc + x END) WHERE n <> CASE WHEN size(row.name) > size(e.name) THEN row.name ELSE e.name END],
  e.name = CASE WHEN size(row.name) > size(e.name) THEN row.name ELSE e.name END
FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'Place' THEN [1] ELSE [] END | SET e:Place)
