// Events at each place in a batch, and with $includeInside at places inside it (up to 8 levels, each
// place once), newest first, at most $first each.
UNWIND $ids AS id
CALL (id) {
  MATCH (p:Place {id: id})<-[:IN*0..8]-(q:Place)
  WITH DISTINCT p, q
  WHERE $includeInside OR q = p
  MATCH (q)<-[:OCCURRED_IN]-(e:Event)
  WITH DISTINCT e ORDER BY e.date IS NULL, e.date DESC, e.id
  LIMIT $first
  RETURN collect(e {.*, label: 'Event'}) AS items
}
RETURN id, items
