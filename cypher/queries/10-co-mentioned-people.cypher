// People co-mentioned with a group
// People co-mentioned with a group: everyone named in the same articles as the organisation, how
// many articles they share with it, how often they are mentioned there, and their role.
// Parameters: :param group => 'Islamic State'   (name or alias, part is enough, any case)
MATCH (g:Organization)
WHERE toLower(g.name) CONTAINS toLower($group)
   OR any(alias IN coalesce(g.aliases, []) WHERE toLower(alias) CONTAINS toLower($group))
MATCH (g)-[:MENTIONED_IN]->(a:Article)<-[m:MENTIONED_IN]-(p:Person)
RETURN g.name AS group,
       p.name AS person,
       p.role AS role,
       p:Official AS official,
       count(DISTINCT a) AS sharedArticles,
       sum(coalesce(m.count, 1)) AS mentions,
       collect(DISTINCT a.title)[..5] AS articles
ORDER BY sharedArticles DESC, mentions DESC, person
