// Statements matching every given filter: one page after the keyset cursor $after ({key: [date], id})
// and, with $withTotal, the number of all matches; newest first, undated last, then by id. A null
// parameter means "no filter". $start names the filter the candidates come from, by an index
// (src/api/filters/statement-filter.ts): text (full text; always the start when given, as words cannot
// be checked otherwise), else the most selective of article, event, speaker (entityKeys), place, date
// (range index), or all; the others are checked on the candidates, the start filter not again.
// $speakerKey, $placeKey: folded names (foldName); $speakerKeyQuery, $placeKeyQuery: the same keys as
// quoted terms for the `entityKeys` index; $speaker, $place: the raw argument, also tried as an id.
// An anonymous speaker ("a witness") is found by its id; by its phrase only among statements that
// another filter selected, since finding it by phrase would scan every article's anonymous sources.
// The place filter's scope: the named places and every place inside them, each once (a pruned
// breadth-first expansion, bounded in depth: the hierarchy may have several parents per place, and
// following every path would explode). Empty when there is no place filter.
// Words alone, or a speaker alone (each with at most a kind and a date range), take a lean path that
// does per match only what they need; the general path (below) passes each match through every branch
// of its unions and filters, which took a third of this statement's time on a few thousand matches.
// One branch runs; the UNION ALL passes on its single row (the list of matches), not each match.
CALL () {
  WITH 1 AS one WHERE ($start = 'text' AND $speakerKey IS NULL AND $placeKey IS NULL AND $eventId IS NULL AND $articleId IS NULL)
  CALL () {
    // Only statements have a `text` field in factText (events index their `summary`).
    CALL db.index.fulltext.queryNodes('factText', 'text:(' + $text + ')') YIELD node
    WITH node AS s
    WHERE s:Statement AND ($kind IS NULL OR s.kind = $kind)
      AND ($from IS NULL OR s.date >= date($from)) AND ($to IS NULL OR s.date <= date($to))
    RETURN collect(s) AS matches
  }
  RETURN matches
  UNION ALL
  WITH 1 AS one WHERE ($start = 'speaker' AND $placeKey IS NULL)
  CALL () {
    CALL () {
      CALL db.index.fulltext.queryNodes('entityKeys', $speakerKeyQuery) YIELD node
      WITH node AS sp WHERE $speakerKey IN sp.nameKeys
      RETURN sp
      UNION
      MATCH (sp:Person|Organization|Place|Anonymous {id: $speaker}) RETURN sp
    }
    MATCH (sp)-[:SAID]->(s)
    WHERE ($kind IS NULL OR s.kind = $kind)
      AND ($from IS NULL OR s.date >= date($from)) AND ($to IS NULL OR s.date <= date($to))
    RETURN collect(DISTINCT s) AS matches
  }
  RETURN matches
  UNION ALL
  WITH 1 AS one WHERE NOT ($start = 'text' AND $speakerKey IS NULL AND $placeKey IS NULL AND $eventId IS NULL AND $articleId IS NULL) AND NOT ($start = 'speaker' AND $placeKey IS NULL)
  CALL () {
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
    // SAID and ABOUT-from-statements start only at statements (docs/graph-model.md): no label check.
    // The factText index holds statements and events (their texts and summaries): only its statements.
    CALL (scope) {
      WITH 1 AS one WHERE $start = 'text'
      CALL db.index.fulltext.queryNodes('factText', 'text:(' + $text + ')') YIELD node
      WITH node WHERE node:Statement
      RETURN node AS s
      UNION
      WITH 1 AS one WHERE $start = 'speaker'
      CALL () {
        CALL db.index.fulltext.queryNodes('entityKeys', $speakerKeyQuery) YIELD node
        WITH node AS sp WHERE $speakerKey IN sp.nameKeys
        RETURN sp
        UNION
        MATCH (sp:Person|Organization|Place|Anonymous {id: $speaker}) RETURN sp
      }
      MATCH (sp)-[:SAID]->(s)
      RETURN s
      UNION
      WITH 1 AS one WHERE $start = 'event'
      MATCH (:Event {id: $eventId})<-[:ABOUT]-(s)
      RETURN s
      UNION
      WITH 1 AS one WHERE $start = 'article'
      MATCH (s:Statement {articleId: $articleId})
      RETURN s
      UNION
      WITH scope WHERE $start = 'place'
      UNWIND scope AS q
      MATCH (q)<-[:SAID_AT]-(s)
      RETURN s
      UNION
      WITH 1 AS one WHERE $start = 'date'
      MATCH (s:Statement)
      WHERE s.date >= coalesce(date($from), date('0001-01-01')) AND s.date <= coalesce(date($to), date('9999-12-31'))
      RETURN s
      UNION
      WITH 1 AS one WHERE $start = 'all'
      MATCH (s:Statement)
      RETURN s
    }
    WITH s, scope
    WHERE ($kind IS NULL OR s.kind = $kind)
      AND ($from IS NULL OR $start = 'date' OR s.date >= date($from))
      AND ($to IS NULL OR $start = 'date' OR s.date <= date($to))
      AND ($articleId IS NULL OR $start = 'article' OR s.articleId = $articleId)
      AND ($eventId IS NULL OR $start = 'event' OR EXISTS { (s)-[:ABOUT]->(:Event {id: $eventId}) })
      AND ($speakerKey IS NULL OR $start = 'speaker' OR EXISTS {
        MATCH (sp)-[:SAID]->(s)
        WHERE sp.id = $speaker OR $speakerKey IN sp.nameKeys OR (sp:Anonymous AND toLower(sp.name) = $speakerKey)
      })
      AND ($placeKey IS NULL OR $start = 'place' OR EXISTS { MATCH (s)-[:SAID_AT]->(q:Place) WHERE q IN scope })
    RETURN collect(s) AS matches
  }
  RETURN matches
}
// Every match is at hand already, so the total costs one list size; the page is a top-k (heap of
// $limit rows), never a sort of all matches.
CALL (matches) {
  UNWIND matches AS s
  // The date is read once into `d`: a node taken out of a list has no property cache.
  WITH s, s.date AS d
  WHERE $after IS NULL OR (
    CASE WHEN $after.key[0] IS NULL THEN d IS NULL AND s.id > $after.id
    ELSE d IS NULL OR d < date($after.key[0]) OR (d = date($after.key[0]) AND s.id > $after.id) END)
  WITH s, d ORDER BY d IS NULL, d DESC, s.id
  LIMIT $limit
  RETURN collect(s {.*, label: 'Statement'}) AS page
}
RETURN CASE WHEN $withTotal THEN size(matches) END AS total, page
