// The entities these articles mention, with the places that enclose them: the ones that may be left
// orphaned when the articles are deleted.
UNWIND $ids AS articleId
MATCH (:Article {id: articleId})<-[:MENTIONED_IN]-(e)
OPTIONAL MATCH (e)-[:IN*1..8]->(parent:Place)
WITH collect(DISTINCT e.id) + collect(DISTINCT parent.id) AS ids
UNWIND ids AS id
RETURN DISTINCT id
