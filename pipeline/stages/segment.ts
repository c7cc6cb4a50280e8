import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import nodejieba from 'nodejieba';
import { need, type ArticleDoc, type Sentence, type Stage, type Token } from '../doc.ts';
import { loadLexicon } from '../lexicon.ts';
import { mapSpan } from '../offsets.ts';
import { ENERGY_NAME_END } from '../rules/names.ts';

/** The paths of nodejieba's own dictionaries, which its module exports but its types leave out. */
const JIEBA_FILES = nodejieba as unknown as { readonly DEFAULT_DICT: string; readonly DEFAULT_USER_DICT: string };

/**
 * The project's words as the lines of a jieba user dictionary, `word frequency tag`, from the main dictionary's
 * text. A word it knows keeps its frequency there and takes the project's tag: added by `insertWord`, or by a
 * line without a frequency, it would take the median weight (frequency 3) and lose to the splits around it,
 * 北京 (34 488) to 方为北/京文/资, 联想 (1 393) to 内联/想, 入股 (179) to 系入/股民. A word it does not know
 * gets the least frequency that keeps it whole against the best split of its own characters (as jieba's
 * `suggest_freq` does): 中国平安 at the median weight lost to 中国/平安 once 平安 kept its 1 438. Words with
 * spaces are left out: the segmenter cuts at every space, so they could never match.
 */
export function userDictionary(words: readonly { word: string; tag: string }[], dictText: string): string {
  const wanted = new Set<string>();
  for (const { word } of words) if (!/\s/.test(word)) wanted.add(word);
  // Every piece of the project's words, to price their splits.
  const pieces = new Set<string>();
  for (const word of wanted) for (let i = 0; i < word.length; i++) for (let j = i + 1; j <= word.length; j++) pieces.add(word.slice(i, j));
  const known = new Map<string, number>();
  const counts: number[] = [];
  let total = 0;
  for (let at = 0; at < dictText.length; ) {
    const lineEnd = dictText.indexOf('\n', at);
    const end = lineEnd < 0 ? dictText.length : lineEnd;
    const space = dictText.indexOf(' ', at);
    if (space > at && space < end) {
      const freqEnd = dictText.indexOf(' ', space + 1);
      const freq = Number(dictText.slice(space + 1, freqEnd > space && freqEnd < end ? freqEnd : end));
      if (freq > 0) {
        total += freq;
        if (freq < 64) counts[freq] = (counts[freq] ?? 0) + 1;
        const word = dictText.slice(at, space);
        if (pieces.has(word) && !known.has(word)) known.set(word, freq);
      }
    }
    at = end + 1;
  }
  const lines: string[] = [];
  for (const { word, tag } of words) {
    if (!wanted.has(word)) continue;
    lines.push(`${word} ${known.get(word) ?? Math.max(medianOf(counts), wholeFrequency(word, known, total))} ${tag}`);
  }
  return lines.join('\n') + '\n';
}

/** The median of the dictionary's frequencies, from the counts of the small ones (most are: the median is 3). */
function medianOf(counts: readonly number[]): number {
  let entries = 0;
  for (const count of counts) entries += count ?? 0;
  let seen = 0;
  for (const [freq, count] of counts.entries()) if ((seen += count ?? 0) * 2 >= entries) return freq;
  return 1;
}

/** The frequency above the best split of `word` into dictionary words and single characters (frequency 1 if unknown). */
function wholeFrequency(word: string, known: ReadonlyMap<string, number>, total: number): number {
  // best[i]: the highest probability of the first i characters cut into pieces, as the segmenter scores a path.
  const best = [1];
  for (let j = 1; j <= word.length; j++) {
    let top = 0;
    for (let i = Math.max(0, j - 16); i < j; i++) {
      if (i === 0 && j === word.length) continue; // the whole word is what is being priced
      const freq = known.get(word.slice(i, j)) ?? (j - i === 1 ? 1 : 0);
      if (freq > 0) top = Math.max(top, best[i]! * (freq / total));
    }
    best.push(top);
  }
  return Math.floor(best[word.length]! * total) + 1;
}

/**
 * Writes the user dictionary where nodejieba can read it (it reads dictionaries from files only): a file named
 * by its words in the temporary folder, written once and renamed into place, so threads and processes that
 * start together never read half a file, and a later start reads it without pricing the words again.
 */
function userDictionaryFile(words: readonly { word: string; tag: string }[]): string {
  const key = createHash('sha1').update(JIEBA_FILES.DEFAULT_DICT).update(JSON.stringify(words)).digest('hex').slice(0, 16);
  const path = join(tmpdir(), `kg-jieba-user-${key}.utf8`);
  if (!existsSync(path)) {
    const partial = `${path}.${process.pid}.${threadId}`;
    writeFileSync(partial, userDictionary(words, readFileSync(JIEBA_FILES.DEFAULT_DICT, 'utf8')));
    renameSync(partial, path);
  }
  return path;
}

let dictionaryReady = false;

/** Loads nodejieba's dictionaries and the project's words once per process (or worker). */
export function ensureSegmenter(): void {
  if (dictionaryReady) return;
  nodejieba.load({ userDict: `${JIEBA_FILES.DEFAULT_USER_DICT}|${userDictionaryFile(loadLexicon().segmenterWords)}` });
  dictionaryReady = true;
}

/**
 * Sentence ends: Chinese and Western terminal punctuation, semicolons, line breaks and bars (格隆汇丨…, 36氪首发｜…,
 * which part a medium's dateline or a page's header from the text; the clean stage reads 丨 as a bar). A closing quote
 * stays. A
 * headline in square brackets opening a paragraph (【北汽蓝谷：拟向控股股东北汽集团定增】财联社11月18日电，…) is a
 * sentence of its own: what it names is not the subject of the report after it. A company's name alone in the
 * brackets (【宁德时代】公司公告，…: short, or ending in its legal form) is the subject, and stays. The lookbehind
 * stands after 】, so that it runs only where one is: in front, it ran at every character and slowed the stage by a
 * third.
 */
const SENTENCE_END = /[。！？!?；;]+[”’」』）)]*|\n+|[|｜]+|】(?<=(?:^|\n)[^\S\n]*【(?:[^】\n]{0,60}[：:，,｜|][^】\n]{0,60}|[^】\n]{7,60}(?<!公司|集团|控股|股份))】)(?=[^\n])/g;

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

/** Prepositions, adverbs and 拟 that the segmenter glues to the end of an unknown word (房于, 敬是, 微电拟, 宝武以, 电产约). */
const GLUED_AFTER: ReadonlySet<number> = new Set([...'于在将已与对向被由是拟以约'].map((ch) => ch.charCodeAt(0)));

/**
 * Words of one character the segmenter glues to a preposition after them as one unknown word: adverbs (曾于, 却在,
 * 现向), conjunctions (因在) and verbs or comparatives that take 于 (收于, 弱于, 身在).
 */
const GLUED_ADVERBS: ReadonlySet<number> = new Set([...'曾却也又还就才都便均仍亦并已将再正现因收位处属弱强低高身'].map((ch) => ch.charCodeAt(0)));

/** Prepositions the segmenter glues to the first character of an unknown name after them (对长/x 电/n 科技/n, 由尚/x 颀/z 资本/n). */
const GLUED_BEFORE: ReadonlySet<number> = new Set([...'对由向与从为被据在给和'].map((ch) => ch.charCodeAt(0)));

/** Unknown words of two characters that start with such a preposition and are words. */
const NOT_GLUED_BEFORE: ReadonlySet<string> = new Set(['对价', '对战', '为例', '在望', '和谐']);

/** The tags of a single character after such a split that joins the one split off (长 电/n → 长电). */
const GLUED_NEXT_TAGS: ReadonlySet<string> = new Set(['x', 'n', 'z', 'ng', 'j', 'nr', 'nz', 'a', 'b']);

/** Whether a word joins the lone character split off a preposition: one character of a name-like tag (长 电/n), or an unknown word (隆 基绿能/x). */
function joinsSplit(word: string, tag: string): boolean {
  return isHan(word.charCodeAt(0)) && ((word.length === 1 && GLUED_NEXT_TAGS.has(tag)) || (tag === 'x' && word.length <= 3 && isHan(word.charCodeAt(word.length - 1))));
}

/**
 * Whether an unknown word or a character the tagger did not place ends right before `start` (华友/nz 钴/ng 业拟/x): the
 * one character glued to 拟 is the name's last; after a word it knows, it is a verb (发布公告/n 称拟/x).
 */
function unknownBefore(tokens: readonly Token[], start: number, sentenceIndex: number): boolean {
  const previous = rightBefore(tokens, start, sentenceIndex);
  return previous !== undefined && /^(?:x|ng|j)$/.test(previous.tag) && isHan(previous.word.charCodeAt(0));
}

/** Whether an unknown word that ends in a kind of energy stands right before `start` (天合光/x 能/v: see `ENERGY_NAME_END`). */
function energyBefore(tokens: readonly Token[], start: number, sentenceIndex: number): boolean {
  const previous = rightBefore(tokens, start, sentenceIndex);
  return previous !== undefined && previous.tag === 'x' && ENERGY_NAME_END.test(previous.word + '能');
}

/** Whether a name-like word ends right before `start` (深圳市/ns 和方/x: 和 is the name's). */
function nameBefore(tokens: readonly Token[], start: number, sentenceIndex: number): boolean {
  const previous = rightBefore(tokens, start, sentenceIndex);
  return previous !== undefined && /^(?:ns|nr|nz|nt|x|j)$/.test(previous.tag) && isHan(previous.word.charCodeAt(previous.word.length - 1));
}

/** The last token, when it ends at `start` in the same sentence. */
function rightBefore(tokens: readonly Token[], start: number, sentenceIndex: number): Token | undefined {
  const previous = tokens.at(-1);
  return previous !== undefined && previous.sentenceIndex === sentenceIndex && previous.textEnd === start ? previous : undefined;
}

function isHan(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff;
}

/**
 * Pushes an unknown word that ends in a preposition or adverb the segmenter glued to it (贝壳/nr 找/v 房于/x 去年) as
 * two words, so that the name before it ends where it does. A single character left joins the name-like word right
 * before it (道口/n 贷是/x → 道口贷/x 是; 胡子/nr 敬是/x → 胡子敬/nr 是), unless it is a word of its own (成发科技 曾于/x,
 * 集团 却在/x, 邯钢 收于/x).
 */
function pushGlued(tokens: Token[], word: string, start: number, sentenceIndex: number): void {
  // Two such characters may be glued: both are split off, from a stem of two characters or more (汇竹拟以) or from
  // nothing (公司/n 拟以/x).
  const both = GLUED_AFTER.has(word.charCodeAt(word.length - 2)) && (word.length === 2 || word.length >= 4);
  const cut = both ? word.length - 2 : word.length - 1;
  const end = start + cut;
  const previous = rightBefore(tokens, start, sentenceIndex);
  if (cut === 1 && GLUED_ADVERBS.has(word.charCodeAt(0))) {
    tokens.push({ word: word[0]!, tag: 'd', textStart: start, textEnd: end, sentenceIndex });
  } else if (cut === 1 && previous !== undefined && /^(?:x|n|nz|nr|j|ng)$/.test(previous.tag) && isHan(previous.word.charCodeAt(0))) {
    tokens[tokens.length - 1] = { ...previous, word: previous.word + word[0], tag: previous.tag === 'nr' ? 'nr' : 'x', textEnd: end };
  } else if (cut > 0) {
    tokens.push({ word: word.slice(0, cut), tag: 'x', textStart: start, textEnd: end, sentenceIndex });
  }
  for (let at = cut; at < word.length; at++) tokens.push({ word: word[at]!, tag: word[at] === '拟' ? 'v' : 'p', textStart: start + at, textEnd: start + at + 1, sentenceIndex });
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
  let split = -1;
  for (const { word, tag } of nodejieba.tag(text)) {
    // The words come back in order and back to back, so each one nearly always starts at the cursor; it does
    // not where the text held a lone surrogate, which the segmenter reads as U+FFFD.
    const at = text.startsWith(word, cursor) ? cursor : text.indexOf(word, cursor);
    if (at < 0) continue;
    if (tag === 'x' && word.length >= 2 && GLUED_AFTER.has(word.charCodeAt(word.length - 1)) && isHan(word.charCodeAt(word.length - 2)) && (!word.endsWith('拟') || word.length >= 3 || unknownBefore(tokens, offset + at, sentenceIndex))) {
      pushGlued(tokens, word, offset + at, sentenceIndex);
    } else if (tag === 'x' && (word.length === 2 || word.length === 3) && GLUED_BEFORE.has(word.charCodeAt(0)) && isHan(word.charCodeAt(1)) && isHan(word.charCodeAt(word.length - 1)) && !NOT_GLUED_BEFORE.has(word) && !nameBefore(tokens, offset + at, sentenceIndex)) {
      tokens.push({ word: word[0]!, tag: 'p', textStart: offset + at, textEnd: offset + at + 1, sentenceIndex });
      tokens.push({ word: word.slice(1), tag: 'x', textStart: offset + at + 1, textEnd: offset + at + word.length, sentenceIndex });
      split = word.length === 2 ? tokens.length - 1 : -1;
    } else if ((split >= 0 && split === tokens.length - 1 && joinsSplit(word, tag) && tokens[split]!.textEnd === offset + at) || (word === '能' && energyBefore(tokens, offset + at, sentenceIndex))) {
      // 长 电/n → 长电, 天合光/x 能/v → 天合光能: the word joins the last token.
      const last = tokens[tokens.length - 1]!;
      tokens[tokens.length - 1] = { ...last, word: last.word + word, textEnd: offset + at + word.length };
    } else {
      tokens.push({ word, tag, textStart: offset + at, textEnd: offset + at + word.length, sentenceIndex });
    }
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
