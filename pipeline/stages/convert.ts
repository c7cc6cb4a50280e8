import * as OpenCC from 'opencc-js/t2cn';
import { diagnostic } from '../diagnostics.ts';
import { need, type ArticleDoc, type Stage, type StageContext } from '../doc.ts';

const toSimplified: (text: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hkToSimplified: (text: string) => string = OpenCC.Converter({ from: 'hk', to: 'cn' });

let traditionalOnly: Uint8Array | undefined;

/**
 * Marks the characters that only Traditional text uses: those the converter changes on their own, less those
 * that are themselves the Simplified form of another (么 becomes 幺 alone, yet 什么 is Simplified). Built
 * once per thread, from the converter itself.
 */
function traditionalOnlyTable(): Uint8Array {
  if (traditionalOnly) return traditionalOnly;
  const table = new Uint8Array(0x10000);
  const simplifiedForms: number[] = [];
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const ch = String.fromCharCode(code);
    const converted = toSimplified(ch);
    if (converted === ch) continue;
    table[code] = 1;
    for (let i = 0; i < converted.length; i++) simplifiedForms.push(converted.charCodeAt(i));
  }
  for (const code of simplifiedForms) table[code] = 0;
  traditionalOnly = table;
  return table;
}

/**
 * Share of CJK characters that are Traditional-only forms (in the first 20 000 characters): near zero for
 * Simplified text. A table lookup per character, where running the converter over the text cost more than
 * any other part of this stage.
 */
export function traditionalShare(text: string): number {
  const table = traditionalOnlyTable();
  const length = Math.min(text.length, 20000);
  let cjk = 0;
  let traditional = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    cjk++;
    traditional += table[code]!;
  }
  return cjk === 0 ? 0 : traditional / cjk;
}

function toSimplifiedPerChar(text: string): string {
  let out = '';
  for (const ch of text) {
    const converted = toSimplified(ch);
    out += converted.length === ch.length ? converted : ch;
  }
  return out;
}

/** Hong Kong forms that the Taiwan table leaves alone. */
const HK_HINTS = /[噉嘅冇咗啲睇佢]/;

/**
 * Converts to Simplified keeping the length, so the offset map stays one-to-one: phrase-level conversion
 * first, and per-character conversion where a phrase would change the length.
 */
export function convertKeepingLength(text: string): string {
  const convert = HK_HINTS.test(text) ? hkToSimplified : toSimplified;
  const converted = convert(text);
  if (converted.length === text.length) return converted;
  return text
    .split(/(?<=[\n。！？])/)
    .map((piece) => {
      const out = convert(piece);
      return out.length === piece.length ? out : toSimplifiedPerChar(piece);
    })
    .join('');
}

/** Above this share of converted characters the article is taken as Traditional. */
const TRADITIONAL_THRESHOLD = 0.03;

/** `convert`: Traditional → Simplified (Taiwan and Hong Kong forms) with opencc-js, keeping the offset map. */
export const convertStage: Stage<'working'> = {
  name: 'convert',
  requires: ['cleaned'],
  provides: ['working'],
  run(doc: ArticleDoc, ctx: StageContext) {
    const cleaned = need(doc, 'cleaned', 'convert');
    const share = traditionalShare(cleaned.text);
    if (share < TRADITIONAL_THRESHOLD) {
      return { working: { text: cleaned.text, map: cleaned.map, script: 'simplified' } };
    }
    const text = convertKeepingLength(cleaned.text);
    ctx.report(
      diagnostic('KG020', 'convert', `${ctx.source}: ${(share * 100).toFixed(0)}% of CJK characters are Traditional; converted to Simplified`),
    );
    return { working: { text, map: cleaned.map, script: 'traditional' } };
  },
};
