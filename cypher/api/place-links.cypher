// Each place's enclosing places, nearest first, for a batch of places, in one round trip.
UNWIND $ids AS id
MATCH (p:Place {id: id})
RETURN id,
  COLLECT {
    MATCH path = (p)-[:IN*1..]->(up:Place)
    WITH up, length(path) AS distance ORDER BY distance, up.id
    RETURN up {.*, label: 'Place'}
  } AS ancestors
