// One event's casualty figures and their sources
// Every casualty figure reported for one event and who reported each, with the evidence sentence.
// `disagrees` is true when another figure of the same kind for this event has other numbers.
// Parameters: :param [eventId] => { MATCH (e:Event) RETURN e.id AS eventId ORDER BY size([(e)-[:HAS_CASUALTIES]->() | e]) DESC LIMIT 1 }
//   (the event with most figures; or :param eventId => '...' with an eventId from 08)
MATCH (e:Event {id: $eventId})-[:HAS_CASUALTIES]->(c:Casualty)
OPTIONAL MATCH (c)-[:REPORTED_BY]->(source)
OPTIONAL MATCH (c)-[r:REPORTED_IN]->(:Article)
WITH e, c, collect(DISTINCT source.name) AS reportedBy, head(collect(r.sentence)) AS evidence
RETURN e.type AS event,
       e.date AS date,
       c.kind AS kind,
       c.min AS min,
       c.max AS max,
       c.group AS victims,
       reportedBy,
       EXISTS {
         MATCH (e)-[:HAS_CASUALTIES]->(other:Casualty {kind: c.kind})
         WHERE other <> c
           AND (coalesce(other.min, -1) <> coalesce(c.min, -1) OR coalesce(other.max, -1) <> coalesce(c.max, -1))
       } AS disagrees,
       evidence,
       c.id AS casualtyId
ORDER BY kind, min, max, casualtyId
