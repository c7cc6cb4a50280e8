import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic, ExtractedArticle } from '../schemas/index.ts';
import { diagnostic } from './diagnostics.ts';
import type { ArticleDoc, DocPart, Stage, StageContext } from './doc.ts';
import { cleanStage } from './stages/clean.ts';
import { convertStage } from './stages/convert.ts';
import { extractStage } from './stages/extract.ts';
import { readArticleFile, type ReadOptions } from './stages/read.ts';
import { resolveStage } from './stages/resolve.ts';
import { segmentStage } from './stages/segment.ts';
import { validateStage } from './stages/validate.ts';

/** The CPU stages, in order. `read` comes before them and `upsert` after; both do I/O. */
export const STAGES: readonly Stage[] = [cleanStage, convertStage, segmentStage, extractStage, resolveStage, validateStage];

/**
 * Checks that every stage's requirements are provided by an earlier stage; throws at build time, naming
 * the stage and the missing part.
 */
export function checkStages(stages: readonly Stage[]): void {
  const provided = new Set<DocPart>();
  for (const stage of stages) {
    const missing = stage.requires.filter((part) => !provided.has(part));
    if (missing.length > 0) {
      throw new Error(`stage ${stage.name} requires ${missing.join(', ')}, which no earlier stage provides`);
    }
    for (const part of stage.provides) provided.add(part);
  }
}

checkStages(STAGES);

export interface ArticleResult {
  readonly doc: ArticleDoc;
  readonly diagnostics: readonly Diagnostic[];
  /** False when a stage failed; the article is set aside with a KG090 diagnostic. */
  readonly ok: boolean;
}

/** Runs the CPU stages over one decoded article. A stage that throws is a bug; it fails this article only. */
export async function runArticle(doc: ArticleDoc, options: { signal?: AbortSignal; stages?: readonly Stage[] } = {}): Promise<ArticleResult> {
  const [result] = await runArticles([doc], { ...(options.stages ? { stages: options.stages } : {}), ...(options.signal ? { signals: [options.signal] } : {}) });
  return result!;
}

/**
 * Runs the CPU stages over a batch of decoded articles, stage by stage: every article through one stage, then
 * every article through the next. Each stage's code and data (the segmenter's dictionary above all) then stay
 * in the processor's caches across the batch instead of being evicted by the other stages between articles:
 * on the scale corpus, batches of 10 took 8–12% less time than the same articles one by one (see the
 * benchmark). The results are those of `runArticle` on each article alone, in order. A stage that throws, or
 * an article whose signal (`signals[i]`) has aborted, fails that article only; the others go on.
 */
export async function runArticles(docs: readonly ArticleDoc[], options: { signals?: readonly (AbortSignal | undefined)[]; stages?: readonly Stage[] } = {}): Promise<ArticleResult[]> {
  const current = [...docs];
  const diagnostics = docs.map((): Diagnostic[] => []);
  const ok = docs.map(() => true);
  const contexts = docs.map(
    (doc, i): StageContext => ({
      articleId: doc.articleId,
      source: doc.source,
      ...(options.signals?.[i] ? { signal: options.signals[i] } : {}),
      report: (d) => diagnostics[i]!.push(d),
    }),
  );
  for (const stage of options.stages ?? STAGES) {
    for (let i = 0; i < current.length; i++) {
      if (!ok[i]) continue;
      const doc = current[i]!;
      try {
        options.signals?.[i]?.throwIfAborted();
        const output = stage.run(doc, contexts[i]!);
        // Most stages are synchronous; awaiting only a promise spares them a turn of the microtask queue. A new
        // document per stage by spreading measured ten times cheaper than assigning into one copy per article.
        current[i] = { ...doc, ...(output instanceof Promise ? await output : output) };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        diagnostics[i]!.push(diagnostic('KG090', stage.name, `${doc.source}: stage ${stage.name} failed: ${message}`, { file: doc.source }));
        ok[i] = false;
      }
    }
  }
  return current.map((doc, i) => ({ doc, diagnostics: diagnostics[i]!, ok: ok[i]! }));
}

/** The `kg extract` output for one processed article. */
export function toExtracted(result: ArticleResult): ExtractedArticle {
  const { doc } = result;
  return {
    articleId: doc.articleId,
    source: doc.source,
    title: doc.meta?.title ?? doc.header?.title ?? null,
    publishedAt: doc.meta?.publishedAt ?? null,
    publishedAtSource: doc.meta?.publishedAtSource ?? 'unknown',
    script: doc.working?.script ?? 'simplified',
    entities: (doc.entities ?? []).map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentionCount: e.mentions.length })),
    relations: [...(doc.relations ?? [])],
    diagnostics: [...result.diagnostics],
  };
}

/** Reads a file and runs the stages; read failures come back as diagnostics with `ok: false`. */
export async function processFile(path: string, options: ReadOptions & { signal?: AbortSignal } = {}): Promise<ArticleResult | { ok: false; doc?: undefined; diagnostics: readonly Diagnostic[] }> {
  const read = await readArticleFile(path, options);
  if (!read.ok) return { ok: false, diagnostics: read.diagnostics };
  const result = await runArticle(read.doc, options);
  return { ...result, diagnostics: [...read.diagnostics, ...result.diagnostics] };
}

/** File names the ingester takes as articles. */
export const ARTICLE_EXTENSIONS = /\.(?:txt|md|markdown|html?|text)$/i;

/** Lists article files under a file or folder, depth first, sorted, skipping dot-files. */
export async function* listArticleFiles(path: string): AsyncGenerator<string> {
  const info = await stat(path);
  if (info.isFile()) {
    yield path;
    return;
  }
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(path, entry.name);
    if (entry.isDirectory()) yield* listArticleFiles(full);
    else if (entry.isFile() && ARTICLE_EXTENSIONS.test(entry.name)) yield full;
  }
}
