/**
 * Faults of the database and of the process, against a dedicated real Neo4j instance (`faults`, Bolt 17741)
 * that these tests start, stop and restart: the server lost mid-run, the ingest killed or interrupted, the
 * server unreachable from the start. Each time, running the same ingest again must give exactly the graph of
 * an uninterrupted run.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaleCorpus } from '../../bench/corpus.ts';
import { connect, read, write, WriteFailedError, type Graph } from '../../neo4j/client.ts';
import { startLocalServer, stopLocalServer } from '../../neo4j/local/server.ts';
import { main } from '../../pipeline/cli.ts';
import { ingest, type FileOutcome } from '../../pipeline/ingest.ts';
import { diffDumps, dumpGraph, duplicateKeys, duplicateRelationships, type GraphDump } from '../helpers/graph-dump.ts';

const SERVER = { instance: 'faults', boltPort: 17741, httpPort: 17751, heapMb: 512 } as const;
const URI = `bolt://127.0.0.1:${SERVER.boltPort}`;
/** Enough articles that a run with small batches takes several seconds and commits many batches. */
const ARTICLES = 300;
const BATCH_SIZE = 40;
/** Each test restarts or re-runs a whole ingest on a shared two-core machine. */
const SLOW = 300_000;
/** Short retries, so that giving up takes a second rather than the default 30 s. */
const RETRY = { attempts: 3, initialDelayMs: 200 } as const;

let graph: Graph | undefined;
let corpus: string;
let reference: GraphDump;

async function open(): Promise<Graph> {
  await graph?.close().catch(() => undefined);
  graph = await connect({ uri: URI, user: 'neo4j', password: undefined, database: undefined, local: false });
  return graph;
}

async function wipe(g: Graph): Promise<void> {
  await write(g, (tx) => tx.run('MATCH (n) DETACH DELETE n'));
}

async function incompleteArticles(g: Graph): Promise<number> {
  return (await read<{ n: number }>(g, 'MATCH (a:Article) WHERE a.complete IS NULL OR a.complete <> true RETURN count(a) AS n'))[0]!.n;
}

/** The graph must equal the one of the uninterrupted run, with nothing doubled and nothing half-written. */
async function expectReferenceGraph(g: Graph): Promise<void> {
  expect(await duplicateKeys(g)).toEqual([]);
  expect(await duplicateRelationships(g)).toEqual([]);
  expect(await incompleteArticles(g)).toBe(0);
  const dump = await dumpGraph(g);
  expect(diffDumps(dump, reference)).toEqual({ missing: [], extra: [] });
  expect(dump).toEqual(reference);
}

interface Child {
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves when stdout has `count` lines starting with `ingested`. */
  readonly ingested: (count: number) => Promise<void>;
  kill(signal: NodeJS.Signals): void;
}

/** `node bin/kg.js ingest …` as a user would run it, against the `faults` server. */
function kg(args: readonly string[]): Child {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: URI, NEO4J_USER: 'neo4j' };
  delete env.NEO4J_PASSWORD;
  delete env.NEO4J_PASSWORD_FILE;
  const child = spawn(process.execPath, ['bin/kg.js', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const waiters: { count: number; resolve: () => void }[] = [];
  const ingestedLines = (): number => out.split('\n').filter((line) => line.startsWith('ingested')).length;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    for (const waiter of waiters.splice(0)) {
      if (ingestedLines() >= waiter.count) waiter.resolve();
      else waiters.push(waiter);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return {
    exit,
    stdout: () => out,
    stderr: () => err,
    ingested: (count) =>
      new Promise((resolve, reject) => {
        if (ingestedLines() >= count) return resolve();
        waiters.push({ count, resolve });
        void exit.then(() => reject(new Error(`kg exited before ${count} files were ingested:\n${out}\n${err}`)));
      }),
    kill: (signal) => child.kill(signal),
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('expected a TCP address'))));
    });
  });
}

beforeAll(async () => {
  corpus = await mkdtemp(join(tmpdir(), 'kg-faults-'));
  for (const { name, text } of scaleCorpus(ARTICLES, 7)) await writeFile(join(corpus, name), text);
  try {
    await startLocalServer({ ...SERVER, log: (line) => console.error(`neo4j (faults): ${line}`) });
    const g = await open();
    await wipe(g);
    // The reference: the same corpus, uninterrupted, into an empty database.
    const summary = await ingest(g, corpus, { batchSize: BATCH_SIZE });
    expect(summary).toMatchObject({ seen: ARTICLES, failed: 0, stoppedEarly: false });
    reference = await dumpGraph(g);
    expect(reference.relationships.length).toBeGreaterThan(ARTICLES);
  } catch (error) {
    await graph?.close().catch(() => undefined);
    await stopLocalServer({ instance: SERVER.instance });
    throw error;
  }
}, SLOW);

afterAll(async () => {
  await graph?.close().catch(() => undefined);
  await stopLocalServer({ instance: SERVER.instance });
  if (corpus) await rm(corpus, { recursive: true, force: true });
});

describe('Neo4j lost in the middle of an ingest', () => {
  it('stops cleanly, names every file not written, and a re-run completes the same graph', async () => {
    const g = await open();
    await wipe(g);
    let stopping: Promise<unknown> | undefined;
    const seen: FileOutcome[] = [];
    const summary = await ingest(g, corpus, {
      batchSize: BATCH_SIZE,
      retry: RETRY,
      onOutcome: (outcome) => {
        seen.push(outcome);
        // The first committed batch: take the server away.
        if (outcome.status === 'ingested' && !stopping) stopping = stopLocalServer({ instance: SERVER.instance });
      },
    });
    await stopping;

    expect(summary.stoppedEarly).toBe(true);
    expect(summary.stopReason).toBe('database');
    expect(summary.stopMessage).toMatch(new RegExp(`^stopped: Neo4j at ${URI} did not accept the write after 3 attempts`));
    expect(summary.stopMessage).toContain(`${summary.articlesWritten} articles`);
    expect(summary.stopMessage).toContain('Run the same ingest again to finish');
    expect(summary.ingested).toBeGreaterThan(0);
    expect(summary.ingested).toBe(summary.articlesWritten);
    expect(summary.failed).toBeGreaterThan(0);
    expect(summary.seen).toBeLessThan(ARTICLES);
    expect(summary.seen).toBe(summary.ingested + summary.unchanged + summary.failed);
    expect(seen).toEqual(summary.outcomes);
    for (const outcome of summary.outcomes.filter((o) => o.status === 'failed')) {
      const kg100 = outcome.diagnostics.find((d) => d.code === 'KG100');
      expect(kg100, JSON.stringify(outcome)).toBeDefined();
      expect(kg100!.message).toContain(outcome.file);
      expect(kg100!.message).toContain(URI);
      expect(kg100!.file).toBe(outcome.file);
    }

    await startLocalServer({ ...SERVER });
    const again = await open();
    // What the first run reported as ingested is in the graph, complete. Besides, only articles reported failed
    // may be there, and only whole: a batch whose commit reached the server as it went down is in the graph
    // though its answer never came back (the writer cannot tell), and the re-run below finds it unchanged.
    const complete = (await read<{ id: string }>(again, 'MATCH (a:Article) RETURN a.id AS id')).map((r) => r.id);
    const ingestedIds = summary.outcomes.filter((o) => o.status === 'ingested').map((o) => o.articleId);
    const failedIds = new Set(summary.outcomes.filter((o) => o.status === 'failed').map((o) => o.articleId));
    expect(complete).toEqual(expect.arrayContaining(ingestedIds));
    expect(complete.filter((id) => !ingestedIds.includes(id) && !failedIds.has(id))).toEqual([]);
    expect(await incompleteArticles(again)).toBe(0);

    const rerun = await ingest(again, corpus, { batchSize: BATCH_SIZE });
    expect(rerun).toMatchObject({ seen: ARTICLES, failed: 0, unchanged: complete.length, stoppedEarly: false });
    await expectReferenceGraph(again);
  }, SLOW);
});

describe('the ingest process killed or interrupted', () => {
  it('SIGKILL after some batches: nothing half-written, and a re-run completes the same graph', async () => {
    await wipe(await open());
    const child = kg(['ingest', corpus, '--batch-size', String(BATCH_SIZE)]);
    await child.ingested(20);
    child.kill('SIGKILL');
    expect(await child.exit).toEqual({ code: null, signal: 'SIGKILL' });

    const g = await open();
    const [row] = await read<{ n: number }>(g, 'MATCH (a:Article) RETURN count(a) AS n');
    expect(row!.n).toBeGreaterThanOrEqual(20);
    expect(row!.n).toBeLessThan(ARTICLES);
    expect(await incompleteArticles(g)).toBe(0);

    const rerun = kg(['ingest', corpus, '--batch-size', String(BATCH_SIZE), '--json']);
    expect(await rerun.exit, rerun.stderr()).toEqual({ code: 0, signal: null });
    const summary = JSON.parse(rerun.stdout().trim().split('\n').at(-1)!) as Record<string, unknown>;
    expect(summary).toMatchObject({ seen: ARTICLES, failed: 0, unchanged: row!.n, ingested: ARTICLES - row!.n });
    await expectReferenceGraph(g);
  }, SLOW);

  it('Ctrl-C: finishes the batch in flight, prints the summary and what to do next; a re-run completes the same graph', async () => {
    await wipe(await open());
    const child = kg(['ingest', corpus, '--batch-size', String(BATCH_SIZE)]);
    await child.ingested(20);
    child.kill('SIGINT');
    const exit = await child.exit;
    const stdout = child.stdout();
    const stderr = child.stderr();
    expect(stderr).toContain('interrupted: finishing the batch in flight, then stopping');
    const ingestedLines = stdout.split('\n').filter((line) => line.startsWith('ingested')).length;
    expect(stdout).toMatch(new RegExp(`files seen \\d+, ingested ${ingestedLines}, unchanged 0, failed 0`));
    expect(stderr).toMatch(new RegExp(`interrupted: ${ingestedLines} articles \\(\\d+ entities, \\d+ relations\\) were written; files not yet taken were left alone\\. Run the same ingest again to finish`));
    // The process ended by itself, after the summary, with the code for an interrupted run: not killed by the signal.
    expect(exit).toEqual({ code: 130, signal: null });

    // Every article the run printed as ingested is in the graph, complete, and no other article is.
    const g = await open();
    const [row] = await read<{ n: number }>(g, 'MATCH (a:Article) RETURN count(a) AS n');
    expect(row!.n).toBe(ingestedLines);
    expect(row!.n).toBeLessThan(ARTICLES);
    expect(await incompleteArticles(g)).toBe(0);

    const rerun = kg(['ingest', corpus, '--batch-size', String(BATCH_SIZE), '--quiet']);
    expect(await rerun.exit, rerun.stderr()).toEqual({ code: 0, signal: null });
    await expectReferenceGraph(g);
  }, SLOW);
});

describe('writes that fail', () => {
  it('retries a write to a closed port the given number of times, then names the server', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const driver = neo4j.driver(uri, undefined, { connectionTimeout: 2_000 });
    const unreachable: Graph = { driver, database: undefined, uri, close: () => driver.close() };
    const waits: { attempt: number; delayMs: number }[] = [];
    try {
      const error = await write(unreachable, (tx) => tx.run('RETURN 1'), {
        attempts: 3,
        initialDelayMs: 50,
        onRetry: (attempt, delayMs) => waits.push({ attempt, delayMs }),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WriteFailedError);
      expect(error).toMatchObject({ attempts: 3, transient: true });
      expect((error as Error).message).toMatch(new RegExp(`^Neo4j at ${uri.replaceAll('.', '\\.')} did not accept the write after 3 attempts over [\\d.]+ s \\(ServiceUnavailable: `));
    } finally {
      await unreachable.close();
    }
    // Exponential, and no wait after the last attempt.
    expect(waits).toEqual([
      { attempt: 1, delayMs: 50 },
      { attempt: 2, delayMs: 100 },
    ]);
  });

  it('does not retry a statement the server rejects', async () => {
    const g = await open();
    const retries: number[] = [];
    const error = await write(g, (tx) => tx.run('THIS IS NOT CYPHER'), { onRetry: (attempt) => retries.push(attempt) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteFailedError);
    expect(error).toMatchObject({ attempts: 1, transient: false });
    expect((error as Error).message).toContain(`Neo4j at ${URI} refused the write (Neo.ClientError.Statement.SyntaxError`);
    expect(retries).toEqual([]);
  });
});

describe('Neo4j unreachable from the start', () => {
  it('kg ingest fails within 10 s with a message naming the URI, and exit code 1', async () => {
    const port = await freePort();
    const uri = `bolt://127.0.0.1:${port}`;
    const saved = { uri: process.env.NEO4J_URI, password: process.env.NEO4J_PASSWORD };
    process.env.NEO4J_URI = uri;
    delete process.env.NEO4J_PASSWORD;
    const out: string[] = [];
    const err: string[] = [];
    const began = Date.now();
    try {
      const code = await main(['ingest', corpus], (l) => out.push(l), (l) => err.push(l));
      expect(code).toBe(1);
    } finally {
      process.env.NEO4J_URI = saved.uri;
      if (saved.password !== undefined) process.env.NEO4J_PASSWORD = saved.password;
    }
    expect(Date.now() - began).toBeLessThan(10_000);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(`kg ingest: cannot reach Neo4j at ${uri}`);
  });
});
