import PQueue from 'p-queue';
import { cypher, ensureSchema, read, type Graph } from '../neo4j/client.ts';
import type { Diagnostic } from '../schemas/diagnostic.ts';
import { diagnostic } from './diagnostics.ts';
import { listArticleFiles, runArticle } from './index.ts';
import { readArticleFile, type ReadOptions } from './stages/read.ts';
import { GraphWriter } from './stages/upsert.ts';

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
  readonly entitiesWritten: number;
  readonly relationsWritten: number;
  readonly outcomes: readonly FileOutcome[];
}

export interface IngestOptions extends ReadOptions {
  /** Articles processed at once. Default 4. */
  readonly concurrency?: number;
  /** Entities plus relations per write transaction. Default 2000. */
  readonly batchSize?: number;
  readonly signal?: AbortSignal;
  /** Called after every file. */
  readonly onOutcome?: (outcome: FileOutcome) => void;
}

/**
 * Ingests every article under `path` into the graph. Files already ingested with the same content are
 * skipped before any CPU stage; a broken file fails alone, with a diagnostic naming it.
 */
export async function ingest(graph: Graph, path: string, options: IngestOptions = {}): Promise<IngestSummary> {
  await ensureSchema(graph);
  const known = new Set((await read<{ id: string }>(graph, cypher('queries/write/complete-article-ids.cypher'))).map((r) => r.id));
  const writer = new GraphWriter(graph, options.batchSize ? { batchSize: options.batchSize } : {});
  const concurrency = options.concurrency ?? 4;
  const queue = new PQueue({ concurrency });
  const outcomes: FileOutcome[] = [];
  const inRun = new Map<string, string>();
  const record = (outcome: FileOutcome): void => {
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  };
  let writeError: Error | undefined;

  const handle = async (file: string): Promise<void> => {
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
    const result = await runArticle(doc, options.signal ? { signal: options.signal } : {});
    const diagnostics = [...readResult.diagnostics, ...result.diagnostics];
    if (!result.ok) {
      record({ file, status: 'failed', articleId: doc.articleId, diagnostics });
      return;
    }
    try {
      await writer.add(result.doc);
    } catch (error) {
      writeError ??= error as Error;
      record({ file, status: 'failed', articleId: doc.articleId, diagnostics: [...diagnostics, diagnostic('KG100', 'upsert', `${file}: ${(error as Error).message}`, { file })] });
      return;
    }
    record({ file, status: 'ingested', articleId: doc.articleId, entities: result.doc.entities?.length ?? 0, relations: result.doc.relations?.length ?? 0, diagnostics });
  };

  for await (const file of listArticleFiles(path)) {
    if (options.signal?.aborted || writeError) break;
    // Backpressure: never hold more than a few files' work in memory.
    await queue.onSizeLessThan(concurrency * 2);
    queue.add(() => handle(file)).catch((error: unknown) => {
      record({ file, status: 'failed', diagnostics: [diagnostic('KG090', 'ingest', `${file}: ${(error as Error).message}`, { file })] });
    });
  }
  await queue.onIdle();
  try {
    await writer.flush();
  } catch (error) {
    writeError ??= error as Error;
  }
  if (writeError) {
    // Articles whose batch did not commit are not ingested: report them as failed, so the summary adds up.
    const committed = new Set((await read<{ id: string }>(graph, cypher('queries/write/complete-article-ids.cypher')).catch(() => [])).map((r) => r.id));
    for (let i = 0; i < outcomes.length; i++) {
      const outcome = outcomes[i]!;
      if (outcome.status === 'ingested' && outcome.articleId && !committed.has(outcome.articleId)) {
        outcomes[i] = { ...outcome, status: 'failed', diagnostics: [...outcome.diagnostics, diagnostic('KG100', 'upsert', `${outcome.file}: not written: ${writeError.message}`, { file: outcome.file })] };
      }
    }
  }
  const count = (status: FileOutcome['status']): number => outcomes.filter((o) => o.status === status).length;
  return {
    seen: outcomes.length,
    ingested: count('ingested'),
    unchanged: count('unchanged'),
    failed: count('failed'),
    entitiesWritten: writer.written.entities,
    relationsWritten: writer.written.relations,
    outcomes,
  };
}
