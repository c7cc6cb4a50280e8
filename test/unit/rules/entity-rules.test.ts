import { describe, expect, it } from 'vitest';
import { runArticle } from '../../../pipeline/index.ts';
import { ENTITY_RULES, findCandidates } from '../../../pipeline/rules/entities.ts';
import { decodeArticle } from '../../../pipeline/stages/read.ts';

describe('entity rules', () => {
  it('have unique ids', () => {
    const ids = ENTITY_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ENTITY_RULES.map((rule) => ({ ...rule })))('$id finds $finds in: $example', async ({ id, type, example, finds }) => {
    const read = decodeArticle('example.txt', new TextEncoder().encode(example));
    if (!read.ok) throw new Error(read.diagnostics.map((d) => d.message).join('; '));
    const { doc } = await runArticle(read.doc);
    // What the rule proposed (another rule may win the overlap), and what became a mention (repeats of names).
    const text = doc.working!.text;
    const candidates = (doc.sentences ?? []).flatMap((sentence) =>
      findCandidates(text.slice(sentence.textStart, sentence.textEnd), (doc.tokens ?? []).filter((t) => t.sentenceIndex === sentence.index), sentence.textStart),
    );
    const found = [...candidates, ...(doc.mentions ?? [])].filter((m) => m.ruleId === id && m.type === type).map((m) => m.name);
    const all = (doc.mentions ?? []).map((m) => `${m.type}:${m.name} (${m.ruleId})`).join(', ');
    expect(found, `rule ${id} did not find ${type} ${finds}; mentions: ${all}`).toContain(finds);
  });
});
