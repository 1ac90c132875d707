// Articles matching every given filter, newest first (undated last, then by id): the page walks the
// article_published_at index from the keyset cursor $after ({key: [publishedAt], id}) down and stops
// after $limit rows, so it costs the same on any size of graph; undated articles are read only when the
// dated ones do not fill the page. With $withTotal, the number of all matches: from the count store when
// nothing is filtered, else by counting. $publisher compares case-insensitively. No body is returned.
CALL () {
  WITH coalesce(date($to), date('9999-12-31')) AS top
  WITH top WHERE $after IS NULL OR $after.key[0] IS NOT NULL
  WITH CASE WHEN $after IS NULL OR date($after.key[0]) > top THEN top ELSE date($after.key[0]) END AS upper
  MATCH (a:Article)
  WHERE a.publishedAt <= upper AND a.publishedAt >= coalesce(date($from), date('0001-01-01'))
    AND ($after IS NULL OR a.publishedAt < date($after.key[0]) OR a.id > $after.id)
    AND ($publisher IS NULL OR toLower(a.publisher) = $publisher)
  WITH a ORDER BY a.publishedAt DESC, a.id
  LIMIT $limit
  RETURN collect(a) AS dated
}
CALL (dated) {
  // The UNWIND makes the scan run only when needed (a WHERE here would be planned after the scan).
  UNWIND CASE WHEN size(dated) < $limit AND $from IS NULL AND $to IS NULL THEN [1] ELSE [] END AS needed
  MATCH (a:Article)
  WHERE a.publishedAt IS NULL
    AND ($after IS NULL OR $after.key[0] IS NOT NULL OR a.id > $after.id)
    AND ($publisher IS NULL OR toLower(a.publisher) = $publisher)
  WITH a ORDER BY a.id
  LIMIT $limit
  RETURN collect(a) AS undated
}
// Counting is lazy: CASE runs only the branch it takes (the first reads the count store).
RETURN CASE
    WHEN NOT $withTotal THEN null
    WHEN $from IS NULL AND $to IS NULL AND $publisher IS NULL THEN COUNT { (:Article) }
    ELSE COUNT {
      MATCH (a:Article)
      WHERE ($from IS NULL OR a.publishedAt >= date($from)) AND ($to IS NULL OR a.publishedAt <= date($to))
        AND ($publisher IS NULL OR toLower(a.publisher) = $publisher)
    }
  END AS total,
  [a IN (dated + undated)[0..$limit] |
    a {.id, .url, .title, .publisher, .publishedAt, .ingestedAt, label: 'Article'}] AS page
