// Run before ingest/write-article, in the same transaction, only when a stored article changed: it
// removes what the article asserted before (its fact nodes with their edges, its role and mention
// edges); shared entities stay. It first locks every entity the old and the new version touch, in the
// same global order as write-article (ids sorted), so that this removal also takes its locks in order.
MATCH (a:Article {id: $articleId})
CALL () {
  UNWIND $locks AS row
  OPTIONAL MATCH (pl:Place {id: CASE row.label WHEN 'Place' THEN row.id END})
  OPTIONAL MATCH (o:Organization {id: CASE row.label WHEN 'Organization' THEN row.id END})
  OPTIONAL MATCH (p:Person {id: CASE row.label WHEN 'Person' THEN row.id END})
  WITH coalesce(pl, o, p) AS n
  WHERE n IS NOT NULL
  SET n.id = n.id
}
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
  MATCH (p)-[r:HOLDS_ROLE {articleId: $articleId}]->()
  // The person's roleKeys (write-article.cypher) may hold this title only: unset, they are read again.
  REMOVE p.roleKeys
  DELETE r
}
CALL (a) {
  MATCH (a)<-[r:MENTIONED_IN]-()
  DELETE r
}
RETURN a.id AS id
