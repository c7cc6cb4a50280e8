// Ids of the articles whose write finished; the ingester skips these before any CPU stage runs.
MATCH (a:Article)
WHERE a.complete = true
RETURN a.id AS id
