/**
 * The command line against a Neo4j server with authentication on: a dedicated instance (`auth`, Bolt 17761)
 * started by this file with a fresh random password, read by the CLI from `NEO4J_PASSWORD_FILE`. The password
 * must work, a wrong one must fail fast and clearly, and neither may ever be printed.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connect, read } from '../../neo4j/client.ts';
import { CACHE_DIR } from '../../neo4j/local/jars.ts';
import { deleteLocalStore, startLocalServer, stopLocalServer } from '../../neo4j/local/server.ts';
import { main } from '../../pipeline/cli.ts';

const SERVER = { instance: 'auth', boltPort: 17761, httpPort: 17771, heapMb: 512 } as const;
const URI = `bolt://127.0.0.1:${SERVER.boltPort}`;
const SEEDS = ['000_2ccb9beaaa57fb3a.txt', '001_f9b6eda91b359453.txt'];
/** Fresh each run, and distinctive, so that finding it in any output cannot be a coincidence. */
const PASSWORD = `pw-${randomBytes(12).toString('hex')}`;
const WRONG = `pw-${randomBytes(12).toString('hex')}`;

let work: string;
let articles: string;
let passwordFile: string;
const ENV_KEYS = ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_PASSWORD_FILE', 'NEO4J_DATABASE'] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));

/** Runs `kg …` in this process with the given Neo4j environment; returns the exit code and every line printed. */
async function kg(argv: readonly string[], env: Partial<Record<(typeof ENV_KEYS)[number], string>>): Promise<{ code: number; out: string[]; err: string[]; ms: number }> {
  for (const key of ENV_KEYS) delete process.env[key];
  Object.assign(process.env, env);
  const out: string[] = [];
  const err: string[] = [];
  const began = Date.now();
  const code = await main(argv, (line) => out.push(line), (line) => err.push(line));
  return { code, out, err, ms: Date.now() - began };
}

/** The disk blocks the files under `dir` take, in bytes: what `du` counts, which includes space reserved ahead. */
async function allocatedBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(entries.filter((entry) => entry.isFile()).map(async (entry) => (await stat(join(entry.parentPath, entry.name))).blocks * 512));
  return sizes.reduce((sum, size) => sum + size, 0);
}

function expectNoSecret(...texts: string[]): void {
  for (const text of texts) {
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(WRONG);
  }
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kg-auth-'));
  articles = join(work, 'articles');
  await mkdir(articles);
  for (const seed of SEEDS) await copyFile(join('corpus/articles', seed), join(articles, seed));
  passwordFile = join(work, 'neo4j-password');
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  // The password is set on an instance's first start with auth: start from empty data, so this run's applies.
  await stopLocalServer({ instance: SERVER.instance });
  await deleteLocalStore({ instance: SERVER.instance });
  try {
    await startLocalServer({ ...SERVER, password: PASSWORD, log: (line) => console.error(`neo4j (auth): ${line}`) });
  } catch (error) {
    await stopLocalServer({ instance: SERVER.instance });
    throw error;
  }
}, 300_000);

afterEach(() => {
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});

afterAll(async () => {
  await stopLocalServer({ instance: SERVER.instance });
  if (work) await rm(work, { recursive: true, force: true });
}, 120_000);

describe('kg with auth on, the password in NEO4J_PASSWORD_FILE', () => {
  it('ingests and queries, and prints the password nowhere', async () => {
    const env = { NEO4J_URI: URI, NEO4J_USER: 'neo4j', NEO4J_PASSWORD_FILE: passwordFile };
    const report = join(work, 'report.json');
    const ingested = await kg(['ingest', articles, '--report', report], env);
    expect(ingested.err).toEqual([]);
    expect(ingested.code).toBe(0);
    expect(ingested.out.at(-1)).toMatch(/^files seen 2, ingested 2, unchanged 0, failed 0; entities written \d+, relations written \d+$/);

    const query = await kg(['query', 'co-investors', '--entity', '宁王', '--format', 'json'], env);
    expect(query.err).toEqual([]);
    expect(query.code).toBe(0);
    const rows = JSON.parse(query.out.join('\n')) as { investorA: string; investorB: string }[];
    expect(rows.some((r) => [r.investorA, r.investorB].includes('小米') && [r.investorA, r.investorB].includes('宁德时代'))).toBe(true);

    const again = await kg(['ingest', articles, '--json'], env);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out.at(-1)!)).toMatchObject({ seen: 2, unchanged: 2, failed: 0 });

    expectNoSecret(...ingested.out, ...ingested.err, ...query.out, ...query.err, ...again.out, ...again.err, await readFile(report, 'utf8'));
  });

  it('also takes the password from NEO4J_PASSWORD, and an empty NEO4J_PASSWORD leaves the file in charge', async () => {
    const direct = await kg(['query', 'co-investors', '--format', 'json'], { NEO4J_URI: URI, NEO4J_PASSWORD: PASSWORD });
    expect(direct.err).toEqual([]);
    expect(direct.code).toBe(0);
    const emptyVariable = await kg(['query', 'co-investors', '--format', 'json'], { NEO4J_URI: URI, NEO4J_PASSWORD: '', NEO4J_PASSWORD_FILE: passwordFile });
    expect(emptyVariable.err).toEqual([]);
    expect(emptyVariable.code).toBe(0);
    expectNoSecret(...direct.out, ...direct.err, ...emptyVariable.out, ...emptyVariable.err);
  });

  it('a wrong password fails within 10 s with a message naming the URI and the user, not the password', async () => {
    const wrongFile = join(work, 'wrong-password');
    await writeFile(wrongFile, WRONG);
    for (const argv of [['ingest', articles], ['query', 'co-investors']]) {
      const run = await kg(argv, { NEO4J_URI: URI, NEO4J_USER: 'neo4j', NEO4J_PASSWORD_FILE: wrongFile });
      expect(run.code).toBe(1);
      expect(run.ms).toBeLessThan(10_000);
      expect(run.out).toEqual([]);
      expect(run.err.join('\n')).toMatch(
        new RegExp(`^kg ${argv[0]}: Neo4j at ${URI} refused the password of user neo4j \\(Neo\\.ClientError\\.Security\\.Unauthorized: .*\\); check NEO4J_USER and NEO4J_PASSWORD or NEO4J_PASSWORD_FILE$`),
      );
      expectNoSecret(...run.out, ...run.err);
    }
  });

  it('no password at all against a server that wants one: refused, said plainly', async () => {
    const run = await kg(['query', 'co-investors'], { NEO4J_URI: URI });
    expect(run.code).toBe(1);
    expect(run.err.join('\n')).toContain(`kg query: Neo4j at ${URI} refused a login without a password`);
  });

  it('a missing password file is named, and nothing is sent to the server', async () => {
    const missing = join(work, 'no-such-file');
    const run = await kg(['query', 'co-investors'], { NEO4J_URI: URI, NEO4J_PASSWORD_FILE: missing });
    expect(run.code).toBe(1);
    expect(run.err).toEqual([`kg query: expected NEO4J_PASSWORD_FILE to name a readable file, found ${missing}: ENOENT`]);
  });

  it('connect() errors carry neither password, in the message, the cause or the stack', async () => {
    // The right password first: after three wrong ones in a row the server refuses every login for a few seconds.
    const good = await connect({ uri: URI, user: 'neo4j', password: PASSWORD, database: undefined, local: false });
    await good.close();
    const error = await connect({ uri: URI, user: 'neo4j', password: WRONG, database: undefined, local: false }).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(`Neo4j at ${URI} refused the password of user neo4j`);
    const cause = (error as Error & { cause?: unknown }).cause;
    expectNoSecret((error as Error).message, String((error as Error).stack), JSON.stringify(error), String(cause ?? ''));
  });
});

describe('the local server, as this file starts it', () => {
  it('refuses to delete the store of an instance that is running, and leaves it whole', async () => {
    await expect(deleteLocalStore({ instance: SERVER.instance })).rejects.toThrow(`expected the neo4j instance '${SERVER.instance}' to be stopped before its store is deleted, found it running as pid`);
    const graph = await connect({ uri: URI, user: 'neo4j', password: PASSWORD, database: undefined, local: false });
    try {
      expect(await read<{ one: number }>(graph, 'RETURN 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await graph.close();
    }
  });

  it('keeps no more than 1 GB of transaction logs', async () => {
    const graph = await connect({ uri: URI, user: 'neo4j', password: PASSWORD, database: undefined, local: false });
    try {
      const rows = await read<{ value: string }>(graph, 'SHOW SETTINGS YIELD name, value WHERE name = $name RETURN value', { name: 'db.tx_log.rotation.retention_policy' });
      expect(rows.map((row) => row.value)).toEqual(['1G size']);
    } finally {
      await graph.close();
    }
  });

  it('takes disk for the transaction logs it writes, not for log files reserved ahead', async () => {
    // This file's instance starts from a deleted store and has written a few small transactions since.
    const bytes = await allocatedBytes(join(CACHE_DIR, 'instances', SERVER.instance, 'data', 'transactions'));
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(64 * 1024 * 1024);
  });
});
