// What each speaker in a batch said (SAID), newest first, at most $first each.
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Person|Organization|Place|Anonymous {id: id})-[:SAID]->(s:Statement)
  WITH s ORDER BY s.date IS NULL, s.date DESC, s.id
  LIMIT $first
  RETURN collect(s {.*, label: 'Statement'}) AS items
}
RETURN id, items
