// Events at each place in a batch, and with $includeInside at places inside it (any depth), newest
// first, at most $first each.
UNWIND $ids AS id
CALL (id) {
  MATCH path = (:Place {id: id})<-[:IN*0..]-(:Place)<-[:OCCURRED_IN]-(e:Event)
  WHERE $includeInside OR length(path) = 1
  WITH DISTINCT e ORDER BY e.date IS NULL, e.date DESC, e.id
  LIMIT $first
  RETURN collect(e {.*, label: 'Event'}) AS items
}
RETURN id, items
