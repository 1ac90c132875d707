// What each event in a batch links to, in one round trip: places (most specific first: most distinct
// enclosing places), every casualty figure, who claimed, denied or carried it out, the umbrella event
// and its parts, statements about it, and its evidence. Missing ids give no row.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id,
  COLLECT {
    MATCH (e)-[:OCCURRED_IN]->(p:Place)
    WITH p, size(COLLECT { MATCH (p)-[:IN*1..8]->(a:Place) RETURN DISTINCT a }) AS depth
    ORDER BY depth DESC, p.id
    RETURN p {.*, label: 'Place'}
  } AS places,
  COLLECT {
    MATCH (e)-[:HAS_CASUALTIES]->(c:Casualty) WITH c ORDER BY c.id RETURN c {.*, label: 'Casualty'}
  } AS casualties,
  COLLECT {
    MATCH (a)-[:CLAIMED]->(e) WITH a ORDER BY a.id
    RETURN a {.*, label: head([l IN labels(a) WHERE l IN ['Person', 'Organization', 'Place', 'Anonymous']]), isOfficial: a:Official}
  } AS claimedBy,
  COLLECT {
    MATCH (a)-[:DENIED]->(e) WITH a ORDER BY a.id
    RETURN a {.*, label: head([l IN labels(a) WHERE l IN ['Person', 'Organization', 'Place', 'Anonymous']]), isOfficial: a:Official}
  } AS deniedBy,
  COLLECT {
    MATCH (a)-[:CARRIED_OUT]->(e) WITH a ORDER BY a.id
    RETURN a {.*, label: head([l IN labels(a) WHERE l IN ['Person', 'Organization', 'Place', 'Anonymous']]), isOfficial: a:Official}
  } AS perpetrators,
  COLLECT { MATCH (e)-[:PART_OF]->(u:Event) RETURN u {.*, label: 'Event'} } AS partOf,
  COLLECT { MATCH (e)<-[:PART_OF]-(x:Event) WITH x ORDER BY x.id RETURN x {.*, label: 'Event'} } AS parts,
  COLLECT {
    MATCH (e)<-[:ABOUT]-(s:Statement) WITH s ORDER BY s.date IS NULL, s.date DESC, s.id
    RETURN s {.*, label: 'Statement'}
  } AS statements,
  COLLECT {
    MATCH (e)-[r:REPORTED_IN]->(a:Article)
    RETURN {article: a {.id, .url, .title, .publisher, .publishedAt, .ingestedAt, label: 'Article'},
            sentence: r.sentence, start: r.start, end: r.end, sentenceIndex: r.sentenceIndex}
  } AS evidence
