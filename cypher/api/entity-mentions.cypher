// Articles mentioning each entity in a batch (MENTIONED_IN), newest first, at most $first each.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Person|Organization|Place {id: id})-[m:MENTIONED_IN]->(a:Article)
  WITH m, a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
  LIMIT $first
  RETURN collect({article: a {.id, .url, .title, .publisher, .publishedAt, .ingestedAt, label: 'Article'},
                  count: m.count, sentence: m.sentence}) AS items
}
RETURN id, items
