// Articles matching every given filter: one page after the keyset cursor $after ({key: [publishedAt],
// id}) and, with $withTotal, the number of all matches; newest first (undated last, then by id).
// $publisher compares case-insensitively. The body is never returned.
MATCH (a:Article)
WHERE ($publisher IS NULL OR toLower(a.publisher) = $publisher)
  AND ($from IS NULL OR a.publishedAt >= date($from))
  AND ($to IS NULL OR a.publishedAt <= date($to))
WITH collect(a) AS matches
CALL (matches) {
  UNWIND matches AS a
  WITH a, a.publishedAt AS d
  WHERE $after IS NULL OR (
    CASE WHEN $after.key[0] IS NULL THEN d IS NULL AND a.id > $after.id
    ELSE d IS NULL OR d < date($after.key[0]) OR (d = date($after.key[0]) AND a.id > $after.id) END)
  WITH a, d ORDER BY d IS NULL, d DESC, a.id
  LIMIT $limit
  RETURN collect(a {.id, .url, .title, .publisher, .publishedAt, .ingestedAt, label: 'Article'}) AS page
}
RETURN CASE WHEN $withTotal THEN size(matches) END AS total, page
