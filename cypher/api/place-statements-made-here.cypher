// Statements said at each place in a batch (SAID_AT), and with $includeInside at places inside it,
// newest first, at most $first each.
UNWIND $ids AS id
CALL (id) {
  MATCH path = (:Place {id: id})<-[:IN*0..]-(:Place)<-[:SAID_AT]-(s:Statement)
  WHERE $includeInside OR length(path) = 1
  WITH DISTINCT s ORDER BY s.date IS NULL, s.date DESC, s.id
  LIMIT $first
  RETURN collect(s {.*, label: 'Statement'}) AS items
}
RETURN id, items
