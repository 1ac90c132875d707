// Run after ingest/write-article, in the same transaction, only when the article's full name explains
// one-word people of earlier articles ("Kerry"): their edges move to the full-name person, their name
// becomes an alias, and the one-word node goes. Both nodes were locked (in id order) by write-article.
UNWIND $absorb AS row
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
  p.nameKeys = keys + [k IN coalesce(old.nameKeys, []) WHERE NOT k IN keys],
  // The role edges moved over: the titles are read again (write-article.cypher, roleKeys).
  p.roleKeys = reduce(ks = [], t IN [(p)-[r:HOLDS_ROLE]->() WHERE r.title IS NOT NULL | toLower(r.title)] | CASE WHEN t IN ks THEN ks ELSE ks + t END)
FOREACH (_ IN CASE WHEN old:Official THEN [1] ELSE [] END | SET p:Official)
DETACH DELETE old
RETURN count(*) AS absorbed
