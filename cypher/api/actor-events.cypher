// Events each actor in a batch claimed, denied or carried out ($rel: CLAIMED, DENIED or CARRIED_OUT),
// newest first, at most $first each.
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Person|Organization|Place|Anonymous {id: id})-[r:CLAIMED|DENIED|CARRIED_OUT]->(e:Event)
  WHERE type(r) = $rel
  WITH DISTINCT e ORDER BY e.date IS NULL, e.date DESC, e.id
  LIMIT $first
  RETURN collect(e {.*, label: 'Event'}) AS items
}
RETURN id, items
