// Existing entities that carry one of the looked-up name keys (exact, through the keyword full-text
// index entityKeys over nameKeys; a range index cannot answer `key IN n.nameKeys`).
UNWIND $lookups AS lookup
CALL (lookup) {
  CALL db.index.fulltext.queryNodes('entityKeys', lookup.query) YIELD node
  WHERE lookup.label IN labels(node)
  RETURN node
  LIMIT 50
}
RETURN DISTINCT node.id AS id, lookup.label AS label, node.name AS name, node.nameKeys AS nameKeys,
  node.countryCode AS countryCode, node.kind AS kind
