// All organizations, by name then id, when no filter is given: the page walks the organization_name index from the
// keyset cursor $after ({key: [name], id}) on and stops after $limit rows, so it costs the same on any
// size of graph. With $withTotal, the number of all organizations, from the count store.
MATCH (n:Organization)
WHERE n.name >= coalesce($after.key[0], '')
  AND ($after IS NULL OR n.name > $after.key[0] OR n.id > $after.id)
WITH n ORDER BY n.name, n.id
LIMIT $limit
WITH collect(n {.*, label: 'Organization'}) AS page
RETURN CASE WHEN $withTotal THEN COUNT { (:Organization) } END AS total, page
