// What unnamed sources contribute
// What unnamed sources ("a witness", "police", "officials") contribute: the statements they made
// and the casualty figures they reported, per article. Useful to weigh how well sourced a story is.
// Parameters: none.
MATCH (u:Anonymous)-[:SAID]->(s:Statement)-[:REPORTED_IN]->(a:Article)
RETURN a.title AS article, u.name AS source, 'statement' AS what, s.text AS detail, s.id AS factId
UNION ALL
MATCH (c:Casualty)-[:REPORTED_BY]->(u:Anonymous), (c)-[:REPORTED_IN]->(a:Article)
RETURN a.title AS article, u.name AS source, 'casualty figure' AS what,
       c.kind + ' ' + coalesce(toString(c.min), '?') + '-' + coalesce(toString(c.max), '?') AS detail,
       c.id AS factId
