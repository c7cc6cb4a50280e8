/**
 * Command line for the local Neo4j server (see `server.ts`).
 *
 * @example
 * node --import tsx neo4j/local/cli.ts start                  # instance 'default' on bolt://127.0.0.1:7687
 * node --import tsx neo4j/local/cli.ts status --instance test
 * NEO4J_PASSWORD=… node --import tsx neo4j/local/cli.ts start # with auth for user neo4j
 *
 * Environment: KG_NEO4J_BOLT_PORT, KG_NEO4J_HTTP_PORT (ports), NEO4J_PASSWORD (enables auth, as in
 * docker-compose.yml).
 */
import { parseArgs } from 'node:util';
import { localServerStatus, startLocalServer, stopLocalServer, type LocalServerOptions } from './server.ts';

const USAGE = 'usage: cli.ts start|stop|status [--instance <name>]';

async function main(argv: readonly string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    options: { instance: { type: 'string', default: 'default' } },
    allowPositionals: true,
  });
  const [command, ...extra] = positionals;
  if (extra.length > 0) throw new Error(`Expected one command, got ${JSON.stringify(positionals.join(' '))}\n${USAGE}`);
  const { instance } = values;
  const label = `neo4j (${instance})`;
  const password = process.env.NEO4J_PASSWORD;
  const options: LocalServerOptions = {
    instance,
    ...(password ? { password } : {}),
    log: (line) => console.error(`${label}: ${line}`),
  };

  switch (command) {
    case 'start': {
      const began = Date.now();
      const server = await startLocalServer(options);
      const how = server.started ? `started in ${((Date.now() - began) / 1000).toFixed(1)} s` : 'already running';
      const auth = server.password === undefined ? 'auth disabled' : `auth enabled for user ${server.user}`;
      console.log(`${label} running at ${server.uri}, pid ${server.pid} (${how}, ${auth})`);
      return;
    }
    case 'stop': {
      const stop = await stopLocalServer(options);
      console.log(stop.wasRunning ? `${label} stopped (pid ${stop.pid})` : `${label} was not running`);
      return;
    }
    case 'status': {
      const status = await localServerStatus(options);
      console.log(
        status.running
          ? `${label} running at ${status.uri}, pid ${status.pid} (Neo4j ${status.version})`
          : `${label} not running (${status.uri}, Neo4j ${status.version})`,
      );
      return;
    }
    default:
      throw new Error(`Expected a command start, stop or status, got ${JSON.stringify(command ?? '')}\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
