// Deadliest events
// The deadliest events in the graph by their lowest reported death toll (then the highest), with
// place, country, date and the article that reports them.
// Parameters: :param limit => 10
MATCH (e:Event)-[:REPORTED_IN]->(a:Article)
WHERE e.killedMin IS NOT NULL OR e.killedMax IS NOT NULL
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(p:Place)
RETURN e.type AS event,
       e.date AS date,
       p.name AS place,
       p.country AS country,
       e.killedMin AS killedMin,
       e.killedMax AS killedMax,
       e.injuredMin AS injuredMin,
       e.injuredMax AS injuredMax,
       a.title AS article,
       e.id AS eventId
ORDER BY coalesce(e.killedMin, e.killedMax) DESC, e.killedMax DESC, eventId
LIMIT toInteger($limit)
