// All people, by name then id, when no filter is given: the page walks the person_name index from the
// keyset cursor $after ({key: [name], id}) on and stops after $limit rows, so it costs the same on any
// size of graph. With $withTotal, the number of all people, from the count store.
MATCH (n:Person)
WHERE n.name >= coalesce($after.key[0], '')
  AND ($after IS NULL OR n.name > $after.key[0] OR n.id > $after.id)
WITH n ORDER BY n.name, n.id
LIMIT $limit
WITH collect(n {.*, label: 'Person', isOfficial: n:Official}) AS page
RETURN CASE WHEN $withTotal THEN COUNT { (:Person) } END AS total, page
