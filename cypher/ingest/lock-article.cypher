// First statement of an article's transaction: creates or finds the Article and write-locks it (the
// SET takes the lock before the hash is read), so two ingests of the same article run one after the
// other and the second sees the first's hash. Returns the stored hash (null for a new article), the
// existing entities that carry one of the looked-up name keys: exact matches through the keyword
// full-text index entityKeys over nameKeys (a range index cannot answer `key IN n.nameKeys`). The list
// is inside a map parameter so that its size does not key a new plan (see write-article).
MERGE (a:Article {id: $articleId})
SET a.id = $articleId
WITH a
CALL (a) {
  UNWIND $find.lookups AS lookup
  CALL (lookup) {
    CALL db.index.fulltext.queryNodes('entityKeys', lookup.query) YIELD node
    WHERE lookup.label IN labels(node)
    RETURN node
    LIMIT 50
  }
  RETURN collect(DISTINCT {id: node.id, label: lookup.label, name: node.name, nameKeys: node.nameKeys,
    countryCode: node.countryCode, kind: node.kind}) AS candidates
}
// The entities the stored version mentions: a changed article's write locks them too, before it
// removes its old facts, so that removal also takes its locks in the one global order.
RETURN a.textHash AS previousHash, candidates, COLLECT { MATCH (a)<-[:MENTIONED_IN]-(e) RETURN e.id } AS mentionedIds
