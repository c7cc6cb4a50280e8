// Empties the database before a benchmark measures writes (bench/run.ts), in transactions of 10 000 nodes so
// that a large graph does not need one huge transaction. Run it in an auto-commit transaction (session.run).
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
