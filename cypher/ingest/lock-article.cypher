// First statement of an article's transaction: creates or finds the Article and write-locks it (the
// SET takes the lock before the hash is read), so two ingests of the same article run one after the
// other and the second sees the first's hash. Returns the stored hash (null for a new article).
MERGE (a:Article {id: $articleId})
SET a.id = $articleId
WITH a
RETURN a.textHash AS previousHash
