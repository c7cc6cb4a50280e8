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

const SPACE = /\s/;

/** `/\s/` for one UTF-16 unit: ASCII by comparison, the rest by the pattern. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(String.fromCharCode(code));
}

/** Splits the working text into sentences (ranges in the working text). */
export function splitSentences(text: string): { textStart: number; textEnd: number; paragraph: number }[] {
  const out: { textStart: number; textEnd: number; paragraph: number }[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
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
  const tokens: Token[] = [];
  tokenizeInto(tokens, text, offset, sentenceIndex);
  return tokens;
}

/** As `tokenize`, appending to `tokens`. */
function tokenizeInto(tokens: Token[], text: string, offset: number, sentenceIndex: number): void {
  ensureSegmenter();
  let cursor = 0;
  for (const { word, tag } of nodejieba.tag(text)) {
    // The words come back in order and back to back, so each one nearly always starts at the cursor; it does
    // not where the text held a lone surrogate, which the segmenter reads as U+FFFD.
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) continue;
    tokens.push({ word, tag, textStart: offset + at, textEnd: offset + at + word.length, sentenceIndex });
    cursor = at + word.length;
  }
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
      tokenizeInto(tokens, working.text.slice(range.textStart, range.textEnd), range.textStart, index);
    }
    return { sentences, tokens };
  },
};
