// People holding a role in each organization or place of a batch, by name, at most $first each.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Person)-[r:HOLDS_ROLE]->(o:Organization|Place {id: id})
  OPTIONAL MATCH (a:Article {id: r.articleId})
  WITH n, r, o, a ORDER BY n.name, n.id, r.title
  LIMIT $first
  RETURN collect({person: n {.*, label: 'Person', isOfficial: n:Official}, title: r.title,
                  of: o {.*, label: head([l IN labels(o) WHERE l IN ['Organization', 'Place']])},
                  article: a {.id, .url, .title, .publisher, .publishedAt, .ingestedAt, label: 'Article'}}) AS items
}
RETURN id, items
