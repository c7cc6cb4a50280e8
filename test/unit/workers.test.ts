import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../pipeline/doc.ts';
import { runArticle, runArticles, STAGES, type ArticleResult } from '../../pipeline/index.ts';
import { decodeArticle } from '../../pipeline/stages/read.ts';
import { ArticlePool, forGraph, startWorker, workerExecArgv } from '../../pipeline/workers.ts';

const FAULTY = new URL('./fixtures/faulty-stages.ts', import.meta.url);

function docOf(source: string, text: string | Uint8Array): ArticleDoc {
  const read = decodeArticle(source, typeof text === 'string' ? new TextEncoder().encode(text) : text);
  if (!read.ok) throw new Error(`expected ${source} to decode, found ${read.diagnostics.map((d) => d.message).join('; ')}`);
  return read.doc;
}

const DOCS = readdirSync('corpus/articles')
  .sort()
  .map((name) => docOf(`corpus/articles/${name}`, readFileSync(`corpus/articles/${name}`)));
const SENTENCE = '2022年1月，小米产业投资部入股上海快卜新能源科技有限公司，持股5.26%。';

/** A stage that reports which thread ran the article and how many articles that thread has run, counting this one. */
const COUNTING_STAGES = `
import { threadId } from 'node:worker_threads';
let seen = 0;
export const STAGES = [{
  name: 'count', requires: [], provides: [],
  run(doc, ctx) {
    seen++;
    ctx.report({ code: 'KG090', severity: 'warning', stage: 'count', message: threadId + ' ' + seen });
    return {};
  },
}];
`;

/** The thread that ran each article, and how many articles it had run then, from the counting stage. */
function counted(results: readonly ArticleResult[]): { thread: string; seen: number }[] {
  return results.map((r) => {
    const [thread, seen] = r.diagnostics[0]!.message.split(' ');
    return { thread: thread!, seen: Number(seen) };
  });
}

describe('ArticlePool', () => {
  let inThread: ArticleResult[];
  beforeAll(async () => {
    inThread = [];
    for (const doc of DOCS) inThread.push(await runArticle(doc));
  });

  describe('with two worker threads', () => {
    const pool = new ArticlePool({ size: 2 });
    afterAll(() => pool.close());

    it('gives the same results as runArticle in this thread, for every corpus article', async () => {
      const pooled = await Promise.all(DOCS.map((doc) => pool.run(doc)));
      expect(pooled.map((r) => r.doc.articleId)).toEqual(DOCS.map((d) => d.articleId));
      expect(pooled).toEqual(inThread);
      expect(pooled.filter((r) => r.ok)).toHaveLength(DOCS.length);
      expect(pooled.reduce((n, r) => n + (r.doc.relations?.length ?? 0), 0)).toBeGreaterThan(50);
    });

    it('asks its caller for enough articles in flight to keep every thread busy', async () => {
      expect(new ArticlePool({ size: 2, batch: 4 }).busyWith).toBe(26);
      expect(new ArticlePool({ size: 3, batch: 1 }).busyWith).toBe(12);
      expect(new ArticlePool({ size: 0 }).busyWith).toBe(1);
    });

    it('keeps to its queue bound: ready() waits while the queue is full', async () => {
      // Two batches of one article per thread, one queued, the sixth held back.
      const small = new ArticlePool({ size: 2, batch: 1, maxQueued: 1 });
      try {
        const runs = DOCS.slice(0, 6).map((doc) => small.run(doc));
        let readyEarly = false;
        void small.ready().then(() => (readyEarly = true));
        await Promise.resolve();
        expect(readyEarly).toBe(false);
        const results = await Promise.all(runs);
        expect(results.map((r) => r.ok)).toEqual([true, true, true, true, true, true]);
        await small.ready();
      } finally {
        await small.close();
      }
    });
  });

  describe('with a stage that counts articles per thread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-pool-'));
    const counting = pathToFileURL(join(dir, 'counting-stages.mjs'));
    writeFileSync(counting, COUNTING_STAGES);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('runs every warm-up article on every thread', async () => {
      const pool = new ArticlePool({ size: 2, stagesModule: counting });
      try {
        await pool.warmUp(DOCS.slice(0, 5));
        // Two idle threads: one article each.
        const runs = counted(await Promise.all([pool.run(DOCS[0]!), pool.run(DOCS[1]!)]));
        expect(new Set(runs.map((r) => r.thread)).size).toBe(2);
        // The thread's own start-up article, the five warm-up articles, then this one.
        expect(runs.map((r) => r.seen)).toEqual([7, 7]);
      } finally {
        await pool.close();
      }
    });

    it('gives a thread a further article only when every thread has as many', async () => {
      const pool = new ArticlePool({ size: 2, batch: 1, stagesModule: counting });
      try {
        const runs = counted(await Promise.all(DOCS.slice(0, 4).map((doc) => pool.run(doc))));
        const first = runs[0]!.thread;
        expect(runs.filter((r) => r.thread === first)).toHaveLength(2);
      } finally {
        await pool.close();
      }
    });
  });

  it('gives the results of runArticle on each article when running a batch stage by stage', async () => {
    expect(await runArticles(DOCS)).toEqual(inThread);
  });

  it('fails a throwing or aborted article of a batch alone', async () => {
    const { STAGES: faulty } = (await import(FAULTY.href)) as { STAGES: typeof STAGES };
    const docs = [docOf('a.txt', SENTENCE), docOf('bad.txt', `FAULT:THROW ${SENTENCE}`), docOf('stop.txt', SENTENCE), docOf('c.txt', `${SENTENCE}\n雷军表示很看好。`)];
    const stop = new AbortController();
    stop.abort();
    const [a, bad, stopped, c] = await runArticles(docs, { stages: faulty, signals: [undefined, undefined, stop.signal] });
    expect(bad!.ok).toBe(false);
    expect(bad!.diagnostics).toEqual([expect.objectContaining({ code: 'KG090', stage: 'fault', message: 'bad.txt: stage fault failed: asked to throw' })]);
    expect(stopped!.ok).toBe(false);
    expect(stopped!.doc.entities).toBeUndefined();
    expect(a).toEqual(await runArticle(docs[0]!, { stages: faulty }));
    expect(c).toEqual(await runArticle(docs[3]!, { stages: faulty }));
    expect(c!.doc.relations!.length).toBeGreaterThan(0);
  });

  it('holds only cloneable data in a processed ArticleDoc', () => {
    for (const result of inThread) expect(structuredClone(result)).toEqual(result);
  });

  it("keeps only what the graph writer reads with keep: 'graph'", async () => {
    const pool = new ArticlePool({ size: 2, keep: 'graph' });
    try {
      const [result] = await Promise.all([pool.run(DOCS[0]!)]);
      expect(result!.doc).toEqual(forGraph(inThread[0]!.doc));
      expect(result!.doc.tokens).toBeUndefined();
      expect(result!.doc.entities).toEqual(inThread[0]!.doc.entities);
      expect(result!.doc.working?.script).toBe('simplified');
    } finally {
      await pool.close();
    }
  });

  it('fails a throwing article alone, with KG090 naming the stage', async () => {
    const pool = new ArticlePool({ size: 2, stagesModule: FAULTY });
    try {
      const docs = [docOf('a.txt', SENTENCE), docOf('bad.txt', `FAULT:THROW ${SENTENCE}`), docOf('c.txt', `${SENTENCE}\n雷军表示很看好。`)];
      const [a, bad, c] = await Promise.all(docs.map((doc) => pool.run(doc)));
      expect(bad!.ok).toBe(false);
      expect(bad!.diagnostics).toEqual([expect.objectContaining({ code: 'KG090', stage: 'fault', file: 'bad.txt', message: 'bad.txt: stage fault failed: asked to throw' })]);
      expect(a).toEqual(await runArticle(docs[0]!));
      expect(c).toEqual(await runArticle(docs[2]!));
      expect(a!.doc.relations!.length).toBeGreaterThan(0);
      expect(pool.crashes).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('replaces a worker thread that dies, failing only the article it was running', async () => {
    const pool = new ArticlePool({ size: 2, stagesModule: FAULTY });
    try {
      const docs = [docOf('dies.txt', `FAULT:EXIT ${SENTENCE}`), ...DOCS.slice(0, 6)];
      const [dies, ...rest] = await Promise.all(docs.map((doc) => pool.run(doc)));
      expect(dies!.ok).toBe(false);
      expect(dies!.diagnostics).toEqual([expect.objectContaining({ code: 'KG090', stage: 'worker', file: 'dies.txt' })]);
      expect(dies!.diagnostics[0]!.message).toMatch(/died while processing it \(the thread exited with code 3\)/);
      expect(rest).toEqual(inThread.slice(0, 6));
      expect(pool.crashes).toBe(1);
      // The replacement works: both threads take articles again.
      const again = await Promise.all(DOCS.slice(6, 10).map((doc) => pool.run(doc)));
      expect(again).toEqual(inThread.slice(6, 10));
    } finally {
      await pool.close();
    }
  });

  it('replaces a worker thread that dies in a batch, running the batch again article by article', async () => {
    const pool = new ArticlePool({ size: 2, batch: 4, stagesModule: FAULTY });
    try {
      // One article for each idle thread, then a full batch that holds the fatal article, sent as a second batch.
      const docs = [...DOCS.slice(0, 3), docOf('dies.txt', `FAULT:EXIT ${SENTENCE}`), ...DOCS.slice(3, 6)];
      const results = await Promise.all(docs.map((doc) => pool.run(doc)));
      const dies = results[3]!;
      expect(dies.ok).toBe(false);
      expect(dies.diagnostics[0]!.message).toMatch(/died while processing it \(the thread exited with code 3\)/);
      expect([...results.slice(0, 3), ...results.slice(4)]).toEqual(inThread.slice(0, 6));
      // Once for the batch, once for the article alone.
      expect(pool.crashes).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('runs in this thread with size 0 or 1', async () => {
    for (const size of [0, 1]) {
      const pool = new ArticlePool({ size });
      expect(pool.size).toBe(0);
      expect(await pool.run(DOCS[1]!)).toEqual(inThread[1]);
      await pool.close();
    }
  });

  it('does not start an article whose signal has aborted', async () => {
    const pool = new ArticlePool({ size: 2 });
    try {
      const controller = new AbortController();
      controller.abort();
      const result = await pool.run(DOCS[0]!, { signal: controller.signal });
      expect(result.ok).toBe(false);
      expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'KG090', stage: 'clean' })]);
      expect(result.doc.entities).toBeUndefined();
    } finally {
      await pool.close();
    }
  });

  it('does not keep the process alive when it is never closed', async () => {
    const script = [
      "const { ArticlePool } = await import('./pipeline/workers.ts');",
      "const { decodeArticle } = await import('./pipeline/stages/read.ts');",
      'const pool = new ArticlePool({ size: 2 });',
      'await pool.warmUp();',
      `const read = decodeArticle('a.txt', new TextEncoder().encode(${JSON.stringify(SENTENCE)}));`,
      'const result = await pool.run(read.doc);',
      'console.log(result.ok, result.doc.relations.length > 0);',
    ].join('\n');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { timeout: 120_000 });
    expect(stdout.trim()).toBe('true true');
  }, 150_000);

  it('rejects work after close()', async () => {
    const pool = new ArticlePool({ size: 2 });
    await pool.close();
    await expect(pool.run(DOCS[0]!)).rejects.toThrow(/closed/);
  });

  it.each([
    [['--import', 'tsx', '--input-type=module', '-e', 'code'], ['--import', 'tsx']],
    [['--eval=code', '--max-old-space-size=2048'], ['--max-old-space-size=2048']],
    [['-p', '1 + 1', '--cpu-prof'], ['--cpu-prof']],
    [['--input-type', 'module', '--print', 'x', '--watch', '--watch-path=src'], []],
  ])('gives worker threads the flags %j without the parent script ones: %j', (parent, expected) => {
    expect(workerExecArgv(parent)).toEqual(expected);
  });

  it('starts a worker thread without the V8 and process flags that worker threads refuse', async () => {
    const worker = startWorker(new URL("data:text/javascript,import { parentPort } from 'node:worker_threads'; parentPort.postMessage(process.execArgv);"), {}, [
      '--max-old-space-size=2048',
      '--no-warnings',
      '--stack-trace-limit=20',
    ]);
    try {
      const execArgv = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
      expect(execArgv).toEqual(['--no-warnings']);
    } finally {
      await worker.terminate();
    }
  });

  it('works in a process started with --max-old-space-size', async () => {
    const script = [
      "const { ArticlePool } = await import('./pipeline/workers.ts');",
      "const { decodeArticle } = await import('./pipeline/stages/read.ts');",
      'const pool = new ArticlePool({ size: 2 });',
      `const read = decodeArticle('a.txt', new TextEncoder().encode(${JSON.stringify(SENTENCE)}));`,
      'const result = await pool.run(read.doc);',
      'await pool.close();',
      'console.log(result.ok, result.doc.relations.length > 0);',
    ].join('\n');
    const { stdout } = await promisify(execFile)(process.execPath, ['--max-old-space-size=2048', '--import', 'tsx', '--input-type=module', '-e', script], { timeout: 120_000 });
    expect(stdout.trim()).toBe('true true');
  }, 150_000);

  it('rejects a size that is not a whole number', () => {
    expect(() => new ArticlePool({ size: 1.5 })).toThrow('expected size to be an integer of at least 0, found 1.5');
  });
});
