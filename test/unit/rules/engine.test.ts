import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compilePattern, expandPattern, hoistLookbehinds } from '../../../pipeline/rules/engine.ts';
import { RELATION_RULES } from '../../../pipeline/rules/index.ts';
import { maskedExamples } from '../../helpers/pipeline.ts';

/** Every match of a regex over a text: where it starts, what it holds and its named groups. */
function matches(regex: RegExp, text: string): string[] {
  const out: string[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) regex.lastIndex++;
    out.push(`${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}`);
  }
  return out;
}

describe('hoistLookbehinds', () => {
  it.each([
    ['(?<!由|被)(?<S>[\\ue000-\\ue3ff])收购', '(?<S>[\\ue000-\\ue3ff](?<!(?:由|被)[\\ue000-\\ue3ff]))收购'],
    ['(?<!a)(?<=b(?<!c)d)[，,]x', '[，,](?<!(?:a)[，,])(?<=(?:b(?<!c)d)[，,])x'],
    ['(?<![)\\]])甲乙', '甲(?<!(?:[)\\]])甲)乙'],
  ])('moves the lookbehinds of %s behind its first character', (source, hoisted) => {
    expect(hoistLookbehinds(source)).toBe(hoisted);
  });

  it.each([
    ['(?<!a)[b]?c', 'a quantified first character'],
    ['(?<!a)(?:b|c)', 'a group first'],
    ['(?<!a)\\d', 'an escape first'],
    ['(?<!a', 'an unclosed lookbehind'],
    ['(?<S>[a])b', 'no lookbehind'],
  ])('leaves %s as it is (%s)', (source) => {
    expect(hoistLookbehinds(source)).toBe(source);
  });

  it('moves the lookbehinds of most rules that open with one', () => {
    const opening = RELATION_RULES.filter((rule) => /^\(\?<[=!]/.test(expandPattern(rule.pattern)));
    const moved = opening.filter((rule) => compilePattern(rule.pattern).source !== expandPattern(rule.pattern));
    expect(opening.length).toBeGreaterThan(50);
    expect(moved.length / opening.length).toBeGreaterThan(0.9);
  });

  it('leaves every rule matching what it matched before, on its masked examples and on random text', async () => {
    const pairs = RELATION_RULES.map((rule) => [new RegExp(expandPattern(rule.pattern), 'g'), compilePattern(rule.pattern)] as const);
    const masked = await maskedExamples();
    let seen = 0;
    for (const [before, after] of pairs) {
      for (const text of masked) {
        const found = matches(before, text);
        seen += found.length;
        expect(matches(after, text), `${before.source} over ${text}`).toEqual(found);
      }
    }
    expect(seen).toBeGreaterThan(200);
    const pieces = ['\ue000', '\ue001', '\ue400', '\ue800', '\uec00', '由', '被', '对', '针', '持有', '持股', '收购', '投资', '入股', '股东', '第二大', '为', '、', '和', '，', '。', '了', '<N>', '%', '股权', '与', '共同', '成立', '公司', '还'];
    fc.assert(
      fc.property(fc.nat(pairs.length - 1), fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (r, words) => {
        const [before, after] = pairs[r]!;
        const text = words.join('');
        expect(matches(after, text)).toEqual(matches(before, text));
      }),
      { numRuns: 3000 },
    );
  });
});
