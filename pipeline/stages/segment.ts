import nodejieba from 'nodejieba';
import { need, type ArticleDoc, type Sentence, type Stage, type Token } from '../doc.ts';
import { loadLexicon } from '../lexicon.ts';
import { mapSpan } from '../offsets.ts';

let dictionaryReady = false;

/** Loads nodejieba's dictionaries and the project's words once per process (or worker). */
export function ensureSegmenter(): void {
  if (dictionaryReady) return;
  nodejieba.load();
  const lexicon = loadLexicon();
  for (const { word, tag } of lexicon.segmenterWords) nodejieba.insertWord(word, tag);
  dictionaryReady = true;
}

/** Sentence ends: Chinese and Western terminal punctuation, semicolons and line breaks. A closing quote stays. */
const SENTENCE_END = /[。！？!?；;]+[”’」』）)]*|\n+/g;

/** Splits the working text into sentences (ranges in the working text). */
export function splitSentences(text: string): { textStart: number; textEnd: number; paragraph: number }[] {
  const out: { textStart: number; textEnd: number; paragraph: number }[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ textStart: s, textEnd: e, paragraph });
  };
  for (const match of text.matchAll(SENTENCE_END)) {
    const isBreak = match[0].startsWith('\n');
    push(isBreak ? match.index : match.index + match[0].length);
    start = match.index + match[0].length;
    if (isBreak) paragraph++;
  }
  push(text.length);
  return out;
}

/** Cuts one sentence into tagged tokens with offsets in the working text. */
export function tokenize(text: string, offset: number, sentenceIndex: number): Token[] {
  ensureSegmenter();
  const tokens: Token[] = [];
  let cursor = 0;
  for (const { word, tag } of nodejieba.tag(text)) {
    const at = text.indexOf(word, cursor);
    if (at < 0) continue;
    tokens.push({ word, tag, textStart: offset + at, textEnd: offset + at + word.length, sentenceIndex });
    cursor = at + word.length;
  }
  return tokens;
}

/** `segment`: sentences and nodejieba tokens, each sentence with its range in the original. */
export const segmentStage: Stage<'sentences' | 'tokens'> = {
  name: 'segment',
  requires: ['working'],
  provides: ['sentences', 'tokens'],
  run(doc: ArticleDoc) {
    const working = need(doc, 'working', 'segment');
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    for (const range of splitSentences(working.text)) {
      const index = sentences.length;
      const { start, end } = mapSpan(working.map, range.textStart, range.textEnd);
      sentences.push({ index, ...range, start, end });
      for (const token of tokenize(working.text.slice(range.textStart, range.textEnd), range.textStart, index)) tokens.push(token);
    }
    return { sentences, tokens };
  },
};
