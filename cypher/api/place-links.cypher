// Each place's enclosing places, nearest first and each once (a place may have several parents), for
// a batch of places, in one round trip. Each ancestor is found once by a pruned, depth-bounded
// expansion and its distance by a shortest path, so a tangled hierarchy never means every path (a
// place that is, by a cycle, its own ancestor is left out).
UNWIND $ids AS id
MATCH (p:Place {id: id})
RETURN id,
  COLLECT {
    MATCH (p)-[:IN*1..8]->(up:Place)
    WITH DISTINCT up WHERE up <> p
    MATCH path = shortestPath((p)-[:IN*1..8]->(up))
    WITH up, length(path) AS distance
    ORDER BY distance, up.id
    RETURN up {.*, label: 'Place'}
  } AS ancestors
