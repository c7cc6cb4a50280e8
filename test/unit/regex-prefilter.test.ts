import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayMatch, requiredWords } from '../../pipeline/regex-prefilter.ts';
import { compiledRules } from '../../pipeline/rules/index.ts';
import { extractText } from '../helpers/pipeline.ts';

describe('requiredWords', () => {
  it.each([
    [/(?<S>[\ue000-\ue3ff])[^。]{0,12}?(?:收购|并购)(?:了)?(?<O>[\ue000-\ue3ff])/g, ['收购', '并购']],
    [/第(?<rank>[一二三]{1,2})大股东/g, ['大股东']],
    [/(?:持有|持)(?:股份)?/g, ['持有', '持']],
    [/(?:战略)?(?:入股|参股)+/g, ['入股', '参股']],
    [/啊{2,}吧/g, ['啊啊吧']],
    [/ab+c/g, ['bc']],
    [/(?<![被由])(?:出资|注资)/g, ['出资', '注资']],
  ])('finds what every match of %s holds', (regex, words) => {
    expect(requiredWords(regex)).toEqual(words);
  });

  it.each([
    [/收购|并购/g, 'an alternation at the top level'],
    [/(?:收购)?(?:并购)?/g, 'only optional parts'],
    [/(?:收购|)/g, 'an empty alternative'],
    [/收购/gi, 'the i flag'],
    [/(?<x>a)\k<x>/g, 'a named back-reference'],
    [/\x41/g, 'a hex escape'],
    [/[收购]/g, 'a character class'],
  ])('claims nothing for %s (%s)', (regex) => {
    const words = requiredWords(regex);
    if (words) for (const word of words) expect(regex.source).toContain(word); // never reached for these
    expect(words).toBeUndefined();
  });

  it('never rules out a sentence that a relation rule matches', () => {
    const rules = compiledRules();
    expect(rules.filter((rule) => requiredWords(rule.regex)).length).toBeGreaterThan(rules.length * 0.8);
    const sentences = rules.flatMap((rule) => rule.examples.map((example) => example.text));
    for (const rule of rules) {
      for (const sentence of sentences) {
        rule.regex.lastIndex = 0;
        if (rule.regex.test(sentence)) expect(mayMatch(rule.regex, sentence), `${rule.id} on ${sentence}`).toBe(true);
      }
    }
  });

  it('never rules out a string that a regex with required words matches', () => {
    const patterns = [/(?:收购|并购)了?\d+/g, /股东(?:[一二三]|大)+会/g, /(?<![被])持(?:有)?股\S{0,3}?/g, /甲+乙{2}丙?/g];
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.array(fc.constantFrom('收', '购', '并', '了', '1', '股', '东', '大', '会', '一', '被', '持', '有', '甲', '乙', '丙', ' '), { maxLength: 12 }), (regex, chars) => {
        const text = chars.join('');
        regex.lastIndex = 0;
        if (regex.test(text)) expect(mayMatch(regex, text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves the relations of the sample articles as they were', async () => {
    const article = await extractText('2022年1月，小米产业投资部入股上海快卜新能源科技有限公司，持股5.26%。雷军表示看好。');
    expect(article.relations.map((r) => `${r.type} ${r.ruleId}`)).toContain('INVESTED_IN investment/verb');
  });
});
