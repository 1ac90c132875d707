UNWIND $rows AS row
MATCH (a:Article {id: $articleId})
MERGE (e:Event {id: row.id})
SET e.articleId = $articleId,
  e.type = row.type,
  e.date = date(row.date),
  e.summary = row.summary,
  e.killedMin = toInteger(row.killedMin),
  e.killedMax = toInteger(row.killedMax),
  e.injuredMin = toInteger(row.injuredMin),
  e.injuredMax = toInteger(row.injuredMax)
MERGE (e)-[r:REPORTED_IN]->(a)
SET r.start = row.evidence.start, r.end = row.evidence.end, r.sentenceIndex = row.evidence.sentenceIndex,
  r.sentence = row.evidence.sentence
WITH e, row
CALL (e, row) {
  MATCH (p:Place {id: row.placeId})
  MERGE (e)-[:OCCURRED_IN]->(p)
}
// The umbrella event may come later in the batch; MERGE by id and its own row sets its fields.
CALL (e, row) {
  WITH row WHERE row.partOfId IS NOT NULL AND row.partOfId <> row.id
  MERGE (parent:Event {id: row.partOfId})
  MERGE (e)-[:PART_OF]->(parent)
}
RETURN count(e) AS events
