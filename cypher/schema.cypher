// The graph's constraints and indexes (docs/graph-model.md). Each statement is IF NOT EXISTS and ends
// with `;` at the end of a line; `conflict-kg db migrate` and migrate() run them one by one, so running
// this file again changes nothing. Later issues append their own statements below.

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
CREATE INDEX person_name_keys IF NOT EXISTS FOR (n:Person) ON (n.nameKeys);
CREATE INDEX organization_name_keys IF NOT EXISTS FOR (n:Organization) ON (n.nameKeys);
CREATE INDEX place_name_keys IF NOT EXISTS FOR (n:Place) ON (n.nameKeys);

// Per-article facts are replaced by articleId when an article is ingested again.
CREATE INDEX event_article_id IF NOT EXISTS FOR (n:Event) ON (n.articleId);
CREATE INDEX casualty_article_id IF NOT EXISTS FOR (n:Casualty) ON (n.articleId);
CREATE INDEX statement_article_id IF NOT EXISTS FOR (n:Statement) ON (n.articleId);
CREATE INDEX anonymous_article_id IF NOT EXISTS FOR (n:Anonymous) ON (n.articleId);

// Distance queries on places.
CREATE POINT INDEX place_location IF NOT EXISTS FOR (n:Place) ON (n.location);

// Full-text search.
CREATE FULLTEXT INDEX statementText IF NOT EXISTS FOR (n:Statement) ON EACH [n.text];
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS FOR (n:Person|Organization|Place) ON EACH [n.name, n.aliases];
CREATE FULLTEXT INDEX eventSummary IF NOT EXISTS FOR (n:Event) ON EACH [n.summary];

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
