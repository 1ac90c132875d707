// Shared people; `:Official` once any article shows them holding public office.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
WITH p, row, coalesce(p.name, row.name) AS name, coalesce(p.aliases, []) AS had, coalesce(p.nameKeys, []) AS keys
SET p.name = name,
  p.aliases = had + [x IN row.aliases WHERE NOT x IN had AND x <> name],
  p.nameKeys = keys + [k IN row.nameKeys WHERE NOT k IN keys],
  p.role = coalesce(p.role, row.role)
FOREACH (_ IN CASE WHEN row.isOfficial THEN [1] ELSE [] END | SET p:Official)
WITH p, row
MATCH (a:Article {id: $articleId})
MERGE (p)-[m:MENTIONED_IN]->(a)
SET m.count = row.mention.count, m.starts = row.mention.starts, m.ends = row.mention.ends,
  m.sentence = row.mention.sentence
RETURN count(p) AS people
