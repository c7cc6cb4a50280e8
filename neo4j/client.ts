import neo4j, { isRetryableError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RELATION_TYPES, type RelationType } from '../schemas/common.ts';
import { startLocalServer } from './local/server.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

const statements = new Map<string, string>();

/**
 * Reads a Cypher file from `neo4j/`, e.g. `cypher('queries/co-investors.cypher')`; each file is read once per
 * process (the writer asks for its statements on every batch, the per-relation paths on every relation).
 */
export function cypher(relativePath: string): string {
  let text = statements.get(relativePath);
  if (text === undefined) {
    text = readFileSync(join(HERE, relativePath), 'utf8');
    statements.set(relativePath, text);
  }
  return text;
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
    // An empty NEO4J_PASSWORD counts as unset, so that a password file still applies.
    const password = env.NEO4J_PASSWORD || (env.NEO4J_PASSWORD_FILE ? readPasswordFile(env.NEO4J_PASSWORD_FILE) : undefined);
    return { uri: env.NEO4J_URI, user: env.NEO4J_USER ?? 'neo4j', password: password || undefined, database: env.NEO4J_DATABASE || undefined, local: false };
  }
  const server = await startLocalServer();
  if (server.started) log?.(`started the local Neo4j at ${server.uri}`);
  return { uri: server.uri, user: server.user, password: server.password, database: env.NEO4J_DATABASE || undefined, local: true };
}

function readPasswordFile(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new Error(`expected NEO4J_PASSWORD_FILE to name a readable file, found ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
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
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('Neo.ClientError.Security.')) {
      const who = settings.password === undefined ? 'a login without a password' : `the password of user ${settings.user}`;
      throw new Error(
        `Neo4j at ${settings.uri} refused ${who} (${code}: ${(error as Error).message}); check NEO4J_USER and NEO4J_PASSWORD or NEO4J_PASSWORD_FILE`,
      );
    }
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

/** What a write transaction may call: `run`, as on the driver's managed and explicit transactions. */
export type QueryRunner = Pick<ManagedTransaction, 'run'>;

/**
 * How `write` retries a transaction that failed because the server was unreachable or busy: `attempts` tries
 * in all, waiting `initialDelayMs` after the first failure and twice as long after each next one (capped by
 * `maxDelayMs`). The defaults, 5 attempts from 2 s, wait 2 + 4 + 8 + 16 = 30 s before giving up.
 */
export interface RetryOptions {
  readonly attempts?: number;
  readonly initialDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Stops waiting for the next attempt: the last error is thrown at once. */
  readonly signal?: AbortSignal;
  /** Called before each wait, e.g. to tell the user. */
  readonly onRetry?: (attempt: number, delayMs: number, error: Error) => void;
}

export const DEFAULT_RETRY = { attempts: 5, initialDelayMs: 2_000, maxDelayMs: 30_000 } as const;

/**
 * True for errors that say "try again later" rather than "this statement is wrong": the server is unreachable
 * (`ServiceUnavailable`), the connection was lost (`SessionExpired`), or a `Neo.TransientError.*` (deadlock,
 * database shutting down or starting, memory pressure).
 */
export function isTransientError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return true;
  if (typeof code === 'string' && code.startsWith('Neo.TransientError.')) return true;
  return isRetryableError(error);
}

/** A write that still failed after the retries; names the server, the attempts and the time spent, never the password. */
export class WriteFailedError extends Error {
  readonly attempts: number;
  readonly elapsedMs: number;
  readonly transient: boolean;
  constructor(uri: string, attempts: number, elapsedMs: number, transient: boolean, cause: Error) {
    const code = (cause as { code?: unknown }).code;
    // The driver's connection errors end in "Caused by: connect ECONNREFUSED …" after a paragraph of advice.
    const reason = /Caused by: (.+)$/s.exec(cause.message)?.[1]?.trim() ?? cause.message;
    const what = typeof code === 'string' && code !== '' ? `${code}: ${reason}` : reason;
    super(
      transient
        ? `Neo4j at ${uri} did not accept the write after ${attempts} attempt${attempts === 1 ? '' : 's'} over ${(elapsedMs / 1000).toFixed(1)} s (${what})`
        : `Neo4j at ${uri} refused the write (${what})`,
      { cause },
    );
    this.name = 'WriteFailedError';
    this.attempts = attempts;
    this.elapsedMs = elapsedMs;
    this.transient = transient;
  }
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1) throw new TypeError(`expected ${name} to be a positive integer, found ${value}`);
  return value;
}

function nonNegative(value: number, name: string): number {
  if (!Number.isFinite(value) || value < 0) throw new TypeError(`expected ${name} to be a non-negative number of milliseconds, found ${value}`);
  return value;
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Runs `work` in one write transaction and commits it. A transient failure (see `isTransientError`) rolls
 * the transaction back and runs `work` again after an exponential backoff; every statement of the writer is a
 * MERGE on a stable key, so a transaction whose commit was cut off can safely run twice. Throws a
 * `WriteFailedError` once the attempts are spent (at once for a non-transient error).
 */
export async function write<T>(graph: Graph, work: (tx: QueryRunner) => Promise<T>, retry: RetryOptions = {}): Promise<T> {
  const attempts = positiveInteger(retry.attempts ?? DEFAULT_RETRY.attempts, 'retry.attempts');
  const initialDelayMs = nonNegative(retry.initialDelayMs ?? DEFAULT_RETRY.initialDelayMs, 'retry.initialDelayMs');
  const maxDelayMs = nonNegative(retry.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs, 'retry.maxDelayMs');
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeOnce(graph, work);
    } catch (error) {
      const cause = error instanceof Error ? error : new Error(String(error));
      const transient = isTransientError(error);
      if (!transient || attempt >= attempts || retry.signal?.aborted) {
        throw new WriteFailedError(graph.uri, attempt, Date.now() - started, transient, cause);
      }
      const delayMs = Math.min(initialDelayMs * 2 ** (attempt - 1), maxDelayMs);
      retry.onRetry?.(attempt, delayMs, cause);
      await wait(delayMs, retry.signal);
    }
  }
}

/** One explicit transaction: the driver's own retry (of `executeWrite`) would hide the attempts from `write`. */
async function writeOnce<T>(graph: Graph, work: (tx: QueryRunner) => Promise<T>): Promise<T> {
  const session = graph.driver.session(graph.database ? { database: graph.database } : {});
  try {
    const tx = await session.beginTransaction();
    try {
      const result = await work(tx);
      await tx.commit();
      return result;
    } catch (error) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw error;
    }
  } finally {
    await session.close().catch(() => undefined);
  }
}
