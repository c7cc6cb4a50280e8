import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RELATION_TYPES, type RelationType } from '../schemas/common.ts';
import { startLocalServer } from './local/server.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Reads a Cypher file from `neo4j/`, e.g. `cypher('queries/co-investors.cypher')`. */
export function cypher(relativePath: string): string {
  return readFileSync(join(HERE, relativePath), 'utf8');
}

/** The statements of `constraints.cypher`, one per entry. */
export function constraintStatements(): string[] {
  return cypher('constraints.cypher')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The relationship upsert for one relation type; the type comes from the schema's closed list only. */
export function relationUpsert(type: RelationType): string {
  if (!RELATION_TYPES.includes(type)) throw new Error(`expected a relation type from the schema, found ${JSON.stringify(type)}`);
  return cypher('queries/write/upsert-relations.cypher').replaceAll('__TYPE__', type);
}

export interface Neo4jSettings {
  readonly uri: string;
  readonly user: string;
  readonly password: string | undefined;
  readonly database: string | undefined;
  /** True when the settings point at the project's own local server. */
  readonly local: boolean;
}

/**
 * Where to connect: `NEO4J_URI` (with `NEO4J_USER`, `NEO4J_PASSWORD` or `NEO4J_PASSWORD_FILE`,
 * `NEO4J_DATABASE`) when set; otherwise the local server, started if needed.
 */
export async function resolveSettings(env: NodeJS.ProcessEnv = process.env, log?: (line: string) => void): Promise<Neo4jSettings> {
  if (env.NEO4J_URI) {
    const password = env.NEO4J_PASSWORD ?? (env.NEO4J_PASSWORD_FILE ? readFileSync(env.NEO4J_PASSWORD_FILE, 'utf8').trim() : undefined);
    return { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? 'neo4j', password: password || undefined, database: env.NEO4J_DATABASE || undefined, local: false };
  }
  const server = await startLocalServer();
  if (server.started) log?.(`started the local Neo4j at ${server.uri}`);
  return { uri: server.uri, user: server.user, password: server.password, database: env.NEO4J_DATABASE || undefined, local: true };
}

/** A connected driver with the database to use. */
export interface Graph {
  readonly driver: Driver;
  readonly database: string | undefined;
  readonly uri: string;
  close(): Promise<void>;
}

/**
 * Connects and checks the server answers within `timeoutMs`; the error names the URI and the cause, never
 * the password.
 */
export async function connect(settings: Neo4jSettings, timeoutMs = 10_000): Promise<Graph> {
  const auth = settings.password === undefined ? undefined : neo4j.auth.basic(settings.user, settings.password);
  const driver = neo4j.driver(settings.uri, auth, {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxTransactionRetryTime: 30_000,
    disableLosslessIntegers: true,
  });
  try {
    await Promise.race([
      driver.verifyConnectivity(settings.database ? { database: settings.database } : {}),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs).unref()),
    ]);
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw new Error(`cannot reach Neo4j at ${settings.uri}: ${(error as Error).message}`);
  }
  return { driver, database: settings.database, uri: settings.uri, close: () => driver.close() };
}

/** Applies the constraints and indexes; safe to run every time. */
export async function ensureSchema(graph: Graph): Promise<void> {
  const session = graph.driver.session(graph.database ? { database: graph.database } : {});
  try {
    for (const statement of constraintStatements()) await session.run(statement);
  } finally {
    await session.close();
  }
}

/** Runs a read query and returns plain records. */
export async function read<T = Record<string, unknown>>(graph: Graph, query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const session = graph.driver.session({ defaultAccessMode: neo4j.session.READ, ...(graph.database ? { database: graph.database } : {}) });
  try {
    const result = await session.executeRead((tx) => tx.run(query, params));
    return result.records.map((record) => record.toObject() as T);
  } finally {
    await session.close();
  }
}

/** Runs `work` in one write transaction (retried by the driver on transient errors). */
export async function write<T>(graph: Graph, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = graph.driver.session(graph.database ? { database: graph.database } : {});
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}
