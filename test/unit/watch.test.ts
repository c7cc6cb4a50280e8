import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changedFiles, snapshotArticles, watchArticles } from '../../pipeline/watch.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-watch-'));
  await writeFile(join(dir, 'a.txt'), '2022年1月，富特科技完成亿元战略轮融资，投资方为小米产投。');
  await writeFile(join(dir, 'notes.json'), '{}');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('snapshots', () => {
  it('lists article files with size and time, and finds new and changed ones', async () => {
    const before = await snapshotArticles(dir);
    expect([...before.keys()]).toEqual([join(dir, 'a.txt')]);
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'b.md'), '宁德时代入股芯迈半导体。');
    await writeFile(join(dir, 'a.txt'), '2022年1月，富特科技完成亿元战略轮融资，投资方为小米产投等机构。');
    const after = await snapshotArticles(dir);
    expect(changedFiles(before, after)).toEqual([join(dir, 'a.txt'), join(dir, 'sub', 'b.md')]);
    expect(changedFiles(after, after)).toEqual([]);
    // A deleted file is not a change to ingest.
    expect(changedFiles(after, before)).toEqual([join(dir, 'a.txt')]);
  });
});

describe('watchArticles', () => {
  it('reports files added or changed while watching, each once, until aborted', async () => {
    const since = await snapshotArticles(dir);
    const controller = new AbortController();
    const calls: string[][] = [];
    const watching = watchArticles(dir, {
      signal: controller.signal,
      since,
      debounceMs: 50,
      pollMs: 200,
      onChanges: async (files) => {
        calls.push([...files]);
      },
    });
    const reported = (): string[] => calls.flat().sort();
    await writeFile(join(dir, 'b.txt'), '小米通过瀚星投资入股上海快卜。');
    await writeFile(join(dir, 'c.html'), '<p>宁德时代为第二大股东。</p>');
    await vi.waitFor(() => expect(reported()).toEqual([join(dir, 'b.txt'), join(dir, 'c.html')]), { timeout: 10_000, interval: 20 });

    await mkdir(join(dir, 'later'));
    await writeFile(join(dir, 'later', 'd.txt'), '星云股份与宁德时代成立合资公司时代星云。');
    await writeFile(join(dir, 'ignored.json'), '{}');
    await writeFile(join(dir, 'a.txt'), '2022年1月，富特科技完成亿元战略轮融资。');
    await vi.waitFor(() => expect(reported()).toEqual([join(dir, 'a.txt'), join(dir, 'b.txt'), join(dir, 'c.html'), join(dir, 'later', 'd.txt')]), { timeout: 10_000, interval: 20 });

    controller.abort();
    await watching;
    // Nothing else was reported after the last change settled, and the loop ended.
    expect(reported()).toHaveLength(4);
  });

  it('looks again at files the caller could not take', async () => {
    const controller = new AbortController();
    const calls: string[][] = [];
    let done: (() => void) | undefined;
    const twice = new Promise<void>((resolve) => (done = resolve));
    const watching = watchArticles(dir, {
      signal: controller.signal,
      since: new Map(),
      debounceMs: 10,
      pollMs: 50,
      onChanges: async (files) => {
        calls.push([...files]);
        if (calls.length === 2) done?.();
        return calls.length === 1 ? files : [];
      },
    });
    await twice;
    controller.abort();
    await watching;
    expect(calls).toEqual([[join(dir, 'a.txt')], [join(dir, 'a.txt')]]);
  });
});
