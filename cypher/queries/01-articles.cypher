// Articles in the graph
// Articles in the graph, newest first, with how many events, casualty figures and statements each
// one reports. Start here: the articleId column feeds the other queries.
// Parameters: none.
MATCH (a:Article)
RETURN a.id AS articleId,
       a.title AS title,
       a.publisher AS publisher,
       a.publishedAt AS published,
       COUNT { (:Event)-[:REPORTED_IN]->(a) } AS events,
       COUNT { (:Casualty)-[:REPORTED_IN]->(a) } AS casualtyFigures,
       COUNT { (:Statement)-[:REPORTED_IN]->(a) } AS statements
ORDER BY published DESC, title
