// Last statement of a batch: from here on the articles count as ingested.
UNWIND $ids AS id
MATCH (a:Article {id: id})
SET a.complete = true, a.ingestedAt = datetime()
