// Statements said at each place in a batch (SAID_AT), and with $includeInside at places inside it (up
// to 8 levels, each place once), newest first, at most $first each.
UNWIND $ids AS id
CALL (id) {
  MATCH (p:Place {id: id})<-[:IN*0..8]-(q:Place)
  WITH DISTINCT p, q
  WHERE $includeInside OR q = p
  MATCH (q)<-[:SAID_AT]-(s:Statement)
  WITH DISTINCT s ORDER BY s.date IS NULL, s.date DESC, s.id
  LIMIT $first
  RETURN collect(s {.*, label: 'Statement'}) AS items
}
RETURN id, items
