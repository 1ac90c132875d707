// Events matching every given filter: one page after the keyset cursor $after ({key: [k, date], id})
// and, with $withTotal, the number of all matches. Order: k DESC (KILLED_DESC: most killed first, the
// lower figure else the only one, -1 for none; DATE_DESC: k is 0 for all), newest first, undated last,
// then id, so pages are stable. A null parameter means "no filter".
// $start names the filter the candidates come from, by an index (src/api/filters/event-filter.ts picks
// the most selective given): article, place (entityKeys, then the places inside), near (point index),
// claimedBy / perpetratedBy (entityKeys), date (range index), types, or all. The other filters are
// checked on the candidates; the start filter is not checked again.
// $placeKey, $claimedByKey, $perpetratedByKey: folded names; the ...KeyQuery parameters are the same keys
// as quoted terms for the `entityKeys` index; $place, $claimedBy, $perpetratedBy: the raw arguments,
// also tried as ids.
// The place filter's scope: the named places and every place inside them, each once (a pruned
// breadth-first expansion, bounded in depth: the hierarchy may have several parents per place, and
// following every path would explode). Empty when there is no place filter.
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
// OCCURRED_IN, CLAIMED and CARRIED_OUT end at events only (docs/graph-model.md): no label check.
CALL (scope) {
  WITH 1 AS one WHERE $start = 'article'
  MATCH (e:Event {articleId: $articleId})
  RETURN e
  UNION
  WITH scope WHERE $start = 'place'
  UNWIND scope AS q
  MATCH (q)<-[:OCCURRED_IN]-(e)
  RETURN e
  UNION
  WITH 1 AS one WHERE $start = 'near'
  MATCH (p:Place)
  WHERE point.distance(p.location, point({latitude: $near.latitude, longitude: $near.longitude})) <= $near.meters
  MATCH (p)<-[:OCCURRED_IN]-(e)
  RETURN e
  UNION
  WITH 1 AS one WHERE $start = 'claimedBy'
  CALL () {
    CALL db.index.fulltext.queryNodes('entityKeys', $claimedByKeyQuery) YIELD node
    WITH node AS g WHERE $claimedByKey IN g.nameKeys
    RETURN g
    UNION
    MATCH (g:Person|Organization|Place|Anonymous {id: $claimedBy}) RETURN g
  }
  MATCH (g)-[:CLAIMED]->(e)
  RETURN e
  UNION
  WITH 1 AS one WHERE $start = 'perpetratedBy'
  CALL () {
    CALL db.index.fulltext.queryNodes('entityKeys', $perpetratedByKeyQuery) YIELD node
    WITH node AS g WHERE $perpetratedByKey IN g.nameKeys
    RETURN g
    UNION
    MATCH (g:Person|Organization|Place|Anonymous {id: $perpetratedBy}) RETURN g
  }
  MATCH (g)-[:CARRIED_OUT]->(e)
  RETURN e
  UNION
  WITH 1 AS one WHERE $start = 'date'
  MATCH (e:Event)
  WHERE e.date >= coalesce(date($from), date('0001-01-01')) AND e.date <= coalesce(date($to), date('9999-12-31'))
  RETURN e
  UNION
  WITH 1 AS one WHERE $start = 'types'
  MATCH (e:Event) WHERE e.type IN $types
  RETURN e
  UNION
  WITH 1 AS one WHERE $start = 'all'
  MATCH (e:Event)
  RETURN e
}
// The killed figure is read once, for both the minKilled filter and the KILLED_DESC order.
WITH e, scope,
  CASE WHEN $minKilled IS NOT NULL OR $orderBy = 'KILLED_DESC' THEN coalesce(e.killedMin, e.killedMax) END AS killed
WHERE ($types IS NULL OR $start = 'types' OR e.type IN $types)
  AND ($from IS NULL OR $start = 'date' OR e.date >= date($from))
  AND ($to IS NULL OR $start = 'date' OR e.date <= date($to))
  AND ($minKilled IS NULL OR killed >= $minKilled)
  AND ($minInjured IS NULL OR coalesce(e.injuredMin, e.injuredMax) >= $minInjured)
  AND ($articleId IS NULL OR $start = 'article' OR e.articleId = $articleId)
  AND ($placeKey IS NULL OR $start = 'place' OR EXISTS {
    MATCH (e)-[:OCCURRED_IN]->(q:Place) WHERE q IN scope
  })
  AND ($near IS NULL OR $start = 'near' OR EXISTS {
    MATCH (e)-[:OCCURRED_IN]->(p:Place)
    WHERE point.distance(p.location, point({latitude: $near.latitude, longitude: $near.longitude})) <= $near.meters
  })
  AND ($claimedByKey IS NULL OR $start = 'claimedBy' OR EXISTS {
    MATCH (g)-[:CLAIMED]->(e) WHERE g.id = $claimedBy OR $claimedByKey IN g.nameKeys
  })
  AND ($perpetratedByKey IS NULL OR $start = 'perpetratedBy' OR EXISTS {
    MATCH (g)-[:CARRIED_OUT]->(e) WHERE g.id = $perpetratedBy OR $perpetratedByKey IN g.nameKeys
  })
// Every match is at hand already, so the total costs one list size. The page is a top-k after the keyset
// cursor $after ({key: [k, date], id}), never a sort of all matches.
WITH collect({e: e, k: CASE $orderBy WHEN 'KILLED_DESC' THEN coalesce(killed, -1) ELSE 0 END}) AS matches
CALL (matches) {
  // KILLED_DESC: k is at hand, so the date and id (which only break ties) are read only for the rows
  // whose k reaches the page's lowest k (a few among thousands of matches), not for every match.
  WITH matches WHERE $orderBy = 'KILLED_DESC'
  UNWIND matches AS m
  // Only rows tied with the cursor on k read their date, and on both their id (OR is lazy).
  WITH m WHERE $after IS NULL OR m.k < $after.key[0] OR (m.k = $after.key[0] AND (
    CASE WHEN $after.key[1] IS NULL THEN m.e.date IS NULL AND m.e.id > $after.id
    ELSE m.e.date IS NULL OR m.e.date < date($after.key[1])
      OR (m.e.date = date($after.key[1]) AND m.e.id > $after.id) END))
  WITH collect(m) AS rest
  CALL (rest) {
    UNWIND rest AS m
    WITH m.k AS k ORDER BY k DESC LIMIT $limit
    RETURN collect(k) AS ks
  }
  // With a full page, rows below its lowest k cannot be on it.
  WITH rest, CASE WHEN size(ks) = $limit THEN ks[-1] END AS lowK
  UNWIND rest AS m
  WITH m WHERE lowK IS NULL OR m.k >= lowK
  WITH m.e AS e, m.k AS k, m.e.date AS d ORDER BY k DESC, d IS NULL, d DESC, e.id
  LIMIT $limit
  // An aggregation gives a row even when the branch is not taken: keep only the taken branch's.
  WITH collect(e {.*, label: 'Event'}) AS page WHERE $orderBy = 'KILLED_DESC'
  RETURN page
  UNION ALL
  // DATE_DESC: every match's date is needed; one pass (a second to spare the ids costs more than it saves).
  WITH matches WHERE $orderBy <> 'KILLED_DESC'
  UNWIND matches AS m
  // The date is read once into `d`: a node taken out of a list has no property cache.
  WITH m.e AS e, m.k AS k, m.e.date AS d
  WHERE $after IS NULL OR k < $after.key[0] OR (k = $after.key[0] AND (
    CASE WHEN $after.key[1] IS NULL THEN d IS NULL AND e.id > $after.id
    ELSE d IS NULL OR d < date($after.key[1]) OR (d = date($after.key[1]) AND e.id > $after.id) END))
  WITH e, k, d ORDER BY k DESC, d IS NULL, d DESC, e.id
  LIMIT $limit
  WITH collect(e {.*, label: 'Event'}) AS page WHERE $orderBy <> 'KILLED_DESC'
  RETURN page
}
RETURN CASE WHEN $withTotal THEN size(matches) END AS total, page
