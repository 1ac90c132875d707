// A person's role as this article states it; one edge per article, removed with the article's facts.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
OPTIONAL MATCH (o:Organization {id: row.targetId})
OPTIONAL MATCH (pl:Place {id: row.targetId})
WITH p, row, coalesce(o, pl) AS target
WHERE target IS NOT NULL
MERGE (p)-[r:HOLDS_ROLE {articleId: $articleId}]->(target)
SET r.title = row.title
RETURN count(r) AS roles
