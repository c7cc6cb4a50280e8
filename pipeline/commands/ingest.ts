import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Graph } from '../../neo4j/client.ts';
import { listArticleFiles } from '../index.ts';
import { ingest, type FileOutcome, type IngestOptions, type IngestSummary } from '../ingest.ts';
import { ProgressBar, type ProgressStream } from '../progress.ts';
import { snapshotArticles, watchArticles } from '../watch.ts';
import { positiveInt, withGraph, type Out } from './common.ts';

function describe(outcome: FileOutcome): string {
  const problems = outcome.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`);
  switch (outcome.status) {
    case 'ingested':
      return `ingested  ${outcome.file} (${outcome.entities} entities, ${outcome.relations} relations)`;
    case 'unchanged':
      return `unchanged ${outcome.file} (${outcome.reason})`;
    case 'failed':
      return `failed    ${outcome.file}: ${problems.join('; ') || 'see diagnostics'}`;
  }
}

function summaryLine(summary: IngestSummary): string {
  return (
    `files seen ${summary.seen}, ingested ${summary.ingested}, unchanged ${summary.unchanged}, failed ${summary.failed}; ` +
    `entities written ${summary.entitiesWritten}, relations written ${summary.relationsWritten}`
  );
}

/** Adds up the summaries of several ingest runs (one per file of a watch pass); the last stop reason wins. */
function addSummaries(summaries: readonly IngestSummary[]): IngestSummary {
  const sum = (key: 'seen' | 'ingested' | 'unchanged' | 'failed' | 'articlesWritten' | 'entitiesWritten' | 'relationsWritten'): number =>
    summaries.reduce((n, s) => n + s[key], 0);
  const stopped = summaries.filter((s) => s.stoppedEarly).at(-1);
  return {
    seen: sum('seen'),
    ingested: sum('ingested'),
    unchanged: sum('unchanged'),
    failed: sum('failed'),
    articlesWritten: sum('articlesWritten'),
    entitiesWritten: sum('entitiesWritten'),
    relationsWritten: sum('relationsWritten'),
    stoppedEarly: stopped !== undefined,
    ...(stopped?.stopReason ? { stopReason: stopped.stopReason } : {}),
    ...(stopped?.stopMessage ? { stopMessage: stopped.stopMessage } : {}),
    outcomes: summaries.flatMap((s) => s.outcomes),
  };
}

/**
 * Above this many new or changed files, a watch pass ingests the whole folder in one run (the ingester skips
 * unchanged files by their content hash) instead of one run per file.
 */
const FILE_BY_FILE_UP_TO = 50;

export interface IngestCommandIo {
  /** Where the progress bar draws; without one, a line per file is printed. Default: stderr when it is a terminal. */
  readonly progress?: ProgressStream | undefined;
  /** Overrides for the watch loop's timing (tests). */
  readonly watch?: { readonly debounceMs?: number; readonly pollMs?: number };
  /** Stops the command as Ctrl-C would (tests). */
  readonly signal?: AbortSignal;
}

/** `kg ingest <dir>`: see USAGE in `../cli.ts`. */
export async function ingestCommand(
  args: readonly string[],
  out: Out,
  err: Out,
  io: IngestCommandIo = { progress: process.stderr.isTTY ? process.stderr : undefined },
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      report: { type: 'string' },
      concurrency: { type: 'string' },
      workers: { type: 'string' },
      'batch-size': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
    },
  });
  const dir = positionals[0];
  if (!dir) throw new Error('expected a folder of articles: kg ingest <dir>');
  const options: IngestOptions = {
    ...(values.concurrency ? { concurrency: positiveInt(values.concurrency, '--concurrency') } : {}),
    // --workers 1 runs the CPU stages in this thread.
    ...(values.workers ? { workers: positiveInt(values.workers, '--workers') } : {}),
    ...(values['batch-size'] ? { batchSize: positiveInt(values['batch-size'], '--batch-size') } : {}),
  };
  const perFile = !values.quiet && !values.json;
  const controller = new AbortController();
  const onSigint = (): void => {
    err(values.watch ? 'interrupted: finishing the pass in flight, then stopping' : 'interrupted: finishing the batch in flight, then stopping');
    controller.abort();
  };
  process.once('SIGINT', onSigint);
  const onAbort = (): void => controller.abort();
  io.signal?.addEventListener('abort', onAbort, { once: true });

  /**
   * One ingest run over `target` (a folder or one file). On a terminal with `bar`, a progress bar over the files
   * counted first (failures are printed above it); otherwise a line per file that `show` selects.
   */
  const run = async (graph: Graph, target: string, bar: boolean, show: (outcome: FileOutcome) => boolean): Promise<IngestSummary> => {
    let progress: ProgressBar | undefined;
    if (bar && perFile && io.progress) {
      let total = 0;
      for await (const _file of listArticleFiles(target)) total++;
      progress = new ProgressBar({ total, stream: io.progress });
    }
    try {
      return await ingest(graph, target, {
        ...options,
        signal: controller.signal,
        onOutcome: (outcome) => {
          if (progress) {
            progress.tick(outcome.status === 'failed');
            if (outcome.status === 'failed') progress.log(describe(outcome));
          } else if (perFile && show(outcome)) (outcome.status === 'failed' ? err : out)(describe(outcome));
        },
      });
    } finally {
      progress?.finish();
    }
  };

  try {
    return await withGraph(err, async (graph) => {
      const since = values.watch ? await snapshotArticles(dir) : undefined;
      const first = await run(graph, dir, true, () => true);
      if (values.report) await writeFile(values.report, `${JSON.stringify(first.outcomes, null, 2)}\n`);
      const { outcomes: _o, ...counts } = first;
      out(values.json ? JSON.stringify(counts) : summaryLine(first));
      if (first.stopMessage && !values.json) err(first.stopMessage);
      // Interrupted: the batch in flight was written; 130 tells a script the run did not finish (128 + SIGINT).
      if (first.stopReason === 'interrupted') return 130;
      if (!values.watch || !since || controller.signal.aborted) return first.failed > 0 ? 1 : 0;

      let failed = first.failed;
      let pass = 1;
      err(`watching ${dir} for new or changed files (Ctrl-C to stop)`);
      await watchArticles(dir, {
        signal: controller.signal,
        since,
        ...(io.watch?.debounceMs !== undefined ? { debounceMs: io.watch.debounceMs } : {}),
        ...(io.watch?.pollMs !== undefined ? { pollMs: io.watch.pollMs } : {}),
        onFallback: (reason) => err(reason),
        onChanges: async (files) => {
          pass++;
          const began = performance.now();
          const wanted = new Set(files);
          let summary: IngestSummary;
          try {
            if (files.length > FILE_BY_FILE_UP_TO) {
              const whole = await run(graph, dir, true, (o) => wanted.has(o.file) || o.status === 'failed');
              // Only the files that changed count as this pass's work; the others were read and found unchanged.
              const outcomes = whole.outcomes.filter((o) => wanted.has(o.file) || o.status === 'failed');
              summary = { ...whole, ...countOutcomes(outcomes), outcomes };
            } else {
              const runs: IngestSummary[] = [];
              for (const file of files) {
                if (controller.signal.aborted) break;
                const one = await run(graph, file, false, () => true);
                runs.push(one);
                // Neo4j is gone even after the retries: leave the rest for the next look rather than wait again per file.
                if (one.stopReason === 'database') break;
              }
              summary = addSummaries(runs);
            }
          } catch (error) {
            // A lost connection must not end the watch: report it; the files are taken again when they next change.
            err(`pass ${pass}: ${files.length} new or changed files not ingested, trying again at the next look: ${(error as Error).message}`);
            return files;
          }
          // Files not taken, or taken but not written, are looked at again; files that fail on their content are not.
          const settled = new Set(summary.outcomes.filter((o) => !o.diagnostics.some((d) => d.code === 'KG100')).map((o) => o.file));
          const retry = files.filter((file) => !settled.has(file));
          failed += summary.failed;
          if (summary.stopMessage && !values.json) err(summary.stopMessage);
          const seconds = ((performance.now() - began) / 1000).toFixed(1);
          const { outcomes: _po, ...passCounts } = summary;
          out(
            values.json
              ? JSON.stringify({ pass, ...passCounts })
              : `pass ${pass} at ${new Date().toLocaleTimeString('en-GB')}: ${files.length} new or changed files in ${seconds} s; ${summaryLine(summary)}` +
                  (retry.length > 0 && !controller.signal.aborted ? `; ${retry.length} to try again` : ''),
          );
          return retry;
        },
      });
      return failed > 0 ? 1 : 0;
    });
  } finally {
    process.removeListener('SIGINT', onSigint);
    io.signal?.removeEventListener('abort', onAbort);
  }
}

/** The status counts of some outcomes. */
function countOutcomes(outcomes: readonly FileOutcome[]): Pick<IngestSummary, 'seen' | 'ingested' | 'unchanged' | 'failed'> {
  const count = (status: FileOutcome['status']): number => outcomes.filter((o) => o.status === status).length;
  return { seen: outcomes.length, ingested: count('ingested'), unchanged: count('unchanged'), failed: count('failed') };
}
