// Places matching every given filter, by name then id, as one page after the keyset cursor $after plus, with $withTotal, the total. $insideKey limits
// to places inside another one, at any depth (up to 8 levels, each place once). Keys are folded names (and quoted `entityKeys` terms in
// the ...KeyQuery parameters); $name, $inside: the raw arguments, also tried as ids.
CALL () {
  WITH 1 AS one WHERE $nameKey IS NOT NULL
  CALL db.index.fulltext.queryNodes('entityKeys', $nameKeyQuery) YIELD node
  WITH node AS n WHERE n:Place
  RETURN n
  UNION
  WITH 1 AS one WHERE $nameKey IS NOT NULL
  MATCH (n:Place {id: $name})
  RETURN n
  UNION
  WITH 1 AS one WHERE $nameKey IS NULL AND $insideKey IS NOT NULL
  CALL () {
    CALL db.index.fulltext.queryNodes('entityKeys', $insideKeyQuery) YIELD node
    WITH node AS outer WHERE outer:Place AND $insideKey IN outer.nameKeys
    RETURN outer
    UNION
    MATCH (outer:Place {id: $inside}) RETURN outer
  }
  MATCH (outer)<-[:IN*1..8]-(n:Place)
  RETURN DISTINCT n
  UNION
  WITH 1 AS one WHERE $nameKey IS NULL AND $insideKey IS NULL
  MATCH (n:Place)
  RETURN n
}
WITH n
WHERE ($nameKey IS NULL OR n.id = $name OR $nameKey IN n.nameKeys)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($countryCode IS NULL OR toUpper(n.countryCode) = $countryCode)
  // Without a name filter the candidates came from the inside filter: no need to check it again.
  AND ($insideKey IS NULL OR $nameKey IS NULL OR EXISTS {
    MATCH (n)-[:IN*1..8]->(outer:Place) WHERE outer.id = $inside OR $insideKey IN outer.nameKeys
  })
// Every match is at hand already, so the total costs one list size; the page is a top-k (heap of
// $limit rows) after the keyset cursor $after ({key: [name], id}), never a sort of all matches.
WITH collect(n) AS matches
CALL (matches) {
  UNWIND matches AS n
  WITH n, n.name AS name
  WHERE $after IS NULL OR name > $after.key[0] OR (name = $after.key[0] AND n.id > $after.id)
  WITH n, name ORDER BY name, n.id
  LIMIT $limit
  RETURN collect(n {.*, label: 'Place'}) AS page
}
RETURN CASE WHEN $withTotal THEN size(matches) END AS total, page
