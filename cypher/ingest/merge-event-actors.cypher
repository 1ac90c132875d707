// Who claimed, denied or carried out an event. The relationship type is one of three fixed names,
// chosen per row by FOREACH (Cypher has no parameter for a relationship type without dynamic types).
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId})
OPTIONAL MATCH (o:Organization {id: row.actorId})
OPTIONAL MATCH (p:Person {id: row.actorId})
OPTIONAL MATCH (pl:Place {id: row.actorId})
OPTIONAL MATCH (n:Anonymous {id: row.actorId})
WITH e, row, coalesce(o, p, pl, n) AS actor
WHERE actor IS NOT NULL
FOREACH (_ IN CASE WHEN row.rel = 'CLAIMED' THEN [1] ELSE [] END |
  MERGE (actor)-[:CLAIMED {articleId: $articleId}]->(e))
FOREACH (_ IN CASE WHEN row.rel = 'DENIED' THEN [1] ELSE [] END |
  MERGE (actor)-[:DENIED {articleId: $articleId}]->(e))
FOREACH (_ IN CASE WHEN row.rel = 'CARRIED_OUT' THEN [1] ELSE [] END |
  MERGE (actor)-[:CARRIED_OUT {articleId: $articleId}]->(e))
RETURN count(actor) AS actors
