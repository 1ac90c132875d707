// The evidence sentence behind a fact
// The evidence behind any fact or entity: the sentence (and exact character span) of the article
// it was read from. Works for an Event, Casualty or Statement id, and for a Person, Organization
// or Place id (the sentence of its first mention in each article).
// Parameters: :param [id] => { MATCH (s:Statement) RETURN s.id AS id ORDER BY s.id LIMIT 1 }
//   (a statement; or :param id => '...' with any id from the other queries' results)
MATCH (f:Event|Casualty|Statement {id: $id})-[r:REPORTED_IN]->(a:Article)
RETURN labels(f) AS labels, f.id AS id, 'reported in' AS link,
       r.sentence AS sentence, r.sentenceIndex AS sentenceIndex,
       substring(a.body, r.start, r.end - r.start) AS span, r.start AS start, r.end AS end,
       a.title AS article, a.url AS url, a.publishedAt AS published
UNION ALL
MATCH (f:Person|Organization|Place {id: $id})-[r:MENTIONED_IN]->(a:Article)
RETURN labels(f) AS labels, f.id AS id, 'mentioned in' AS link,
       r.sentence AS sentence, null AS sentenceIndex,
       substring(a.body, head(r.starts), head(r.ends) - head(r.starts)) AS span,
       head(r.starts) AS start, head(r.ends) AS end,
       a.title AS article, a.url AS url, a.publishedAt AS published
