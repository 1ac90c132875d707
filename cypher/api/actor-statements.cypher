// What each speaker in a batch said (SAID), newest first, at most $first each. SAID ends at statements
// only (docs/graph-model.md): no label check; the date is read once per statement.
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Person|Organization|Place|Anonymous {id: id})-[:SAID]->(s)
  WITH s, s.date AS d ORDER BY d IS NULL, d DESC, s.id
  LIMIT $first
  RETURN collect(s {.*, label: 'Statement'}) AS items
}
RETURN id, items
