// Events newest first when no filter picks candidates (at most a date range, types and minimum figures):
// the page walks the event_date index from the keyset cursor $after ({key: [0, date], id}) down and
// stops after $limit rows, so it costs the same on any size of graph; undated events (sorted last, by
// id) are read only when the dated ones do not fill the page. With $withTotal, the number of all
// matches: from the count store when nothing is filtered, else by counting (cypher/api/events.cypher
// order and parameters).
CALL () {
  WITH coalesce(date($to), date('9999-12-31')) AS top
  WITH top WHERE $after IS NULL OR $after.key[1] IS NOT NULL
  WITH CASE WHEN $after IS NULL OR date($after.key[1]) > top THEN top ELSE date($after.key[1]) END AS upper
  MATCH (e:Event)
  WHERE e.date <= upper AND e.date >= coalesce(date($from), date('0001-01-01'))
    AND ($after IS NULL OR e.date < date($after.key[1]) OR e.id > $after.id)
    AND ($types IS NULL OR e.type IN $types)
    AND ($minKilled IS NULL OR coalesce(e.killedMin, e.killedMax) >= $minKilled)
    AND ($minInjured IS NULL OR coalesce(e.injuredMin, e.injuredMax) >= $minInjured)
  WITH e ORDER BY e.date DESC, e.id
  LIMIT $limit
  RETURN collect(e) AS dated
}
CALL (dated) {
  // The UNWIND makes the scan run only when needed (a WHERE here would be planned after the scan).
  UNWIND CASE WHEN size(dated) < $limit AND $from IS NULL AND $to IS NULL THEN [1] ELSE [] END AS needed
  MATCH (e:Event)
  WHERE e.date IS NULL
    AND ($after IS NULL OR ($after.key[1] IS NULL AND e.id > $after.id) OR $after.key[1] IS NOT NULL)
    AND ($types IS NULL OR e.type IN $types)
    AND ($minKilled IS NULL OR coalesce(e.killedMin, e.killedMax) >= $minKilled)
    AND ($minInjured IS NULL OR coalesce(e.injuredMin, e.injuredMax) >= $minInjured)
  WITH e ORDER BY e.id
  LIMIT $limit
  RETURN collect(e) AS undated
}
// Counting is lazy: CASE runs only the branch it takes (the first reads the count store).
RETURN CASE
    WHEN NOT $withTotal THEN null
    WHEN $from IS NULL AND $to IS NULL AND $types IS NULL AND $minKilled IS NULL AND $minInjured IS NULL
      THEN COUNT { (:Event) }
    ELSE COUNT {
      MATCH (e:Event)
      WHERE e.date >= coalesce(date($from), date('0001-01-01')) AND e.date <= coalesce(date($to), date('9999-12-31'))
        AND ($types IS NULL OR e.type IN $types)
        AND ($minKilled IS NULL OR coalesce(e.killedMin, e.killedMax) >= $minKilled)
        AND ($minInjured IS NULL OR coalesce(e.injuredMin, e.injuredMax) >= $minInjured)
    } + CASE WHEN $from IS NULL AND $to IS NULL THEN COUNT {
      MATCH (e:Event)
      WHERE e.date IS NULL
        AND ($types IS NULL OR e.type IN $types)
        AND ($minKilled IS NULL OR coalesce(e.killedMin, e.killedMax) >= $minKilled)
        AND ($minInjured IS NULL OR coalesce(e.injuredMin, e.injuredMax) >= $minInjured)
    } ELSE 0 END
  END AS total,
  [e IN (dated + undated)[0..$limit] | e {.*, label: 'Event'}] AS page
