// An article's whole story (graph)
// The whole story of one article, drawn as a graph: every event with its place (and the places
// above it), its casualty figures and who reported them, who claimed, denied or carried it out,
// and every statement with its speaker, the event it is about and where it was said.
// Parameters: :param [articleId] => { MATCH (a:Article) RETURN a.id AS articleId ORDER BY a.publishedAt DESC LIMIT 1 }
//   (the newest article; or :param articleId => 'a-...' with an id from 01)
MATCH p = (:Article {id: $articleId})<-[:REPORTED_IN]-(:Event)
RETURN p
UNION
MATCH p = (:Article {id: $articleId})<-[:REPORTED_IN]-(:Event)-[:OCCURRED_IN]->(:Place)-[:IN*0..]->(:Place)
RETURN p
UNION
MATCH p = (:Article {id: $articleId})<-[:REPORTED_IN]-(:Event)-[:HAS_CASUALTIES]->(:Casualty)-[:REPORTED_BY*0..1]->()
RETURN p
UNION
MATCH p = (:Article {id: $articleId})<-[:REPORTED_IN]-(:Event)<-[r:CLAIMED|DENIED|CARRIED_OUT]-()
WHERE r.articleId = $articleId
RETURN p
UNION
MATCH p = (:Article {id: $articleId})<-[:REPORTED_IN]-(:Statement)<-[:SAID*0..1]-()
RETURN p
UNION
MATCH p = (:Article {id: $articleId})<-[:REPORTED_IN]-(:Statement)-[:ABOUT|SAID_AT]->()
RETURN p
