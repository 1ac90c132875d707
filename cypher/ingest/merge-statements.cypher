UNWIND $rows AS row
MATCH (a:Article {id: $articleId})
MERGE (s:Statement {id: row.id})
SET s.articleId = $articleId,
  s.kind = row.kind,
  s.text = row.text,
  s.date = date(row.date),
  s.speakerName = row.speakerName
MERGE (s)-[r:REPORTED_IN]->(a)
SET r.start = row.evidence.start, r.end = row.evidence.end, r.sentenceIndex = row.evidence.sentenceIndex,
  r.sentence = row.evidence.sentence
WITH s, row
CALL (s, row) {
  OPTIONAL MATCH (o:Organization {id: row.speakerId})
  OPTIONAL MATCH (p:Person {id: row.speakerId})
  OPTIONAL MATCH (pl:Place {id: row.speakerId})
  OPTIONAL MATCH (n:Anonymous {id: row.speakerId})
  WITH coalesce(o, p, pl, n) AS speaker
  WHERE speaker IS NOT NULL
  MERGE (speaker)-[:SAID]->(s)
}
CALL (s, row) {
  MATCH (p:Place {id: row.placeId})
  MERGE (s)-[:SAID_AT]->(p)
}
CALL (s, row) {
  UNWIND row.eventIds AS eventId
  MATCH (e:Event {id: eventId})
  MERGE (s)-[:ABOUT]->(e)
}
RETURN count(s) AS statements
