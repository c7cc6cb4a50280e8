import type { DateValue } from '../../schemas/common.ts';
import { RegexFilter } from '../regex-prefilter.ts';

/** A date found in a text, before resolution: absolute parts or an offset from the publication date. */
export interface DateMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly ruleId: string;
  /** Resolves against a publication date (null when it is unknown); undefined when it cannot resolve. */
  resolve(published: DateValue | null): DateValue | undefined;
  readonly relative: boolean;
  /** Absolute dates only: the value without any reference. */
  readonly absolute?: DateValue;
  /** Said of the future (预计2023年6月竣工): not evidence of when the text was written. */
  readonly future?: boolean;
}

const FUTURE_CUE = /(?:预计|将于|将在|将|计划|有望|力争|争取|到|至|目标|截至)\s*$/;

const CN_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** Parses 12, 十二, 二十三, 三 into a number. */
export function parseSmallNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const tens = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (tens) return (tens[1] ? CN_DIGITS[tens[1]]! : 1) * 10 + (tens[2] ? CN_DIGITS[tens[2]]! : 0);
  if (text.length === 1 && text in CN_DIGITS) return CN_DIGITS[text];
  return undefined;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function make(year: number, month?: number, day?: number, quarter?: number, text = ''): DateValue | undefined {
  if (year < 1900 || year > 2100) return undefined;
  if (quarter !== undefined) return quarter >= 1 && quarter <= 4 ? { value: `${year}-Q${quarter}`, precision: 'quarter', text } : undefined;
  if (month === undefined) return { value: String(year), precision: 'year', text };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return { value: `${year}-${pad(month)}`, precision: 'month', text };
  if (day < 1 || day > 31) return undefined;
  return { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', text };
}

/** Year, month and day of a date value (missing parts undefined). */
export function partsOf(date: DateValue): { year: number; month?: number; day?: number } {
  const [year, month, day] = date.value.split('-');
  const q = /^Q(\d)$/.exec(month ?? '');
  return {
    year: Number(year),
    ...(month && !q ? { month: Number(month) } : q ? { month: (Number(q[1]) - 1) * 3 + 1 } : {}),
    ...(day ? { day: Number(day) } : {}),
  };
}

const NUM = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
const YEAR_WORDS: Readonly<Record<string, number>> = { 今年: 0, 本年: 0, 去年: -1, 上年: -1, 前年: -2, 明年: 1, 来年: 1 };

interface DateRule {
  readonly id: string;
  readonly pattern: RegExp;
  readonly example: string;
  build(m: RegExpExecArray): Omit<DateMatch, 'start' | 'end' | 'text' | 'ruleId'>;
}

const absolute = (value: DateValue | undefined): Omit<DateMatch, 'start' | 'end' | 'text' | 'ruleId'> => ({
  relative: false,
  ...(value ? { absolute: value } : {}),
  resolve: () => value,
});

const relativeTo = (fn: (published: DateValue) => DateValue | undefined): Omit<DateMatch, 'start' | 'end' | 'text' | 'ruleId'> => ({
  relative: true,
  resolve: (published) => (published ? fn(published) : undefined),
});

/** The date rules, most specific first. */
export const DATE_RULES: readonly DateRule[] = [
  {
    id: 'date/ymd',
    pattern: /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*[日号]?/g,
    example: '2025年3月20日官方宣布',
    build: (m) => absolute(make(Number(m[1]), Number(m[2]), Number(m[3]), undefined, m[0])),
  },
  {
    id: 'date/year-quarter',
    pattern: /(\d{4})\s*年\s*(?:第)?([一二三四1-4])\s*季度/g,
    example: '小米集团2022年第一季度财报',
    build: (m) => absolute(make(Number(m[1]), undefined, undefined, parseSmallNumber(m[2]!), m[0])),
  },
  {
    id: 'date/ym',
    pattern: /(\d{4})\s*年\s*(\d{1,2})\s*月(?:份)?/g,
    example: '2022年1月，富特科技完成亿元战略轮融资',
    build: (m) => absolute(make(Number(m[1]), Number(m[2]), undefined, undefined, m[0])),
  },
  {
    id: 'date/year',
    pattern: /(?<![\d.])(\d{4})\s*年(?!\d|代|前|后|度)/g,
    example: '2024年，小米投资充电桩企业领充新能源',
    build: (m) => absolute(make(Number(m[1]), undefined, undefined, undefined, m[0])),
  },
  {
    id: 'date/relative-year-md',
    pattern: new RegExp(`(今年|本年|去年|上年|前年|明年|来年)${NUM}月${NUM}[日号]`, 'g'),
    example: '今年5月28日，上海快卜新能源科技有限公司发生工商变更',
    build: (m) => relativeTo((p) => make(partsOf(p).year + YEAR_WORDS[m[1]!]!, parseSmallNumber(m[2]!), parseSmallNumber(m[3]!), undefined, m[0])),
  },
  {
    id: 'date/relative-year-m',
    pattern: new RegExp(`(今年|本年|去年|上年|前年|明年|来年)${NUM}月(?:份)?`, 'g'),
    example: '今年4月份，小米汽车位于北京亦庄的生产基地一期工程已经开工建设',
    build: (m) => relativeTo((p) => make(partsOf(p).year + YEAR_WORDS[m[1]!]!, parseSmallNumber(m[2]!), undefined, undefined, m[0])),
  },
  {
    id: 'date/relative-year-quarter',
    pattern: /(今年|本年|去年|上年|明年)?(?:第)?([一二三四])季度/g,
    example: '小米汽车的工程样车预计将在今年三季度亮相',
    build: (m) => relativeTo((p) => make(partsOf(p).year + (m[1] ? YEAR_WORDS[m[1]]! : 0), undefined, undefined, parseSmallNumber(m[2]!), m[0])),
  },
  {
    id: 'date/month-day',
    pattern: new RegExp(`(?<![年\\d])${NUM}月${NUM}[日号]`, 'g'),
    example: '3月19日洛阳市委书记江凌与小米产业投资总经理孙昌旭的一场工作会谈',
    build: (m) => relativeTo((p) => make(partsOf(p).year, parseSmallNumber(m[1]!), parseSmallNumber(m[2]!), undefined, m[0])),
  },
  {
    id: 'date/relative-year',
    pattern: /(今年|本年|去年|上年|前年|明年|来年)(?:初|年初|上半年|下半年|年底|年末|以来)?/g,
    example: '小米继今年初入股富特科技后',
    build: (m) => relativeTo((p) => make(partsOf(p).year + YEAR_WORDS[m[1]!]!, undefined, undefined, undefined, m[0])),
  },
  {
    id: 'date/years-ago',
    pattern: /(\d{1,2}|[一二两三四五六七八九十]{1,2})年前/g,
    example: '双方的首次合作可以追溯到两年前',
    build: (m) => relativeTo((p) => make(partsOf(p).year - (parseSmallNumber(m[1]!) ?? 0), undefined, undefined, undefined, m[0])),
  },
  {
    id: 'date/half-year-ago',
    pattern: /半年前/g,
    example: '半年前，小米也已经在充电补能版块有过出手记录',
    build: () =>
      relativeTo((p) => {
        const { year, month } = partsOf(p);
        if (month === undefined) return undefined;
        const total = year * 12 + (month - 1) - 6;
        return make(Math.floor(total / 12), (total % 12) + 1, undefined, undefined, '半年前');
      }),
  },
  {
    id: 'date/last-month',
    pattern: /上个?月/g,
    example: '上月，该公司完成了新一轮融资',
    build: (m) =>
      relativeTo((p) => {
        const { year, month } = partsOf(p);
        if (month === undefined) return undefined;
        return month === 1 ? make(year - 1, 12, undefined, undefined, m[0]) : make(year, month - 1, undefined, undefined, m[0]);
      }),
  },
  {
    id: 'date/recently',
    pattern: /近日|日前|近期/g,
    example: '小米近日通过实控的瀚星投资，战略入股宁德时代合资企业',
    build: (m) =>
      relativeTo((p) => {
        const { year, month } = partsOf(p);
        return make(year, month, undefined, undefined, m[0]);
      }),
  },
];

/** What the date rules need, checked in one pass over a text; built on first use. */
let dateFilter: RegexFilter | undefined;

/** All dates in a text, longest first where they overlap. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  // Most date rules need a word (季度, 今年, 年前…) that most sentences lack: one pass over the text rules them
  // out, where asking about each rule looked for its words one by one (sixteen words in all).
  dateFilter ??= new RegexFilter(DATE_RULES.map((rule) => rule.pattern));
  const may = dateFilter.check(text);
  for (let k = 0; k < DATE_RULES.length; k++) {
    if (may[k] === 0) continue;
    const rule = DATE_RULES[k]!;
    // exec in a loop, not matchAll, which clones the RegExp on every call.
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      if (m[0].length === 0) rule.pattern.lastIndex++;
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const future = FUTURE_CUE.test(text.slice(Math.max(0, start - 4), start));
      found.push({ start, end, text: m[0], ruleId: rule.id, ...rule.build(m), ...(future ? { future } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Parses a declared publication date (front matter, HTML meta, dateline): ISO forms and Chinese forms.
 */
export function parsePublished(text: string): DateValue | undefined {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return make(Number(iso[1]), Number(iso[2]), Number(iso[3]), undefined, text);
  const match = findDates(text).find((d) => d.absolute);
  return match?.absolute ? { ...match.absolute, text } : undefined;
}
