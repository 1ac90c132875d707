// What each casualty figure in a batch links to, in one round trip: its event, who reported it, and
// its evidence. Missing ids give no row.
UNWIND $ids AS id
MATCH (c:Casualty {id: id})
RETURN id,
  COLLECT { MATCH (e:Event)-[:HAS_CASUALTIES]->(c) RETURN e {.*, label: 'Event'} } AS events,
  COLLECT {
    MATCH (c)-[:REPORTED_BY]->(a) WITH a ORDER BY a.id
    RETURN a {.*, label: head([l IN labels(a) WHERE l IN ['Person', 'Organization', 'Place', 'Anonymous']]), isOfficial: a:Official}
  } AS reportedBy,
  COLLECT {
    MATCH (c)-[r:REPORTED_IN]->(a:Article)
    RETURN {article: a {.id, .url, .title, .publisher, .publishedAt, .ingestedAt, label: 'Article'},
            sentence: r.sentence, start: r.start, end: r.end, sentenceIndex: r.sentenceIndex}
  } AS evidence
