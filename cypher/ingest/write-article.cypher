// Everything one article asserts, as one statement (one round trip in the article's transaction): the
// Article, then shared entities (MERGE by id; the first article to name an entity sets its fields,
// later ones add aliases and name keys), then the article's facts with their evidence. Each part is a
// unit subquery over its own UNWIND batch, run in this order, so facts find the entities they point at.
// The batches come inside one map parameter, $batch: Neo4j keys its plan cache on the types and sizes
// of list parameters, so nine separate lists (empty or not, short or long) meant a new plan, seconds
// each, for most articles; a map keeps one plan.
MERGE (a:Article {id: $articleId})
SET a.url = $article.url, a.title = $article.title, a.publisher = $article.publisher,
  a.publishedAt = date($article.publishedAt), a.textHash = $article.textHash, a.body = $article.body,
  a.ingestedAt = datetime()
WITH a

// Locks every existing entity the article touches, in one global order (ids sorted), before anything
// else: without it two articles meeting on busy nodes (countries) took those locks in different orders
// (node, then relationship-group locks on dense nodes) and deadlocked. SET of the same value takes the
// node's write lock and changes nothing.
CALL () {
  UNWIND $batch.lockIds AS id
  OPTIONAL MATCH (pl:Place {id: id})
  OPTIONAL MATCH (o:Organization {id: id})
  OPTIONAL MATCH (p:Person {id: id})
  WITH coalesce(pl, o, p) AS n
  WHERE n IS NOT NULL
  SET n.id = n.id
}

// A changed article replaces what it asserted before: its fact nodes (with their edges), its role
// and mention edges. Shared entities stay. For a new article these find nothing.
CALL () {
  MATCH (n:Event {articleId: $articleId})
  DETACH DELETE n
}
CALL () {
  MATCH (n:Casualty {articleId: $articleId})
  DETACH DELETE n
}
CALL () {
  MATCH (n:Statement {articleId: $articleId})
  DETACH DELETE n
}
CALL () {
  MATCH (n:Anonymous {articleId: $articleId})
  DETACH DELETE n
}
CALL () {
  MATCH ()-[r:HOLDS_ROLE {articleId: $articleId}]->()
  DELETE r
}
CALL (a) {
  MATCH (a)<-[r:MENTIONED_IN]-()
  DELETE r
}

// Places, their enclosing places (IN) and mentions. A parent may come later in the batch: MERGE by id,
// and its own row fills in its fields.
CALL (a) {
  UNWIND $batch.places AS row
  MERGE (p:Place {id: row.id})
  WITH a, p, row, coalesce(p.name, row.name) AS name, coalesce(p.aliases, []) AS had, coalesce(p.nameKeys, []) AS keys
  SET p.name = name,
    p.aliases = had + [x IN row.aliases WHERE NOT x IN had AND x <> name],
    p.nameKeys = keys + [k IN row.nameKeys WHERE NOT k IN keys],
    p.kind = CASE WHEN p.kind IS NULL OR p.kind = 'unknown' THEN row.kind ELSE p.kind END,
    p.country = coalesce(p.country, row.country),
    p.countryCode = coalesce(p.countryCode, row.countryCode),
    p.geonameId = coalesce(p.geonameId, toInteger(row.geonameId)),
    p.lat = coalesce(p.lat, toFloat(row.lat)),
    p.lon = coalesce(p.lon, toFloat(row.lon)),
    p.location = coalesce(p.location,
      CASE WHEN row.lat IS NULL OR row.lon IS NULL THEN null
      ELSE point({latitude: toFloat(row.lat), longitude: toFloat(row.lon)}) END)
  FOREACH (_ IN CASE WHEN row.mention.count > 0 THEN [1] ELSE [] END |
    MERGE (p)-[m:MENTIONED_IN]->(a)
    SET m.count = row.mention.count, m.starts = row.mention.starts, m.ends = row.mention.ends,
      m.sentence = row.mention.sentence)
  FOREACH (_ IN CASE WHEN row.parentId IS NULL OR row.parentId = row.id THEN [] ELSE [1] END |
    MERGE (parent:Place {id: row.parentId})
    MERGE (p)-[:IN]->(parent))
}

CALL (a) {
  UNWIND $batch.organizations AS row
  MERGE (o:Organization {id: row.id})
  WITH a, o, row, coalesce(o.name, row.name) AS name, coalesce(o.aliases, []) AS had, coalesce(o.nameKeys, []) AS keys
  SET o.name = name,
    o.aliases = had + [x IN row.aliases WHERE NOT x IN had AND x <> name],
    o.nameKeys = keys + [k IN row.nameKeys WHERE NOT k IN keys],
    o.kind = CASE WHEN o.kind IS NULL OR o.kind = 'other' THEN row.kind ELSE o.kind END,
    o.country = coalesce(o.country, row.country)
  MERGE (o)-[m:MENTIONED_IN]->(a)
  SET m.count = row.mention.count, m.starts = row.mention.starts, m.ends = row.mention.ends,
    m.sentence = row.mention.sentence
}

// People; `:Official` once any article shows them holding public office.
CALL (a) {
  UNWIND $batch.people AS row
  MERGE (p:Person {id: row.id})
  WITH a, p, row, coalesce(p.name, row.name) AS name, coalesce(p.aliases, []) AS had, coalesce(p.nameKeys, []) AS keys
  SET p.name = name,
    p.aliases = had + [x IN row.aliases WHERE NOT x IN had AND x <> name],
    p.nameKeys = keys + [k IN row.nameKeys WHERE NOT k IN keys],
    p.role = coalesce(p.role, row.role)
  FOREACH (_ IN CASE WHEN row.isOfficial THEN [1] ELSE [] END | SET p:Official)
  MERGE (p)-[m:MENTIONED_IN]->(a)
  SET m.count = row.mention.count, m.starts = row.mention.starts, m.ends = row.mention.ends,
    m.sentence = row.mention.sentence
}

// One-word people of earlier articles ("Kerry") that this article's full name explains: their edges
// move to the full-name person, their name becomes an alias, and the one-word node goes.
CALL () {
  UNWIND $batch.absorb AS row
  MATCH (old:Person {id: row.fromId})
  MATCH (p:Person {id: row.toId})
  CALL (old, p) {
    MATCH (old)-[r:MENTIONED_IN]->(x)
    MERGE (p)-[m:MENTIONED_IN]->(x)
    ON CREATE SET m = properties(r)
  }
  CALL (old, p) {
    MATCH (old)-[:SAID]->(x)
    MERGE (p)-[:SAID]->(x)
  }
  CALL (old, p) {
    MATCH (old)-[r:HOLDS_ROLE]->(x)
    MERGE (p)-[m:HOLDS_ROLE {articleId: r.articleId}]->(x)
    ON CREATE SET m.title = r.title
  }
  CALL (old, p) {
    MATCH (old)-[r:CARRIED_OUT]->(x)
    MERGE (p)-[:CARRIED_OUT {articleId: r.articleId}]->(x)
  }
  CALL (old, p) {
    MATCH (old)-[r:CLAIMED]->(x)
    MERGE (p)-[:CLAIMED {articleId: r.articleId}]->(x)
  }
  CALL (old, p) {
    MATCH (old)-[r:DENIED]->(x)
    MERGE (p)-[:DENIED {articleId: r.articleId}]->(x)
  }
  CALL (old, p) {
    MATCH (x)-[:REPORTED_BY]->(old)
    MERGE (x)-[:REPORTED_BY]->(p)
  }
  WITH old, p, coalesce(p.aliases, []) AS had, coalesce(p.nameKeys, []) AS keys
  SET p.aliases = had + [n IN [old.name] WHERE NOT n IN had AND n <> p.name],
    p.nameKeys = keys + [k IN coalesce(old.nameKeys, []) WHERE NOT k IN keys]
  FOREACH (_ IN CASE WHEN old:Official THEN [1] ELSE [] END | SET p:Official)
  DETACH DELETE old
}

// A person's role as this article states it: one edge per article, removed with the article's facts.
CALL () {
  UNWIND $batch.roles AS row
  MATCH (p:Person {id: row.personId})
  OPTIONAL MATCH (o:Organization {id: row.targetId})
  OPTIONAL MATCH (pl:Place {id: row.targetId})
  WITH p, row, coalesce(o, pl) AS target
  WHERE target IS NOT NULL
  MERGE (p)-[r:HOLDS_ROLE {articleId: $articleId}]->(target)
  SET r.title = row.title
}

// Unnamed speakers, sources and actors ("a witness", "police"): one node per article and phrase.
CALL () {
  UNWIND $batch.anonymous AS row
  MERGE (n:Anonymous {id: row.id})
  SET n.articleId = $articleId, n.name = row.name
}

// Events with evidence, place and umbrella event (which may come later in the batch: MERGE by id).
CALL (a) {
  UNWIND $batch.events AS row
  MERGE (e:Event {id: row.id})
  SET e.articleId = $articleId, e.type = row.type, e.date = date(row.date), e.summary = row.summary,
    e.killedMin = toInteger(row.killedMin), e.killedMax = toInteger(row.killedMax),
    e.injuredMin = toInteger(row.injuredMin), e.injuredMax = toInteger(row.injuredMax)
  MERGE (e)-[r:REPORTED_IN]->(a)
  SET r.start = row.evidence.start, r.end = row.evidence.end, r.sentenceIndex = row.evidence.sentenceIndex,
    r.sentence = row.evidence.sentence
  WITH e, row
  OPTIONAL MATCH (p:Place {id: row.placeId})
  FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (e)-[:OCCURRED_IN]->(p))
  FOREACH (_ IN CASE WHEN row.partOfId IS NULL OR row.partOfId = row.id THEN [] ELSE [1] END |
    MERGE (parent:Event {id: row.partOfId})
    MERGE (e)-[:PART_OF]->(parent))
}

// Who claimed, denied or carried out an event. The relationship type is one of three fixed names,
// chosen per row by FOREACH (a relationship type cannot be a parameter).
CALL () {
  UNWIND $batch.actorEdges AS row
  MATCH (e:Event {id: row.eventId})
  OPTIONAL MATCH (o:Organization {id: row.actorId})
  OPTIONAL MATCH (p:Person {id: row.actorId})
  OPTIONAL MATCH (pl:Place {id: row.actorId})
  OPTIONAL MATCH (n:Anonymous {id: row.actorId})
  WITH e, row, coalesce(o, p, pl, n) AS actor
  WHERE actor IS NOT NULL
  FOREACH (_ IN CASE WHEN row.rel = 'CLAIMED' THEN [1] ELSE [] END |
    MERGE (actor)-[:CLAIMED {articleId: $articleId}]->(e))
  FOREACH (_ IN CASE WHEN row.rel = 'DENIED' THEN [1] ELSE [] END |
    MERGE (actor)-[:DENIED {articleId: $articleId}]->(e))
  FOREACH (_ IN CASE WHEN row.rel = 'CARRIED_OUT' THEN [1] ELSE [] END |
    MERGE (actor)-[:CARRIED_OUT {articleId: $articleId}]->(e))
}

// One node per casualty figure (conflicting figures from different sources all stay).
CALL (a) {
  UNWIND $batch.casualties AS row
  MERGE (c:Casualty {id: row.id})
  SET c.articleId = $articleId, c.kind = row.kind, c.min = toInteger(row.min), c.max = toInteger(row.max),
    c.group = row.group
  MERGE (c)-[r:REPORTED_IN]->(a)
  SET r.start = row.evidence.start, r.end = row.evidence.end, r.sentenceIndex = row.evidence.sentenceIndex,
    r.sentence = row.evidence.sentence
  WITH c, row
  OPTIONAL MATCH (e:Event {id: row.eventId})
  FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | MERGE (e)-[:HAS_CASUALTIES]->(c))
  WITH c, row
  OPTIONAL MATCH (o:Organization {id: row.sourceId})
  OPTIONAL MATCH (p:Person {id: row.sourceId})
  OPTIONAL MATCH (pl:Place {id: row.sourceId})
  OPTIONAL MATCH (n:Anonymous {id: row.sourceId})
  WITH c, coalesce(o, p, pl, n) AS source
  FOREACH (_ IN CASE WHEN source IS NULL THEN [] ELSE [1] END | MERGE (c)-[:REPORTED_BY]->(source))
}

// Statements with evidence, speaker, place and the events they are about.
CALL (a) {
  UNWIND $batch.statements AS row
  MERGE (s:Statement {id: row.id})
  SET s.articleId = $articleId, s.kind = row.kind, s.text = row.text, s.date = date(row.date),
    s.speakerName = row.speakerName
  MERGE (s)-[r:REPORTED_IN]->(a)
  SET r.start = row.evidence.start, r.end = row.evidence.end, r.sentenceIndex = row.evidence.sentenceIndex,
    r.sentence = row.evidence.sentence
  WITH s, row
  OPTIONAL MATCH (o:Organization {id: row.speakerId})
  OPTIONAL MATCH (p:Person {id: row.speakerId})
  OPTIONAL MATCH (pl:Place {id: row.speakerId})
  OPTIONAL MATCH (n:Anonymous {id: row.speakerId})
  WITH s, row, coalesce(o, p, pl, n) AS speaker
  FOREACH (_ IN CASE WHEN speaker IS NULL THEN [] ELSE [1] END | MERGE (speaker)-[:SAID]->(s))
  WITH s, row
  OPTIONAL MATCH (place:Place {id: row.placeId})
  FOREACH (_ IN CASE WHEN place IS NULL THEN [] ELSE [1] END | MERGE (s)-[:SAID_AT]->(place))
  WITH s, row
  UNWIND row.eventIds AS eventId
  MATCH (e:Event {id: eventId})
  MERGE (s)-[:ABOUT]->(e)
}
RETURN a.id AS id
