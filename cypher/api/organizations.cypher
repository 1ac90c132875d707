// Organizations matching every given filter, by name then id, as one page plus the total.
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
WITH n ORDER BY n.name, n.id
WITH collect(n) AS matches
RETURN size(matches) AS total,
       [n IN matches[$skip..($skip + $limit)] | n {.*, label: 'Organization'}] AS page
