// An article's whole story (graph)
// The whole story of one article, drawn as a graph: every event with its place (and the places
// above it), its casualty figures and who reported them, who claimed, denied or carried it out,
// and every statement with its speaker, the event it is about and where it was said.
// Parameters: :param [articleId] => { MATCH (a:Article) RETURN a.id AS articleId ORDER BY a.publishedAt DESC LIMIT 1 }
//   (the newest article; or :param articleId => 'a-...' with an id from 01)
MATCH (:Article {id: $articleId})<-[:REPORTED_IN]-(e:Event)
MATCH p = (e)
RETURN p
UNION
MATCH (:Article {id: $articleId})<-[:REPORTED_IN]-(e:Event)
MATCH p = (e)-[:OCCURRED_IN]->(:Place)-[:IN*0..8]->(:Place)
RETURN p
UNION
MATCH (:Article {id: $articleId})<-[:REPORTED_IN]-(e:Event)
MATCH p = (e)-[:HAS_CASUALTIES]->(:Casualty)-[:REPORTED_BY*0..1]->()
RETURN p
UNION
MATCH (:Article {id: $articleId})<-[:REPORTED_IN]-(e:Event)
MATCH p = (e)-[:PART_OF]->(:Event)
RETURN p
UNION
MATCH (:Article {id: $articleId})<-[:REPORTED_IN]-(e:Event)
MATCH p = (e)<-[r:CLAIMED|DENIED|CARRIED_OUT]-()
WHERE r.articleId = $articleId
RETURN p
UNION
MATCH (:Article {id: $articleId})<-[:REPORTED_IN]-(s:Statement)
MATCH p = (s)<-[:SAID*0..1]-()
RETURN p
UNION
MATCH (:Article {id: $articleId})<-[:REPORTED_IN]-(s:Statement)
MATCH p = (s)-[:ABOUT|SAID_AT]->()
RETURN p
