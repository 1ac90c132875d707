// What each statement in a batch links to, in one round trip: its speaker, where it was said, the
// events it is about, and its evidence. Missing ids give no row.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN id,
  COLLECT {
    MATCH (a)-[:SAID]->(s) WITH a ORDER BY a.id
    RETURN a {.*, label: head([l IN labels(a) WHERE l IN ['Person', 'Organization', 'Place', 'Anonymous']]), isOfficial: a:Official}
  } AS speakers,
  COLLECT { MATCH (s)-[:SAID_AT]->(p:Place) WITH p ORDER BY p.id RETURN p {.*, label: 'Place'} } AS places,
  COLLECT { MATCH (s)-[:ABOUT]->(e:Event) WITH e ORDER BY e.id RETURN e {.*, label: 'Event'} } AS events,
  COLLECT {
    MATCH (s)-[r:REPORTED_IN]->(a:Article)
    RETURN {article: a {.id, .url, .title, .publisher, .publishedAt, .ingestedAt, label: 'Article'},
            sentence: r.sentence, start: r.start, end: r.end, sentenceIndex: r.sentenceIndex}
  } AS evidence
