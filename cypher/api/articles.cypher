// Articles matching every given filter, newest first (undated last, then by id), as one page plus the
// total. $publisher compares case-insensitively. The body is never returned.
MATCH (a:Article)
WHERE ($publisher IS NULL OR toLower(a.publisher) = $publisher)
  AND ($from IS NULL OR a.publishedAt >= date($from))
  AND ($to IS NULL OR a.publishedAt <= date($to))
WITH a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
WITH collect(a) AS matches
RETURN size(matches) AS total,
       [a IN matches[$skip..($skip + $limit)] |
         a {.id, .url, .title, .publisher, .publishedAt, .ingestedAt, label: 'Article'}] AS page
