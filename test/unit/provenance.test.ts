import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ExtractedArticleSchema } from '../../schemas/index.ts';
import { processFile, toExtracted } from '../../pipeline/index.ts';
import { convertKeepingLength } from '../../pipeline/stages/convert.ts';

const SEEDS = ['corpus/articles/000_2ccb9beaaa57fb3a.txt', 'corpus/articles/001_f9b6eda91b359453.txt'];

describe.each(SEEDS)('provenance in %s', (file) => {
  it('points every mention and every relation at the original text', async () => {
    const original = await readFile(file, 'utf8');
    const result = await processFile(file);
    expect(result.doc).toBeDefined();
    const doc = result.doc!;
    expect(doc.entities!.length).toBeGreaterThan(5);
    for (const entity of doc.entities!) {
      for (const mention of entity.mentions) {
        const slice = original.slice(mention.start, mention.end);
        expect(slice).toBe(mention.surface);
        // Modulo pinyin annotations (a gap in the map) and the T→S conversion the map records.
        expect(convertKeepingLength(slice.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, ''))).toBe(mention.name);
      }
    }
    expect(doc.relations!.length).toBeGreaterThan(0);
    for (const relation of doc.relations!) {
      expect(original.slice(relation.evidence.start, relation.evidence.end)).toBe(relation.evidence.text);
      expect(relation.ruleId).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      expect(relation.evidence.articleId).toBe(doc.articleId);
    }
  });

  it('prints output that passes the extract schema', async () => {
    const result = await processFile(file);
    const parsed = ExtractedArticleSchema.safeParse(toExtracted(result as Parameters<typeof toExtracted>[0]));
    expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  });
});
