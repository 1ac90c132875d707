// Everything one article asserts, as one statement (one round trip in the article's transaction): the
// Article, then shared entities (MERGE by id; the first article to name an entity sets its fields,
// later ones add aliases and name keys), then the article's facts with their evidence. A changed
// article's old facts were removed by ingest/replace-article-facts earlier in the same transaction,
// so facts and their edges are CREATEd, never MERGEd.
// Each entity and fact node is looked up in the index once: the entity subqueries return [id, node]
// pairs and every later reference (speaker, source, actor, place, event) is found in those lists in
// memory. A locking index seek costs tens of microseconds; the old per-reference OPTIONAL MATCH on
// four labels was most of the statement's cost.
// The batches come inside one map parameter, $batch: Neo4j keys its plan cache on the types and sizes
// of list parameters, so separate lists (empty or not, short or long) meant a new plan, seconds each,
// for most articles; a map keeps one plan.
MERGE (a:Article {id: $articleId})
SET a.url = $article.url, a.title = $article.title, a.publisher = $article.publisher,
  a.publishedAt = date($article.publishedAt), a.textHash = $article.textHash, a.body = $article.body,
  a.ingestedAt = datetime()
WITH a

// Locks every existing entity the article touches, in one global order (ids sorted), before anything
// else: without it two articles meeting on busy nodes (countries) took those locks in different orders
// (node, then relationship-group locks on dense nodes) and deadlocked. SET of the same value takes the
// node's write lock and changes nothing. Each row names its label, so one index seek per entity (a
// seek for null costs nothing).
CALL () {
  UNWIND $batch.locks AS row
  OPTIONAL MATCH (pl:Place {id: CASE row.label WHEN 'Place' THEN row.id END})
  OPTIONAL MATCH (o:Organization {id: CASE row.label WHEN 'Organization' THEN row.id END})
  OPTIONAL MATCH (p:Person {id: CASE row.label WHEN 'Person' THEN row.id END})
  WITH coalesce(pl, o, p) AS n
  WHERE n IS NOT NULL
  SET n.id = n.id
}

// Places, their enclosing places (IN) and mentions. Enclosing places come first in the batch
// (row-order.ts); one that is not in it is MERGEd by id.
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
    CREATE (p)-[:MENTIONED_IN {count: row.mention.count, starts: row.mention.starts, ends: row.mention.ends,
      sentence: $batch.sentences[toInteger(row.mention.sentence)]}]->(a))
  WITH a, p, row
  CALL (p, row) {
    WITH p, row
    WHERE row.parentId IS NOT NULL AND row.parentId <> row.id
    MERGE (parent:Place {id: row.parentId})
    WITH p, parent
    // The IN hierarchy stays a tree: one parent per place, never a cycle. A parent inside the place
    // (articles disagree: city in province here, province in city there) is refused; the first parent
    // stays unless the new one lies inside it (a province of the country already recorded: more
    // specific). Places are write-locked above, so concurrent articles decide one after the other.
    // shortestPath searches breadth-first: a graph written before this rule (several parents, cycles)
    // made a plain variable-length pattern enumerate every path, for minutes. The current parents are
    // read first: most places already have this parent, and then neither search runs.
    OPTIONAL MATCH (p)-[old:IN]->(current:Place)
    WITH p, parent, collect(old) AS olds, collect(current) AS currents
    WHERE NOT parent IN currents
    WITH p, parent, olds, currents
    WHERE NOT EXISTS { MATCH shortestPath((parent)-[:IN*1..16]->(p)) }
      AND (size(currents) = 0 OR all(c IN currents WHERE EXISTS { MATCH shortestPath((parent)-[:IN*1..16]->(c)) }))
    FOREACH (r IN olds | DELETE r)
    CREATE (p)-[:IN]->(parent)
  }
  RETURN collect([row.id, p]) AS places
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
  CREATE (o)-[:MENTIONED_IN {count: row.mention.count, starts: row.mention.starts, ends: row.mention.ends,
    sentence: $batch.sentences[toInteger(row.mention.sentence)]}]->(a)
  RETURN collect([row.id, o]) AS organizations
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
  CREATE (p)-[:MENTIONED_IN {count: row.mention.count, starts: row.mention.starts, ends: row.mention.ends,
    sentence: $batch.sentences[toInteger(row.mention.sentence)]}]->(a)
  RETURN collect([row.id, p]) AS people
}

// Unnamed speakers, sources and actors ("a witness", "police"): one node per article and phrase.
CALL () {
  UNWIND $batch.anonymous AS row
  CREATE (n:Anonymous {id: row.id, articleId: $articleId, name: row.name})
  RETURN collect([row.id, n]) AS anonymous
}
WITH a, places + organizations + people AS entities, places + organizations + people + anonymous AS actors

// A person's role as this article states it: one edge per article, removed with the article's facts.
CALL (entities) {
  UNWIND $batch.roles AS row
  WITH row, [x IN entities WHERE x[0] = row.personId | x[1]][0] AS p,
    [x IN entities WHERE x[0] = row.targetId | x[1]][0] AS target
  WHERE p IS NOT NULL AND target IS NOT NULL
  CREATE (p)-[:HOLDS_ROLE {articleId: $articleId, title: row.title}]->(target)
}
// roleKeys: the distinct lower-cased titles of a person's role edges, so the API's role filter
// (cypher/api/people.cypher) reads one list per person instead of every role edge. Unset (a graph
// written before it, or a role edge removed since, replace-article-facts): read from the edges.
CALL (entities) {
  UNWIND $batch.roles AS row
  WITH row, [x IN entities WHERE x[0] = row.personId | x[1]][0] AS p,
    [x IN entities WHERE x[0] = row.targetId | x[1]][0] AS target
  WHERE p IS NOT NULL AND target IS NOT NULL AND row.title IS NOT NULL
  WITH p, collect(DISTINCT toLower(row.title)) AS titles
  WITH p, titles, coalesce(p.roleKeys, reduce(ks = [], t IN [(p)-[r:HOLDS_ROLE]->() WHERE r.title IS NOT NULL |
    toLower(r.title)] | CASE WHEN t IN ks THEN ks ELSE ks + t END)) AS had
  SET p.roleKeys = had + [t IN titles WHERE NOT t IN had]
}

// Events with evidence and place.
CALL (a, entities) {
  UNWIND $batch.events AS row
  CREATE (e:Event {id: row.id, articleId: $articleId, type: row.type, date: date(row.date), summary: row.summary,
    killedMin: toInteger(row.killedMin), killedMax: toInteger(row.killedMax),
    injuredMin: toInteger(row.injuredMin), injuredMax: toInteger(row.injuredMax)})
  CREATE (e)-[:REPORTED_IN {start: row.evidence.start, end: row.evidence.end,
    sentenceIndex: row.evidence.sentenceIndex, sentence: $batch.sentences[toInteger(row.evidence.sentence)]}]->(a)
  WITH e, row, [x IN entities WHERE x[0] = row.placeId | x[1]][0] AS place
  FOREACH (_ IN CASE WHEN place IS NULL THEN [] ELSE [1] END | CREATE (e)-[:OCCURRED_IN]->(place))
  RETURN collect([row.id, e]) AS events
}

// Umbrella events, once every event of the article exists.
CALL (events) {
  UNWIND $batch.events AS row
  WITH row, [x IN events WHERE x[0] = row.id | x[1]][0] AS e, [x IN events WHERE x[0] = row.partOfId | x[1]][0] AS parent
  WHERE e IS NOT NULL AND parent IS NOT NULL AND e <> parent
  CREATE (e)-[:PART_OF]->(parent)
}

// Who claimed, denied or carried out an event. The relationship type is one of three fixed names,
// chosen per row by FOREACH (a relationship type cannot be a parameter).
CALL (events, actors) {
  UNWIND $batch.actorEdges AS row
  WITH row, [x IN events WHERE x[0] = row.eventId | x[1]][0] AS e, [x IN actors WHERE x[0] = row.actorId | x[1]][0] AS actor
  WHERE e IS NOT NULL AND actor IS NOT NULL
  FOREACH (_ IN CASE WHEN row.rel = 'CLAIMED' THEN [1] ELSE [] END |
    CREATE (actor)-[:CLAIMED {articleId: $articleId}]->(e))
  FOREACH (_ IN CASE WHEN row.rel = 'DENIED' THEN [1] ELSE [] END |
    CREATE (actor)-[:DENIED {articleId: $articleId}]->(e))
  FOREACH (_ IN CASE WHEN row.rel = 'CARRIED_OUT' THEN [1] ELSE [] END |
    CREATE (actor)-[:CARRIED_OUT {articleId: $articleId}]->(e))
}

// One node per casualty figure (conflicting figures from different sources all stay).
CALL (a, events, actors) {
  UNWIND $batch.casualties AS row
  CREATE (c:Casualty {id: row.id, articleId: $articleId, kind: row.kind, min: toInteger(row.min),
    max: toInteger(row.max), group: row.group})
  CREATE (c)-[:REPORTED_IN {start: row.evidence.start, end: row.evidence.end,
    sentenceIndex: row.evidence.sentenceIndex, sentence: $batch.sentences[toInteger(row.evidence.sentence)]}]->(a)
  WITH c, [x IN events WHERE x[0] = row.eventId | x[1]][0] AS e, [x IN actors WHERE x[0] = row.sourceId | x[1]][0] AS source
  FOREACH (_ IN CASE WHEN e IS NULL THEN [] ELSE [1] END | CREATE (e)-[:HAS_CASUALTIES]->(c))
  FOREACH (_ IN CASE WHEN source IS NULL THEN [] ELSE [1] END | CREATE (c)-[:REPORTED_BY]->(source))
}

// Statements with evidence, speaker, place and the events they are about.
CALL (a, entities, events, actors) {
  UNWIND $batch.statements AS row
  CREATE (s:Statement {id: row.id, articleId: $articleId, kind: row.kind, text: row.text, date: date(row.date),
    speakerName: row.speakerName})
  CREATE (s)-[:REPORTED_IN {start: row.evidence.start, end: row.evidence.end,
    sentenceIndex: row.evidence.sentenceIndex, sentence: $batch.sentences[toInteger(row.evidence.sentence)]}]->(a)
  WITH s, row, [x IN actors WHERE x[0] = row.speakerId | x[1]][0] AS speaker,
    [x IN entities WHERE x[0] = row.placeId | x[1]][0] AS place
  FOREACH (_ IN CASE WHEN speaker IS NULL THEN [] ELSE [1] END | CREATE (speaker)-[:SAID]->(s))
  FOREACH (_ IN CASE WHEN place IS NULL THEN [] ELSE [1] END | CREATE (s)-[:SAID_AT]->(place))
  FOREACH (e IN [x IN events WHERE x[0] IN row.eventIds | x[1]] | CREATE (s)-[:ABOUT]->(e))
}
RETURN a.id AS id
