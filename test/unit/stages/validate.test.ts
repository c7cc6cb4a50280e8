import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EntitySchema, RelationSchema } from '../../../schemas/index.ts';
import type { ArticleDoc, StageContext } from '../../../pipeline/doc.ts';
import { compiledEntitySchema, compiledRelationSchema, validateStage } from '../../../pipeline/stages/validate.ts';

const evidence = { articleId: 'a1', sentenceIndex: 0, start: 0, end: 12, text: '小米投资了上海快卜。' };
const mention = { surface: '小米', name: '小米', type: 'Organization', sentenceIndex: 0, start: 0, end: 2, ruleId: 'entity/lexicon' };
const entity = { id: 'org:小米', name: '小米', type: 'Organization', aliases: [], aliasRecords: [], mentions: [mention] };
const relation = { type: 'INVESTED_IN', subject: 'org:小米', object: 'org:快卜', ruleId: 'investment/verb', evidence };

describe('validate: the compiled schemas', () => {
  it('compile to a generated parser (no silent fallback to the interpreted one)', () => {
    expect(() => z.compile(EntitySchema, { strict: true })).not.toThrow();
    expect(() => z.compile(RelationSchema, { strict: true })).not.toThrow();
  });

  it.each([
    ['a valid entity', entity],
    ['a mention with the working-text offsets, which are dropped', { ...entity, mentions: [{ ...mention, textStart: 3, textEnd: 5, aliasOf: '小米集团' }] }],
    ['an alias record with evidence', { ...entity, aliases: ['小米集团'], aliasRecords: [{ alias: '小米集团', reason: 'lexicon', evidence }] }],
    ['an empty name', { ...entity, name: '' }],
    ['an id without a type', { ...entity, id: '小米' }],
    ['no mentions', { ...entity, mentions: [] }],
    ['a negative offset', { ...entity, mentions: [{ ...mention, start: -1 }] }],
    ['a fractional sentence index', { ...entity, mentions: [{ ...mention, sentenceIndex: 0.5 }] }],
    ['an unknown type', { ...entity, type: 'Company' }],
    ['a one-unit surface', { ...entity, mentions: [{ ...mention, surface: '米' }] }],
  ])('accept and return what the entity schema does: %s', (_name, value) => {
    expect(JSON.stringify(compiledEntitySchema.safeParse(value))).toBe(JSON.stringify(EntitySchema.safeParse(value)));
  });

  it.each([
    ['a valid relation', relation],
    ['one with facts', { ...relation, stake: 12.5, amount: { value: 1e8, currency: 'CNY', text: '1亿元' }, date: { value: '2023-05', precision: 'month', text: '2023年5月' }, status: 'completed' }],
    ['one with an optional fact present but undefined', { ...relation, role: undefined }],
    ['a stake above 100', { ...relation, stake: 120 }],
    ['a rank of 0', { ...relation, rank: 0 }],
    ['a bad rule id', { ...relation, ruleId: 'Investment' }],
    ['a bad date', { ...relation, date: { value: '2023-5', precision: 'month', text: '2023年5月' } }],
    ['a self-relation', { ...relation, object: 'org:小米' }],
    ['an infinite amount', { ...relation, amount: { value: Infinity, currency: 'CNY', text: '无数' } }],
  ])('accept and return what the relation schema does: %s', (_name, value) => {
    expect(JSON.stringify(compiledRelationSchema.safeParse(value))).toBe(JSON.stringify(RelationSchema.safeParse(value)));
  });

  it('reports and drops what fails, with the schema issues', () => {
    const reported: string[] = [];
    const ctx: StageContext = { articleId: 'a1', source: 'a1.txt', report: (d) => reported.push(d.message) };
    const doc = { articleId: 'a1', source: 'a1.txt', original: '', entities: [entity, { ...entity, id: 'org:x', name: '' }], relations: [relation, { ...relation, stake: 120 }] } as unknown as ArticleDoc;
    const out = validateStage.run(doc, ctx) as Pick<ArticleDoc, 'entities' | 'relations'>;
    expect(out.entities).toHaveLength(1);
    expect(out.relations).toHaveLength(0);
    expect(reported).toEqual([
      'a1.txt: entity "" dropped: name: Too small: expected string to have >=1 characters',
      'a1.txt: INVESTED_IN dropped: expected entities of this article, found unknown org:快卜',
      'a1.txt: INVESTED_IN org:小米 → org:快卜 dropped: stake: Too big: expected number to be <=100',
    ]);
  });
});
