/**
 * `npm run bench -- [--size N] [--json] [--workers N] [--no-db] [--wipe] [--memory-sizes N,N] [--warm N]
 *   [--upsert-size N] [--per-row N] [--reingest-size N]`
 *
 * Measures, in one run, on a deterministic scale corpus streamed from FinRE sentences (`corpus.ts`):
 * - extract: the whole CPU path in one thread, and its time over nodejieba alone tagging the same texts;
 * - workers: the same path on the worker pool, and its speedup over one thread;
 * - upsert: the real writer (`GraphWriter`) over whole articles; and the same relations with their entities,
 *   written with the writer's statements in batches and one transaction per relation (same rows, same statements);
 * - reingest: a second `ingest()` of an unchanged folder over the first;
 * - memory: peak RSS of this run, and of separate child runs at `--memory-sizes`, one process per size.
 *
 * Writes go to the local instance `bench` (Bolt 17841), started on a new store if it is not running, or to
 * `NEO4J_URI` with `--wipe`: every write measure empties the database first.
 */
import { execFile } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { graphDocs, measureExtract, WARM } from './extract.ts';
import { measureParallelism } from './machine.ts';
import { measureReingest, measureUpsert, openBenchGraph } from './graph.ts';

const HERE = fileURLToPath(import.meta.url);

function positive(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`expected ${flag} to be a positive integer, found "${text}"`);
  return value;
}

const perSec = (count: number, ms: number): number => (ms > 0 ? Math.round((count / ms) * 1000) : 0);
const ratio = (a: number, b: number): number => (b > 0 ? Number((a / b).toFixed(2)) : 0);
const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

interface MemoryRun {
  readonly size: number;
  readonly peakRssMb: number;
  readonly wallMs: number;
  readonly articlesPerSec: number;
  readonly ratioToSegmentOnly: number;
  readonly workersSpeedup: number;
}

/** Runs this benchmark at `size` in a child process without the database, for a clean peak RSS per size. */
async function memoryRun(size: number, workers: number, warm: number): Promise<MemoryRun> {
  const args = [...process.execArgv, HERE, '--size', String(size), '--workers', String(workers), '--warm', String(warm), '--json', '--no-db', '--memory-sizes', ''];
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  const report = JSON.parse(stdout) as Report;
  return {
    size,
    peakRssMb: report.memory.peakRssMb,
    wallMs: report.wallMs,
    articlesPerSec: report.extract.articlesPerSec,
    ratioToSegmentOnly: report.extract.ratioToSegmentOnly,
    workersSpeedup: report.workers.speedup,
  };
}

interface Report {
  size: number;
  chars: number;
  entities: number;
  relations: number;
  wallMs: number;
  /** `parallelism`: threads' worth of CPU this process got (spinning threads against one), before and after the extract measures. */
  machine: { cores: number; loadAverageBefore: number; loadAverageAfter: number; parallelismBefore: number; parallelismAfter: number };
  extract: { articlesPerSec: number; charsPerSec: number; ratioToSegmentOnly: number; ms: number; segmentOnlyMs: number; stageMs: Record<string, number> };
  /**
   * `cpuOverOneThread`: CPU time of the pool phase over the in-thread phase's (the cost of running in parallel);
   * `coresUsed`: CPU time of the pool phase over its wall time (what the machine gave). speedup ≈ coresUsed / cpuOverOneThread.
   */
  workers: { threads: number; articlesPerSec: number; speedup: number; ms: number; startMs: number; cpuOverOneThread: number; coresUsed: number };
  upsert: {
    /** 1 when the writes went to the local instance on a new store, 0 when to a store that was there before. */
    newStore: number;
    articles: number;
    entities: number;
    relations: number;
    /** The real writer over whole documents: relations per second of everything an ingest writes. */
    relationsPerSec: number;
    ms: number;
    /** Same rows and statements both ways: the relations and the entities they join, 2 000 relations per transaction or one. */
    batchedRelationsPerSec: number;
    perRowRelations: number;
    perRowRelationsPerSec: number;
    batchedOverPerRow: number;
    /** Untimed rounds of both write measures before the timed ones, until the batched rate settled (at most 8). */
    warmRounds: number;
  } | null;
  reingest: { articles: number; firstMs: number; secondMs: number; ratioToFirst: number } | null;
  memory: { peakRssMb: number; runs: MemoryRun[]; largestOverSmallest: number | null };
}

async function main(): Promise<void> {
  const began = performance.now();
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '1000' },
      json: { type: 'boolean', default: false },
      workers: { type: 'string' },
      'no-db': { type: 'boolean', default: false },
      wipe: { type: 'boolean', default: false },
      'memory-sizes': { type: 'string', default: '' },
      'upsert-size': { type: 'string', default: '2000' },
      'per-row': { type: 'string', default: '2000' },
      'reingest-size': { type: 'string', default: '1000' },
      warm: { type: 'string', default: String(WARM) },
    },
  });
  const size = positive(values.size, '--size');
  const loadAverageBefore = loadavg()[0]!;
  const workers = values.workers === undefined ? availableParallelism() : positive(values.workers, '--workers');
  const memorySizes = values['memory-sizes'] ? values['memory-sizes'].split(',').map((s) => positive(s.trim(), '--memory-sizes')) : [];
  const log = (line: string): void => void (values.json ? undefined : console.error(line));

  // Checked first: a refusal to write should come before minutes of extraction.
  const db = values['no-db'] ? undefined : await openBenchGraph({ wipe: values.wipe, log });
  try {
    const parallelismBefore = await measureParallelism(workers);
    const extract = await measureExtract({
      size,
      workers,
      warm: positive(values.warm, '--warm'),
      onBlock: (done) => {
        if (!values.json && process.stderr.isTTY) process.stderr.write(`\rextract ${done}/${size}`);
      },
    });
    if (!values.json && process.stderr.isTTY) process.stderr.write('\n');
    const parallelismAfter = await measureParallelism(workers);
    const upsert = db
      ? await measureUpsert(db.graph, await graphDocs(size, Math.min(size, positive(values['upsert-size'], '--upsert-size'))), positive(values['per-row'], '--per-row'))
      : undefined;
    const reingest = db ? await measureReingest(db.graph, Math.min(size, positive(values['reingest-size'], '--reingest-size')), workers) : undefined;
    const report: Report = {
      size,
      chars: extract.chars,
      entities: extract.entities,
      relations: extract.relations,
      wallMs: 0,
      machine: {
        cores: availableParallelism(),
        loadAverageBefore: Number(loadAverageBefore.toFixed(1)),
        loadAverageAfter: Number(loadavg()[0]!.toFixed(1)),
        parallelismBefore,
        parallelismAfter,
      },
      extract: {
        articlesPerSec: perSec(extract.articles, extract.singleMs),
        charsPerSec: perSec(extract.chars, extract.singleMs),
        ratioToSegmentOnly: ratio(extract.singleMs, extract.segmentMs),
        ms: Math.round(extract.singleMs),
        segmentOnlyMs: Math.round(extract.segmentMs),
        stageMs: Object.fromEntries(Object.entries(extract.stageMs).map(([stage, ms]) => [stage, Math.round(ms)])),
      },
      workers: {
        threads: extract.poolThreads,
        articlesPerSec: perSec(extract.articles, extract.poolMs),
        speedup: ratio(extract.singleMs, extract.poolMs),
        ms: Math.round(extract.poolMs),
        startMs: Math.round(extract.poolStartMs),
        cpuOverOneThread: ratio(extract.poolCpuMs, extract.singleCpuMs),
        coresUsed: ratio(extract.poolCpuMs, extract.poolMs),
      },
      upsert: upsert
        ? {
            newStore: db?.newStore ? 1 : 0,
            articles: upsert.articles,
            entities: upsert.entities,
            relations: upsert.relations,
            relationsPerSec: perSec(upsert.relations, upsert.fullMs),
            ms: Math.round(upsert.fullMs),
            batchedRelationsPerSec: perSec(upsert.batchedRelations, upsert.batchedMs),
            perRowRelations: upsert.perRowRelations,
            perRowRelationsPerSec: perSec(upsert.perRowRelations, upsert.perRowMs),
            batchedOverPerRow: ratio(upsert.batchedRelations / upsert.batchedMs, upsert.perRowRelations / upsert.perRowMs),
            warmRounds: upsert.warmRounds,
          }
        : null,
      reingest: reingest ? { articles: reingest.articles, firstMs: Math.round(reingest.firstMs), secondMs: Math.round(reingest.secondMs), ratioToFirst: Number((reingest.secondMs / reingest.firstMs).toFixed(3)) } : null,
      memory: { peakRssMb: peakRssMb(), runs: [], largestOverSmallest: null },
    };
    await db?.close();
    for (const memorySize of memorySizes) {
      log(`memory run at ${memorySize} articles…`);
      report.memory.runs.push(await memoryRun(memorySize, workers, positive(values.warm, '--warm')));
    }
    const runs = report.memory.runs;
    if (runs.length >= 2) {
      const sorted = [...runs].sort((a, b) => a.size - b.size);
      report.memory.largestOverSmallest = ratio(sorted.at(-1)!.peakRssMb, sorted[0]!.peakRssMb);
    }
    report.wallMs = Math.round(performance.now() - began);
    console.log(values.json ? JSON.stringify(report) : table(report));
  } finally {
    await db?.close().catch(() => undefined);
  }
}

function table(r: Report): string {
  const rows: [string, string, string][] = [
    ['corpus', `${r.size} articles, ${r.chars} characters`, `${r.entities} entities, ${r.relations} relations`],
    ['extract, one thread', `${r.extract.articlesPerSec} articles/s, ${r.extract.charsPerSec} chars/s`, `${r.extract.ratioToSegmentOnly}× nodejieba alone (${r.extract.ms} ms vs ${r.extract.segmentOnlyMs} ms)`],
    ['  by stage', Object.entries(r.extract.stageMs).map(([stage, ms]) => `${stage} ${ms}`).join(', '), 'ms'],
    ['extract, worker pool', `${r.workers.articlesPerSec} articles/s on ${r.workers.threads || 1} threads`, `${r.workers.speedup}× one thread: used ${r.workers.coresUsed} cores, CPU time ${r.workers.cpuOverOneThread}× one thread's; start ${r.workers.startMs} ms`],
    ['  machine', `${r.machine.cores} cores; spinning threads got ${r.machine.parallelismBefore}× one thread's CPU before, ${r.machine.parallelismAfter}× after`, `load average ${r.machine.loadAverageBefore} before, ${r.machine.loadAverageAfter} after`],
  ];
  if (r.upsert) {
    rows.push(['upsert, whole articles', `${r.upsert.relationsPerSec} relations/s`, `${r.upsert.articles} articles, ${r.upsert.entities} entities, ${r.upsert.relations} relations in ${r.upsert.ms} ms, ${r.upsert.newStore ? 'on a new store' : 'on a store that was there before'}`]);
    rows.push(['upsert, relations batched', `${r.upsert.batchedRelationsPerSec} relations/s`, `the relations and the entities they join, 2000 per transaction, after ${r.upsert.warmRounds} untimed rounds`]);
    rows.push(['upsert, one tx per relation', `${r.upsert.perRowRelationsPerSec} relations/s`, `${r.upsert.perRowRelations} of the same relations; batched is ${r.upsert.batchedOverPerRow}× faster`]);
  }
  if (r.reingest) rows.push(['reingest, unchanged', `${r.reingest.ratioToFirst}× the first ingest`, `${r.reingest.articles} files: ${r.reingest.firstMs} ms, then ${r.reingest.secondMs} ms`]);
  rows.push(['peak RSS, this run', `${r.memory.peakRssMb} MB`, '']);
  for (const run of r.memory.runs) rows.push([`peak RSS, ${run.size} articles`, `${run.peakRssMb} MB`, `${run.articlesPerSec} articles/s, ${run.ratioToSegmentOnly}× nodejieba, pool ${run.workersSpeedup}×, ${(run.wallMs / 1000).toFixed(0)} s`]);
  if (r.memory.largestOverSmallest !== null) rows.push(['peak RSS, largest over smallest', `${r.memory.largestOverSmallest}×`, '']);
  rows.push(['wall time', `${(r.wallMs / 1000).toFixed(1)} s`, '']);
  const widths = [0, 1].map((i) => Math.max(...rows.map((row) => width(row[i]!))));
  return rows.map((row) => `${pad(row[0], widths[0]!)}  ${pad(row[1], widths[1]!)}  ${row[2]}`.trimEnd()).join('\n');
}

/** Display width: CJK characters take two columns. */
function width(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return n;
}

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exitCode = 1;
});
