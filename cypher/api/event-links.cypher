// What each event in a batch links to, in one round trip, for the links the query selected ($parts:
// places, casualties, claimedBy, deniedBy, perpetrators, partOf, parts, statements, evidence; a link not
// asked for is an empty list and not read): places (most specific first: most distinct enclosing
// places), every casualty figure, who claimed, denied or carried it out, the umbrella event and its
// parts, statements about it, and its evidence. Missing ids give no row.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id,
  COLLECT {
    WITH e WHERE 'places' IN $parts
    MATCH (e)-[:OCCURRED_IN]->(p:Place)
    WITH collect(p) AS places
    UNWIND places AS p
    // The depth orders several places; one place needs none. Breadth-first, one level per step, each
    // enclosing place once: the writer keeps one parent per place, but an older graph may hold several
    // (and cycles), where following every path would explode.
    WITH p, CASE WHEN size(places) < 2 THEN 0 ELSE size(reduce(w = {seen: [], front: [p]}, step IN range(1, 8) |
      reduce(n = {seen: w.seen, front: []}, up IN reduce(all = [], x IN w.front | all + [(x)-[:IN]->(q) | q]) |
        CASE WHEN up IN n.seen THEN n ELSE {seen: n.seen + up, front: n.front + up} END)).seen) END AS depth
    ORDER BY depth DESC, p.id
    RETURN p {.*, label: 'Place'}
  } AS places,
  COLLECT {
    WITH e WHERE 'casualties' IN $parts
    MATCH (e)-[:HAS_CASUALTIES]->(c:Casualty) WITH c ORDER BY c.id RETURN c {.*, label: 'Casualty'}
  } AS casualties,
  COLLECT {
    WITH e WHERE 'claimedBy' IN $parts
    MATCH (a)-[:CLAIMED]->(e) WITH a ORDER BY a.id
    RETURN a {.*, label: head([l IN labels(a) WHERE l IN ['Person', 'Organization', 'Place', 'Anonymous']]), isOfficial: a:Official}
  } AS claimedBy,
  COLLECT {
    WITH e WHERE 'deniedBy' IN $parts
    MATCH (a)-[:DENIED]->(e) WITH a ORDER BY a.id
    RETURN a {.*, label: head([l IN labels(a) WHERE l IN ['Person', 'Organization', 'Place', 'Anonymous']]), isOfficial: a:Official}
  } AS deniedBy,
  COLLECT {
    WITH e WHERE 'perpetrators' IN $parts
    MATCH (a)-[:CARRIED_OUT]->(e) WITH a ORDER BY a.id
    RETURN a {.*, label: head([l IN labels(a) WHERE l IN ['Person', 'Organization', 'Place', 'Anonymous']]), isOfficial: a:Official}
  } AS perpetrators,
  COLLECT { WITH e WHERE 'partOf' IN $parts MATCH (e)-[:PART_OF]->(u:Event) RETURN u {.*, label: 'Event'} } AS partOf,
  COLLECT {
    WITH e WHERE 'parts' IN $parts
    MATCH (e)<-[:PART_OF]-(x:Event) WITH x ORDER BY x.id RETURN x {.*, label: 'Event'}
  } AS parts,
  COLLECT {
    WITH e WHERE 'statements' IN $parts
    MATCH (e)<-[:ABOUT]-(s:Statement) WITH s ORDER BY s.date IS NULL, s.date DESC, s.id
    RETURN s {.*, label: 'Statement'}
  } AS statements,
  COLLECT {
    WITH e WHERE 'evidence' IN $parts
    MATCH (e)-[r:REPORTED_IN]->(a:Article)
    RETURN {article: a {.id, .url, .title, .publisher, .publishedAt, .ingestedAt, label: 'Article'},
            sentence: r.sentence, start: r.start, end: r.end, sentenceIndex: r.sentenceIndex}
  } AS evidence
