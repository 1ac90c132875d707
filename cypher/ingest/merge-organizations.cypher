UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
WITH o, row, coalesce(o.name, row.name) AS name, coalesce(o.aliases, []) AS had, coalesce(o.nameKeys, []) AS keys
SET o.name = name,
  o.aliases = had + [x IN row.aliases WHERE NOT x IN had AND x <> name],
  o.nameKeys = keys + [k IN row.nameKeys WHERE NOT k IN keys],
  o.kind = CASE WHEN o.kind IS NULL OR o.kind = 'other' THEN row.kind ELSE o.kind END,
  o.country = coalesce(o.country, row.country)
WITH o, row
MATCH (a:Article {id: $articleId})
MERGE (o)-[m:MENTIONED_IN]->(a)
SET m.count = row.mention.count, m.starts = row.mention.starts, m.ends = row.mention.ends,
  m.sentence = row.mention.sentence
RETURN count(o) AS organizations
