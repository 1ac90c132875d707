// Search what was said
// Full-text search over what was said, best match first, with speaker, date and article. The
// search takes Lucene syntax: plain words, "exact phrases", ceasefire~ for fuzzy matches.
// Parameters: :param q => 'ceasefire'
// factText indexes statements and event summaries: only statements are kept.
CALL db.index.fulltext.queryNodes('factText', $q) YIELD node AS s, score
WITH s, score WHERE s:Statement
MATCH (s)-[:REPORTED_IN]->(a:Article)
OPTIONAL MATCH (speaker)-[:SAID]->(s)
RETURN round(score, 2) AS score,
       coalesce(speaker.name, s.speakerName) AS speaker,
       s.kind AS kind,
       s.text AS text,
       coalesce(s.date, a.publishedAt) AS date,
       a.title AS article,
       s.id AS statementId
ORDER BY score DESC, statementId
LIMIT 25
