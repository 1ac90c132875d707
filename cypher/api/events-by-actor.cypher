// Events an actor claimed ($start = 'claimedBy') or carried out ('perpetratedBy') when nothing else
// filters, newest first (the order, parameters and cursor of cypher/api/events.cypher, DATE_DESC).
// For one actor with many events (at least 1 in 20 of all events), the page walks the event_date index
// from the cursor down, checks each event for the actor, and stops after $limit matches or $probes
// events, so it costs about $limit * events / degree probes instead of a date read per event of the
// actor; the total is then the actor's degree, read without touching an event (CLAIMED and CARRIED_OUT
// are written once per actor and event, src/graph/to-params.ts). Otherwise (a smaller actor, several
// actors with the name, a walk that gave up, a cursor among undated events) every event of the actors
// is read once and the page is a top-k of them, as in events.cypher.
// The walk is a subquery of its own (it imports nothing): inside a correlated one Neo4j sorts the whole
// date range instead of reading the index in order. So it resolves the actor itself, from the same
// indexes as the actors below.
CALL () {
  CALL () {
    WITH 1 AS one WHERE $start = 'claimedBy'
    CALL db.index.fulltext.queryNodes('entityKeys', $claimedByKeyQuery) YIELD node
    WITH node AS g WHERE $claimedByKey IN g.nameKeys
    RETURN g
    UNION
    WITH 1 AS one WHERE $start = 'claimedBy'
    MATCH (g:Person|Organization|Place|Anonymous {id: $claimedBy}) RETURN g
    UNION
    WITH 1 AS one WHERE $start = 'perpetratedBy'
    CALL db.index.fulltext.queryNodes('entityKeys', $perpetratedByKeyQuery) YIELD node
    WITH node AS g WHERE $perpetratedByKey IN g.nameKeys
    RETURN g
    UNION
    WITH 1 AS one WHERE $start = 'perpetratedBy'
    MATCH (g:Person|Organization|Place|Anonymous {id: $perpetratedBy}) RETURN g
  }
  WITH collect(g) AS actors
  WITH actors, actors[0] AS first
  RETURN actors, CASE WHEN size(actors) = 1 THEN CASE $start
      WHEN 'claimedBy' THEN COUNT { (first)-[:CLAIMED]->() }
      ELSE COUNT { (first)-[:CARRIED_OUT]->() } END END AS degree
}
CALL () {
  CALL () {
    WITH 1 AS one WHERE $start = 'claimedBy'
    CALL db.index.fulltext.queryNodes('entityKeys', $claimedByKeyQuery) YIELD node
    WITH node AS g WHERE $claimedByKey IN g.nameKeys
    RETURN g
    UNION
    WITH 1 AS one WHERE $start = 'claimedBy'
    MATCH (g:Person|Organization|Place|Anonymous {id: $claimedBy}) RETURN g
    UNION
    WITH 1 AS one WHERE $start = 'perpetratedBy'
    CALL db.index.fulltext.queryNodes('entityKeys', $perpetratedByKeyQuery) YIELD node
    WITH node AS g WHERE $perpetratedByKey IN g.nameKeys
    RETURN g
    UNION
    WITH 1 AS one WHERE $start = 'perpetratedBy'
    MATCH (g:Person|Organization|Place|Anonymous {id: $perpetratedBy}) RETURN g
  }
  WITH collect(g) AS actors
  WITH actors, actors[0] AS first
  WITH size(actors) = 1 AND CASE $start
      WHEN 'claimedBy' THEN COUNT { (first)-[:CLAIMED]->() }
      ELSE COUNT { (first)-[:CARRIED_OUT]->() } END * 20 >= COUNT { (:Event) } AS walk
  WITH CASE WHEN $after IS NULL THEN date('9999-12-31') ELSE date($after.key[1]) END AS upper
  WHERE walk AND ($after IS NULL OR $after.key[1] IS NOT NULL)
  MATCH (e:Event)
  WHERE e.date <= upper AND e.date >= date('0001-01-01') AND ($after IS NULL OR e.date < upper OR e.id > $after.id)
  WITH e ORDER BY e.date DESC, e.id
  LIMIT $probes
  WITH e WHERE CASE $start
    WHEN 'claimedBy' THEN EXISTS { MATCH (g)-[:CLAIMED]->(e) WHERE g.id = $claimedBy OR $claimedByKey IN g.nameKeys }
    ELSE EXISTS { MATCH (g)-[:CARRIED_OUT]->(e) WHERE g.id = $perpetratedBy OR $perpetratedByKey IN g.nameKeys } END
  LIMIT $limit
  RETURN collect(e) AS walked
}
WITH actors, degree, walked, size(walked) = $limit AS walkedFull
CALL (actors, walkedFull) {
  // The UNWIND makes the reading run only when needed (a WHERE here would be planned after it).
  UNWIND CASE WHEN walkedFull THEN [] ELSE actors END AS g
  CALL (g) {
    MATCH (g)-[:CLAIMED]->(e) WHERE $start = 'claimedBy' RETURN e
    UNION
    MATCH (g)-[:CARRIED_OUT]->(e) WHERE $start = 'perpetratedBy' RETURN e
  }
  WITH DISTINCT e
  WITH collect(e) AS matches
  CALL (matches) {
    UNWIND matches AS e
    // The date is read once into `d`: a node taken out of a list has no property cache.
    WITH e, e.date AS d
    WHERE $after IS NULL OR (CASE WHEN $after.key[1] IS NULL THEN d IS NULL AND e.id > $after.id
      ELSE d IS NULL OR d < date($after.key[1]) OR (d = date($after.key[1]) AND e.id > $after.id) END)
    WITH e, d ORDER BY d IS NULL, d DESC, e.id
    LIMIT $limit
    RETURN collect(e) AS read
  }
  RETURN size(matches) AS counted, read
}
RETURN CASE WHEN NOT $withTotal THEN null WHEN walkedFull THEN degree ELSE counted END AS total,
  [e IN CASE WHEN walkedFull THEN walked ELSE read END | e {.*, label: 'Event'}] AS page
