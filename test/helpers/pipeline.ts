import { decodeArticle } from '../../pipeline/stages/read.ts';
import { runArticle, toExtracted } from '../../pipeline/index.ts';
import type { ExtractedArticle } from '../../schemas/index.ts';

/** Runs the CPU stages over a text held in memory, as `kg extract` would over a file. */
export async function extractText(text: string, source = 'test.txt'): Promise<ExtractedArticle> {
  const read = decodeArticle(source, new TextEncoder().encode(text));
  if (!read.ok) throw new Error(read.diagnostics.map((d) => d.message).join('; '));
  return toExtracted(await runArticle(read.doc));
}

/** Relations as `TYPE subject → object` lines with entity names, for readable assertions. */
export function relationLines(article: ExtractedArticle): string[] {
  const names = new Map(article.entities.map((e) => [e.id, e]));
  return article.relations.map((r) => `${r.type} ${names.get(r.subject)?.name ?? r.subject} → ${names.get(r.object)?.name ?? r.object}`);
}

/** All names (canonical and aliases) of the entity with this id. */
export function namesOf(article: ExtractedArticle, id: string): string[] {
  const entity = article.entities.find((e) => e.id === id);
  return entity ? [entity.name, ...entity.aliases] : [];
}
