// First statement of an article's transaction: creates or finds the Article and write-locks it (the
// SET takes the lock before the hash is read), so two ingests of the same article run one after the
// other and the second sees the first's hash. Returns the stored hash (null for a new article) and the
// existing entities that carry one of the looked-up name keys: exact matches through the keyword
// full-text index entityKeys over nameKeys (a range index cannot answer `key IN n.nameKeys`), all keys
// in one query ("k1" OR "k2" ...), since each procedure call has its own cost. The query is inside a
// map parameter, like write-article's batches.
MERGE (a:Article {id: $articleId})
SET a.id = $articleId
WITH a
CALL () {
  WITH $find AS find
  WHERE find.query <> ''
  CALL db.index.fulltext.queryNodes('entityKeys', find.query) YIELD node
  WITH node LIMIT toInteger($find.limit)
  // Country code and kind matter only for places: most candidates are people (a surname finds every
  // full name that has it), and each property read is a store access.
  WITH node, [l IN labels(node) WHERE l IN ['Person', 'Organization', 'Place']][0] AS label
  RETURN collect({id: node.id, label: label, name: node.name, nameKeys: node.nameKeys,
    countryCode: CASE WHEN label = 'Place' THEN node.countryCode END,
    kind: CASE WHEN label = 'Place' THEN node.kind END}) AS candidates
}
// The entities the stored version mentions (only a changed article has any): it write-locks them too,
// before it removes its old facts, so that removal also takes its locks in the one global order.
RETURN a.textHash AS previousHash, candidates,
  COLLECT { MATCH (a)<-[:MENTIONED_IN]-(e) RETURN {id: e.id, label: [l IN labels(e) WHERE l IN ['Person', 'Organization', 'Place']][0]} } AS mentioned
