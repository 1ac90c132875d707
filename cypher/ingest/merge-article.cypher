MERGE (a:Article {id: $article.id})
SET a.url = $article.url,
  a.title = $article.title,
  a.publisher = $article.publisher,
  a.publishedAt = date($article.publishedAt),
  a.textHash = $article.textHash,
  a.body = $article.body,
  a.ingestedAt = datetime()
RETURN a.id AS id
