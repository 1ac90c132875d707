// What each statement in a batch links to, in one round trip, for the links the query selected ($parts:
// speakers, places, events, evidence; a link not asked for is an empty list and not read): its speaker,
// where it was said, the events it is about, and its evidence. Missing ids give no row.
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN id,
  COLLECT {
    WITH s WHERE 'speakers' IN $parts
    MATCH (a)-[:SAID]->(s) WITH a ORDER BY a.id
    RETURN a {.*, label: head([l IN labels(a) WHERE l IN ['Person', 'Organization', 'Place', 'Anonymous']]), isOfficial: a:Official}
  } AS speakers,
  COLLECT {
    WITH s WHERE 'places' IN $parts
    MATCH (s)-[:SAID_AT]->(p:Place) WITH p ORDER BY p.id RETURN p {.*, label: 'Place'}
  } AS places,
  COLLECT {
    WITH s WHERE 'events' IN $parts
    MATCH (s)-[:ABOUT]->(e:Event) WITH e ORDER BY e.id RETURN e {.*, label: 'Event'}
  } AS events,
  COLLECT {
    WITH s WHERE 'evidence' IN $parts
    MATCH (s)-[r:REPORTED_IN]->(a:Article)
    RETURN {article: a {.id, .url, .title, .publisher, .publishedAt, .ingestedAt, label: 'Article'},
            sentence: r.sentence, start: r.start, end: r.end, sentenceIndex: r.sentenceIndex}
  } AS evidence
