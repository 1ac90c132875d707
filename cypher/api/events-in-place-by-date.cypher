// Events in a place, places inside it included ($start = 'place'), newest first, when no actor, radius
// or article filters them too: the order, parameters and cursor of cypher/api/events.cypher (DATE_DESC).
// One pass over the scope's events: each match is read once (the filters, its date and id), the
// matches are sorted, and the count and the page after the keyset cursor $after ({key: [0, date], id})
// come from that one sorted stream. events.cypher gathers the matches into a list of maps and walks it
// twice; this costs about half the CPU per match (3,000 events read: 5 ms instead of 9).
// Scope: the named places and every place inside them, each once (a pruned breadth-first expansion,
// bounded in depth as in events.cypher).
CALL () {
  CALL () {
    WITH 1 AS one WHERE $placeKey IS NOT NULL
    CALL db.index.fulltext.queryNodes('entityKeys', $placeKeyQuery) YIELD node
    WITH node AS p WHERE p:Place AND $placeKey IN p.nameKeys
    RETURN p
    UNION
    MATCH (p:Place {id: $place}) RETURN p
  }
  MATCH (p)<-[:IN*0..8]-(q:Place)
  RETURN collect(DISTINCT q) AS scope
}
CALL (scope) {
  UNWIND scope AS q
  MATCH (q)<-[:OCCURRED_IN]-(e)
  WITH DISTINCT e
  WITH e, e.date AS d
  WHERE ($types IS NULL OR e.type IN $types)
    AND ($from IS NULL OR d >= date($from))
    AND ($to IS NULL OR d <= date($to))
    AND ($minKilled IS NULL OR coalesce(e.killedMin, e.killedMax) >= $minKilled)
    AND ($minInjured IS NULL OR coalesce(e.injuredMin, e.injuredMax) >= $minInjured)
  WITH e, d, $after IS NULL OR (CASE WHEN $after.key[1] IS NULL THEN d IS NULL AND e.id > $after.id
    ELSE d IS NULL OR d < date($after.key[1]) OR (d = date($after.key[1]) AND e.id > $after.id) END) AS rest
  ORDER BY d IS NULL, d DESC, e.id
  // collect keeps the order of its rows, and leaves out the nulls (the matches before the cursor).
  RETURN count(e) AS counted, collect(CASE WHEN rest THEN e END) AS rest
}
RETURN CASE WHEN $withTotal THEN counted END AS total, [e IN rest[0..$limit] | e {.*, label: 'Event'}] AS page
