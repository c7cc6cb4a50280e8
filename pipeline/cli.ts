import { evalCommand } from './commands/eval.ts';
import { extractCommand } from './commands/extract.ts';
import { graphCommand } from './commands/graph.ts';
import { ingestCommand } from './commands/ingest.ts';
import { queryCommand } from './commands/query.ts';
import type { Out } from './commands/common.ts';

const USAGE = `kg — Chinese business news into a Neo4j graph of who invested in whom

usage:
  kg ingest <dir> [--report FILE] [--concurrency N] [--workers N] [--batch-size N] [--quiet] [--json] [--watch]
  kg extract <file|dir> [--format jsonl|table]
  kg query co-investors [--entity NAME] [--since DATE] [--min-shared N] [--format table|json|csv]
  kg query portfolio NAME [--format table|json|csv]
  kg query investors NAME [--format table|json|csv]
  kg query owners NAME [--depth N] [--format table|json|csv]
  kg query timeline NAME [--through-control] [--undated] [--format table|json|csv]
  kg query evidence [--from NAME] [--to NAME] [--type TYPE] [--article ID] [--format table|json|csv]
  kg query cypher '<query>' [--param name=value …] [--format table|json|csv]
  kg eval [--json] [--finre FILE] [--no-finre]
  kg graph --html FILE [--entity NAME] [--depth N] [--max-nodes N]

Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (or NEO4J_PASSWORD_FILE), NEO4J_DATABASE; without NEO4J_URI the
local server under .cache/neo4j is used and started when needed.`;

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], out: Out = (l) => process.stdout.write(`${l}\n`), err: Out = (l) => process.stderr.write(`${l}\n`)): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'ingest':
        return await ingestCommand(rest, out, err);
      case 'extract':
        return await extractCommand(rest, out, err);
      case 'query':
        return await queryCommand(rest, out, err);
      case 'graph':
        return await graphCommand(rest, out, err);
      case 'eval':
        return await evalCommand(rest, out);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        err(`kg: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    err(`kg ${command}: ${(error as Error).message}`);
    return 1;
  }
}
