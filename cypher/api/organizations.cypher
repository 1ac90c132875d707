// Organizations matching every given filter, by name then id, as one page after the keyset cursor $after plus, with $withTotal, the total.
// $nameKey: a folded name ($nameKeyQuery: the same as a quoted `entityKeys` term); $name: the raw
// argument, also tried as an id; $kind: the organization kind (armed_group, government, ...).
CALL () {
  WITH 1 AS one WHERE $nameKey IS NOT NULL
  CALL db.index.fulltext.queryNodes('entityKeys', $nameKeyQuery) YIELD node
  WITH node AS n WHERE n:Organization
  RETURN n
  UNION
  WITH 1 AS one WHERE $nameKey IS NOT NULL
  MATCH (n:Organization {id: $name})
  RETURN n
  UNION
  WITH 1 AS one WHERE $nameKey IS NULL
  MATCH (n:Organization)
  RETURN n
}
WITH n
WHERE ($nameKey IS NULL OR n.id = $name OR $nameKey IN n.nameKeys)
  AND ($kind IS NULL OR n.kind = $kind)
// Every match is at hand already, so the total costs one list size; the page is a top-k (heap of
// $limit rows) after the keyset cursor $after ({key: [name], id}), never a sort of all matches.
WITH collect(n) AS matches
CALL (matches) {
  UNWIND matches AS n
  WITH n, n.name AS name
  WHERE $after IS NULL OR name > $after.key[0] OR (name = $after.key[0] AND n.id > $after.id)
  WITH n, name ORDER BY name, n.id
  LIMIT $limit
  RETURN collect(n {.*, label: 'Organization'}) AS page
}
RETURN CASE WHEN $withTotal THEN size(matches) END AS total, page
