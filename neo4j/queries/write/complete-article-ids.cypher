// Ids of the articles whose write finished with this extraction ($extractor, see pipeline/version.ts); the
// ingester skips these before any CPU stage runs. An article written by an older extraction is read again.
MATCH (a:Article)
WHERE a.complete = true AND a.extractor = $extractor
RETURN a.id AS id
