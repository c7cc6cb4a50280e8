import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

type Json = Record<string, unknown>;

/** Every leaf field of the report, as dotted paths, with its value. */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Json).flatMap(([key, inner]) => leaves(inner, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

describe('benchmark', () => {
  // Against the test server (NEO4J_URI from the global setup), which it empties: --wipe says it may.
  it('runs on a tiny corpus and prints every field of its JSON report', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'bench/run.ts', '--size', '8', '--warm', '3', '--json', '--wipe', '--memory-sizes', '4,8'],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout) as Json;
    const fields = new Map(leaves(report));
    const expected = [
      'size', 'chars', 'entities', 'relations', 'wallMs',
      'machine.cores', 'machine.loadAverageBefore', 'machine.loadAverageAfter', 'machine.parallelismBefore', 'machine.parallelismAfter',
      'extract.articlesPerSec', 'extract.charsPerSec', 'extract.ratioToSegmentOnly', 'extract.ms', 'extract.segmentOnlyMs',
      'extract.stageMs.read', 'extract.stageMs.clean', 'extract.stageMs.convert', 'extract.stageMs.segment', 'extract.stageMs.extract', 'extract.stageMs.resolve', 'extract.stageMs.validate',
      'workers.threads', 'workers.articlesPerSec', 'workers.speedup', 'workers.ms', 'workers.startMs', 'workers.cpuOverOneThread', 'workers.coresUsed',
      'upsert.newStore', 'upsert.articles', 'upsert.entities', 'upsert.relations', 'upsert.relationsPerSec', 'upsert.ms',
      'upsert.batchedRelationsPerSec', 'upsert.perRowRelations', 'upsert.perRowRelationsPerSec', 'upsert.batchedOverPerRow', 'upsert.warmRounds',
      'reingest.articles', 'reingest.firstMs', 'reingest.secondMs', 'reingest.ratioToFirst',
      'memory.peakRssMb', 'memory.runs', 'memory.largestOverSmallest',
    ];
    expect([...fields.keys()].sort()).toEqual([...expected].sort());
    for (const [path, value] of fields) {
      if (path === 'memory.runs') continue;
      expect(typeof value === 'number' && Number.isFinite(value) && value >= 0, `${path} = ${JSON.stringify(value)}`).toBe(true);
    }
    expect(report.size).toBe(8);
    expect(fields.get('relations')).toBeGreaterThan(0);
    expect(fields.get('reingest.articles')).toBe(8);
    expect(fields.get('upsert.perRowRelations')).toBeGreaterThan(0);
    // Two untimed rounds at least (one to compare the next with), at most the cap, whether or not the tiny writes' times settle.
    expect(fields.get('upsert.warmRounds')).toBeGreaterThanOrEqual(2);
    expect(fields.get('upsert.warmRounds')).toBeLessThanOrEqual(8);
    // The test server named by NEO4J_URI is not the benchmark's own instance: its store is never new.
    expect(fields.get('upsert.newStore')).toBe(0);
    expect(fields.get('workers.threads')).toBeGreaterThanOrEqual(0);
    const runs = (report.memory as { runs: Json[] }).runs;
    expect(runs.map((run) => run.size)).toEqual([4, 8]);
    for (const run of runs) expect(Object.keys(run).sort()).toEqual(['articlesPerSec', 'peakRssMb', 'ratioToSegmentOnly', 'size', 'wallMs', 'workersSpeedup']);
  }, 300_000);

  it('refuses to empty a database named by NEO4J_URI without --wipe', async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--size', '1', '--json'], {
      env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' },
    });
    await expect(run).rejects.toMatchObject({ stderr: expect.stringContaining('expected --wipe to measure writes against NEO4J_URI=bolt://127.0.0.1:1') });
  });
});
