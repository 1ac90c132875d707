// Everything said about an event
// Everything said about one event: statements about it, claims and denials of responsibility,
// who is said to have carried it out, and each casualty figure with its source, with the
// evidence sentence where the graph keeps one. One row per thing said, oldest first.
// Parameters: :param [eventId] => { MATCH (e:Event) RETURN e.id AS eventId ORDER BY size([(e)<-[:ABOUT|CLAIMED|DENIED|CARRIED_OUT]-() | e]) DESC LIMIT 1 }
//   (the most talked-about event; or :param eventId => '...' with an eventId from 05, 08, 09 or 12)
MATCH (e:Event {id: $eventId})<-[:ABOUT]-(s:Statement)
OPTIONAL MATCH (speaker)-[:SAID]->(s)
OPTIONAL MATCH (s)-[r:REPORTED_IN]->(:Article)
RETURN 'statement' AS what, coalesce(speaker.name, s.speakerName) AS who, labels(speaker) AS whoLabels,
       s.kind + ': ' + s.text AS said, s.date AS date, r.sentence AS evidence
UNION ALL
MATCH (e:Event {id: $eventId})<-[c:CLAIMED|DENIED|CARRIED_OUT]-(actor)
RETURN toLower(type(c)) AS what, actor.name AS who, labels(actor) AS whoLabels,
       toLower(type(c)) + ' ' + e.type AS said, e.date AS date, null AS evidence
UNION ALL
MATCH (e:Event {id: $eventId})-[:HAS_CASUALTIES]->(c:Casualty)
OPTIONAL MATCH (c)-[:REPORTED_BY]->(source)
OPTIONAL MATCH (c)-[r:REPORTED_IN]->(:Article)
RETURN 'casualty figure' AS what, source.name AS who, labels(source) AS whoLabels,
       c.kind + ' ' + coalesce(toString(c.min), '?') + '-' + coalesce(toString(c.max), '?') AS said,
       e.date AS date, r.sentence AS evidence
