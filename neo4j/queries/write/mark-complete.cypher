// Last statement of a batch: from here on the articles count as ingested, by this extraction.
CYPHER replan=skip
UNWIND $ids AS id
MATCH (a:Article {id: id})
SET a.complete = true, a.extractor = $extractor, a.ingestedAt = datetime()
