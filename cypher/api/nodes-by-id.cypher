// Nodes by id, whatever their label (each branch is a unique-constraint seek). One row per id found.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Article {id: id})
  RETURN n {.id, .url, .title, .publisher, .publishedAt, .ingestedAt, label: 'Article'} AS node
  UNION
  MATCH (n:Event {id: id}) RETURN n {.*, label: 'Event'} AS node
  UNION
  MATCH (n:Casualty {id: id}) RETURN n {.*, label: 'Casualty'} AS node
  UNION
  MATCH (n:Statement {id: id}) RETURN n {.*, label: 'Statement'} AS node
  UNION
  MATCH (n:Person {id: id}) RETURN n {.*, label: 'Person', isOfficial: n:Official} AS node
  UNION
  MATCH (n:Organization {id: id}) RETURN n {.*, label: 'Organization'} AS node
  UNION
  MATCH (n:Place {id: id}) RETURN n {.*, label: 'Place'} AS node
  UNION
  MATCH (n:Anonymous {id: id}) RETURN n {.*, label: 'Anonymous'} AS node
}
RETURN id, node
