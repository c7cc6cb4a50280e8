import type { RelationFacts } from '../../schemas/relation.ts';
import type { RelationType } from '../../schemas/common.ts';
import { loadLexicon } from '../lexicon.ts';
import { classEnd, groupEnd } from '../regex-prefilter.ts';
import { escapeRegExp } from './entities.ts';
import { POST_FIELDS } from './names.ts';

const POST_FIELD_SOURCE = [...POST_FIELDS].sort((a, b) => b.length - a.length).join('|');

/**
 * A relation rule, as data. The pattern runs over a sentence in which every entity mention is replaced by
 * one private-use character; placeholders name the slots:
 *
 * - `{S}` `{O}` `{V}`: one organisation (or a pronoun such as 该公司, resolved to the topic);
 * - `{Ss}` `{Os}`: a list of organisations joined by 、和与及;
 * - `{A}` `{As}`: the subject (one / a list) right after 由/被/遭, where it is the agent: 被{A}收购, 由{As}共同出资设立;
 * - `{P}` `{Ps}`: one person / a list of people;
 * - `{_}` (or `{_20}`): a gap of at most 12 (20) characters that holds no entity and no sentence break;
 * - `{c8}`: a gap of at most 8 characters within one clause (no comma either);
 * - `{PCT}` a percentage, `{AMT}` an amount, `{RANK}` a shareholder rank, `{TITLE}` one or more titles,
 *   `{ROUND}` a financing round.
 *
 * When the subject or object is not in the sentence the rule names a topic instead: `topic` (the company
 * the text is about), `here` (the first company named earlier in the same sentence, never one from before),
 * `clause` (the company that opens the nearest earlier clause of the sentence: its subject, which a clause with no
 * subject of its own continues), `actor` (that company, or when no earlier clause opens with one, the first company
 * named earlier in the sentence),
 * `holding` (the company whose shareholders are being listed), `nearest` (the last company named before the
 * match in the same sentence, else the holding company), `fund` (the last fund named before the match in the same
 * sentence: a name with 基金, 合伙, 投资中心, 创投 or 资本), `person`.
 */
export interface RelationRule {
  readonly id: string;
  readonly type: RelationType;
  readonly pattern: string;
  readonly subject: 'S' | 'Ss' | 'O' | 'Os' | 'P' | 'Ps' | 'topic' | 'here' | 'clause' | 'actor' | 'holding' | 'person';
  readonly object: 'S' | 'Ss' | 'O' | 'Os' | 'P' | 'Ps' | 'topic' | 'here' | 'clause' | 'holding' | 'nearest' | 'fund';
  /** Also relate every subject to every other one (joint ventures between unnamed partners). */
  readonly facts?: Pick<RelationFacts, 'status' | 'kind' | 'past'>;
  /** Real sentences the rule must read, with what it must produce (`subject → object`). */
  readonly examples: readonly { readonly text: string; readonly expect: readonly string[] }[];
  /**
   * A looser reading that runs after every other rule and only relates a pair no rule related in the
   * sentence: the company nearest before the verb and the one nearest after it.
   */
  readonly fallback?: boolean;
  /** Also add the sentence's topic as a subject (联合宁德时代入股芯迈: the topic invested too). */
  readonly withTopic?: boolean;
}

/** Private-use ranges that stand for mentions in masked sentences. */
export const MASK = {
  org: 0xe000,
  person: 0xe400,
  place: 0xe800,
  pronoun: 0xec00,
  size: 0x400,
} as const;

const range = (base: number): string => `\\u${base.toString(16)}-\\u${(base + MASK.size - 1).toString(16)}`;
const ORG = `[${range(MASK.org)}${range(MASK.pronoun)}]`;
const PERSON = `[${range(MASK.person)}]`;
const PLACE = `[${range(MASK.place)}]`;
// 深圳市国资局及一致行动人深圳远致投资公司: a party acting in concert is one more party of the list.
const LIST_SEP = '(?:、|和|与|及|以及|、以及|及其|还有|以及其|(?:及|和|与)(?:其)?(?:一致行动人|关联公司|关联方|全资子公司|控股子公司|子公司))';
/** A bracketed note after a list member: 中国国家核电技术公司(下称“国家核电”)和西屋. */
const NOTE = '(?:[（(][^）)。，,]{0,24}[)）])?';
/**
 * A bracket declaring a short name after a company (深圳市威尔德医疗电子股份有限公司(下称:深圳威尔德)), or holding its
 * other name alone (FF（Faraday Future）): part of the company's slot.
 */
const DECLARED = `(?:[（(](?:[^（()）。，,]{0,16}?(?:简称|下称)[^（()）。，,]{0,16}|${ORG})[)）])?`;
/** A stake after a member of a list of targets, before the next member: 全部股权和, <N>%股权、, or its class of shares (H股和). */
const MEMBER_STAKE = `(?:(?:(?:约)?(?:\\d|<N>)(?:[\\d.]|<N>)*%|全部|部分|剩余)(?:的)?(?:股权|股份|权益)|(?:的)?[ABH]股)?`;
/**
 * The owner named before a later member of a list (投资方包括A、上汽集团旗下尚颀资本、B): the member is the company after
 * 旗下; `membersIn` leaves the owner out of the slot.
 */
const MEMBER_OWNER = `(?:${ORG}(?:的)?旗下(?:的)?)?`;
/** The kind of the parties after a list of them (等车企, 三家机构). */
const PARTY_KINDS = '(?:企业|公司|机构|投资方|股东|投资机构|央企|国企|车企|车厂|厂商|银行|券商|险企|基金|巨头|单位)';
/** What may close a list: 等, a count of the members and their kind, with or without 等 (…和长安汽车三家央企联合成立). */
const LIST_TAIL = `(?:等(?:[\\d一二三四五六七八九十数多几]+家)?${PARTY_KINDS}?|[两三四五六七八九十\\d]+家${PARTY_KINDS})?`;

/**
 * The words of a company announcing (X公告称, X披露, X宣布): the clause after them speaks for it, and 公司 there is
 * that company (`ANNOUNCED` in the extract stage, `COMPANY_CLAUSE` in the control rules).
 */
export const ANNOUNCES = '(?:公告|披露|宣布)';

/** A holding's new size after a change: 增至, 降至. */
export const CHANGED_TO = '(?:增至|增加至|增加到|提高至|提高到|提升至|升至|上升至|降至|降低至|降低到|减少至|减少到|下降至|减至|增持至|减持至)';

/**
 * The holding a trade leaves, its size read as the trade's stake (增持蔚来至16.3%, 减持长电科技股份，持股比例由14.28%降至
 * 12.86%), also after a count of shares (增持农业银行H股约3200万股，持股比例由4.98%升至5.02%). Optional: it ends a rule's
 * pattern after the company traded.
 */
export const HOLDING_AFTER = `(?:(?:的)?(?:[AH]股|股份|股票|股权)?(?:(?:约|近|逾|超过)?(?:\\d|<N>)(?:[\\d.]|<N>)*(?:万|亿)?股)?(?:[，,](?:其|公司)?(?:的)?(?:持股|股权|股份)(?:比例|比重)?{c20}${CHANGED_TO}|至)(?:约)?{PCT})?`;

/** Not the company bought from (从谷歌手中收购了摩托罗拉移动, 自中国黄金集团手中收购): after 从 or 自. Put before its slot. */
export const NOT_BOUGHT_FROM = '(?<!从|自)';

/** Nor before 手中 or 处, where it holds what is bought (谷歌手中). Put after its slot. */
export const NOT_IN_HANDS = '(?!(?:的)?(?:手中|手里|手上|那里|处))';

/** The company bought from, between the buyer and its verb (以<N>亿美元的价格从谷歌手中收购): optional, and no party. */
export const BOUGHT_FROM = '(?:(?:从|自)[\\ue000-\\ue3ff\\uec00-\\uefff](?:的)?(?:手中|手里|手上|那里|处)?{_8})?';

/** Not a company whose unnamed related company or subsidiary acts (小米关联公司入股…: not 小米). Put after its slot. */
export const NOT_THROUGH_RELATED = '(?!(?:的)?(?:关联公司|关联方|关联企业|子公司|孙公司|旗下公司|控股子公司|全资子公司))';

/**
 * Not a company just sold: 柯希平套现紫金矿业入股京东方 (柯希平 sells 紫金矿业 and invests), 减持A增持B. Put before the
 * subject's slot.
 */
export const NOT_JUST_SOLD = '(?<!(?:套现|减持|出售|抛售|卖出|清仓|退出)(?:了)?)';

/** 全部, 所有 between a holder and the company whose shares it holds (新湖控股持有的所有哈高科股权, 其持有的全部维德公司的股权). */
export const WHOLE_OF = '(?:全部|所有)?';

/**
 * The owner named before an agent, which is the company it owns: 由华为旗下哈勃投资持股10%, 被中国平安旗下的平安人寿
 * 收购. The agent acts; `control/under` relates the owner to it.
 */
export const OWNER = `(?:${ORG}(?:的)?旗下(?:的)?(?:全资子公司|控股子公司|子公司|投资平台|投资公司|投资机构|产业基金|基金)?[“"「]?)?`;

/**
 * Companies named only for whose trading partner the company after them is: 收购Nike和Adidas经销商BigStepLimited
 * buys the dealer, not the brands. Put after a company (or list of them) the deal does not take.
 */
export const TRADE_PARTNER = `(?:(?:、|和|与|及)${ORG})*(?:的)?(?:经销商|代理商|分销商|供应商|代工厂|加盟商)`;

const NOT_AGENT = '(?<!紧随|跟随|尾随|随|被|由|遭|(?<!针)对|向|位于|属于|隶属于|通过|取代)';
/**
 * After 继 a company follows another (继宁德时代之后), unless it acts within 继…后 itself (继中铝注资力拓后: 中铝 invests).
 * Put right after the subject's mask, so that `hoistLookbehinds` still finds the mask first.
 */
const NOT_FOLLOWED = '(?:(?<!继[\\s\\S])|(?=[^。；！？，,]{2,16}?后))';

/**
 * Words that make a statement a guess, not a fact: matches next to them are dropped. 没有悬念, 没有疑问 ("beyond
 * doubt") make it surer, not less sure. 无意 is no intent; 传 right before a company is a rumour (传X拟出售…), not
 * after 宣 (宣传).
 */
export const HEDGES = /疑似|传闻|据传|不以|不谋求|未谋求|(?<!宣)传(?=[\ue000-\ue3ff])|无意|或将|或许|可能|若|如果|假如|倘若|是否|能否|放弃|终止|否认|拒绝|不会|不再|未能|没有(?!悬念|疑问)|不是|并非|已非|非用于/;

/**
 * Mentions a gap may not cross: companies, people and pronouns. A place may stand in a gap (五矿资源有限公司昨天在
 * 香港宣布,要…收购…): where something happened does not change who did it.
 */
const PARTY_MENTION = `${range(MASK.org)}${range(MASK.person)}${range(MASK.pronoun)}`;

/** A gap of at most n characters without parties or sentence breaks. */
const gap = (n: number): string => `[^${PARTY_MENTION}。；！？]{0,${n}}?`;

let titleAlternation: string | undefined;

function titles(): string {
  titleAlternation ??= loadLexicon().titles.map(escapeRegExp).join('|');
  return titleAlternation;
}

/** A percentage; FinRE masks digits as <N>, so 1<N>.<N>% is one too. */
export const PERCENT = '(?<pct>(?:\\d|<N>)+(?:\\.(?:\\d|<N>)+)?)\\s*(?:%|％|个百分点)';

/** Expands the placeholders of a rule pattern into a RegExp. */
export function compilePattern(pattern: string): RegExp {
  return new RegExp(hoistLookbehinds(expandPattern(pattern)), 'g');
}

/**
 * Moves the lookbehinds that open a pattern behind its first character, each made to look behind that character
 * too: `(?<!由|被)(?<S>[…])` becomes `(?<S>[…](?<!(?:由|被)[…]))`, which matches the same text. A regex is
 * tried at every position of a sentence, and a lookbehind in front runs at each of them before anything rules
 * the position out; behind a character it runs only where that character is (a mention, a comma). Over the
 * rules of a sentence this made the scans three times faster. The source is left as it is when what follows
 * the lookbehinds is not one unquantified character or character class, or a named group that opens with one.
 */
export function hoistLookbehinds(source: string): string {
  const behinds: string[] = [];
  let at = 0;
  while (source.startsWith('(?<=', at) || source.startsWith('(?<!', at)) {
    const end = groupEnd(source, at);
    if (end < 0) return source;
    behinds.push(`${source.slice(at, at + 4)}(?:${source.slice(at + 4, end)})`);
    at = end + 1;
  }
  if (behinds.length === 0) return source;
  const group = /^\(\?<[A-Za-z]\w*>/.exec(source.slice(at))?.[0] ?? '';
  at += group.length;
  let first: string;
  if (source[at] === '[') {
    const end = classEnd(source, at);
    if (end < 0) return source;
    first = source.slice(at, end + 1);
  } else if (at < source.length && !'\\^$.|?*+()[]{}'.includes(source[at]!)) first = source[at]!;
  else return source;
  const rest = source.slice(at + first.length);
  if (/^[?*+{]/.test(rest)) return source;
  return group + first + behinds.map((behind) => `${behind}${first})`).join('') + rest;
}

/** The source of a rule pattern with its placeholders expanded, before `hoistLookbehinds`. */
export function expandPattern(pattern: string): string {
  return pattern.replace(/\{(\w+)\}/g, (_, name: string) => {
    switch (name) {
      case 'S':
      case 'Ss':
        // A company after 紧随/继/被/由 is not the one acting: 小米紧随宁德时代，成为上海快卜第三大股东.
        return `${NOT_AGENT}${name === 'S' ? `(?<S>${ORG}${NOT_FOLLOWED})` : `(?<Ss>${ORG}${NOT_FOLLOWED}${NOTE}(?:${LIST_SEP}${MEMBER_OWNER}${ORG}${NOTE})*)${LIST_TAIL}`}`;
      case 'A':
        return `${OWNER}(?<S>${ORG})`;
      case 'As':
        return `${OWNER}(?<Ss>${ORG}${NOTE}(?:${LIST_SEP}${MEMBER_OWNER}${ORG}${NOTE})*)${LIST_TAIL}`;
      case 'O':
        // 收购德国Metz: a country or city before the target is not part of the slot.
        return `${PLACE}?(?<O>${ORG})${DECLARED}`;
      case 'V':
        return `(?<${name}>${ORG})`;
      case 'Os':
        // 收购甘普科技、立动科技全部股权和稻草熊影业<N>%股权: each target may carry its own stake.
        return `${PLACE}?(?<${name}>${ORG}${NOTE}(?:${MEMBER_STAKE}${LIST_SEP}${PLACE}?${ORG}${NOTE})*)${LIST_TAIL}`;
      case 'P':
        return `(?<P>${PERSON})`;
      case 'Ps':
        return `(?<Ps>${PERSON}(?:${LIST_SEP}${PERSON})*)`;
      case 'PCT':
        return PERCENT;
      case 'AMT':
        return `(?<amt>(?:约|近|超|超过|逾|共计|合计)?(?:\\d+(?:,\\d{3})*(?:\\.\\d+)?|<N>|[数几])?(?:十万|百万|千万|万亿|十亿|百亿|千亿|万|亿)?(?:人民币|元|美元|美金|港元|港币|欧元|日元|英镑)(?:人民币)?)`;
      case 'RANK':
        return '(?<rank>[一二三四五六七八九十\\d]{1,2})';
      case 'TITLE':
        // A field of the post may open it (公共关系总监): without it the employer would stop short of the title.
        return `(?<title>(?:${POST_FIELD_SOURCE})?(?:${titles()})(?:(?:、|兼|和|及|/)(?:${titles()}))*)`;
      case 'ROUND':
        return '(?<round>天使\\+?轮|种子轮|Pre-?A\\+?轮|Pre-?B轮|[A-F]\\+{0,2}轮|[A-F]\\d轮|战略轮|Pre-IPO轮|新一轮|首轮|第[一二三四五]轮)';
      case '_':
        return gap(12);
      default: {
        const n = /^_(\d+)$/.exec(name);
        if (n) return gap(Number(n[1]));
        // {c8}: a gap inside one clause, with no comma either.
        const c = /^c(\d+)$/.exec(name);
        if (c) return `[^${PARTY_MENTION}。；！？，,]{0,${c[1]}}?`;
        throw new Error(`unknown placeholder {${name}} in rule pattern ${pattern}`);
      }
    }
  });
}

/** Mention indexes held by a masked group such as `Ss` (one character per mention). */
export function mentionsIn(group: string | undefined): { kind: 'org' | 'person' | 'place' | 'pronoun'; index: number }[] {
  if (!group) return [];
  const out: { kind: 'org' | 'person' | 'place' | 'pronoun'; index: number }[] = [];
  for (const ch of group) {
    const code = ch.codePointAt(0)!;
    for (const kind of ['org', 'person', 'place', 'pronoun'] as const) {
      const base = MASK[kind];
      if (code >= base && code < base + MASK.size) out.push({ kind, index: code - base });
    }
  }
  return out;
}

/** The members of a slot's group (`mentionsIn`), less the owners named before members (`MEMBER_OWNER`). */
export function membersIn(group: string | undefined): { kind: 'org' | 'person' | 'place' | 'pronoun'; index: number }[] {
  if (!group || !group.includes('旗下')) return mentionsIn(group);
  let members = '';
  for (let i = 0; i < group.length; i++) {
    const code = group.charCodeAt(i);
    if (code >= MASK.org && code < MASK.pronoun + MASK.size && group.startsWith('旗下', i + 1 + (group[i + 1] === '的' ? 1 : 0))) continue;
    members += group[i];
  }
  return mentionsIn(members);
}
