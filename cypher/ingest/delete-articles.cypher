// Removes whole articles (the benchmark's and the tests' own): their facts, role and mention edges and
// the Article node. Entities stay; ingest/delete-orphan-entities removes the ones left unreferenced.
UNWIND $ids AS articleId
MATCH (a:Article {id: articleId})
CALL (articleId) {
  MATCH (n:Event {articleId: articleId})
  DETACH DELETE n
}
CALL (articleId) {
  MATCH (n:Casualty {articleId: articleId})
  DETACH DELETE n
}
CALL (articleId) {
  MATCH (n:Statement {articleId: articleId})
  DETACH DELETE n
}
CALL (articleId) {
  MATCH (n:Anonymous {articleId: articleId})
  DETACH DELETE n
}
CALL (articleId) {
  MATCH (p)-[r:HOLDS_ROLE {articleId: articleId}]->()
  // The person's roleKeys (write-article.cypher) may hold this title only: unset, they are read again.
  REMOVE p.roleKeys
  DELETE r
}
DETACH DELETE a
RETURN count(*) AS articlesDeleted
