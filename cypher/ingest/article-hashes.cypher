// Which of these articles are stored already, and with which text hash (to skip unchanged ones).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.textHash AS textHash
