/**
 * Offset maps between a rewritten text and the text it was made from.
 *
 * For every UTF-16 unit `i` of the rewritten text, `starts[i]`/`ends[i]` give the half-open range of the
 * source that produced it. Deleting source text (a pinyin annotation, a boilerplate line) leaves a gap;
 * replacing a character keeps a one-to-one entry. Maps compose, so any stage can turn its offsets into
 * offsets of the original article.
 */
export interface OffsetMap {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Length of the source text the map points into. */
  readonly sourceLength: number;
}

/** A rewritten text and the map back to its source. */
export interface MappedText {
  readonly text: string;
  readonly map: OffsetMap;
}

export function identityMap(length: number): OffsetMap {
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { starts, ends, sourceLength: length };
}

/** Replace `text.slice(start, end)` by `replacement` (empty to delete). */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly replacement?: string;
}

/**
 * Applies non-overlapping edits and returns the new text with its map to `text`. Every character of a
 * replacement maps to the whole range it replaced; untouched characters map one-to-one. Overlapping edits
 * keep the first (by start, then longest).
 *
 * @example applyEdits('產(chǎn)業', [{start: 1, end: 7}]).text === '產業'
 */
export function applyEdits(text: string, edits: readonly Edit[]): MappedText {
  if (edits.length === 0) return { text, map: identityMap(text.length) };
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const starts: number[] = [];
  const ends: number[] = [];
  const parts: string[] = [];
  let cursor = 0;
  const keep = (from: number, to: number): void => {
    if (to <= from) return;
    parts.push(text.slice(from, to));
    for (let i = from; i < to; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
  };
  for (const edit of sorted) {
    const start = Math.max(edit.start, 0);
    const end = Math.min(edit.end, text.length);
    if (start < cursor || end < start) continue;
    keep(cursor, start);
    const replacement = edit.replacement ?? '';
    parts.push(replacement);
    for (let i = 0; i < replacement.length; i++) {
      starts.push(start);
      ends.push(end);
    }
    cursor = end;
  }
  keep(cursor, text.length);
  return {
    text: parts.join(''),
    map: { starts: Int32Array.from(starts), ends: Int32Array.from(ends), sourceLength: text.length },
  };
}

/** `outer` maps C→B and `inner` maps B→A; the result maps C→A. */
export function composeMaps(outer: OffsetMap, inner: OffsetMap): OffsetMap {
  const length = outer.starts.length;
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    const from = outer.starts[i]!;
    const to = outer.ends[i]!;
    starts[i] = from < inner.starts.length ? inner.starts[from]! : inner.sourceLength;
    ends[i] = to > 0 && to - 1 < inner.ends.length ? inner.ends[to - 1]! : starts[i]!;
  }
  return { starts, ends, sourceLength: inner.sourceLength };
}

/** Maps a half-open range of the rewritten text to the source range it came from. */
export function mapSpan(map: OffsetMap, start: number, end: number): { start: number; end: number } {
  const length = map.starts.length;
  if (length === 0) return { start: 0, end: 0 };
  const s = Math.min(Math.max(start, 0), length - 1);
  if (end <= start) {
    const at = start >= length ? map.sourceLength : map.starts[s]!;
    return { start: at, end: at };
  }
  const e = Math.min(end, length) - 1;
  return { start: map.starts[s]!, end: Math.max(map.ends[e]!, map.starts[s]!) };
}
