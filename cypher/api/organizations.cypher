// Organizations matching every given filter, by name then id, as one page plus the total.
// $nameKey: a folded name; $kind: the organization kind (armed_group, government, ...).
MATCH (n:Organization)
WHERE ($nameKey IS NULL OR n.id = $name OR $nameKey IN n.nameKeys)
  AND ($kind IS NULL OR n.kind = $kind)
WITH n ORDER BY n.name, n.id
WITH collect(n) AS matches
RETURN size(matches) AS total,
       [n IN matches[$skip..($skip + $limit)] | n {.*, label: 'Organization'}] AS page
