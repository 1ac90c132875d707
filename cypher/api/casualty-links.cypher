// What each casualty figure in a batch links to, in one round trip, for the links the query selected
// ($parts: events, reportedBy, evidence; a link not asked for is an empty list and not read): its
// event, who reported it, and its evidence. Missing ids give no row.
UNWIND $ids AS id
MATCH (c:Casualty {id: id})
RETURN id,
  COLLECT { WITH c WHERE 'events' IN $parts MATCH (e:Event)-[:HAS_CASUALTIES]->(c) RETURN e {.*, label: 'Event'} } AS events,
  COLLECT {
    WITH c WHERE 'reportedBy' IN $parts
    MATCH (c)-[:REPORTED_BY]->(a) WITH a ORDER BY a.id
    RETURN a {.*, label: head([l IN labels(a) WHERE l IN ['Person', 'Organization', 'Place', 'Anonymous']]), isOfficial: a:Official}
  } AS reportedBy,
  COLLECT {
    WITH c WHERE 'evidence' IN $parts
    MATCH (c)-[r:REPORTED_IN]->(a:Article)
    RETURN {article: a {.id, .url, .title, .publisher, .publishedAt, .ingestedAt, label: 'Article'},
            sentence: r.sentence, start: r.start, end: r.end, sentenceIndex: r.sentenceIndex}
  } AS evidence
