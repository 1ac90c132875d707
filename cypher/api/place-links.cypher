// Each place's parent and enclosing places, for a batch of places, in one round trip, for what the
// query selected ($parts: parent, ancestors; one not asked for is an empty list and not read).
// parent: the nearest enclosing place, one hop up (the writer keeps one parent per place; on an older
// graph with several, the first by id, as the first of the ancestors). ancestors: nearest first and
// each once, breadth-first one level per step: on a tree that is the walk up; on an older graph with
// several parents per place, or cycles, each place is still reached once, at its shortest distance
// (following every path explodes there), and a place that is, by a cycle, its own ancestor is left out.
// IN ends at places only (docs/graph-model.md): no label check on the way up.
UNWIND $ids AS id
MATCH (p:Place {id: id})
RETURN id,
  COLLECT {
    WITH p WHERE 'parent' IN $parts
    MATCH (p)-[:IN]->(up) WHERE up <> p
    WITH up ORDER BY up.id LIMIT 1
    RETURN up {.*, label: 'Place'}
  } AS parent,
  COLLECT {
    WITH p WHERE 'ancestors' IN $parts
    WITH p, reduce(w = {seen: [p], front: [p], found: []}, step IN range(1, 8) |
      reduce(n = {seen: w.seen, front: [], found: w.found}, up IN reduce(all = [], x IN w.front | all + [(x)-[:IN]->(q) | q]) |
        CASE WHEN up IN n.seen THEN n
        ELSE {seen: n.seen + up, front: n.front + up, found: n.found + {place: up, distance: step}} END)).found AS found
    UNWIND found AS f
    WITH f.place AS up, f.distance AS distance
    ORDER BY distance, up.id
    RETURN up {.*, label: 'Place'}
  } AS ancestors
