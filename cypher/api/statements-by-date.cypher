// Statements newest first when no filter picks candidates (at most a date range and a kind): the page
// walks the statement_date index from the keyset cursor $after ({key: [date], id}) down and stops after
// $limit rows, so it costs the same on any size of graph; undated statements (sorted last, by id) are
// read only when the dated ones do not fill the page. With $withTotal, the number of all matches: from
// the count store when nothing is filtered, else by counting (cypher/api/statements.cypher order).
CALL () {
  WITH coalesce(date($to), date('9999-12-31')) AS top
  WITH top WHERE $after IS NULL OR $after.key[0] IS NOT NULL
  WITH CASE WHEN $after IS NULL OR date($after.key[0]) > top THEN top ELSE date($after.key[0]) END AS upper
  MATCH (s:Statement)
  WHERE s.date <= upper AND s.date >= coalesce(date($from), date('0001-01-01'))
    AND ($after IS NULL OR s.date < date($after.key[0]) OR s.id > $after.id)
    AND ($kind IS NULL OR s.kind = $kind)
  WITH s ORDER BY s.date DESC, s.id
  LIMIT $limit
  RETURN collect(s) AS dated
}
CALL (dated) {
  // The UNWIND makes the scan run only when needed (a WHERE here would be planned after the scan).
  UNWIND CASE WHEN size(dated) < $limit AND $from IS NULL AND $to IS NULL THEN [1] ELSE [] END AS needed
  MATCH (s:Statement)
  WHERE s.date IS NULL
    AND ($after IS NULL OR $after.key[0] IS NOT NULL OR s.id > $after.id)
    AND ($kind IS NULL OR s.kind = $kind)
  WITH s ORDER BY s.id
  LIMIT $limit
  RETURN collect(s) AS undated
}
// Counting is lazy: CASE runs only the branch it takes (the first reads the count store).
RETURN CASE
    WHEN NOT $withTotal THEN null
    WHEN $from IS NULL AND $to IS NULL AND $kind IS NULL THEN COUNT { (:Statement) }
    ELSE COUNT {
      MATCH (s:Statement)
      WHERE s.date >= coalesce(date($from), date('0001-01-01')) AND s.date <= coalesce(date($to), date('9999-12-31'))
        AND ($kind IS NULL OR s.kind = $kind)
    } + CASE WHEN $from IS NULL AND $to IS NULL THEN COUNT {
      MATCH (s:Statement) WHERE s.date IS NULL AND ($kind IS NULL OR s.kind = $kind)
    } ELSE 0 END
  END AS total,
  [s IN (dated + undated)[0..$limit] | s {.*, label: 'Statement'}] AS page
