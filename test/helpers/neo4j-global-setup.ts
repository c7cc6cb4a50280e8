/**
 * Vitest `globalSetup`: gives the integration tests a real Neo4j server, never skipping silently.
 *
 * - With `NEO4J_TEST_URI` set, uses that server (`NEO4J_TEST_USER`, default `neo4j`; `NEO4J_TEST_PASSWORD`) and
 *   checks that it answers before any test runs.
 * - Otherwise starts the local instance `test` on Bolt 17687 / HTTP 17474 (override with
 *   `KG_NEO4J_TEST_INSTANCE`, `KG_NEO4J_TEST_BOLT_PORT` / `KG_NEO4J_TEST_HTTP_PORT`, so that two test runs on one
 *   machine keep apart; auth is enabled if `NEO4J_TEST_PASSWORD` is set) and stops it afterwards if this setup
 *   started it.
 *
 * Tests read the connection from `process.env.NEO4J_URI`, `NEO4J_USER`, `NEO4J_PASSWORD` (empty when auth is off)
 * or from `inject('neo4j')`.
 *
 * @example
 * // vitest.config.ts
 * export default defineConfig({ test: { globalSetup: ['test/helpers/neo4j-global-setup.ts'] } });
 */
import neo4j from 'neo4j-driver';
// Brings 'vitest' into the program so that the ProvidedContext augmentation below applies.
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { portFromEnv, startLocalServer, stopLocalServer } from '../../neo4j/local/server.ts';

/** How tests reach Neo4j. `password` is empty when auth is disabled. */
export interface Neo4jConnection {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

const TEST_INSTANCE = process.env.KG_NEO4J_TEST_INSTANCE || 'test';

/** Starts or checks the server, exposes the connection, and returns the teardown. */
export default async function setup(project: Pick<TestProject, 'provide'>): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_TEST_URI;
  if (external) {
    const connection: Neo4jConnection = {
      uri: external,
      user: process.env.NEO4J_TEST_USER || 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? '',
    };
    await assertAnswers(connection);
    expose(project, connection);
    return async () => undefined;
  }

  const password = process.env.NEO4J_TEST_PASSWORD;
  const server = await startLocalServer({
    instance: TEST_INSTANCE,
    boltPort: portFromEnv('KG_NEO4J_TEST_BOLT_PORT', 17687),
    httpPort: portFromEnv('KG_NEO4J_TEST_HTTP_PORT', 17474),
    ...(password ? { password } : {}),
    log: (line) => console.error(`neo4j (${TEST_INSTANCE}): ${line}`),
  });
  expose(project, { uri: server.uri, user: server.user, password: server.password ?? '' });
  return async () => {
    if (server.started) await stopLocalServer({ instance: TEST_INSTANCE });
  };
}

function expose(project: Pick<TestProject, 'provide'>, connection: Neo4jConnection): void {
  process.env.NEO4J_URI = connection.uri;
  process.env.NEO4J_USER = connection.user;
  process.env.NEO4J_PASSWORD = connection.password;
  project.provide('neo4j', connection);
}

async function assertAnswers(connection: Neo4jConnection): Promise<void> {
  const auth = connection.password ? neo4j.auth.basic(connection.user, connection.password) : undefined;
  const driver = neo4j.driver(connection.uri, auth, { connectionTimeout: 10_000 });
  try {
    await driver.executeQuery('RETURN 1');
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    throw new Error(`Expected the Neo4j server at NEO4J_TEST_URI=${connection.uri} to answer RETURN 1, got: ${cause}`);
  } finally {
    await driver.close().catch(() => undefined);
  }
}
