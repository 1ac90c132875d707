// People matching every given filter, by name then id, as one page after the keyset cursor $after plus, with $withTotal, the total. A null parameter
// means "no filter". $nameKey, $organizationKey: folded names, and as quoted `entityKeys` terms in
// the ...KeyQuery parameters; $name, $organization: the raw arguments, also tried as ids. $role:
// lower-cased words of a title.
// Officials with at most a role filter (the common question) take a lean path: a label scan and the
// role check per person; the general path (below) also passes each one through every branch of its
// unions and filters. One branch runs; the UNION ALL passes on its single row, the list of matches.
CALL () {
  WITH 1 AS one WHERE ($nameKey IS NULL AND $organizationKey IS NULL AND coalesce($officialsOnly, false) = true)
  CALL () {
    MATCH (n:Official)
    WHERE ($role IS NULL OR toLower(n.role) CONTAINS $role
           OR CASE WHEN n.roleKeys IS NULL
             THEN EXISTS { MATCH (n)-[r:HOLDS_ROLE]->() WHERE toLower(r.title) CONTAINS $role }
             ELSE any(k IN n.roleKeys WHERE k CONTAINS $role) END)
    RETURN collect(n) AS matches
  }
  RETURN matches
  UNION ALL
  WITH 1 AS one WHERE NOT ($nameKey IS NULL AND $organizationKey IS NULL AND coalesce($officialsOnly, false) = true)
  CALL () {
    CALL () {
      WITH 1 AS one WHERE $nameKey IS NOT NULL
      CALL db.index.fulltext.queryNodes('entityKeys', $nameKeyQuery) YIELD node
      WITH node AS n WHERE n:Person
      RETURN n
      UNION
      WITH 1 AS one WHERE $nameKey IS NOT NULL
      MATCH (n:Person {id: $name})
      RETURN n
      UNION
      WITH 1 AS one WHERE $nameKey IS NULL AND $organizationKey IS NOT NULL
      CALL () {
        CALL db.index.fulltext.queryNodes('entityKeys', $organizationKeyQuery) YIELD node
        WITH node AS o WHERE (o:Organization OR o:Place) AND $organizationKey IN o.nameKeys
        RETURN o
        UNION
        MATCH (o:Organization|Place {id: $organization}) RETURN o
      }
      MATCH (n:Person)-[:HOLDS_ROLE]->(o)
      RETURN n
      UNION
      WITH 1 AS one WHERE $nameKey IS NULL AND $organizationKey IS NULL AND $officialsOnly = true
      MATCH (n:Official)
      RETURN n
      UNION
      WITH 1 AS one WHERE $nameKey IS NULL AND $organizationKey IS NULL AND coalesce($officialsOnly, false) = false
      MATCH (n:Person)
      RETURN n
    }
    WITH DISTINCT n
    WHERE ($nameKey IS NULL OR n.id = $name OR $nameKey IN n.nameKeys)
      AND ($officialsOnly IS NULL OR $officialsOnly = false OR n:Official)
      // roleKeys: the titles of n's role edges, lower-cased (write-article.cypher), one read instead of
      // every edge; unset (no role edges, or one removed since), the edges. CASE runs only its branch.
      AND ($role IS NULL OR toLower(n.role) CONTAINS $role
           OR CASE WHEN n.roleKeys IS NULL
             THEN EXISTS { MATCH (n)-[r:HOLDS_ROLE]->() WHERE toLower(r.title) CONTAINS $role }
             ELSE any(k IN n.roleKeys WHERE k CONTAINS $role) END)
      // Without a name filter the candidates came from the organization filter: no need to check it again.
      AND ($organizationKey IS NULL OR $nameKey IS NULL OR EXISTS {
        MATCH (n)-[:HOLDS_ROLE]->(o) WHERE o.id = $organization OR $organizationKey IN o.nameKeys
      })
    RETURN collect(n) AS matches
  }
  RETURN matches
}
// Every match is at hand already, so the total costs one list size; the page is a top-k (heap of
// $limit rows) after the keyset cursor $after ({key: [name], id}), never a sort of all matches.
WITH matches
CALL (matches) {
  UNWIND matches AS n
  WITH n, n.name AS name
  WHERE $after IS NULL OR name > $after.key[0] OR (name = $after.key[0] AND n.id > $after.id)
  WITH n, name ORDER BY name, n.id
  LIMIT $limit
  RETURN collect(n {.*, label: 'Person', isOfficial: n:Official}) AS page
}
RETURN CASE WHEN $withTotal THEN size(matches) END AS total, page
