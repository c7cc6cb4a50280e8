import type { Amount } from '../../schemas/common.ts';

const CURRENCIES: readonly [RegExp, string][] = [
  [/美元|美金/, 'USD'],
  [/港元|港币/, 'HKD'],
  [/欧元/, 'EUR'],
  [/日元/, 'JPY'],
  [/英镑/, 'GBP'],
  [/元|人民币/, 'CNY'],
];

const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 1e4, 十万: 1e5, 百万: 1e6, 千万: 1e7, 亿: 1e8, 十亿: 1e9, 百亿: 1e10, 千亿: 1e11, 万亿: 1e12 };
const VAGUE: Readonly<Record<string, number>> = { 数: 3, 几: 3, 近: 1, 超: 1, 逾: 1 };

/**
 * Amounts of money: `791.35万元`, `约6594.92万人民币`, `数千万元`, `亿元`, `5亿美元`.
 * The named group `amount` in relation rules uses this pattern.
 */
export const AMOUNT_PATTERN = '(?:约|近|超|超过|逾|不超过|共计|合计)?(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?|<N>|[数几])?(?:十万|百万|千万|万亿|十亿|百亿|千亿|万|亿)?(?:人民币|元|美元|美金|港元|港币|欧元|日元|英镑)(?:人民币)?';

/** Normalises an amount's text to a number and an ISO currency; undefined when the number is masked or absent. */
export function parseAmount(text: string): Amount | undefined {
  const currency = CURRENCIES.find(([pattern]) => pattern.test(text))?.[1];
  if (!currency) return undefined;
  const match = /^(约|近|超|超过|逾|不超过|共计|合计)?(\d+(?:,\d{3})*(?:\.\d+)?|[数几])?(十万|百万|千万|万亿|十亿|百亿|千亿|万|亿)?/.exec(text);
  if (!match) return undefined;
  const [, hedge, number, unit] = match;
  if (!number && !unit) return undefined;
  const base = number === undefined ? 1 : number in VAGUE ? VAGUE[number]! : Number(number.replace(/,/g, ''));
  const value = base * (unit ? MULTIPLIERS[unit]! : 1);
  if (!Number.isFinite(value)) return undefined;
  const approximate = Boolean(hedge) || number === undefined || number in VAGUE;
  return { value: Math.round(value * 100) / 100, currency, ...(approximate ? { approximate } : {}), text };
}
