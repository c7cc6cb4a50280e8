import { describe, expect, it } from 'vitest';
import { applyEdits, composeMaps, mapSpan } from '../../pipeline/offsets.ts';

describe('offset maps', () => {
  it('deletes ranges and maps every kept character back', () => {
    const text = '小米產(chǎn)業(yè)投資';
    const { text: out, map } = applyEdits(text, [{ start: 3, end: 9 }, { start: 10, end: 14 }]);
    expect(out).toBe('小米產業投資');
    const span = mapSpan(map, 2, 4);
    expect(text.slice(span.start, span.end)).toBe('產(chǎn)業');
  });

  it('maps a replacement to the whole range it replaced', () => {
    const { text, map } = applyEdits('a&amp;b', [{ start: 1, end: 6, replacement: '&' }]);
    expect(text).toBe('a&b');
    expect(mapSpan(map, 1, 2)).toEqual({ start: 1, end: 6 });
  });

  it('composes two rewrites into one map to the original', () => {
    const original = 'xx<b>宁德时代</b>yy';
    const first = applyEdits(original, [{ start: 2, end: 5 }, { start: 9, end: 13 }]);
    const second = applyEdits(first.text, [{ start: 0, end: 2 }]);
    const map = composeMaps(second.map, first.map);
    expect(second.text).toBe('宁德时代yy');
    const span = mapSpan(map, 0, 4);
    expect(original.slice(span.start, span.end)).toBe('宁德时代');
  });

  it('keeps overlapping edits from failing: the first wins', () => {
    const { text } = applyEdits('abcdef', [{ start: 1, end: 4 }, { start: 2, end: 5 }]);
    expect(text).toBe('aef');
  });
});
