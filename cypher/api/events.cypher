// Events matching every given filter, as one page plus the total, sorted by $orderBy (DATE_DESC:
// newest first, undated last; KILLED_DESC: most killed first), then by id so pages are stable.
// A null parameter means "no filter". The subquery starts from the most selective filter given, by
// an index: place or group names (entityKeys), the point index, the article, the date range, the types.
// $placeKey, $claimedByKey, $perpetratedByKey: folded names; the ...KeyQuery parameters are the same keys
// as quoted terms for the `entityKeys` index; $place, $claimedBy, $perpetratedBy: the raw arguments,
// also tried as ids. Places count with everything inside them: (:Place)-[:IN*0..8]->(:Place).
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
CALL (scope) {
  WITH scope WHERE $placeKey IS NOT NULL
  UNWIND scope AS q
  MATCH (q)<-[:OCCURRED_IN]-(e:Event)
  RETURN e
  UNION
  WITH 1 AS one WHERE $placeKey IS NULL AND $near IS NOT NULL
  MATCH (p:Place)
  WHERE point.distance(p.location, point({latitude: $near.latitude, longitude: $near.longitude})) <= $near.meters
  MATCH (p)<-[:OCCURRED_IN]-(e:Event)
  RETURN e
  UNION
  WITH 1 AS one WHERE $placeKey IS NULL AND $near IS NULL AND $claimedByKey IS NOT NULL
  CALL () {
    CALL db.index.fulltext.queryNodes('entityKeys', $claimedByKeyQuery) YIELD node
    WITH node AS g WHERE $claimedByKey IN g.nameKeys
    RETURN g
    UNION
    MATCH (g:Person|Organization|Place|Anonymous {id: $claimedBy}) RETURN g
  }
  MATCH (g)-[:CLAIMED]->(e:Event)
  RETURN e
  UNION
  WITH 1 AS one WHERE $placeKey IS NULL AND $near IS NULL AND $claimedByKey IS NULL AND $perpetratedByKey IS NOT NULL
  CALL () {
    CALL db.index.fulltext.queryNodes('entityKeys', $perpetratedByKeyQuery) YIELD node
    WITH node AS g WHERE $perpetratedByKey IN g.nameKeys
    RETURN g
    UNION
    MATCH (g:Person|Organization|Place|Anonymous {id: $perpetratedBy}) RETURN g
  }
  MATCH (g)-[:CARRIED_OUT]->(e:Event)
  RETURN e
  UNION
  WITH 1 AS one WHERE $placeKey IS NULL AND $near IS NULL AND $claimedByKey IS NULL AND $perpetratedByKey IS NULL
    AND $articleId IS NOT NULL
  MATCH (e:Event {articleId: $articleId})
  RETURN e
  UNION
  WITH 1 AS one WHERE $placeKey IS NULL AND $near IS NULL AND $claimedByKey IS NULL AND $perpetratedByKey IS NULL
    AND $articleId IS NULL AND ($from IS NOT NULL OR $to IS NOT NULL)
  MATCH (e:Event)
  WHERE e.date >= coalesce(date($from), date('0001-01-01')) AND e.date <= coalesce(date($to), date('9999-12-31'))
  RETURN e
  UNION
  WITH 1 AS one WHERE $placeKey IS NULL AND $near IS NULL AND $claimedByKey IS NULL AND $perpetratedByKey IS NULL
    AND $articleId IS NULL AND $from IS NULL AND $to IS NULL AND $types IS NOT NULL
  MATCH (e:Event) WHERE e.type IN $types
  RETURN e
  UNION
  WITH 1 AS one WHERE $placeKey IS NULL AND $near IS NULL AND $claimedByKey IS NULL AND $perpetratedByKey IS NULL
    AND $articleId IS NULL AND $from IS NULL AND $to IS NULL AND $types IS NULL
  MATCH (e:Event)
  RETURN e
}
// The place filter, when given, chose the candidates above; the other filters are checked here.
WITH e
WHERE ($types IS NULL OR e.type IN $types)
  AND ($from IS NULL OR e.date >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND ($minKilled IS NULL OR coalesce(e.killedMin, e.killedMax) >= $minKilled)
  AND ($minInjured IS NULL OR coalesce(e.injuredMin, e.injuredMax) >= $minInjured)
  AND ($articleId IS NULL OR e.articleId = $articleId)
  AND ($near IS NULL OR EXISTS {
    MATCH (e)-[:OCCURRED_IN]->(p:Place)
    WHERE point.distance(p.location, point({latitude: $near.latitude, longitude: $near.longitude})) <= $near.meters
  })
  AND ($claimedByKey IS NULL OR EXISTS {
    MATCH (g)-[:CLAIMED]->(e) WHERE g.id = $claimedBy OR $claimedByKey IN g.nameKeys
  })
  AND ($perpetratedByKey IS NULL OR EXISTS {
    MATCH (g)-[:CARRIED_OUT]->(e) WHERE g.id = $perpetratedBy OR $perpetratedByKey IN g.nameKeys
  })
WITH e
ORDER BY CASE $orderBy WHEN 'KILLED_DESC' THEN coalesce(e.killedMin, e.killedMax, -1) ELSE 0 END DESC,
         e.date IS NULL, e.date DESC, e.id
WITH collect(e) AS matches
RETURN size(matches) AS total,
       [e IN matches[$skip..($skip + $limit)] | e {.*, label: 'Event'}] AS page
