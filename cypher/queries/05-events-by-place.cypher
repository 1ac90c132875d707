// Events by place hierarchy
// Events by place hierarchy: every event that happened in a place or anywhere below it (a city's
// districts, a country's provinces and cities), with the chain of places from the top down.
// Parameters: :param place => 'Syria'   (a place's name or alias, any case)
MATCH (root:Place)
WHERE toLower(root.name) = toLower($place)
   OR any(alias IN coalesce(root.aliases, []) WHERE toLower(alias) = toLower($place))
MATCH chain = (e:Event)-[:OCCURRED_IN]->(:Place)-[:IN*0..8]->(root)
WITH e, root, reverse([n IN tail(nodes(chain)) | n.name]) AS hierarchy
RETURN root.name AS root,
       hierarchy,
       e.type AS type,
       e.date AS date,
       e.killedMin AS killedMin,
       e.killedMax AS killedMax,
       e.id AS eventId
ORDER BY hierarchy, date, eventId
