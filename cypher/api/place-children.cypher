// Places directly inside each place in a batch, by name, at most $first each.
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Place)-[:IN]->(:Place {id: id})
  WITH c ORDER BY c.name, c.id
  LIMIT $first
  RETURN collect(c {.*, label: 'Place'}) AS items
}
RETURN id, items
