import nodejieba from 'nodejieba';
import type { ArticleDoc, Stage } from '../pipeline/doc.ts';
import { runArticles, STAGES, type ArticleResult } from '../pipeline/index.ts';
import { decodeArticle } from '../pipeline/stages/read.ts';
import { ensureSegmenter } from '../pipeline/stages/segment.ts';
import { ArticlePool, forGraph } from '../pipeline/workers.ts';
import { scaleCorpus } from './corpus.ts';

export interface ExtractMeasure {
  readonly articles: number;
  readonly chars: number;
  readonly entities: number;
  readonly relations: number;
  /** Time of nodejieba alone tagging the sentences of the same texts. */
  readonly segmentMs: number;
  /**
   * Time of the whole CPU path in this thread: decode, clean, convert, segment, extract, resolve, validate, on
   * batches of ten articles run stage by stage (`runArticles`), as a worker thread runs its batches.
   */
  readonly singleMs: number;
  /** Time of the same path on the worker pool, the main thread decoding and handing articles over. */
  readonly poolMs: number;
  /** CPU time (all threads of the process) of the in-thread and the pool phases: their ratio is the pool's overhead. */
  readonly singleCpuMs: number;
  readonly poolCpuMs: number;
  /** Time per stage in the in-thread phase (decoding is `read`). */
  readonly stageMs: Readonly<Record<string, number>>;
  readonly poolThreads: number;
  /** Time to start the pool's threads and load their dictionaries (not in `poolMs`). */
  readonly poolStartMs: number;
}

/**
 * Warm-up articles per thread. Each thread is an isolate that keeps compiling and optimising the stages for its
 * first two thousand articles or so: one thread measured after 200 warm-up articles still spent 1.0 ms of other
 * threads' CPU (the optimising compiler) per article over the next 500, 0.2–0.3 ms after 1 000 and 0.07 ms
 * after 2 000, against 1.7 ms of its own. One thread hides that compiling on the idle core; the pool's threads
 * cannot, the cores being busy with their articles.
 */
export const WARM = 2000;

export interface ExtractOptions {
  readonly size: number;
  readonly workers: number;
  /** Articles per block; each block is measured three ways, in alternating order. */
  readonly block?: number;
  /** Articles (of another seed) run through every path before measuring, so that none pays for JIT warm-up. Default `WARM`. */
  readonly warm?: number;
  readonly onBlock?: (done: number) => void;
}

/**
 * The first `count` articles of the scale corpus of `size`, processed in this thread and trimmed to what the graph
 * writer reads, for the write measures. Made after the extract measures rather than kept during them, so that the
 * timed phases run with no documents held, as the memory runs' do (they gave 2.46 and 2.43 at 10 000 and 100 000
 * articles where the run holding a thousand documents gave 2.72 at 1 000; two runs since gave 2.60 and 2.50, too
 * few to say how much of the gap this was).
 */
export async function graphDocs(size: number, count: number): Promise<ArticleDoc[]> {
  const decoded: ArticleDoc[] = [];
  for (const article of scaleCorpus(size)) {
    if (decoded.length >= count) break;
    decoded.push(decode(article.text, article.name));
  }
  return (await runInTens(decoded)).filter((result) => result.ok).map((result) => forGraph(result.doc));
}

/** Runs decoded articles through the CPU path in this thread, ten at a time, as a worker thread runs its batches. */
async function runInTens(docs: readonly ArticleDoc[]): Promise<ArticleResult[]> {
  const results: ArticleResult[] = [];
  for (let at = 0; at < docs.length; at += 10) results.push(...(await runArticles(docs.slice(at, at + 10))));
  return results;
}

/** The baseline: nodejieba alone, tagging each sentence as the segment stage does. */
function segmentOnly(texts: readonly string[]): void {
  for (const text of texts) for (const line of text.split(/[。！？；\n]/)) if (line) nodejieba.tag(line);
}

function decode(text: string, source: string): ArticleDoc {
  const read = decodeArticle(source, new TextEncoder().encode(text));
  if (!read.ok) throw new Error(`expected the scale corpus to decode, found ${read.diagnostics.map((d) => d.message).join('; ')}`);
  return read.doc;
}

/**
 * Streams the scale corpus in blocks and times each block three ways: nodejieba alone, the CPU path in this
 * thread, and the CPU path on the worker pool. nodejieba alone and the in-thread path take turns every ten
 * articles; the pool takes the whole block, before the others on odd blocks and after them on even ones. So a
 * change in the machine's load weighs on all three alike and the ratios stay fair on a shared machine. Only
 * one block of texts is held at a time.
 */
export async function measureExtract(options: ExtractOptions): Promise<ExtractMeasure> {
  const blockSize = options.block ?? 100;
  ensureSegmenter();
  const pool = new ArticlePool({ size: options.workers, keep: 'graph' });
  try {
    let started = performance.now();
    await pool.warmUp();
    const poolStartMs = performance.now() - started;

    // Warm every path on articles of another seed, so none pays for loading, compiling or JIT warm-up. Each
    // worker thread is an isolate that compiles and optimises on its own, so every thread of the pool runs
    // every warm-up article, as this thread does.
    const warm = [...scaleCorpus(options.warm ?? WARM, 7)].map((a) => a.text);
    segmentOnly(warm);
    await runInTens(warm.map((text, i) => decode(text, `warm-${i}`)));
    await pool.warmUp(warm.map((text, i) => decode(text, `warm-${i}`)));

    // The in-thread phase times each stage through the same runner. The timer stays synchronous for a
    // synchronous stage, as the runner awaits only a promise.
    const stageMs: Record<string, number> = { read: 0 };
    const timed: Stage[] = STAGES.map((stage) => ({
      ...stage,
      run: (doc, ctx) => {
        const at = performance.now();
        const add = (): void => void (stageMs[stage.name] = (stageMs[stage.name] ?? 0) + performance.now() - at);
        const out = stage.run(doc, ctx);
        if (out instanceof Promise) return out.finally(add);
        add();
        return out;
      },
    }));

    let segmentMs = 0;
    let singleMs = 0;
    let poolMs = 0;
    let singleCpuMs = 0;
    let poolCpuMs = 0;
    let articles = 0;
    let chars = 0;
    let entities = 0;
    let relations = 0;
    let poolRelations = 0;
    const phases = {
      segment: (texts: readonly string[]): void => segmentOnly(texts),
      single: async (texts: readonly string[], names: readonly string[]): Promise<void> => {
        const at = performance.now();
        const decoded = texts.map((text, i) => decode(text, names[i]!));
        stageMs.read! += performance.now() - at;
        for (const result of await runArticles(decoded, { stages: timed })) {
          entities += result.doc.entities?.length ?? 0;
          relations += result.doc.relations?.length ?? 0;
        }
      },
      pool: async (texts: readonly string[], names: readonly string[]): Promise<void> => {
        const pending: Promise<void>[] = [];
        for (const [i, text] of texts.entries()) {
          await pool.ready();
          pending.push(pool.run(decode(text, names[i]!)).then((result) => void (poolRelations += result.doc.relations?.length ?? 0)));
        }
        await Promise.all(pending);
      },
    };

    let block: { name: string; text: string }[] = [];
    let blockIndex = 0;
    const timePhase = async (phase: 'segment' | 'single' | 'pool', texts: readonly string[], names: readonly string[]): Promise<void> => {
      const cpu = process.cpuUsage();
      started = performance.now();
      await phases[phase](texts, names);
      const ms = performance.now() - started;
      const { user, system } = process.cpuUsage(cpu);
      if (phase === 'segment') segmentMs += ms;
      else if (phase === 'single') {
        singleMs += ms;
        singleCpuMs += (user + system) / 1000;
      } else {
        poolMs += ms;
        poolCpuMs += (user + system) / 1000;
      }
    };
    const runBlock = async (): Promise<void> => {
      const texts = block.map((a) => a.text);
      const names = block.map((a) => a.name);
      // The pool runs on the whole block (it needs articles in flight); before it on even blocks, after on odd.
      if (blockIndex % 2 === 1) await timePhase('pool', texts, names);
      // nodejieba alone and the in-thread path take turns every ten articles, so both see the same load.
      for (let at = 0, turn = 0; at < texts.length; at += 10, turn++) {
        const part = texts.slice(at, at + 10);
        const partNames = names.slice(at, at + 10);
        for (const phase of turn % 2 === 0 ? (['segment', 'single'] as const) : (['single', 'segment'] as const)) await timePhase(phase, part, partNames);
      }
      if (blockIndex % 2 === 0) await timePhase('pool', texts, names);
      articles += block.length;
      for (const text of texts) chars += text.length;
      blockIndex++;
      block = [];
      options.onBlock?.(articles);
    };
    for (const article of scaleCorpus(options.size)) {
      block.push(article);
      if (block.length === blockSize) await runBlock();
    }
    if (block.length > 0) await runBlock();
    if (poolRelations !== relations) {
      throw new Error(`expected the worker pool to find the same ${relations} relations as the in-thread run, found ${poolRelations}`);
    }
    return { articles, chars, entities, relations, segmentMs, singleMs, poolMs, singleCpuMs, poolCpuMs, stageMs, poolThreads: pool.size, poolStartMs };
  } finally {
    await pool.close();
  }
}
