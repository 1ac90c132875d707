// Shared places: the first article to name a place sets its fields; later ones add aliases and keys.
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
WITH p, row, coalesce(p.name, row.name) AS name, coalesce(p.aliases, []) AS had, coalesce(p.nameKeys, []) AS keys
SET p.name = name,
  p.aliases = had + [x IN row.aliases WHERE NOT x IN had AND x <> name],
  p.nameKeys = keys + [k IN row.nameKeys WHERE NOT k IN keys],
  p.kind = CASE WHEN p.kind IS NULL OR p.kind = 'unknown' THEN row.kind ELSE p.kind END,
  p.country = coalesce(p.country, row.country),
  p.countryCode = coalesce(p.countryCode, row.countryCode),
  p.geonameId = coalesce(p.geonameId, toInteger(row.geonameId)),
  p.lat = coalesce(p.lat, toFloat(row.lat)),
  p.lon = coalesce(p.lon, toFloat(row.lon)),
  p.location = coalesce(p.location,
    CASE WHEN row.lat IS NULL OR row.lon IS NULL THEN null
    ELSE point({latitude: toFloat(row.lat), longitude: toFloat(row.lon)}) END)
WITH p, row
CALL (p, row) {
  MATCH (a:Article {id: $articleId})
  WITH a WHERE row.mention.count > 0
  MERGE (p)-[m:MENTIONED_IN]->(a)
  SET m.count = row.mention.count, m.starts = row.mention.starts, m.ends = row.mention.ends,
    m.sentence = row.mention.sentence
}
CALL (p, row) {
  WITH row WHERE row.parentId IS NOT NULL AND row.parentId <> row.id
  MERGE (parent:Place {id: row.parentId})
  MERGE (p)-[:IN]->(parent)
}
RETURN count(p) AS places
