import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../../pipeline/stages/segment.ts';

describe('segment: sentences', () => {
  it.each([
    ['terminal punctuation and a closing quote', '小米投资了快卜。“这是第一步。”雷军说', ['小米投资了快卜。', '“这是第一步。”', '雷军说']],
    ['spaces of every kind around a sentence', ' \t小米投资了快卜。\u3000\u00a0雷军说\u2003 ', ['小米投资了快卜。', '雷军说']],
    ['line breaks as paragraph ends', '小米投资了快卜\n\n雷军说', ['小米投资了快卜', '雷军说']],
  ])('splits and trims %s', (_name, text, expected) => {
    expect(splitSentences(text).map((s) => text.slice(s.textStart, s.textEnd))).toEqual(expected);
  });
});

describe('segment: tokens', () => {
  it('gives every token its range in the working text', () => {
    const text = '小米投资了上海快卜新能源科技有限公司。';
    const tokens = tokenize(text, 10, 2);
    expect(tokens.map((t) => t.word).join('')).toBe(text);
    for (const token of tokens) {
      expect(text.slice(token.textStart - 10, token.textEnd - 10)).toBe(token.word);
      expect(token.sentenceIndex).toBe(2);
    }
  });

  it('skips what the segmenter cannot give back (a lone surrogate) and keeps the offsets of the rest', () => {
    const text = '小米\ud800投资了快卜';
    const tokens = tokenize(text, 0, 0);
    for (const token of tokens) expect(text.slice(token.textStart, token.textEnd)).toBe(token.word);
    expect(tokens.map((t) => t.word).join('')).toBe('小米投资了快卜');
  });
});
