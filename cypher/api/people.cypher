// People matching every given filter, by name then id, as one page plus the total. A null parameter
// means "no filter". $nameKey, $organizationKey: folded names; $role: lower-cased words of a title.
CALL () {
  WITH 1 AS one WHERE $organizationKey IS NOT NULL
  MATCH (o:Organization|Place) WHERE o.id = $organization OR $organizationKey IN o.nameKeys
  MATCH (n:Person)-[:HOLDS_ROLE]->(o)
  RETURN n
  UNION
  WITH 1 AS one WHERE $organizationKey IS NULL
  MATCH (n:Person)
  RETURN n
}
WITH n
WHERE ($nameKey IS NULL OR n.id = $name OR $nameKey IN n.nameKeys)
  AND ($officialsOnly IS NULL OR $officialsOnly = false OR n:Official)
  AND ($role IS NULL OR toLower(n.role) CONTAINS $role
       OR EXISTS { MATCH (n)-[r:HOLDS_ROLE]->() WHERE toLower(r.title) CONTAINS $role })
  AND ($organizationKey IS NULL OR EXISTS {
    MATCH (n)-[:HOLDS_ROLE]->(o) WHERE o.id = $organization OR $organizationKey IN o.nameKeys
  })
WITH n ORDER BY n.name, n.id
WITH collect(n) AS matches
RETURN size(matches) AS total,
       [n IN matches[$skip..($skip + $limit)] | n {.*, label: 'Person', isOfficial: n:Official}] AS page
