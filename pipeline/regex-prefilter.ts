/**
 * A cheap test that rules a regular expression out before it runs: most relation rules need one of a few
 * words (收购, 持有, 增资…) and a mention or two, and most sentences lack them, so a few look-ups spare a regex
 * scan of the whole sentence.
 *
 * `requirements` reads the pattern's source and finds what every match must contain: each group of words of
 * which a match holds at least one (a group that is not optional, whose alternatives are plain text or hold
 * such words themselves, or a run of plain characters), and how many characters of each simple character class
 * (`[\ue000-\ue3ff]`, a masked mention) it consumes at least. It looks into groups that are not optional and
 * skips lookarounds. It claims nothing whenever it is unsure (escapes it does not know, the i, u or v flag), so
 * the test never rules out a text the pattern could match.
 *
 * @example
 * requiredWords(/(?<S>[\ue000-\ue3ff])[^。]{0,12}?(?:收购|并购)(?<O>[\ue000-\ue3ff])/g) // ['收购', '并购']
 * mayMatch(/…(?:收购|并购)…/g, '小米入股了宁德时代') // false: the regex need not run
 * new RegexFilter([a, b, c]).check(text) // [1, 0, 1]: only a and c may match text
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

/** The index of the `]` that closes the class opening at `start`, or -1. */
export function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return -1;
}

/** The index of the `)` that closes the group opening at `start`, or -1. */
export function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(source, i);
      if (i < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Splits a pattern (or a group's body) into its top-level alternatives; undefined on an unbalanced group or class. */
function alternatives(source: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(source, i);
      if (i < 0) return undefined;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
    if (depth < 0) return undefined;
  }
  if (depth !== 0) return undefined;
  out.push(source.slice(from));
  return out;
}

/** Splits an alternative into its top-level tokens with their quantifiers; undefined on syntax it does not follow. */
function tokens(source: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const start = i;
    const ch = source[i]!;
    if (ch === '|') return undefined; // an alternation at this level: the caller splits alternatives first
    if (ch === '\\') {
      const escape = KNOWN_ESCAPE.exec(source.slice(i));
      if (!escape) return undefined; // \k<name>, \x41, \p{…}, back-references: not worth reading
      i += escape[0].length;
    } else if (ch === '[' || ch === '(') {
      const end = ch === '[' ? classEnd(source, i) : groupEnd(source, i);
      if (end < 0) return undefined;
      i = end + 1;
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

/** What every match of a pattern holds. */
export interface Requirements {
  /** Groups of words: a match holds at least one word of every group. */
  readonly words: readonly (readonly string[])[];
  /** Character classes, as code point ranges, with the least number of characters a match takes from each. */
  readonly classes: readonly { readonly source: string; readonly ranges: readonly (readonly [number, number])[]; readonly count: number }[];
}

/** The ranges of a class made only of \uXXXX characters and ranges, such as a masked mention's; undefined for any other. */
function classRanges(text: string): [number, number][] | undefined {
  const body = /^\[((?:\\u[0-9a-fA-F]{4}(?:-\\u[0-9a-fA-F]{4})?)+)\]$/.exec(text)?.[1];
  if (!body) return undefined;
  return [...body.matchAll(/\\u([0-9a-fA-F]{4})(?:-\\u([0-9a-fA-F]{4}))?/g)].map((m) => [parseInt(m[1]!, 16), parseInt(m[2] ?? m[1]!, 16)]);
}

/** The body of a consuming group; undefined for a lookaround. */
function groupBody(group: string): string | undefined {
  if (/^\(\?(?:=|!|<=|<!)/.test(group)) return undefined;
  return /^\((?:\?:|\?<[A-Za-z]\w*>)?([\s\S]*)\)$/.exec(group)?.[1];
}

/** Keeps the words of a group that contain no other of its words: 投资 found means 战略投资 need not be looked for. */
function minimal(words: readonly string[]): string[] {
  const unique = [...new Set(words)];
  return unique.filter((word) => !unique.some((other) => other !== word && word.includes(other)));
}

/** The group of words whose shortest word is longest (the most selective), or undefined when there is none. */
function mostSelective(groups: readonly (readonly string[])[]): readonly string[] | undefined {
  let best: readonly string[] | undefined;
  let bestShortest = 0;
  for (const group of groups) {
    const shortest = Math.min(...group.map((w) => w.length));
    if (shortest > bestShortest) {
      best = group;
      bestShortest = shortest;
    }
  }
  return best;
}

interface Found {
  words: (readonly string[])[];
  classes: Map<string, { ranges: [number, number][]; count: number }>;
}

/** Adds what every match of `source` holds, `times` over, to `found`; false when it cannot read `source`. */
function read(source: string, times: number, found: Found): boolean {
  const alts = alternatives(source);
  if (!alts) return false;
  if (alts.length > 1) {
    // Every alternative must hold a word of its own for the union of them to be required; classes are not followed.
    const union: string[] = [];
    for (const alt of alts) {
      const inner: Found = { words: [], classes: new Map() };
      if (!read(alt, 1, inner)) return false;
      const best = mostSelective(inner.words);
      if (!best) return true;
      union.push(...best);
    }
    found.words.push(minimal(union));
    return true;
  }
  const top = tokens(source);
  if (!top) return false;
  let run = '';
  const flush = (): void => {
    if (run) found.words.push([run]);
    run = '';
  };
  for (const token of top) {
    const plain = token.text.length === 1 && PLAIN.test(token.text);
    if (plain && !token.quantified) {
      run += token.text;
      continue;
    }
    flush();
    // 啊{2,} or 啊+: the run goes on from its required copies (啊啊 in 啊啊啊, then what follows).
    if (plain && token.min >= 1) run = token.text.repeat(token.min);
    if (token.min < 1) continue;
    if (token.text.startsWith('[')) {
      const ranges = classRanges(token.text);
      if (ranges) {
        const known = found.classes.get(token.text);
        found.classes.set(token.text, { ranges, count: (known?.count ?? 0) + token.min * times });
      }
    } else if (token.text.startsWith('(')) {
      const body = groupBody(token.text);
      // A group this reader cannot follow requires nothing that it knows of; the rest of the pattern still holds.
      if (body !== undefined) read(body, token.min * times, found);
    }
  }
  flush();
  return true;
}

const requirementsCache = new WeakMap<RegExp, Requirements>();

/** What every match of `regex` holds; nothing (no words, no classes) when its source is beyond this reader. */
export function requirements(regex: RegExp): Requirements {
  let known = requirementsCache.get(regex);
  if (known) return known;
  const found: Found = { words: [], classes: new Map() };
  if (/[iuv]/.test(regex.flags) || !read(regex.source, 1, found)) known = { words: [], classes: [] };
  else {
    known = {
      words: found.words.map(minimal).filter((group) => group.every((word) => word.length > 0) && group.length > 0),
      classes: [...found.classes].map(([source, { ranges, count }]) => ({ source, ranges, count })),
    };
  }
  requirementsCache.set(regex, known);
  return known;
}

/**
 * Words of which every match of `regex` contains at least one, or `undefined` when no such set is evident.
 * Of several such sets, the one whose shortest word is longest (the most selective).
 */
export function requiredWords(regex: RegExp): readonly string[] | undefined {
  return mostSelective(requirements(regex).words);
}

/**
 * Rules out, in one pass over a text, the regexes of a fixed list that cannot match it: the words they need
 * are looked for at once, indexed by their first character, and the characters of their classes counted.
 * Each word found marks the groups it belongs to, so the work grows with the words a text holds, not with the
 * number of regexes. All tables are flat typed arrays: this runs once per sentence for over a hundred rules.
 */
export class RegexFilter {
  private readonly regexCount: number;
  /** Words starting with code c are `firstWords[firstStart[c]..firstStart[c + 1])`. */
  private readonly firstStart = new Int32Array(0x10001);
  private readonly firstWords: Int32Array;
  /** One bit per code that starts some word: 8 KB that stay in cache, where `firstStart` (256 KB) would not. */
  private readonly starts = new Int32Array(0x800);
  /** The words' characters, back to back: word w is `chars[charFrom[w]..charFrom[w + 1])`, compared inline. */
  private readonly chars: Uint16Array;
  private readonly charFrom: Int32Array;
  /** The groups word w belongs to are `wordGroups[groupStart[w]..groupStart[w + 1])`; group g belongs to regex `groupRegex[g]`. */
  private readonly groupStart: Int32Array;
  private readonly wordGroups: Int32Array;
  private readonly groupRegex: Int32Array;
  /** Per regex: how many groups of words it needs. */
  private readonly groupCount: Int32Array;
  /** Every class any regex needs, as flat [from, to, from, to…] ranges, and the span of codes they cover. */
  private readonly classes: readonly Int32Array[];
  private readonly classLow: number = Infinity;
  private readonly classHigh: number = -Infinity;
  /**
   * Whether regex r gets the characters it needs, by the counts per class capped at the most any regex needs
   * (`cap`): `allowed[signature * regexCount + r]`, the signature being the capped counts as digits in base
   * cap + 1. A few kinds of mention and needs of one to three make a table of some dozens of rows.
   */
  private readonly allowed: Uint8Array;
  private readonly cap: number;
  /** Per text: words found, groups met, groups met per regex, characters per class. */
  private readonly found: Uint8Array;
  private readonly met: Uint8Array;
  private readonly metCount: Int32Array;
  private readonly counts: Int32Array;
  private readonly answer: Uint8Array;

  constructor(regexes: readonly RegExp[]) {
    const words: string[] = [];
    const wordIds = new Map<string, number>();
    const groupsOf: number[][] = [];
    const groupRegex: number[] = [];
    const classIds = new Map<string, number>();
    const classes: Int32Array[] = [];
    const needs: [regex: number, klass: number, count: number][] = [];
    this.regexCount = regexes.length;
    this.groupCount = new Int32Array(regexes.length);
    regexes.forEach((regex, r) => {
      const required = requirements(regex);
      for (const { source, ranges, count } of required.classes) {
        let id = classIds.get(source);
        if (id === undefined) {
          id = classes.length;
          classes.push(Int32Array.from(ranges.flat()));
          classIds.set(source, id);
        }
        needs.push([r, id, count]);
      }
      for (const group of required.words) {
        const g = groupRegex.length;
        groupRegex.push(r);
        this.groupCount[r]!++;
        for (const word of group) {
          let id = wordIds.get(word);
          if (id === undefined) {
            id = words.length;
            words.push(word);
            wordIds.set(word, id);
            groupsOf.push([]);
          }
          groupsOf[id]!.push(g);
        }
      }
    });
    this.groupRegex = Int32Array.from(groupRegex);
    this.groupStart = new Int32Array(words.length + 1);
    groupsOf.forEach((groups, w) => (this.groupStart[w + 1] = this.groupStart[w]! + groups.length));
    this.wordGroups = Int32Array.from(groupsOf.flat());
    this.charFrom = new Int32Array(words.length + 1);
    words.forEach((word, w) => (this.charFrom[w + 1] = this.charFrom[w]! + word.length));
    this.chars = new Uint16Array(this.charFrom[words.length]!);
    words.forEach((word, w) => {
      for (let i = 0; i < word.length; i++) this.chars[this.charFrom[w]! + i] = word.charCodeAt(i);
    });
    const byFirst = words.map((word, w) => [word.charCodeAt(0), w] as const).sort((a, b) => a[0] - b[0]);
    this.firstWords = Int32Array.from(byFirst, ([, w]) => w);
    for (const [code] of byFirst) {
      this.firstStart[code + 1]!++;
      this.starts[code >>> 5]! |= 1 << (code & 31);
    }
    for (let c = 0; c < 0x10000; c++) this.firstStart[c + 1]! += this.firstStart[c]!;
    this.classes = classes;
    for (const ranges of classes) {
      for (let i = 0; i < ranges.length; i += 2) {
        this.classLow = Math.min(this.classLow, ranges[i]!);
        this.classHigh = Math.max(this.classHigh, ranges[i + 1]!);
      }
    }
    const classNeed = new Int32Array(classes.length * regexes.length);
    for (const [r, c, count] of needs) classNeed[c * regexes.length + r] = Math.max(classNeed[c * regexes.length + r]!, count);
    this.cap = Math.max(0, ...classNeed);
    const signatures = (this.cap + 1) ** classes.length;
    if (signatures > 1 << 16) throw new Error(`expected a few kinds of characters with small counts, found ${classes.length} classes needed up to ${this.cap} times`);
    this.allowed = new Uint8Array(signatures * regexes.length);
    for (let signature = 0; signature < signatures; signature++) {
      for (let r = 0; r < regexes.length; r++) {
        let ok = 1;
        for (let c = 0, rest = signature; c < classes.length; c++, rest = Math.floor(rest / (this.cap + 1))) {
          if (rest % (this.cap + 1) < classNeed[c * regexes.length + r]!) ok = 0;
        }
        this.allowed[signature * regexes.length + r] = ok;
      }
    }
    this.found = new Uint8Array(words.length);
    this.met = new Uint8Array(groupRegex.length);
    this.metCount = new Int32Array(regexes.length);
    this.counts = new Int32Array(classes.length);
    this.answer = new Uint8Array(regexes.length);
  }

  /**
   * Per regex, in the order given: 1 when it may match `text`, 0 when it cannot. The array is reused by the
   * next call.
   */
  check(text: string): Uint8Array {
    const { found, met, metCount, counts, starts, firstStart, firstWords, chars, charFrom, groupStart, wordGroups, groupRegex, classes, classLow, classHigh } = this;
    found.fill(0);
    met.fill(0);
    metCount.fill(0);
    counts.fill(0);
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (code >= classLow && code <= classHigh) {
        for (let c = 0; c < classes.length; c++) {
          const ranges = classes[c]!;
          for (let k = 0; k < ranges.length; k += 2) {
            if (code >= ranges[k]! && code <= ranges[k + 1]!) {
              counts[c]!++;
              break;
            }
          }
        }
      }
      if ((starts[code >>> 5]! & (1 << (code & 31))) === 0) continue;
      for (let f = firstStart[code]!, end = firstStart[code + 1]!; f < end; f++) {
        const w = firstWords[f]!;
        if (found[w] === 1) continue;
        const from = charFrom[w]!;
        const size = charFrom[w + 1]! - from;
        if (i + size > length) continue;
        let j = 1;
        while (j < size && text.charCodeAt(i + j) === chars[from + j]) j++;
        if (j < size) continue;
        found[w] = 1;
        for (let k = groupStart[w]!, last = groupStart[w + 1]!; k < last; k++) {
          const g = wordGroups[k]!;
          if (met[g] === 0) {
            met[g] = 1;
            metCount[groupRegex[g]!]!++;
          }
        }
      }
    }
    const { answer, groupCount, allowed, regexCount, cap } = this;
    let signature = 0;
    for (let c = counts.length - 1; c >= 0; c--) signature = signature * (cap + 1) + Math.min(counts[c]!, cap);
    for (let r = 0, at = signature * regexCount; r < regexCount; r++, at++) answer[r] = metCount[r] === groupCount[r] ? allowed[at]! : 0;
    return answer;
  }
}

/** Every word and class `mayMatch` was asked about, by number, so that a text's answers sit in small arrays. */
const wordIds = new Map<string, number>();
const knownWords: string[] = [];
const classIds = new Map<string, number>();
const knownClasses: (readonly (readonly [number, number])[])[] = [];
/** Per regex: its word groups and class needs by number. */
const compiled = new WeakMap<RegExp, { readonly groups: readonly Int32Array[]; readonly classes: readonly (readonly [number, number])[] }>();
/** For the text last asked about: per word 0 not looked for yet, 1 absent, 2 present; per class its count, or -1. */
let memoText: string | undefined;
let wordMemo = new Uint8Array(64);
let classMemo = new Int32Array(8);

function compile(regex: RegExp): { readonly groups: readonly Int32Array[]; readonly classes: readonly (readonly [number, number])[] } {
  const { words, classes } = requirements(regex);
  const groups = words.map((group) =>
    Int32Array.from(group, (word) => {
      let id = wordIds.get(word);
      if (id === undefined) {
        id = knownWords.length;
        knownWords.push(word);
        wordIds.set(word, id);
      }
      return id;
    }),
  );
  const needs = classes.map(({ source, ranges, count }): [number, number] => {
    let id = classIds.get(source);
    if (id === undefined) {
      id = knownClasses.length;
      knownClasses.push(ranges);
      classIds.set(source, id);
    }
    return [id, count];
  });
  return { groups, classes: needs };
}

function countClass(text: string, ranges: readonly (readonly [number, number])[]): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    for (const [from, to] of ranges) {
      if (code >= from && code <= to) {
        count++;
        break;
      }
    }
  }
  return count;
}

/** False when `text` lacks something every match of `regex` needs: the regex cannot match it. */
export function mayMatch(regex: RegExp, text: string): boolean {
  let need = compiled.get(regex);
  if (need === undefined) {
    need = compile(regex);
    compiled.set(regex, need);
  }
  if (wordMemo.length < knownWords.length) wordMemo = new Uint8Array(knownWords.length * 2);
  if (classMemo.length < knownClasses.length) classMemo = new Int32Array(knownClasses.length * 2);
  if (text !== memoText) {
    memoText = text;
    wordMemo.fill(0);
    classMemo.fill(-1);
  }
  for (const [id, count] of need.classes) {
    let known = classMemo[id]!;
    if (known < 0) {
      known = countClass(text, knownClasses[id]!);
      classMemo[id] = known;
    }
    if (known < count) return false;
  }
  for (const group of need.groups) {
    let any = false;
    for (let i = 0; i < group.length; i++) {
      const id = group[i]!;
      let state = wordMemo[id]!;
      if (state === 0) {
        state = text.includes(knownWords[id]!) ? 2 : 1;
        wordMemo[id] = state;
      }
      if (state === 2) {
        any = true;
        break;
      }
    }
    if (!any) return false;
  }
  return true;
}
