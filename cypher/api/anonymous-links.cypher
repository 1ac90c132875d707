// Each anonymous speaker's statements and article, for a batch.
UNWIND $ids AS id
MATCH (n:Anonymous {id: id})
OPTIONAL MATCH (a:Article {id: n.articleId})
RETURN id,
  a {.id, .url, .title, .publisher, .publishedAt, .ingestedAt, label: 'Article'} AS article,
  COLLECT { MATCH (n)-[:SAID]->(s:Statement) WITH s ORDER BY s.id RETURN s {.*, label: 'Statement'} } AS statements
