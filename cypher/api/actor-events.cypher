// Events each actor in a batch claimed, denied or carried out ($rel: CLAIMED, DENIED or CARRIED_OUT),
// newest first, at most $first each. One branch per relationship type, so only that type is expanded
// (a group that claimed thousands of events is not walked for the few it denied); these relationships
// end at events only (docs/graph-model.md): no label check; the date is read once per event.
UNWIND $ids AS id
CALL (id) {
  CALL (id) {
    MATCH (a:Person|Organization|Place|Anonymous {id: id})-[:CLAIMED]->(e) WHERE $rel = 'CLAIMED' RETURN e
    UNION
    MATCH (a:Person|Organization|Place|Anonymous {id: id})-[:DENIED]->(e) WHERE $rel = 'DENIED' RETURN e
    UNION
    MATCH (a:Person|Organization|Place|Anonymous {id: id})-[:CARRIED_OUT]->(e) WHERE $rel = 'CARRIED_OUT' RETURN e
  }
  WITH e, e.date AS d ORDER BY d IS NULL, d DESC, e.id
  LIMIT $first
  RETURN collect(e {.*, label: 'Event'}) AS items
}
RETURN id, items
