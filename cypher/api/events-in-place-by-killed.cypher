// Events in a place, places inside it included ($start = 'place'), most killed first, when no actor,
// radius or article filters them too: the order, parameters and cursor of cypher/api/events.cypher
// (KILLED_DESC: the lower killed figure, else the only one, -1 for none; then newest first, undated
// last, then id). The total is one pass over the scope's events that reads only what the filters
// need. The page walks the event_killed_min index from the cursor's figure down and checks each event
// (about $limit * events / matches probes, at most $probes), instead of sorting every match. When the
// walk cannot tell the page (fewer than $limit matches among the events it read; a match with an
// upper figure only, which that index does not order; a cursor among events with no figure), every
// match is read once and sorted, as in events-in-place-by-date.cypher.
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
// The total, and how many matches have an upper killed figure only: one pass.
CALL (scope) {
  UNWIND scope AS q
  MATCH (q)<-[:OCCURRED_IN]-(e)
  WITH DISTINCT e
  WHERE ($types IS NULL OR e.type IN $types)
    AND ($from IS NULL OR e.date >= date($from))
    AND ($to IS NULL OR e.date <= date($to))
    AND ($minKilled IS NULL OR coalesce(e.killedMin, e.killedMax) >= $minKilled)
    AND ($minInjured IS NULL OR coalesce(e.injuredMin, e.injuredMax) >= $minInjured)
  RETURN count(e) AS counted, count(CASE WHEN e.killedMin IS NULL AND e.killedMax IS NOT NULL THEN 1 END) AS maxOnly
}
// The walk: the first $probes events by lower figure, from the cursor's figure down. It holds every
// event whose figure exceeds the last one read (every event with a figure, when it ended early); the
// matches among those, sorted, are the page if there are at least $limit of them.
CALL (scope) {
  WITH scope, CASE WHEN $after IS NULL THEN 9223372036854775807 ELSE $after.key[0] END AS upperK
  MATCH (e:Event)
  WHERE e.killedMin <= upperK AND e.killedMin >= coalesce($minKilled, 0)
  WITH scope, e, e.killedMin AS k ORDER BY k DESC
  LIMIT $probes
  WITH scope, collect({e: e, k: k}) AS probed
  WITH scope, probed, CASE WHEN size(probed) < $probes THEN -2 ELSE probed[-1].k END AS lastK
  UNWIND probed AS m
  WITH scope, m.e AS e, m.k AS k WHERE k > lastK
  WITH scope, e, k, e.date AS d
  WHERE ($after IS NULL OR k < $after.key[0] OR (k = $after.key[0] AND (
      CASE WHEN $after.key[1] IS NULL THEN d IS NULL AND e.id > $after.id
      ELSE d IS NULL OR d < date($after.key[1]) OR (d = date($after.key[1]) AND e.id > $after.id) END)))
    AND ($types IS NULL OR e.type IN $types)
    AND ($from IS NULL OR d >= date($from))
    AND ($to IS NULL OR d <= date($to))
    AND ($minInjured IS NULL OR coalesce(e.injuredMin, e.injuredMax) >= $minInjured)
    AND EXISTS { MATCH (e)-[:OCCURRED_IN]->(q) WHERE q IN scope }
  WITH e, k, d ORDER BY k DESC, d IS NULL, d DESC, e.id
  LIMIT $limit
  RETURN collect(e) AS walked
}
WITH scope, counted, walked, maxOnly = 0 AND size(walked) = $limit AS walkedFull
CALL (scope, walkedFull) {
  // The UNWIND makes the reading run only when needed (a WHERE here would be planned after it).
  UNWIND CASE WHEN walkedFull THEN [] ELSE scope END AS q
  MATCH (q)<-[:OCCURRED_IN]-(e)
  WITH DISTINCT e
  WITH e, coalesce(e.killedMin, e.killedMax, -1) AS k, e.date AS d
  WHERE ($types IS NULL OR e.type IN $types)
    AND ($from IS NULL OR d >= date($from))
    AND ($to IS NULL OR d <= date($to))
    AND ($minKilled IS NULL OR coalesce(e.killedMin, e.killedMax) >= $minKilled)
    AND ($minInjured IS NULL OR coalesce(e.injuredMin, e.injuredMax) >= $minInjured)
    AND ($after IS NULL OR k < $after.key[0] OR (k = $after.key[0] AND (
      CASE WHEN $after.key[1] IS NULL THEN d IS NULL AND e.id > $after.id
      ELSE d IS NULL OR d < date($after.key[1]) OR (d = date($after.key[1]) AND e.id > $after.id) END)))
  WITH e, k, d ORDER BY k DESC, d IS NULL, d DESC, e.id
  LIMIT $limit
  RETURN collect(e) AS read
}
RETURN CASE WHEN $withTotal THEN counted END AS total,
  [e IN CASE WHEN walkedFull THEN walked ELSE read END | e {.*, label: 'Event'}] AS page
