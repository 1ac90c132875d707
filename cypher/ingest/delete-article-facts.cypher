// Removes what an article asserted, before its new version is written: its fact nodes (with their
// edges), its role edges and its mention edges. Shared entities stay.
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
CALL () {
  MATCH (:Article {id: $articleId})<-[r:MENTIONED_IN]-()
  DELETE r
}
RETURN 1 AS done
