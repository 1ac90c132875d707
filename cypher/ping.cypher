// Health check: the cheapest statement that proves the database answers queries.
RETURN 1 AS one
