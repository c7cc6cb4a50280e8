/**
 * `kg ingest` as a user runs it, against the real test Neo4j: the progress bar on a terminal, plain lines
 * otherwise, and `--watch` taking files dropped into the folder while it runs.
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { connect, read, write, type Graph } from '../../neo4j/client.ts';
import { ingestCommand } from '../../pipeline/commands/ingest.ts';

const SEEDS = ['000_2ccb9beaaa57fb3a.txt', '001_f9b6eda91b359453.txt'];

let graph: Graph;
let dir: string;

async function completeArticles(): Promise<number> {
  const [row] = await read<{ n: number }>(graph, 'MATCH (a:Article {complete: true}) RETURN count(a) AS n');
  return row!.n;
}

beforeAll(async () => {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('expected NEO4J_URI from the global setup: these tests need a real Neo4j');
  graph = await connect({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD || undefined, database: undefined, local: false });
});

beforeEach(async () => {
  await write(graph, (tx) => tx.run('MATCH (n) DETACH DELETE n'));
  dir = await mkdtemp(join(tmpdir(), 'kg-ingest-'));
  await copyFile(join('corpus/articles', SEEDS[0]!), join(dir, SEEDS[0]!));
});

afterAll(async () => {
  await graph?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('kg ingest', () => {
  it('on a terminal draws a progress bar and prints failures above it; the summary goes to stdout', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    const screen: string[] = [];
    const out: string[] = [];
    const code = await ingestCommand([dir], (l) => out.push(l), (l) => screen.push(`${l}\n`), { progress: { columns: 100, write: (text) => screen.push(text) } });
    expect(code).toBe(1);
    const drawn = screen.join('');
    expect(drawn).toMatch(/\r\[[#-]+\] {2}0\/2 files {2}/);
    expect(drawn).toMatch(/\r\[#{16}-{16}\] {2}1\/2 files {2}[\d.]+ articles\/s {2}ETA \d+:\d\d {2}1 failed\x1b\[K/);
    expect(drawn).toMatch(/\r\[#{32}\] {2}2\/2 files .* 1 failed\x1b\[K/);
    expect(drawn).toMatch(/\r\x1b\[Kfailed {4}\S+empty\.txt: KG00\d /);
    expect(drawn.endsWith('\r\x1b[K')).toBe(true); // the bar is gone before the summary
    expect(out).toEqual([expect.stringMatching(/^files seen 2, ingested 1, unchanged 0, failed 1; entities written \d+, relations written \d+$/)]);
  });

  it('without a terminal prints a line per file, and with --quiet only the summary', async () => {
    const out: string[] = [];
    expect(await ingestCommand([dir], (l) => out.push(l), (l) => out.push(l), { progress: undefined })).toBe(0);
    expect(out).toEqual([expect.stringMatching(/^ingested {2}\S+000_2ccb9beaaa57fb3a\.txt \(\d+ entities, \d+ relations\)$/), expect.stringMatching(/^files seen 1, ingested 1,/)]);
    out.length = 0;
    expect(await ingestCommand([dir, '--quiet'], (l) => out.push(l), (l) => out.push(l), { progress: { write: () => expect.unreachable('no bar with --quiet') } })).toBe(0);
    expect(out).toEqual([expect.stringMatching(/^files seen 1, ingested 0, unchanged 1, failed 0;/)]);
  });

  it('--watch ingests files dropped into the folder, a line per pass, until stopped', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const controller = new AbortController();
    const running = ingestCommand([dir, '--watch'], (l) => out.push(l), (l) => err.push(l), { progress: undefined, signal: controller.signal, watch: { debounceMs: 100, pollMs: 500 } });
    await vi.waitFor(() => expect(err).toContain(`watching ${dir} for new or changed files (Ctrl-C to stop)`), { timeout: 60_000, interval: 50 });
    expect(await completeArticles()).toBe(1);

    await copyFile(join('corpus/articles', SEEDS[1]!), join(dir, SEEDS[1]!));
    await vi.waitFor(() => expect(out.some((l) => l.startsWith('pass 2 '))).toBe(true), { timeout: 60_000, interval: 50 });
    expect(out.find((l) => l.startsWith('pass 2 '))).toMatch(/^pass 2 at \d\d:\d\d:\d\d: 1 new or changed files in [\d.]+ s; files seen 1, ingested 1, unchanged 0, failed 0;/);
    expect(out).toContainEqual(expect.stringMatching(/^ingested {2}\S+001_f9b6eda91b359453\.txt /));
    expect(await completeArticles()).toBe(2);

    // The same text under a second name: a pass, and nothing new in the graph.
    await copyFile(join('corpus/articles', SEEDS[1]!), join(dir, 'copy.txt'));
    await vi.waitFor(() => expect(out.some((l) => l.startsWith('pass 3 '))).toBe(true), { timeout: 60_000, interval: 50 });
    expect(out.find((l) => l.startsWith('pass 3 '))).toMatch(/files seen 1, ingested 0, unchanged 1, failed 0;/);
    expect(await completeArticles()).toBe(2);

    controller.abort();
    expect(await running).toBe(0);
    expect(out.filter((l) => l.startsWith('pass '))).toHaveLength(2);
  });
});
