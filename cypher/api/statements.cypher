// Statements matching every given filter, newest first (undated last, then by id), as one page plus
// the total. A null parameter means "no filter". The subquery starts from the most selective filter
// given (full text, speaker, event, article, place) so the rest only checks a few candidates.
// $speakerKey, $placeKey: folded names (foldName); $speakerKeyQuery, $placeKeyQuery: the same keys as
// quoted terms for the `entityKeys` index; $speaker, $place: the raw argument, also tried as an id.
// An anonymous speaker ("a witness") is found by its id; by its phrase only among statements that
// another filter selected, since finding it by phrase would scan every article's anonymous sources.
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
  WITH 1 AS one WHERE $text IS NOT NULL
  CALL db.index.fulltext.queryNodes('statementText', $text) YIELD node
  WITH node AS s WHERE s:Statement
  RETURN s
  UNION
  WITH 1 AS one WHERE $text IS NULL AND $speakerKey IS NOT NULL
  CALL () {
    CALL db.index.fulltext.queryNodes('entityKeys', $speakerKeyQuery) YIELD node
    WITH node AS sp WHERE $speakerKey IN sp.nameKeys
    RETURN sp
    UNION
    MATCH (sp:Person|Organization|Place|Anonymous {id: $speaker}) RETURN sp
  }
  MATCH (sp)-[:SAID]->(s:Statement)
  RETURN s
  UNION
  WITH 1 AS one WHERE $text IS NULL AND $speakerKey IS NULL AND $eventId IS NOT NULL
  MATCH (:Event {id: $eventId})<-[:ABOUT]-(s:Statement)
  RETURN s
  UNION
  WITH 1 AS one WHERE $text IS NULL AND $speakerKey IS NULL AND $eventId IS NULL AND $articleId IS NOT NULL
  MATCH (s:Statement {articleId: $articleId})
  RETURN s
  UNION
  WITH scope WHERE $text IS NULL AND $speakerKey IS NULL AND $eventId IS NULL AND $articleId IS NULL AND $placeKey IS NOT NULL
  UNWIND scope AS q
  MATCH (q)<-[:SAID_AT]-(s:Statement)
  RETURN s
  UNION
  WITH 1 AS one WHERE $text IS NULL AND $speakerKey IS NULL AND $eventId IS NULL AND $articleId IS NULL AND $placeKey IS NULL
    AND ($from IS NOT NULL OR $to IS NOT NULL)
  MATCH (s:Statement)
  WHERE s.date >= coalesce(date($from), date('0001-01-01')) AND s.date <= coalesce(date($to), date('9999-12-31'))
  RETURN s
  UNION
  WITH 1 AS one WHERE $text IS NULL AND $speakerKey IS NULL AND $eventId IS NULL AND $articleId IS NULL AND $placeKey IS NULL
    AND $from IS NULL AND $to IS NULL
  MATCH (s:Statement)
  RETURN s
}
WITH s, scope
WHERE ($kind IS NULL OR s.kind = $kind)
  AND ($from IS NULL OR s.date >= date($from))
  AND ($to IS NULL OR s.date <= date($to))
  AND ($articleId IS NULL OR s.articleId = $articleId)
  AND ($eventId IS NULL OR EXISTS { (s)-[:ABOUT]->(:Event {id: $eventId}) })
  AND ($speakerKey IS NULL OR EXISTS {
    MATCH (sp)-[:SAID]->(s)
    WHERE sp.id = $speaker OR $speakerKey IN sp.nameKeys OR (sp:Anonymous AND toLower(sp.name) = $speakerKey)
  })
  AND ($placeKey IS NULL OR EXISTS { MATCH (s)-[:SAID_AT]->(q:Place) WHERE q IN scope })
WITH s ORDER BY s.date IS NULL, s.date DESC, s.id
WITH collect(s) AS matches
RETURN size(matches) AS total,
       [s IN matches[$skip..($skip + $limit)] | s {.*, label: 'Statement'}] AS page
