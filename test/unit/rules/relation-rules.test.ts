import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RELATION_RULES, compiledRules } from '../../../pipeline/rules/index.ts';
import type { ExtractedArticle } from '../../../schemas/index.ts';
import { extractText, relationLines } from '../../helpers/pipeline.ts';

const cases = RELATION_RULES.flatMap((rule) => rule.examples.map((example) => ({ id: rule.id, type: rule.type, ...example })));

/**
 * Examples a rule does not read yet, recorded as a ratchet: every other example must pass, and a listed one
 * that starts passing fails the test until it is taken off the list, so the list only shrinks.
 */
const KNOWN_GAPS = new Set<string>(JSON.parse(readFileSync(new URL('./known-gaps.json', import.meta.url), 'utf8')) as string[]);

/**
 * Whether the article has `type subject → object` read by rule `id` (first, or again after another rule),
 * matching names through each entity's aliases.
 */
function reads(article: ExtractedArticle, id: string, type: string, pair: string): boolean {
  const [subject, object] = pair.split(' → ');
  const names = (id: string): string[] => {
    const entity = article.entities.find((e) => e.id === id);
    return entity ? [entity.name, ...entity.aliases] : [];
  };
  return article.relations.some(
    (r) => r.type === type && (r.ruleId === id || (r.alsoReadBy ?? []).includes(id)) && names(r.subject).includes(subject!) && names(r.object).includes(object!),
  );
}

describe('relation rules', () => {
  it('have unique ids and compile', () => {
    const ids = RELATION_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(compiledRules()).toHaveLength(RELATION_RULES.length);
  });

  it('each have at least one example', () => {
    for (const rule of RELATION_RULES) expect(rule.examples.length, rule.id).toBeGreaterThan(0);
  });

  it.each(cases)('$id reads: $text', async ({ id, type, text, expect: expected }) => {
    const article = await extractText(text);
    const key = `${id} ${text}`;
    const missing = expected.filter((pair) => !reads(article, id, type, pair));
    if (KNOWN_GAPS.has(key)) {
      expect(missing.length, `${key} passes now: take it off test/unit/rules/known-gaps.json`).toBeGreaterThan(0);
      return;
    }
    expect(missing, `${type} not read by ${id} from "${text}"; found:\n${relationLines(article).join('\n')}`).toEqual([]);
  });
});
