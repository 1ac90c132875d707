// The graph's constraints and indexes (docs/graph-model.md). Each statement is IF NOT EXISTS (IF EXISTS
// for a retired index) and ends with `;` at the end of a line; `conflict-kg db migrate` and migrate()
// run them one by one, so running this file again changes nothing. Later issues append their own
// statements below.

// Unique ids (also give each label a range index on id for MERGE).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT casualty_id IF NOT EXISTS FOR (n:Casualty) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT anonymous_id IF NOT EXISTS FOR (n:Anonymous) REQUIRE n.id IS UNIQUE;

// Range indexes for the API's filters and sorts.
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX event_killed_min IF NOT EXISTS FOR (n:Event) ON (n.killedMin);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX place_geoname_id IF NOT EXISTS FOR (n:Place) ON (n.geonameId);

// Per-article facts are replaced by articleId when an article is ingested again.
CREATE INDEX event_article_id IF NOT EXISTS FOR (n:Event) ON (n.articleId);
CREATE INDEX casualty_article_id IF NOT EXISTS FOR (n:Casualty) ON (n.articleId);
CREATE INDEX statement_article_id IF NOT EXISTS FOR (n:Statement) ON (n.articleId);
CREATE INDEX anonymous_article_id IF NOT EXISTS FOR (n:Anonymous) ON (n.articleId);

// Distance queries on places.
CREATE POINT INDEX place_location IF NOT EXISTS FOR (n:Place) ON (n.location);

// Full-text search.
// Statements and event summaries share one index (issue 5, ingest speed): every commit that adds
// to a full-text index refreshes it (a new Lucene segment, later merged), and an article with both
// statements and events paid that twice. Statement nodes have no `summary` and Event nodes no `text`,
// so a query filtered by label (`WHERE node:Statement`) finds what the separate index found.
CREATE FULLTEXT INDEX factText IF NOT EXISTS FOR (n:Statement|Event) ON EACH [n.text, n.summary];
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Person|Organization|Place) ON EACH [n.name, n.aliases];
// Retired (migration of a database written before): the two indexes factText replaces, and range
// indexes on the nameKeys lists, which no query could use (`$key IN n.nameKeys` needs entityKeys) and
// every new name key updated.
DROP INDEX statementText IF EXISTS;
DROP INDEX eventSummary IF EXISTS;
DROP INDEX person_name_keys IF EXISTS;
DROP INDEX organization_name_keys IF EXISTS;
DROP INDEX place_name_keys IF EXISTS;

// Ingestion (issue 5). Exact lookup of entities by any folded name key: a keyword-analyzer full-text
// index indexes each element of the nameKeys list (a range index cannot answer `key IN n.nameKeys`).
// Query with the key in double quotes: CALL db.index.fulltext.queryNodes('entityKeys', '"john kerry"').
CREATE FULLTEXT INDEX entityKeys IF NOT EXISTS FOR (n:Person|Organization|Place) ON EACH [n.nameKeys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
// A changed article's role edges are found by articleId when its facts are replaced.
CREATE INDEX holds_role_article_id IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.articleId);
// API (issue 6): unfiltered people, organizations and places page in name order by walking these.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
// API (issue 6): a person's roleKeys (the lower-cased titles of its role edges, kept by
// ingest/write-article) for a graph written before the writer kept them. Not schema, but idempotent
// like the rest: it touches only people with role edges and no roleKeys, so a second run sets nothing.
MATCH (p:Person) WHERE p.roleKeys IS NULL AND EXISTS { (p)-[:HOLDS_ROLE]->() }
SET p.roleKeys = reduce(ks = [], t IN [(p)-[r:HOLDS_ROLE]->() WHERE r.title IS NOT NULL | toLower(r.title)] | CASE WHEN t IN ks THEN ks ELSE ks + t END);
// A new index fills in the background: wait for it, so that nothing queries an index still populating
// (factText over an existing graph takes seconds).
CALL db.awaitIndexes(300);
