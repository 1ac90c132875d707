// Places matching every given filter, by name then id, as one page plus the total. $insideKey limits
// to places inside another one, at any depth.
CALL () {
  WITH 1 AS one WHERE $insideKey IS NOT NULL
  MATCH (outer:Place) WHERE outer.id = $inside OR $insideKey IN outer.nameKeys
  MATCH (n:Place)-[:IN*1..]->(outer)
  RETURN n
  UNION
  WITH 1 AS one WHERE $insideKey IS NULL
  MATCH (n:Place)
  RETURN n
}
WITH n
WHERE ($nameKey IS NULL OR n.id = $name OR $nameKey IN n.nameKeys)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($countryCode IS NULL OR toUpper(n.countryCode) = $countryCode)
WITH n ORDER BY n.name, n.id
WITH collect(n) AS matches
RETURN size(matches) AS total,
       [n IN matches[$skip..($skip + $limit)] | n {.*, label: 'Place'}] AS page
