// Deletes those of the given entities that nothing refers to any more: no edge at all except their own
// IN to an enclosing place. A place enclosing another one is kept; run again after its children go.
UNWIND $ids AS id
OPTIONAL MATCH (p:Person {id: id})
OPTIONAL MATCH (o:Organization {id: id})
OPTIONAL MATCH (pl:Place {id: id})
WITH coalesce(p, o, pl) AS e
WHERE e IS NOT NULL AND NOT EXISTS { MATCH (e)-[r]-() WHERE type(r) <> 'IN' OR startNode(r) <> e }
DETACH DELETE e
RETURN count(*) AS deleted
