// Places ranked by events
// Places ranked by what happened in them or anywhere below them: number of events, the sum of the
// lowest killed figures, and the event types seen. Good for a first look at where the graph is.
// Parameters: none.
MATCH (e:Event)-[:OCCURRED_IN]->(:Place)-[:IN*0..8]->(p:Place)
WITH p, collect(DISTINCT e) AS events, collect(DISTINCT e.type) AS types
RETURN p.name AS place,
       p.kind AS kind,
       p.country AS country,
       size(events) AS events,
       reduce(total = 0, e IN events | total + coalesce(e.killedMin, 0)) AS killedAtLeast,
       types
ORDER BY events DESC, killedAtLeast DESC, place
