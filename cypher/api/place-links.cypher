// Each place's enclosing places, nearest first and each once (a place may have several parents), for
// a batch of places, in one round trip.
UNWIND $ids AS id
MATCH (p:Place {id: id})
RETURN id,
  COLLECT {
    MATCH path = (p)-[:IN*1..]->(up:Place)
    WITH up, min(length(path)) AS distance
    ORDER BY distance, up.id
    RETURN up {.*, label: 'Place'}
  } AS ancestors
