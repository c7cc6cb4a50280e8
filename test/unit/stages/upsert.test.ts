import { describe, expect, it } from 'vitest';
import { relationKey, relationProps, relationRow } from '../../../pipeline/stages/upsert.ts';
import type { Relation } from '../../../schemas/index.ts';

const evidence = { articleId: '0123456789abcdef', sentenceIndex: 2, start: 10, end: 30, text: '小米产投领投芯迈半导体A轮融资' };

describe('relationRow', () => {
  it.each<[string, Partial<Relation>, Record<string, unknown>]>([
    ['no facts: key and provenance only', {}, {}],
    ['a round', { round: 'A轮' }, { round: 'A轮' }],
    ['a stake of 0 and past=false are facts, not gaps', { stake: 0, past: false }, { stake: 0, past: false }],
    [
      'an amount and a date',
      { amount: { value: 1e8, currency: 'CNY', approximate: true, text: '约1亿元' }, date: { value: '2022-01', precision: 'month', text: '2022年1月' } },
      { amount: 1e8, currency: 'CNY', amountApproximate: true, amountText: '约1亿元', date: '2022-01', datePrecision: 'month', dateText: '2022年1月' },
    ],
  ])('%s', (_what, facts, stated) => {
    const relation = { type: 'INVESTED_IN', subject: 'org:小米产投', object: 'org:芯迈半导体', ruleId: 'investment/lead', evidence, ...facts } as Relation;
    const row = relationRow(relation);
    expect(row).toEqual({
      subject: 'org:小米产投',
      object: 'org:芯迈半导体',
      props: { key: relationKey(relation), articleId: evidence.articleId, sentenceIndex: 2, start: 10, end: 30, evidence: evidence.text, ruleId: 'investment/lead', ...stated },
    });
    // Every fact relationProps knows is either in the row with its value or absent because it is null.
    for (const [name, value] of Object.entries(relationProps(relation))) expect(row.props[name]).toBe(value ?? undefined);
  });
});
