import { describe, expect, it } from 'vitest';
import { RELATION_RULES, compiledRules } from '../../../pipeline/rules/index.ts';
import { extractText, relationLines } from '../../helpers/pipeline.ts';

const cases = RELATION_RULES.flatMap((rule) => rule.examples.map((example) => ({ id: rule.id, type: rule.type, ...example })));

describe('relation rules', () => {
  it('have unique ids and compile', () => {
    const ids = RELATION_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(compiledRules()).toHaveLength(RELATION_RULES.length);
  });

  it('each have at least one example', () => {
    for (const rule of RELATION_RULES) expect(rule.examples.length, rule.id).toBeGreaterThan(0);
  });

  it.each(cases)('$id reads: $text', async ({ type, text, expect: expected }) => {
    const article = await extractText(text);
    const lines = relationLines(article);
    for (const pair of expected) {
      const [subject, object] = pair.split(' → ');
      const found = lines.some((line) => {
        if (!line.startsWith(`${type} `)) return false;
        const [s, o] = line.slice(type.length + 1).split(' → ');
        const names = (id: string | undefined): string[] => {
          const entity = article.entities.find((e) => e.name === id);
          return entity ? [entity.name, ...entity.aliases] : [id ?? ''];
        };
        return names(s).includes(subject!) && names(o).includes(object!);
      });
      expect(found, `${type} ${pair} in:\n${lines.join('\n')}`).toBe(true);
    }
  });
});
