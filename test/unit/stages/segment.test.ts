import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize, userDictionary } from '../../../pipeline/stages/segment.ts';

describe('segment: sentences', () => {
  it.each([
    ['terminal punctuation and a closing quote', '小米投资了快卜。“这是第一步。”雷军说', ['小米投资了快卜。', '“这是第一步。”', '雷军说']],
    ['spaces of every kind around a sentence', ' \t小米投资了快卜。\u3000\u00a0雷军说\u2003 ', ['小米投资了快卜。', '雷军说']],
    ['line breaks as paragraph ends', '小米投资了快卜\n\n雷军说', ['小米投资了快卜', '雷军说']],
    ['a headline in brackets opening a paragraph, not one inside a sentence', '【高瓴减持爱美客】财联社电，爱美客公告。\n据【新华社】报道', ['【高瓴减持爱美客】', '财联社电，爱美客公告。', '据【新华社】报道']],
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

describe('segment: the project\'s words', () => {
  // A main dictionary of six words, total frequency 10 000.
  const dict = ['入股 180 v', '股民 110 n', '中国 5000 ns', '平安 1400 a', '民安 26 n', '安 3284 v'].join('\n');

  it('keep the frequency the main dictionary gives a word, with the project\'s tag', () => {
    expect(userDictionary([{ word: '入股', tag: 'v' }, { word: '平安', tag: 'nt' }], dict)).toBe('入股 180 v\n平安 1400 nt\n');
  });

  it('give a new word the least frequency that beats the best split of its characters', () => {
    // 中国/平安: 5000 / 10000 × 1400 / 10000 × 10000 = 700, so 701 keeps 中国平安 whole.
    expect(userDictionary([{ word: '中国平安', tag: 'nt' }], dict)).toBe('中国平安 701 nt\n');
    // No split better than the median weight (frequency 3 in nodejieba's dictionary, 26 here): the median.
    expect(userDictionary([{ word: '快卜', tag: 'nt' }], dict)).toBe('快卜 26 nt\n');
  });

  it('leave out words with spaces, which the segmenter could never match', () => {
    expect(userDictionary([{ word: 'Pfizer Inc', tag: 'nt' }], dict)).toBe('\n');
  });

  it.each([
    // The first three lost to their neighbours when given the median weight over their own frequency; 中国平安,
    // a new word, lost to 中国/平安 at the median weight once 平安 kept its own.
    ['入股', '泛海系入股民安保险,本质上是希望在金融业务方面扩充实力。'],
    ['北京', '去年<N>月<N>日,微影时代宣布完成<N>亿元C轮融资,领投方为北京文资华夏影视基金,参投方包括信业基金、南方资本、引力跟投。'],
    ['联想', '对此,杨元庆此前表示,按照计划,年内联想将完成对摩托罗拉移动的收购。'],
    ['中国平安', '对此,新豪时有关负责人表示,员工权益投资是通过新豪时投资、景傲实业等法人公司间接持有中国平安A股股份。'],
  ])('keep %s whole in its sentence', (word, text) => {
    expect(tokenize(text, 0, 0).map((t) => t.word)).toContain(word);
  });
});
