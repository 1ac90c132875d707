// Timeline between two dates
// A timeline: events dated between two days (inclusive), oldest first, with place and toll.
// Events without a date are left out (they show in 02 and 05).
// Parameters: :params {from: '2016-01-01', to: '2016-12-31'}
MATCH (e:Event)-[:REPORTED_IN]->(a:Article)
WHERE e.date >= date($from) AND e.date <= date($to)
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(p:Place)
RETURN e.date AS date,
       e.type AS event,
       p.name AS place,
       p.country AS country,
       e.killedMin AS killedMin,
       e.killedMax AS killedMax,
       e.summary AS summary,
       a.title AS article,
       e.id AS eventId
ORDER BY date, eventId
