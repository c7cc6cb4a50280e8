import PQueue from 'p-queue';
import { cypher, ensureSchema, read, write, type Graph, type RetryOptions } from '../neo4j/client.ts';
import type { Diagnostic } from '../schemas/diagnostic.ts';
import { diagnostic } from './diagnostics.ts';
import { listArticleFiles } from './index.ts';
import { readArticleFile, type ReadOptions } from './stages/read.ts';
import { extractorVersion } from './version.ts';
import { GraphWriter } from './stages/upsert.ts';
import { ArticlePool } from './workers.ts';

/** What happened to one file. Every file ends in exactly one of these. */
export interface FileOutcome {
  readonly file: string;
  readonly status: 'ingested' | 'unchanged' | 'failed';
  readonly articleId?: string;
  /** For `unchanged`: already in the graph, or the same text as another file of this run. */
  readonly reason?: string;
  readonly entities?: number;
  readonly relations?: number;
  readonly diagnostics: readonly Diagnostic[];
}

export interface IngestSummary {
  readonly seen: number;
  readonly ingested: number;
  readonly unchanged: number;
  readonly failed: number;
  /** Committed in this run: articles, and the entity and relation rows of their batches. */
  readonly articlesWritten: number;
  readonly entitiesWritten: number;
  readonly relationsWritten: number;
  /** True when the run did not go through the whole folder; see `stopReason`. */
  readonly stoppedEarly: boolean;
  /** `interrupted`: the signal fired. `database`: a batch could not be written, even after its retries. */
  readonly stopReason?: 'interrupted' | 'database';
  /** For a run that stopped early: what was written, and that running the same ingest again finishes the job. */
  readonly stopMessage?: string;
  readonly outcomes: readonly FileOutcome[];
}

export interface IngestOptions extends ReadOptions {
  /** Articles processed at once. Default: enough to keep every worker thread busy (10 with two), at least 4. */
  readonly concurrency?: number;
  /** Worker threads for the CPU stages. Default: one per core; 0 or 1 runs them in this thread. */
  readonly workers?: number;
  /** Entities plus relations per write transaction. Default 2000. */
  readonly batchSize?: number;
  /**
   * Stops the run cleanly: no new file is taken, the articles in hand are processed and written (without
   * waiting for an unreachable server), and the summary says so.
   */
  readonly signal?: AbortSignal;
  /** How a batch is retried while Neo4j is unreachable or busy. Default: 5 attempts, about 30 s in all. */
  readonly retry?: Omit<RetryOptions, 'signal'>;
  /** Called once per file, when its fate is known: `ingested` only after its batch has committed. */
  readonly onOutcome?: (outcome: FileOutcome) => void;
}

/**
 * Ingests every article under `path` into the graph. Files already ingested with the same content are
 * skipped before any CPU stage; a broken file fails alone, with a diagnostic naming it.
 *
 * If Neo4j goes away mid-run, each batch is retried (see `retry`); when a batch still fails, the run stops
 * taking files, reports every file it took and did not write as `failed` with a KG100 diagnostic, and returns
 * with `stoppedEarly`. Nothing is half-written: a batch is one transaction and marks its articles complete
 * last, so running the same ingest again writes exactly what is missing.
 */
export async function ingest(graph: Graph, path: string, options: IngestOptions = {}): Promise<IngestSummary> {
  await ensureSchema(graph);
  await write(graph, (tx) => tx.run(cypher('queries/migrate/link-source-files.cypher')), options.retry ?? {});
  const known = new Set((await read<{ id: string }>(graph, cypher('queries/write/complete-article-ids.cypher'), { extractor: extractorVersion() })).map((r) => r.id));
  const outcomes: FileOutcome[] = [];
  const record = (outcome: FileOutcome): void => {
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  };
  // Outcomes of the articles handed to the writer, until their batch commits.
  const waiting = new Map<string, FileOutcome>();
  const writer = new GraphWriter(graph, {
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    onCommitted: (docs) => {
      for (const doc of docs) {
        const outcome = waiting.get(doc.articleId);
        waiting.delete(doc.articleId);
        if (outcome) record(outcome);
      }
    },
  });
  const notWritten = (file: string, articleId: string | undefined, diagnostics: readonly Diagnostic[]): FileOutcome => ({
    file,
    status: 'failed',
    ...(articleId ? { articleId } : {}),
    diagnostics: [...diagnostics, diagnostic('KG100', 'upsert', `${file}: not written: ${writer.failure?.message}; running the same ingest again will write it`, { file })],
  });
  // Threads start when the first article needs the CPU stages, so a run over unchanged files starts none.
  const pool = new ArticlePool({ keep: 'graph', ...(options.workers !== undefined ? { size: options.workers } : {}) });
  // Enough articles in flight that no worker thread waits for its next one while this thread reads or writes.
  const concurrency = options.concurrency ?? Math.max(4, pool.busyWith);
  const queue = new PQueue({ concurrency });
  const inRun = new Map<string, string>();

  const handle = async (file: string): Promise<void> => {
    if (writer.failure) {
      record(notWritten(file, undefined, []));
      return;
    }
    const readResult = await readArticleFile(file, options);
    if (!readResult.ok) {
      record({ file, status: 'failed', diagnostics: readResult.diagnostics });
      return;
    }
    const { doc } = readResult;
    const twin = inRun.get(doc.articleId);
    if (twin) {
      record({ file, status: 'unchanged', articleId: doc.articleId, reason: `same text as ${twin}`, diagnostics: readResult.diagnostics });
      return;
    }
    inRun.set(doc.articleId, file);
    if (known.has(doc.articleId)) {
      record({ file, status: 'unchanged', articleId: doc.articleId, reason: 'already in the graph', diagnostics: readResult.diagnostics });
      return;
    }
    // No signal here: an interrupted run finishes the articles in hand rather than throwing the work away.
    const result = await pool.run(doc);
    const diagnostics = [...readResult.diagnostics, ...result.diagnostics];
    if (!result.ok) {
      record({ file, status: 'failed', articleId: doc.articleId, diagnostics });
      return;
    }
    if (writer.failure) {
      record(notWritten(file, doc.articleId, diagnostics));
      return;
    }
    waiting.set(doc.articleId, { file, status: 'ingested', articleId: doc.articleId, entities: result.doc.entities?.length ?? 0, relations: result.doc.relations?.length ?? 0, diagnostics });
    // A batch that fails for good is reported below, with every article still waiting.
    await writer.add(result.doc).catch(() => undefined);
  };

  // Interrupted: files queued but not started are not taken.
  const onAbort = (): void => queue.clear();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for await (const file of listArticleFiles(path)) {
      if (options.signal?.aborted || writer.failure) break;
      // Backpressure: never hold more than a few files' work in memory.
      await queue.onSizeLessThan(concurrency * 2);
      if (options.signal?.aborted || writer.failure) break;
      queue.add(() => handle(file)).catch((error: unknown) => {
        record({ file, status: 'failed', diagnostics: [diagnostic('KG090', 'ingest', `${file}: ${(error as Error).message}`, { file })] });
      });
    }
    await queue.onIdle();
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await pool.close();
  }
  await writer.flush().catch(() => undefined);
  for (const outcome of waiting.values()) {
    record(notWritten(outcome.file, outcome.articleId, outcome.diagnostics));
  }
  waiting.clear();

  const count = (status: FileOutcome['status']): number => outcomes.filter((o) => o.status === status).length;
  const stopReason = writer.failure ? 'database' : options.signal?.aborted ? 'interrupted' : undefined;
  const written = `${writer.written.articles} articles (${writer.written.entities} entities, ${writer.written.relations} relations) were written`;
  const stopMessage =
    stopReason === 'database'
      ? `stopped: ${writer.failure!.message}. ${written}; ${count('failed')} files failed or were not written. Run the same ingest again to finish: written articles are skipped.`
      : stopReason === 'interrupted'
        ? `interrupted: ${written}; files not yet taken were left alone. Run the same ingest again to finish: written articles are skipped.`
        : undefined;
  return {
    seen: outcomes.length,
    ingested: count('ingested'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    articlesWritten: writer.written.articles,
    entitiesWritten: writer.written.entities,
    relationsWritten: writer.written.relations,
    stoppedEarly: stopReason !== undefined,
    ...(stopReason ? { stopReason, stopMessage: stopMessage! } : {}),
    outcomes,
  };
}
