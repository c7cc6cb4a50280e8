import { parseArgs } from 'node:util';
import { table } from '../format.ts';
import { listArticleFiles, processFile, toExtracted } from '../index.ts';
import type { Out } from './common.ts';

/** `kg extract <file|dir>`: runs the CPU stages without the graph and prints what they found. */
export async function extractCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { format: { type: 'string', default: 'jsonl' } } });
  const target = positionals[0];
  if (!target) throw new Error('expected a file or folder: kg extract <file|dir>');
  if (values.format !== 'jsonl' && values.format !== 'table') throw new Error(`expected --format jsonl or table, found "${values.format}"`);
  let failed = 0;
  for await (const file of listArticleFiles(target)) {
    const result = await processFile(file);
    if (!result.doc || !result.ok) {
      failed++;
      for (const d of result.diagnostics) err(`${d.code} ${d.message}`);
      if (values.format === 'jsonl' && !result.doc) continue;
    }
    if (!result.doc) continue;
    const extracted = toExtracted(result);
    if (values.format === 'jsonl') {
      out(JSON.stringify(extracted));
      continue;
    }
    const names = new Map(extracted.entities.map((e) => [e.id, e.name]));
    out(`# ${file} (${extracted.articleId}) published ${extracted.publishedAt?.value ?? 'unknown'} [${extracted.publishedAtSource}]`);
    out(
      table(
        ['type', 'subject', 'object', 'facts', 'rule', 'sentence'],
        extracted.relations.map((r) => [
          r.type,
          names.get(r.subject) ?? r.subject,
          names.get(r.object) ?? r.object,
          [r.date?.value, r.stake !== undefined ? `${r.stake}%` : undefined, r.amount ? `${r.amount.value} ${r.amount.currency}` : undefined, r.round, r.role, r.via ? `via ${names.get(r.via) ?? r.via}` : undefined]
            .filter(Boolean)
            .join(', '),
          r.ruleId,
          String(r.evidence.sentenceIndex),
        ]),
      ),
    );
    out('');
  }
  return failed > 0 ? 1 : 0;
}
