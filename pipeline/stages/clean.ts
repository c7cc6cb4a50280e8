import type { ArticleDoc, Stage } from '../doc.ts';
import { looksLikeHtml, parseFrontMatter, parseHtml, type MarkupResult } from '../markup.ts';
import { applyEdits, composeMaps, type Edit } from '../offsets.ts';
import { mayMatch } from '../regex-prefilter.ts';

/**
 * Pinyin in parentheses after a hanzi, as scraped pages print it: `產(chǎn)`, `業(yè)`. Only letters with
 * tone marks (or ü) count, so `(CEO)` or `(000969)` are left alone.
 */
const PINYIN = /(?<=[\u3400-\u9fff])\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\)/g;

/** A comma between digits that groups thousands: 2,500, 1,234,567 (not 1,2 nor the years 2019,2020). */
const DIGIT_GROUPING = /(?<=\d),(?=\d{3}(?!\d))/g;

/**
 * Boilerplate that share bars, apps and syndication add. Written for both scripts, since cleaning runs
 * before Traditional→Simplified conversion. Each entry is a rule id and a pattern; matches are deleted.
 */
export const BOILERPLATE: readonly { id: string; pattern: RegExp; example: string }[] = [
  { id: 'clean/app-banner', pattern: /[打點点][开開][网網]易新[闻聞]\s*查看精彩[图圖]片/g, example: '打開網易新聞 查看精彩圖片' },
  { id: 'clean/original-title-marker', pattern: /原[标標][题題][:：]\s*/g, example: '原标题：雷军再出手' },
  // A source credit runs to the next punctuation when that is short; a long run means the credit was glued
  // to the next sentence, and only the marker goes.
  { id: 'clean/source-credit', pattern: /[来來]源[:：]\s*(?:[^\s，。,.；;！!？?]{1,8}(?=[，。,.；;！!？?\s]|$))?/g, example: '来源：天眼查' },
  { id: 'clean/editor-credit', pattern: /[责責]任[编編][辑輯][:：][^\n。]{0,20}[)）]?\s*$/gm, example: '责任编辑：王蒙' },
  { id: 'clean/share-prompt', pattern: /(?:[点點][击擊]|[扫掃]描|[长長]按)(?:[进進]入|[关關]注|二[维維]码|[识識][别別])[^\n。]{0,20}/g, example: '点击进入专题' },
];

export function findBoilerplate(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const { pattern } of BOILERPLATE) {
    // Most patterns need a character or word (源, 任, 易新…) that a quick search rules out; exec in a loop, not
    // matchAll, which clones the RegExp.
    if (!mayMatch(pattern, text)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0].length === 0) pattern.lastIndex++;
      else edits.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return edits;
}

function markupOf(original: string): MarkupResult {
  return parseFrontMatter(original) ?? (looksLikeHtml(original) ? parseHtml(original) : {
    format: 'text',
    edits: [],
    title: null,
    published: null,
    url: null,
    site: null,
  });
}

/**
 * `clean`: strips front matter or HTML markup (keeping title, date, url), pinyin annotations and
 * boilerplate, with a map back to the original.
 */
export const cleanStage: Stage<'cleaned' | 'header'> = {
  name: 'clean',
  requires: [],
  provides: ['cleaned', 'header'],
  run(doc: ArticleDoc) {
    const markup = markupOf(doc.original);
    // The pattern starts with a look-behind, which the regex engine tries at every character; an annotation
    // needs a parenthesis, and most articles have none.
    const pinyin: Edit[] = doc.original.includes('(')
      ? [...doc.original.matchAll(PINYIN)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
      : [];
    const first = applyEdits(doc.original, [...markup.edits, ...pinyin]);
    const found = findBoilerplate(first.text);
    // 每股2,500日圆: a thousands separator would cut the clause in two for every rule; it goes, the digits stay.
    const outsideBoilerplate = (g: Edit): boolean => !found.some((b) => b.start <= g.start && g.end <= b.end);
    const grouping = first.text.includes(',') ? [...first.text.matchAll(DIGIT_GROUPING)].map((m) => ({ start: m.index, end: m.index + 1 })).filter(outsideBoilerplate) : [];
    // 格隆汇11月19日丨地平线机器人: 丨 (a radical, never a word of business news) parts a dateline or a title from the
    // text as a bar does; read as a bar, it glues no two words into one name.
    const bars = first.text.includes('丨') ? [...first.text.matchAll(/丨/g)].map((m) => ({ start: m.index, end: m.index + 1, replacement: '|' })).filter(outsideBoilerplate) : [];
    const boilerplate = grouping.length === 0 && bars.length === 0 ? found : [...found, ...grouping, ...bars];
    // Without boilerplate the second map would be the identity, and composing with it a copy of the first.
    const second = boilerplate.length === 0 ? undefined : applyEdits(first.text, boilerplate);
    const cleaned = second ? { text: second.text, map: composeMaps(second.map, first.map) } : first;
    const title = markup.title ?? titleFromText(cleaned.text);
    return {
      cleaned: { text: cleaned.text, map: cleaned.map },
      header: {
        title,
        published: markup.published,
        publishedFrom: markup.published ? 'front-matter' : null,
        url: markup.url,
        site: markup.site,
        format: markup.format,
      },
    };
  },
};

/** A first line that is short and has no sentence-final punctuation reads as a headline. */
function titleFromText(text: string): string | null {
  const firstLine = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  if (firstLine.length >= 4 && firstLine.length <= 40 && !/[。！？!?]$/.test(firstLine) && text.includes('\n')) {
    return firstLine;
  }
  return null;
}
