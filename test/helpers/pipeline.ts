import { decodeArticle } from '../../pipeline/stages/read.ts';
import { runArticle, toExtracted } from '../../pipeline/index.ts';
import { compiledRules } from '../../pipeline/rules/index.ts';
import { MASK } from '../../pipeline/rules/engine.ts';
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

/** The rules' example sentences with their mentions masked, one private-use character each, as the rules read them. */
export async function maskedExamples(): Promise<string[]> {
  const out: string[] = [];
  for (const rule of compiledRules()) {
    for (const example of rule.examples) {
      const read = decodeArticle('example.txt', new TextEncoder().encode(example.text));
      if (!read.ok) continue;
      const { doc } = await runArticle(read.doc);
      const text = doc.working?.text ?? '';
      for (const sentence of doc.sentences ?? []) {
        const counts = { org: 0, person: 0, place: 0 };
        let masked = '';
        let cursor = sentence.textStart;
        for (const m of (doc.mentions ?? []).filter((x) => x.sentenceIndex === sentence.index)) {
          const kind = m.type === 'Organization' ? 'org' : m.type === 'Person' ? 'person' : 'place';
          masked += text.slice(cursor, m.textStart) + String.fromCharCode(MASK[kind] + counts[kind]++);
          cursor = m.textEnd;
        }
        out.push(masked + text.slice(cursor, sentence.textEnd));
      }
    }
  }
  return out;
}
