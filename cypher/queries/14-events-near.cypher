// Events near a place
// Events within a distance of a place, nearest first, using the places' coordinates (only places
// resolved in the gazetteer have them).
// Parameters: :params {place: 'Damascus', km: 200}
MATCH (center:Place)
WHERE center.location IS NOT NULL
  AND (toLower(center.name) = toLower($place)
       OR any(alias IN coalesce(center.aliases, []) WHERE toLower(alias) = toLower($place)))
WITH center
ORDER BY center.id
LIMIT 1
MATCH (e:Event)-[:OCCURRED_IN]->(p:Place)
WHERE p.location IS NOT NULL AND point.distance(p.location, center.location) <= $km * 1000.0
RETURN center.name AS center,
       p.name AS place,
       round(point.distance(p.location, center.location) / 1000.0, 1) AS km,
       e.type AS event,
       e.date AS date,
       e.killedMin AS killedMin,
       e.id AS eventId
ORDER BY km, date, eventId
