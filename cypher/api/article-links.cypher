// What each article in a batch holds, in one round trip, for the lists the query selected ($parts:
// events, statements, casualties, mentioned; a list not asked for is empty and not read): its events,
// statements and casualty figures (in id order), and the entities it mentions with the mention counts.
// Missing ids give no row.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id,
  COLLECT {
    WITH a WHERE 'events' IN $parts
    MATCH (e:Event)-[:REPORTED_IN]->(a) WITH e ORDER BY e.id RETURN e {.*, label: 'Event'}
  } AS events,
  COLLECT {
    WITH a WHERE 'statements' IN $parts
    MATCH (s:Statement)-[:REPORTED_IN]->(a) WITH s ORDER BY s.id RETURN s {.*, label: 'Statement'}
  } AS statements,
  COLLECT {
    WITH a WHERE 'casualties' IN $parts
    MATCH (c:Casualty)-[:REPORTED_IN]->(a) WITH c ORDER BY c.id RETURN c {.*, label: 'Casualty'}
  } AS casualties,
  COLLECT {
    WITH a WHERE 'mentioned' IN $parts
    MATCH (n:Person|Organization|Place)-[m:MENTIONED_IN]->(a)
    WITH n, m ORDER BY m.count DESC, n.id
    RETURN {entity: n {.*, label: head([l IN labels(n) WHERE l IN ['Person', 'Organization', 'Place']]), isOfficial: n:Official},
            count: m.count, sentence: m.sentence}
  } AS mentioned
