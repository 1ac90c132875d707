// What each article in a batch holds, in one round trip: its events, statements and casualty figures
// (in id order), and the entities it mentions with the mention counts. Missing ids give no row.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id,
  COLLECT { MATCH (e:Event)-[:REPORTED_IN]->(a) WITH e ORDER BY e.id RETURN e {.*, label: 'Event'} } AS events,
  COLLECT { MATCH (s:Statement)-[:REPORTED_IN]->(a) WITH s ORDER BY s.id RETURN s {.*, label: 'Statement'} } AS statements,
  COLLECT { MATCH (c:Casualty)-[:REPORTED_IN]->(a) WITH c ORDER BY c.id RETURN c {.*, label: 'Casualty'} } AS casualties,
  COLLECT {
    MATCH (n:Person|Organization|Place)-[m:MENTIONED_IN]->(a)
    WITH n, m ORDER BY m.count DESC, n.id
    RETURN {entity: n {.*, label: head([l IN labels(n) WHERE l IN ['Person', 'Organization', 'Place']]), isOfficial: n:Official},
            count: m.count, sentence: m.sentence}
  } AS mentioned
