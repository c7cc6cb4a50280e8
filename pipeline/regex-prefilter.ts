/**
 * A cheap test that rules a regular expression out before it runs: most relation rules need one of a few
 * words (收购, 持有, 增资…), and most sentences hold none of them, so a few `includes` calls spare a regex scan
 * of the whole sentence.
 *
 * `requiredWords` reads the pattern's source and finds a group that every match must contain — a group at the
 * top level, not optional, whose alternatives are plain text — or a run of plain characters at the top level.
 * It answers `undefined` whenever it is unsure (an alternation at the top level, escapes it does not know), so
 * the test never rules out a sentence the pattern could match.
 *
 * @example
 * requiredWords(/(?<S>[\ue000-\ue3ff])[^。]{0,12}?(?:收购|并购)(?<O>[\ue000-\ue3ff])/g) // ['收购', '并购']
 * mayMatch(/…(?:收购|并购)…/g, '小米入股了宁德时代') // false: the regex need not run
 */

/** Characters that are plain text inside a pattern: anything but the syntax of regular expressions. */
const PLAIN = /^[^\\^$.|?*+()[\]{}]+$/;

interface Token {
  /** The token's source: a character, an escape, a class or a whole group. */
  readonly text: string;
  /** Least number of times the token must occur. */
  readonly min: number;
  readonly quantified: boolean;
}

/** Escapes this reader knows: character-class shorthands, \uXXXX, and a backslash before punctuation. */
const KNOWN_ESCAPE = /^\\(?:[dDsSwWbBnrtfv0]|u[0-9a-fA-F]{4}|[^A-Za-z0-9])/;

/** Splits a pattern (or a group's body) into its top-level tokens with their quantifiers; undefined on syntax it does not follow. */
function tokens(source: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const start = i;
    const ch = source[i]!;
    if (ch === '|') return undefined; // an alternation at this level: nothing is required
    if (ch === '\\') {
      const escape = KNOWN_ESCAPE.exec(source.slice(i));
      if (!escape) return undefined; // \k<name>, \x41, \p{…}, back-references: not worth reading
      i += escape[0].length;
    } else if (ch === '[') {
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else if (ch === '(') {
      let depth = 0;
      while (i < source.length) {
        const c = source[i]!;
        if (c === '\\') i += 2;
        else if (c === '[') {
          i++;
          while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
          i++;
        } else {
          if (c === '(') depth++;
          else if (c === ')') depth--;
          i++;
          if (depth === 0) break;
        }
      }
      if (depth !== 0) return undefined;
    } else {
      i++;
    }
    if (i > source.length) return undefined;
    const text = source.slice(start, i);
    let min = 1;
    const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(source.slice(i));
    if (quantifier) {
      const q = quantifier[0][0];
      min = q === '?' || q === '*' ? 0 : q === '+' ? 1 : Number(quantifier[1]);
      i += quantifier[0].length;
    }
    out.push({ text, min, quantified: quantifier !== null });
  }
  return out;
}

/** The plain alternatives of a consuming group, if that is all it holds. */
function groupWords(group: string): string[] | undefined {
  const body = /^\((?:\?:|\?<[A-Za-z]\w*>)?([\s\S]*)\)$/.exec(group);
  if (!body || group.startsWith('(?=') || group.startsWith('(?!') || group.startsWith('(?<=') || group.startsWith('(?<!')) return undefined;
  const alternatives = body[1]!.split('|');
  if (alternatives.some((a) => !PLAIN.test(a))) return undefined;
  return alternatives;
}

/**
 * Words of which every match of `regex` contains at least one, or `undefined` when no such set is evident.
 * Prefers the set whose shortest word is longest (the most selective).
 */
export function requiredWords(regex: RegExp): readonly string[] | undefined {
  if (/[iuv]/.test(regex.flags)) return undefined;
  const top = tokens(regex.source);
  if (!top) return undefined;
  let best: string[] | undefined;
  const consider = (words: string[]): void => {
    const shortest = Math.min(...words.map((w) => w.length));
    if (shortest > 0 && (!best || shortest > Math.min(...best.map((w) => w.length)))) best = words;
  };
  let run = '';
  for (const token of top) {
    const plain = token.text.length === 1 && PLAIN.test(token.text);
    if (plain && !token.quantified) {
      run += token.text;
      continue;
    }
    if (run) consider([run]);
    // 啊{2,} or 啊+: the run goes on from its required copies (啊啊 in 啊啊啊, then what follows).
    run = plain && token.min >= 1 ? token.text.repeat(token.min) : '';
    if (token.min >= 1 && token.text.startsWith('(')) {
      const words = groupWords(token.text);
      if (words) consider(words);
    }
  }
  if (run) consider([run]);
  return best;
}

/** Every word any regex asked about, by number, so that a sentence's answers sit in one small array. */
const wordIds = new Map<string, number>();
const words: string[] = [];
/** Per regex: the numbers of its words, less those that contain another (投资 found means 战略投资 need not be). */
const cache = new WeakMap<RegExp, Int32Array | null>();
/** For the text last asked about, per word: 0 not looked for yet, 1 absent, 2 present. The rules of one sentence share many words. */
let memoText: string | undefined;
let memo = new Uint8Array(64);

function idsOf(regex: RegExp): Int32Array | null {
  const all = requiredWords(regex);
  if (!all) return null;
  const minimal = all.filter((word) => !all.some((other) => other !== word && word.includes(other)));
  return Int32Array.from(minimal, (word) => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = words.length;
      words.push(word);
      wordIds.set(word, id);
    }
    return id;
  });
}

/** False when `text` holds none of the words every match of `regex` needs: the regex cannot match it. */
export function mayMatch(regex: RegExp, text: string): boolean {
  let ids = cache.get(regex);
  if (ids === undefined) {
    ids = idsOf(regex);
    cache.set(regex, ids);
  }
  if (ids === null) return true;
  if (memo.length < words.length) memo = new Uint8Array(words.length * 2);
  if (text !== memoText) {
    memoText = text;
    memo.fill(0);
  }
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    let state = memo[id]!;
    if (state === 0) {
      state = text.includes(words[id]!) ? 2 : 1;
      memo[id] = state;
    }
    if (state === 2) return true;
  }
  return false;
}
