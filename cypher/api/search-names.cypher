// Full-text search over the names and aliases of people, organizations and places (index entityNames).
// $query is a Lucene query built from escaped words (src/graph/repositories/lucene.ts).
CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: $limit}) YIELD node, score
RETURN node {.*, label: head([l IN labels(node) WHERE l IN ['Person', 'Organization', 'Place']]),
             isOfficial: node:Official} AS entity,
       score
ORDER BY score DESC, node.id
