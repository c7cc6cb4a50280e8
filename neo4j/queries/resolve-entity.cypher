// Entity ids for a name: its stable id, its canonical name, one of its aliases, or an Alias node.
// Parameters: $name, $ids (ids the name would have, computed by the pipeline's name rules).
CALL () {
  MATCH (e:Entity) WHERE e.id IN $ids RETURN e
  UNION
  MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases RETURN e
  UNION
  MATCH (:Alias {name: $name})-[:ALIAS_OF]->(e:Entity) RETURN e
}
RETURN DISTINCT e.id AS id
