// Unnamed speakers, sources and actors ("a witness", "police"): one node per article and phrase.
UNWIND $rows AS row
MERGE (n:Anonymous {id: row.id})
SET n.articleId = $articleId, n.name = row.name
RETURN count(n) AS anonymous
