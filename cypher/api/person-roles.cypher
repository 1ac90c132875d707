// Each person's roles (HOLDS_ROLE: title, what it is a role of, the article saying so), for a batch.
UNWIND $ids AS id
MATCH (n:Person {id: id})
RETURN id,
  COLLECT {
    MATCH (n)-[r:HOLDS_ROLE]->(o)
    OPTIONAL MATCH (a:Article {id: r.articleId})
    WITH r, o, a ORDER BY r.title, o.id, r.articleId
    RETURN {title: r.title,
            of: o {.*, label: head([l IN labels(o) WHERE l IN ['Organization', 'Place']])},
            article: a {.id, .url, .title, .publisher, .publishedAt, .ingestedAt, label: 'Article'}}
  } AS roles
