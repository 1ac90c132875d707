// The indexes in force (excluding the built-in token lookup indexes).
SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state
WHERE type <> 'LOOKUP'
RETURN name, type, labelsOrTypes, properties, state
ORDER BY name
