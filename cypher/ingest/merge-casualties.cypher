// One node per casualty figure (conflicting figures from different sources all stay).
UNWIND $rows AS row
MATCH (a:Article {id: $articleId})
MERGE (c:Casualty {id: row.id})
SET c.articleId = $articleId,
  c.kind = row.kind,
  c.min = toInteger(row.min),
  c.max = toInteger(row.max),
  c.group = row.group
MERGE (c)-[r:REPORTED_IN]->(a)
SET r.start = row.evidence.start, r.end = row.evidence.end, r.sentenceIndex = row.evidence.sentenceIndex,
  r.sentence = row.evidence.sentence
WITH c, row
CALL (c, row) {
  MATCH (e:Event {id: row.eventId})
  MERGE (e)-[:HAS_CASUALTIES]->(c)
}
CALL (c, row) {
  OPTIONAL MATCH (o:Organization {id: row.sourceId})
  OPTIONAL MATCH (p:Person {id: row.sourceId})
  OPTIONAL MATCH (pl:Place {id: row.sourceId})
  OPTIONAL MATCH (n:Anonymous {id: row.sourceId})
  WITH coalesce(o, p, pl, n) AS source
  WHERE source IS NOT NULL
  MERGE (c)-[:REPORTED_BY]->(source)
}
RETURN count(c) AS casualties
