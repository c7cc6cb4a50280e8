import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayMatch, RegexFilter, requiredWords, requirements } from '../../pipeline/regex-prefilter.ts';
import { compiledRules } from '../../pipeline/rules/index.ts';
import { extractText, maskedExamples } from '../helpers/pipeline.ts';

describe('requiredWords', () => {
  it.each([
    [/(?<S>[\ue000-\ue3ff])[^。]{0,12}?(?:收购|并购)(?:了)?(?<O>[\ue000-\ue3ff])/g, ['收购', '并购']],
    [/第(?<rank>[一二三]{1,2})大股东/g, ['大股东']],
    [/(?:持有|持)(?:股份)?/g, ['持']], // 持有 holds 持: looking for 持 is enough
    [/(?:战略)?(?:入股|参股)+/g, ['入股', '参股']],
    [/啊{2,}吧/g, ['啊啊吧']],
    [/ab+c/g, ['bc']],
    [/(?<![被由])(?:出资|注资)/g, ['出资', '注资']],
    [/收购|并购/g, ['收购', '并购']],
    [/(?:(?:第[一二]大|控股)股东|股权结构)/g, ['股东', '股权结构']],
    [/(?<x>a)\k<x>/g, undefined],
  ])('finds what every match of %s holds', (regex, words) => {
    expect(requiredWords(regex)).toEqual(words);
  });

  it.each([
    [/收购|(?:并购)?/g, 'an alternative that may be empty'],
    [/(?:收购)?(?:并购)?/g, 'only optional parts'],
    [/(?:收购|)/g, 'an empty alternative'],
    [/收购/gi, 'the i flag'],
    [/(?<x>a)\k<x>/g, 'a named back-reference'],
    [/(?=收购)/g, 'a lookahead alone'],
    [/\x41/g, 'a hex escape'],
    [/[收购]/g, 'a character class'],
  ])('claims nothing for %s (%s)', (regex) => {
    const words = requiredWords(regex);
    if (words) for (const word of words) expect(regex.source).toContain(word); // never reached for these
    expect(words).toBeUndefined();
  });

  it('counts the mentions a rule consumes and keeps every group of words it needs', () => {
    const regex = /(?<!被)(?<S>[\ue000-\ue3ff])(?:持有|持)(?<O>[\ue000-\ue3ff])(?:股份|股权)[\ue400-\ue7ff]?/g;
    const { words, classes } = requirements(regex);
    expect(words).toEqual([['持'], ['股份', '股权']]);
    expect(classes.map((c) => [c.source, c.count])).toEqual([['[\\ue000-\\ue3ff]', 2]]);
    expect(mayMatch(regex, '\ue000持有\ue001股份')).toBe(true);
    expect(mayMatch(regex, '\ue000持有股份')).toBe(false); // one company
    expect(mayMatch(regex, '\ue000持有\ue001的资产')).toBe(false); // no 股份 or 股权
  });

  it('filters a list of regexes in one pass, as mayMatch does one by one', () => {
    const rules = compiledRules();
    const filter = new RegexFilter(rules.map((rule) => rule.regex));
    const texts = ['\ue000收购\ue001', '\ue000持有\ue001股份，\ue400任董事长', '\ue000与\ue001共同出资设立\ue002', '今年一季度', '', '\uec00的第一大股东为\ue000'];
    for (const text of texts) {
      const may = filter.check(text);
      rules.forEach((rule, i) => expect(may[i] === 1, `${rule.id} on ${text}`).toBe(mayMatch(rule.regex, text)));
    }
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

  it('never rules out a masked sentence that a relation rule matches', async () => {
    // The examples as the rules read them: mentions masked. Every rule and every example, through the filter.
    const rules = compiledRules();
    const filter = new RegexFilter(rules.map((rule) => rule.regex));
    const masked = await maskedExamples();
    expect(masked.length).toBeGreaterThan(50);
    for (const sentence of masked) {
      const may = filter.check(sentence);
      rules.forEach((rule, i) => {
        rule.regex.lastIndex = 0;
        if (rule.regex.test(sentence)) expect(may[i], `${rule.id} on ${sentence}`).toBe(1);
      });
    }
  });

  it('never rules out a string that a regex with required words matches', () => {
    const patterns = [/(?:收购|并购)了?\d+/g, /股东(?:[一二三]|大)+会/g, /(?<![被])持(?:有)?股\S{0,3}?/g, /甲+乙{2}丙?/g, /(?:[\ue000-\ue001]收|购[\ue000]{2})(?:有|了[\ue001])+/g, /丙|(?:甲乙|乙[\ue000])+/g];
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.array(fc.constantFrom('收', '购', '并', '了', '1', '股', '东', '大', '会', '一', '被', '持', '有', '甲', '乙', '丙', ' ', '\ue000', '\ue001'), { maxLength: 12 }), (regex, chars) => {
        const text = chars.join('');
        regex.lastIndex = 0;
        if (regex.test(text)) {
          expect(mayMatch(regex, text)).toBe(true);
          expect(new RegexFilter([regex]).check(text)[0]).toBe(1);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves the relations of the sample articles as they were', async () => {
    const article = await extractText('2022年1月，小米产业投资部入股上海快卜新能源科技有限公司，持股5.26%。雷军表示看好。');
    expect(article.relations.map((r) => `${r.type} ${r.ruleId}`)).toContain('INVESTED_IN investment/verb');
  });
});
