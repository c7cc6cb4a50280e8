import * as OpenCC from 'opencc-js/t2cn';
import { diagnostic } from '../diagnostics.ts';
import { need, type ArticleDoc, type Stage, type StageContext } from '../doc.ts';

const toSimplified: (text: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hkToSimplified: (text: string) => string = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Share of CJK characters that the converter changes: near zero for Simplified text. */
export function traditionalShare(text: string): number {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const converted = toSimplified(sample);
  let cjk = 0;
  let changed = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) continue;
    cjk++;
    if (converted.length === sample.length && converted[i] !== sample[i]) changed++;
  }
  if (converted.length !== sample.length) return toSimplifiedPerChar(sample) === sample ? 0 : 1;
  return cjk === 0 ? 0 : changed / cjk;
}

/**
 * Character by character, keeping a character whenever its conversion has another UTF-16 length: a
 * compatibility ideograph outside the BMP (U+2F804) becomes a BMP character (你), which would shift every offset
 * after it.
 */
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
