// Conflicting casualty figures
// Events whose sources disagree on a toll: for each event and kind (killed, injured, ...), the
// differing figures side by side, each with who reported it. Run 07 on an eventId for details.
// Parameters: none.
MATCH (e:Event)-[:HAS_CASUALTIES]->(c:Casualty)
OPTIONAL MATCH (c)-[:REPORTED_BY]->(source)
WITH e, c, collect(DISTINCT source.name) AS reportedBy
WITH e, c.kind AS kind,
     collect({min: c.min, max: c.max, reportedBy: reportedBy}) AS figures,
     collect(DISTINCT [coalesce(c.min, -1), coalesce(c.max, -1)]) AS distinctValues
WHERE size(distinctValues) > 1
MATCH (e)-[:REPORTED_IN]->(a:Article)
RETURN e.id AS eventId,
       e.type AS event,
       e.date AS date,
       kind,
       figures,
       a.title AS article
ORDER BY date, eventId, kind
