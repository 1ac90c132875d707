// An official's statements over time
// One official's (or any named person's) statements over time, across all articles: date (the
// statement's own date, else the article's publication date), direct or indirect, the words, and
// the article. Matches the name or any alias, ignoring case; part of a name is enough.
// Parameters: :param name => 'Kerry'
MATCH (p:Person)
WHERE toLower(p.name) CONTAINS toLower($name)
   OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) CONTAINS toLower($name))
MATCH (p)-[:SAID]->(s:Statement)-[:REPORTED_IN]->(a:Article)
RETURN p.name AS speaker,
       p:Official AS official,
       p.role AS role,
       coalesce(s.date, a.publishedAt) AS date,
       s.kind AS kind,
       s.text AS text,
       a.title AS article,
       s.id AS statementId
ORDER BY date, speaker, statementId
