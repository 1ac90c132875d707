// Claims by group
// The events a group (an organisation, a state, a person or an unnamed source such as "gunmen")
// claimed, denied or was said to have carried out, with place, date and toll. An empty name lists
// every group.
// Parameters: :param group => 'Islamic State'   (or '' for all groups)
MATCH (g)-[r:CLAIMED|DENIED|CARRIED_OUT]->(e:Event)
WHERE $group = ''
   OR toLower(g.name) CONTAINS toLower($group)
   OR any(alias IN coalesce(g.aliases, []) WHERE toLower(alias) CONTAINS toLower($group))
OPTIONAL MATCH (e)-[:OCCURRED_IN]->(p:Place)
RETURN g.name AS group,
       labels(g) AS groupLabels,
       type(r) AS relation,
       e.type AS event,
       e.date AS date,
       p.name AS place,
       e.killedMin AS killedMin,
       e.killedMax AS killedMax,
       e.id AS eventId
ORDER BY group, date, eventId, relation
