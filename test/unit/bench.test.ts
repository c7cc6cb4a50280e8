import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

describe('benchmark', () => {
  it('runs on a tiny corpus and prints its JSON report', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--size', '5', '--json']);
    const report = JSON.parse(stdout) as { size: number; extract: Record<string, number>; memory: Record<string, number> };
    expect(report.size).toBe(5);
    expect(report.extract.articlesPerSec).toBeGreaterThan(0);
    expect(report.extract.ratioToSegmentOnly).toBeGreaterThan(0);
    expect(report.memory.peakRssMb).toBeGreaterThan(0);
  });
});
