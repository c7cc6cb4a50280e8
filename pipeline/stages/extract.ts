import type { DateValue, RelationType } from '../../schemas/common.ts';
import type { Diagnostic } from '../../schemas/diagnostic.ts';
import { diagnostic } from '../diagnostics.ts';
import { need, type ArticleDoc, type ArticleMeta, type DateMention, type RawMention, type RawRelation, type Sentence, type Stage, type StageContext, type Token } from '../doc.ts';
import { mapSpan, type OffsetMap } from '../offsets.ts';
import { mayMatch, RegexFilter } from '../regex-prefilter.ts';
import { parseAmount } from '../rules/amounts.ts';
import { findDates, parsePublished, type DateMatch } from '../rules/dates.ts';
import { ANNOUNCES, HEDGES, MASK, membersIn, mentionsIn, compilePattern } from '../rules/engine.ts';
import { AMOUNT_PATTERN } from '../rules/amounts.ts';
import { ARM_REGION, DECLARES, findCandidates, regionalArms, repeatNames, resolveOverlaps, type Candidate } from '../rules/entities.ts';
import { compiledRules, type CompiledRule } from '../rules/index.ts';
import { NAMED_VENTURE_RULES } from '../rules/investments.ts';
import { shortForms } from '../rules/names.ts';
import { parseSmallNumber } from '../rules/dates.ts';

/** An amount that is money invested, not registered capital or a project budget: 出资791.35万元, 亿元战略轮融资. */
const INVESTED_AMOUNT = new RegExp(
  `(?:出资|投资|注资|增资|入股|认缴|斥资|耗资|金额为?|融资)(?<amount>${AMOUNT_PATTERN})|(?<![资本])(?<amount2>${AMOUNT_PATTERN})(?:的)?(?:[A-Z]\\+*轮|天使轮|战略轮|新一轮)?(?:战略)?(?:融资|投资|注资|增资)`,
);

/**
 * Words that stand for the company the text is about: 公司 opening a clause, or before its shares or its shareholders
 * (对公司26.47%股份的收购, 成为公司第一大股东, 受让公司26.47%股份, 认购公司新发行股份), or opening a sentence before its holders (…;公司大股东泛海建设和实际
 * 控制人卢志强也分别承诺). Not a clause: after a comma the sentence's own opener is meant (延边公路发布公告称,公司控股股东
 * 吉林敖东…), which the holding rules read themselves.
 */
const PRONOUN = /前者|后者|该公司|该集团|该基金|该合资(?:公司|企业)|该行(?![业为情政动列程驶走使径销长])|本公司|(?<=^|[，。；：、,:;\s])公司(?=[以在将已于的也还是为从与和对向通过受拟持收获曾]|同意|决定|计划|由此|从而|随即|完成|宣布|正式|再次|近日|日前|此前)|(?<=^|^[^，,。；;：:]{0,8}[，,])公司(?=控股股东|大股东|第[一二三四五六七八九十\d]{1,2}大股东|实际控制人|实控人|股东(?:名单|中|包括|有|为|阵容|结构))|(?<=增持|减持|持有|持有的|所持|所持的|收购|对|成为|为|占)公司(?=股份|股票|股权|总股本|\d|<N>|(?:约|近|超过)(?:\d|<N>)|第[一二三四五六七八九十\d]{1,2}大|控股股东|大股东|最大股东|单一最?大股东|实际控制人|实控人)|(?<=受让|认购|购买|买入)公司(?=股份|股票|股权|\d|<N>|(?:约|近|超过)(?:\d|<N>)|新股|(?:本次|新|非公开|定向)*(?:发行|增发))/g;

/** A short clause opening a sentence (此外，, 值得注意的是，): 公司 after it may stand before its holders (`PRONOUN`). */
const OPENING_CLAUSE = /^[^，,。；;：:]{0,8}[，,]$/;
/** The holders `PRONOUN` reads 公司 before at a sentence's or a short clause's start. */
const HOLDERS_AFTER = /^(?:控股股东|大股东|第[一二三四五六七八九十\d]{1,2}大股东|实际控制人|实控人|股东)/;

/** The verbs of buying shares before which 公司 is the company whose shares they are (see `PRONOUN`). */
const BUYS_SHARES_OF = /(?:受让|认购|购买|买入)$/;

/** The companies of `sentence` a verb of buying shares follows in their own clause, before any other party is named. */
function sharesBuyers(text: string, sentence: Sentence, mentions: readonly RawMention[]): RawMention[] {
  return mentions.filter((mention, k) => {
    if (mention.type !== 'Organization' || mention.textStart < sentence.textStart || mention.textEnd > sentence.textEnd) return false;
    const after = text.slice(mention.textEnd, Math.min(mentions[k + 1]?.textStart ?? sentence.textEnd, sentence.textEnd));
    return /^[^，,；;：:]{0,10}?(?:受让|认购|购买|买入)/.test(after);
  });
}

/**
 * A sale denied or put off (高盛将不会出售其持有的工商银行股份, 放弃转让所持…): the holding stands, so a holding read
 * across it is no hedged one. A sale itself stays hedged.
 */
const NEGATED_SALE = /(?:不会|不再|不|暂不|未|没有|拒绝|放弃|无意)(?:考虑|打算|准备|急于)?(?:出售|转让|减持|抛售|卖出|处置)/g;

/** The verbs after which `HELD_PRONOUN` reads 其: holding, and taking a stake over. */
const HOLD_VERBS = '持有|收购|取得|受让|购买|买下';
/**
 * 其 right after a holder and 持有, or a buyer and 收购 (取得, 受让, 购买, 买下), before the stake (其中上海格泰持有其<N>%股权,
 * 福日电子将持有其增资后的…, 君乐宝股权价值…,蒙牛收购其<N>%的股权): the company the sentence opens with. Only there:
 * elsewhere 其 as often stands for the subject itself.
 */
const HELD_PRONOUN = new RegExp(`(?<=${HOLD_VERBS})其(?=\\d|<N>|约|增资后|发行后|总股本|[百千万亿]|全部|部分)`, 'g');
/**
 * 其 after 成为, or after 为, 系 or 是 opening a clause, before the rank of a holder or the word for a subsidiary
 * (…对江钨控股集团进行出资,成为其控股股东; 华粮整体并入中粮,成为其全资子企业; 比亚迪持有比亚迪电子…的股份，为其控股股东):
 * the company named last before it, other than the one that becomes it when that one stands right before 成为
 * (而中国铝业将成为其第一大股东: the company named before 中国铝业).
 */
const BECOME_PRONOUN = /(?<=成为|[，,；](?:并|且|也|仍|即|现)?(?:为|系|是))其(?=(?:第[一二三四五六七八九十\d]{1,2}大|控股|最大|单一大|大)股东|(?:全资|控股)?子(?:公司|企业))/g;
/**
 * 其 right after a company and 为, 系 or 是, before the rank of a holder (目前，溧阳天目湖投资为其第一大股东): that company
 * holds the company named before it in the sentence, else the one the text is about.
 */
const HOLDER_IS_PRONOUN = /(?<=为|系|是)其(?=(?:第[一二三四五六七八九十\d]{1,2}大|控股|最大|单一大|大)股东)/g;
/**
 * What follows a company that announces, up to the clause after it: 今日公告称, 发布公告称, 披露, 宣布. Not 称 or 表示
 * alone, which a regulator, a broker or a paper says as often (国泰君安点评称，公司拟…).
 */
const ANNOUNCED = new RegExp(`^[^，,。；：:的\\ue000-\\uefff]{0,10}?${ANNOUNCES}[^，,。；的\\ue000-\\uefff]{0,10}[，,：:]\\s*$`);
/** Whether the clause after a company, before `before`, says it announces (…公告称，…公司…): ANNOUNCED up to its break. */
function announces(text: string, company: RawMention, before: number): boolean {
  // 宁德时代（300750.SZ）宣布: the stock code after the name is none of the clause.
  const clause = text.slice(company.textEnd, before).replace(STOCK_CODE, '');
  const end = clause.search(/[，,：:]/);
  return end >= 0 && ANNOUNCED.test(clause.slice(0, end + 1));
}

/** The relations that make their subject a holder or controller of their object. */
const HOLDER_TYPES: ReadonlySet<string> = new Set(['HOLDS_STAKE', 'INCREASED_STAKE', 'REDUCED_STAKE', 'CONTROLS']);

/** A stock code in brackets right after a company's name: （300750.SZ）, (09660.HK), （股票代码：600519）. */
const STOCK_CODE = /^\s*[（(][^（()）]{0,8}?[A-Za-z0-9.]{4,12}[)）]/;

/** A verb of taking shares right before a company (获得了ST东源5%股权): the company a later 成为公司大股东 is of. */
const TAKEN_BEFORE = /(?:获得|取得|入股|持有|增持|买入|认购)了?$/;
/** What stands between a company and its holder: 原大股东, 第一大股东, 控股股东. */
const HOLDER_OF = /^(?:的)?(?:原|现)?(?:第[一二三四五六七八九十]大|控股|大)?股东$/;
/** What a holder holds right before 公司: 所持, 持有的, 所持的. */
const HELD_BEFORE = /(?:所持|持有的|所持的)$/;
/**
 * A verb of holding right before 公司 (软银愿景基金持有公司约13.4%股份, 增持公司股份): when the company that opens the
 * sentence holds, 公司 is another, as after 所持; a holder named later in the sentence leaves 公司 to the opener
 * (青岛啤酒控股股东青岛啤酒集团…增持公司股份).
 */
const HOLDS_BEFORE = /(?:持有|增持|减持)$/;
/** What may stand between the company opening a clause and its verb of holding 公司: words of time or manner (尚, 已, 累计). */
const OPENER_HOLDS = /^[^，,。；：:与和同及对向的股东\ue000-\uefff]{0,8}(?:持有|增持|减持)$/;
/** 成为 or 为 right before 公司: what 公司 stands for is the company something becomes the holder of. */
const BECOMES_BEFORE = /(?:成为|变更为|变为)(?:了)?$/;
/** Words between the company opening a sentence and a holder that make 其 some other company: a partner, a deal. */
const PARTNER_OR_DEAL = /与|和|及|同|联合|联手|携手|合资|设立|成立|组建|入股|投资|收购|参股|增资|注资|旗下|子公司|基金/;
/** What stands between that company and 其: 为, 系 or 是, maybe after a word of time or manner. */
const HOLDER_TO_IS = /^(?:目前|现在|现|仍|仍然|则|也|已|即|依然)*(?:为|系|是)$/;
/**
 * 其 opening a clause, perhaps after a time (几年前其已收购…), before a verb of holding or investing (虽然富安控股
 * “来势汹汹”,但其持有海南椰岛的成本…): the first company of the nearest clause before it that names one (`clauseActor`),
 * else the subject the sentence opens with or, when none opens it, the company of the sentences before.
 */
// Not a noun made of the verb (其投资人包括…, 其控股股东为…), where 其 is a possessive the holding rules read.
const SUBJECT_PRONOUN = /(?<=(?:^|[，,；;：:])(?:但|而|且|并|同时|目前|此前|如今|现|因此|此外)?(?:[^，,。；;：:\ue000-\uefff]{0,8}?(?:年|月|日|前|后|时))?)其(?=(?:已|也|还|将|仍|目前|曾|又|共|合计|累计|分别|直接|间接|已经|仍然)*(?:全资|控股)?(?:持有|持股|增持|减持|收购|入股|投资|参股|控股|认购|出资)(?!人|者|方|机构|比例|股东|子公司|公司|集团|平台|额|金额|收益|回报|主体|对象|计划|价格|项目|权|意向|方案|事宜))/g;
/** What may stand between the company that becomes a holder or a subsidiary and 成为其. */
const BECOMER_TO_VERB = /^(?:将|已|已经|也|也将|则|即|即将|由此|从而|进而|一举|随即|并)*成为$/;
/** 后者 before 成为其, in a clause of its own. */
const LATTER_BECOMES = /[，,]后者(?:将|已|已经|也|也将|则|即|随即|并)*成为$/;
/**
 * What may stand between the holder's name and 持有其 (or the buyer's and 收购其): a word of time or manner, the
 * price paid (以<N>亿元), the date from which (孚日控股自<N>年<N>月起取得其<N>%股权).
 */
const HOLDER_TO_VERB = new RegExp(`^(?:将|各|则|仍|也|共|合计|拟|已|已经|又|再|再次|以[^，,；。：:]{0,14}?|自[^，,；。：:]{0,12}?起)*(?:${HOLD_VERBS})$`);

/** Sentences that name the company whose shareholders or investors are being listed. */
const HOLDING_MARKERS = [
  compilePattern('{O}{_20}(?:完成|获得?|宣布完成|宣布获得|启动|开启)(?:了)?{_20}融资'),
  // Not 仅次于上海国际集团的第二大股东: the company named there is a larger holder, not the one held.
  compilePattern('(?<!仅次于){O}(?:的)?(?:(?:第[一二三四五六七八九十\\d]{1,2}大|控股|单一大|最大|主要)(?:流通)?股东|股东|股权结构|股权信息|工商信息)'),
  // 滴滴出行的投资方包括…, 匹克体育的第二轮融资始于…: whose investors follow.
  compilePattern('{O}(?:的)?(?:战略|主要|重要)?(?:投资方|投资人|投资者|出资方|领投方|参投方)'),
  compilePattern('{O}(?:的)?(?:第[一二三四五六七八九十]轮|[A-F]\\+{0,2}轮|天使轮|新一轮|首轮|战略)融资'),
  compilePattern('(?:入股|投资|注资|增资)(?:了)?{O}'),
];

function mentionFromCandidate(candidate: Candidate, sentence: Sentence, original: string, map: OffsetMap): RawMention {
  const { start, end } = mapSpan(map, candidate.textStart, candidate.textEnd);
  return {
    surface: original.slice(start, end) || candidate.name,
    name: candidate.name,
    type: candidate.type,
    sentenceIndex: sentence.index,
    start,
    end,
    textStart: candidate.textStart,
    textEnd: candidate.textEnd,
    ruleId: candidate.ruleId,
  };
}

/** Finds all entity mentions of an article: rules per sentence, then repeats of names found anywhere. */
/**
 * Short names declared for a company that other words hold (公司 of 子公司 and 合资公司, 集团 of every group): not
 * found again where they stand, as 本公司, 发行人 or 标的公司 may be.
 */
const GENERIC_SHORT_NAMES = /^(?:公司|集团)$/;

export function findMentions(doc: ArticleDoc, sentences: readonly Sentence[], tokensBySentence: readonly Token[][]): RawMention[] {
  const working = need(doc, 'working', 'extract');
  const perSentence = sentences.map((sentence, i) =>
    findCandidates(working.text.slice(sentence.textStart, sentence.textEnd), tokensBySentence[i] ?? [], sentence.textStart),
  );
  const repeat = new Map<string, { type: Candidate['type']; ruleId: string }>();
  const formed = new Set<string>();
  for (const candidates of perSentence) {
    for (const candidate of resolveOverlaps(candidates)) {
      if (candidate.type === 'Place') continue;
      if (candidate.type === 'Person') {
        repeat.set(candidate.name, { type: 'Person', ruleId: 'entity/person-repeat' });
        continue;
      }
      // （以下简称“公司”）: a word other words hold is no name to find again (全资子公司, 合资公司 hold 公司).
      if (GENERIC_SHORT_NAMES.test(candidate.name)) continue;
      if (!repeat.has(candidate.name)) repeat.set(candidate.name, { type: 'Organization', ruleId: candidate.ruleId });
      // The forms of a name named before in this article are in already.
      if (formed.has(candidate.name)) continue;
      formed.add(candidate.name);
      for (const form of shortForms(candidate.name)) {
        if (!repeat.has(form)) repeat.set(form, { type: 'Organization', ruleId: 'entity/org-short-name' });
      }
    }
  }
  const mentions: RawMention[] = [];
  const repeats = repeatNames(working.text, sentences, repeat);
  sentences.forEach((sentence, i) => {
    const all = [...perSentence[i]!, ...repeats[i]!];
    if (ARM_REGION.test(working.text.slice(sentence.textStart, sentence.textEnd))) all.push(...regionalArms(working.text, all));
    for (const candidate of resolveOverlaps(all)) mentions.push(mentionFromCandidate(candidate, sentence, doc.original, working.map));
  });
  return mentions;
}

/** The publication date: declared, or inferred from the latest month- or day-precise date in the text. */
export function publicationDate(doc: ArticleDoc, dates: readonly DateMatch[], report: (d: Diagnostic) => void, source: string): ArticleMeta {
  const header = doc.header;
  const title = header?.title ?? null;
  if (header?.published) {
    const parsed = parsePublished(header.published);
    if (parsed) return { title, publishedAt: parsed, publishedAtSource: header.publishedFrom ?? 'front-matter' };
  }
  const precise = dates
    .filter((d) => !d.future)
    .map((d) => d.absolute)
    .filter((d): d is DateValue => d !== undefined && (d.precision === 'day' || d.precision === 'month'))
    .sort((a, b) => (a.value < b.value ? 1 : -1));
  const latest = precise[0];
  if (latest) {
    report(diagnostic('KG010', 'extract', `${source}: no publication date declared; inferred ${latest.value} from "${latest.text}", the latest date in the text`));
    return { title, publishedAt: latest, publishedAtSource: 'inferred' };
  }
  report(diagnostic('KG011', 'extract', `${source}: no publication date declared and no dated sentence to infer it from; relative dates stay unresolved`));
  return { title, publishedAt: null, publishedAtSource: 'unknown' };
}

interface SentenceView {
  readonly sentence: Sentence;
  readonly masked: string;
  /** Mentions of the sentence by mask kind and index. */
  readonly byKind: Readonly<Record<'org' | 'person' | 'place' | 'pronoun', readonly RawMention[]>>;
  /** Start of each masked character in the working text, to place dates. */
  readonly maskedToText: readonly number[];
}

/** How far into its sentence a company may stand and still be the one the sentence opens with. */
const OPENING_SPAN = 15;

/** Whether `mention` opens its sentence (九五投资时隔五个月再度亮相:公司受让…). */
function opensSentence(mention: RawMention | undefined, sentence: Sentence): mention is RawMention {
  return mention !== undefined && mention.textStart - sentence.textStart <= OPENING_SPAN;
}

/** What follows a newspaper's title when the paper only reports: its reporter, its report. */
const PRESS_AFTER = /^》(?:记者|报道|获悉|采访|援引|报|称)/;

/**
 * A dateline after the name opening a sentence: 新浪财经讯, 证券时报网讯, 格隆汇11月19日丨, 格隆汇丨, 财联社11月19日电. The name is
 * the medium reporting.
 */
const DATELINE_AFTER = /^(?:财经|网|新闻网?|日报|晚报|商报)?讯|^\s*\d{1,2}月\d{1,2}日\s*(?:电|讯|[丨|｜])|^\s*[丨|｜]/;

/** Whether `mention` is a newspaper named in book marks as the one reporting (《证券日报》记者), or a medium's dateline. */
function isPress(text: string, mention: RawMention, sentenceStart: number): boolean {
  if (text[mention.textStart - 1] === '《') return PRESS_AFTER.test(text.slice(mention.textEnd, mention.textEnd + 3));
  return /^[\s【]*$/.test(text.slice(sentenceStart, mention.textStart)) && DATELINE_AFTER.test(text.slice(mention.textEnd, mention.textEnd + 12));
}

function maskSentence(
  text: string,
  sentence: Sentence,
  mentions: readonly RawMention[],
  topic: RawMention | undefined,
  pair?: readonly [RawMention, RawMention],
  before: readonly RawMention[] = [],
  company?: RawMention,
): SentenceView {
  const byKind = { org: [] as RawMention[], person: [] as RawMention[], place: [] as RawMention[], pronoun: [] as RawMention[] };
  let masked = '';
  const maskedToText: number[] = [];
  let cursor = sentence.textStart;
  const pronouns: { start: number; end: number; holder?: RawMention; inSentence?: boolean; referent?: RawMention; buyers?: readonly RawMention[]; pair?: readonly [RawMention, RawMention]; held?: boolean; afterHoldingVerb?: boolean }[] = [];
  /** What a 公司 opening the sentence stands for, before any company is named in it. */
  let openingPronoun: RawMention | undefined;
  const local = text.slice(sentence.textStart, sentence.textEnd);
  // exec in a loop, not matchAll (which clones the RegExp), and only when a word every match needs is there.
  if (mayMatch(PRONOUN, local)) {
    PRONOUN.lastIndex = 0;
    for (let m = PRONOUN.exec(local); m; m = PRONOUN.exec(local)) {
      const at = sentence.textStart + m.index;
      // 此外，公司第二大股东…: after a short opening clause only when it names no company (成商集团今天公告,公司控股股东… is
      // the control rules' to read).
      if (m.index > 0 && m[0] === '公司' && HOLDERS_AFTER.test(local.slice(m.index + 2, m.index + 12)) && OPENING_CLAUSE.test(local.slice(0, m.index)) && mentions.some((mention) => mention.textStart < at)) continue;
      // 公司 after a verb of buying shares is no company of the sentence that buys them (A用于认购公司股份…,B用于认购
      // 公司股份: the company issuing them, unnamed here, not A).
      const buyers = BUYS_SHARES_OF.test(local.slice(Math.max(0, m.index - 2), m.index)) ? sharesBuyers(text, sentence, mentions) : undefined;
      const before = local.slice(Math.max(0, m.index - 3), m.index);
      pronouns.push({ start: at, end: at + m[0].length, buyers, held: HELD_BEFORE.test(before), afterHoldingVerb: HOLDS_BEFORE.test(before) });
    }
  }
  if (local.includes('其')) {
    HELD_PRONOUN.lastIndex = 0;
    for (let m = HELD_PRONOUN.exec(local); m; m = HELD_PRONOUN.exec(local)) {
      const at = sentence.textStart + m.index;
      // The holder is named right before: 上海格泰持有其, 云南省国资委和新华都集团各持有其; or it is 后者, the
      // company named before that (…实际控制人为湖北裕东科技有限公司,后者持有其<N>%股权).
      const named = mentions.findLast((mention) => mention.textEnd <= at);
      const latter = pronouns.findLast((p) => p.end <= at && p.start >= (named?.textEnd ?? 0) && text.startsWith('后者', p.start));
      const holder = latter ? mentions.findLast((mention) => mention.textEnd <= latter.start) : named;
      const holderEnd = latter ? latter.end : holder?.textEnd;
      if (holder && holder.type === 'Organization' && HOLDER_TO_VERB.test(text.slice(holderEnd, at))) {
        // After 后者 the company held is the one this sentence opens with, never the topic of sentences before; nor
        // after a buyer (…热电原为高密市国有企业,…,孚日控股…取得其<N>%股权 buys the company the sentence opens with, named or not).
        pronouns.push({ start: at, end: at + 1, holder, inSentence: latter !== undefined || !local.startsWith('持有', m.index - 2) });
      }
    }
    SUBJECT_PRONOUN.lastIndex = 0;
    for (let m = SUBJECT_PRONOUN.exec(local); m; m = SUBJECT_PRONOUN.exec(local)) {
      const at = sentence.textStart + m.index;
      // A person named before may be what 其 stands for (…的刘振光即为龙宇燃油的实控人之一,其直接或间接持有…): no company is.
      if (mentions.some((mention) => mention.type === 'Person' && mention.textEnd <= at)) continue;
      pronouns.push({ start: at, end: at + 1, referent: clauseActor(text, sentence, mentions, at) });
    }
  }
  if (local.includes('为其') || local.includes('系其') || local.includes('是其')) {
    BECOME_PRONOUN.lastIndex = 0;
    for (let m = BECOME_PRONOUN.exec(local); m; m = BECOME_PRONOUN.exec(local)) {
      const at = sentence.textStart + m.index;
      const before = mentions.filter((mention) => mention.textEnd <= at && mention.type === 'Organization');
      const last = before.at(-1);
      // …引入宁德时代作为战略投资者,后者成为其第二大股东: 后者 is the company named last, and becomes the holder.
      const between = last ? text.slice(last.textEnd, at) : '';
      const referent = last && (BECOMER_TO_VERB.test(between) || LATTER_BECOMES.test(between)) ? before.at(-2) : last;
      if (referent) pronouns.push({ start: at, end: at + 1, referent });
    }
    HOLDER_IS_PRONOUN.lastIndex = 0;
    for (let m = HOLDER_IS_PRONOUN.exec(local); m; m = HOLDER_IS_PRONOUN.exec(local)) {
      const at = sentence.textStart + m.index;
      const before = mentions.filter((mention) => mention.textEnd <= at && mention.type === 'Organization');
      const holder = before.at(-1);
      if (!holder || !HOLDER_TO_IS.test(text.slice(holder.textEnd, at)) || before.length > 2) continue;
      // The company that opens the sentence, when nothing between it and the holder names a partner or a deal (万科
      // 发布公告，深圳地铁集团为其第一大股东; not 宁德时代与广汽集团合资成立新公司，宁德时代为其…: that 其 is the venture).
      const opener = before.length === 2 ? before[0]! : undefined;
      if (opener && (!opensSentence(opener, sentence) || PARTNER_OR_DEAL.test(text.slice(opener.textEnd, holder.textStart)))) continue;
      const referent = opener ?? topic;
      if (referent && referent.name !== holder.name) pronouns.push({ start: at, end: at + 1, referent });
    }
  }
  // 双方 before any company of its sentence: the two companies the sentence before named (…与B签署协议。双方还合资成立了C).
  const both = pair && local.includes('双方') ? sentence.textStart + local.indexOf('双方') : -1;
  if (both >= 0 && !mentions.some((m) => m.textStart < both)) pronouns.push({ start: both, end: both + 2, pair });
  const items = [
    ...mentions.map((mention) => ({ start: mention.textStart, end: mention.textEnd, mention, holder: undefined, inSentence: false, referent: undefined, buyers: undefined, pair: undefined, held: false, afterHoldingVerb: false })),
    ...pronouns
      .filter((p) => !mentions.some((m) => p.start < m.textEnd && m.textStart < p.end))
      .map((p) => ({ start: p.start, end: p.end, mention: undefined, holder: p.holder, inSentence: p.inSentence === true, referent: p.referent, buyers: p.buyers, pair: p.pair, held: p.held === true, afterHoldingVerb: p.afterHoldingVerb === true })),
  ];
  // The mentions come in order and most sentences have no pronoun: sort only what is out of order, since
  // Array.prototype.sort copies the list into a new work array even when it is sorted.
  if (items.some((item, k) => k > 0 && items[k - 1]!.start > item.start)) items.sort((a, b) => a.start - b.start);
  /** What 公司 stood for after a verb of holding whose subject is the opener: another company than the opener. */
  let heldAway: RawMention | undefined;
  for (const item of items) {
    for (let i = cursor; i < item.start; i++) maskedToText.push(i);
    masked += text.slice(cursor, item.start);
    let code: number;
    if (item.pair) {
      // Masked as the list of the two (A和B), every character at 双方's start.
      masked += `${String.fromCharCode(MASK.pronoun + byKind.pronoun.length)}和${String.fromCharCode(MASK.pronoun + byKind.pronoun.length + 1)}`;
      byKind.pronoun.push(...item.pair);
      maskedToText.push(item.start, item.start, item.start);
      cursor = item.end;
      continue;
    }
    if (item.mention === undefined) {
      // 九五投资时隔五个月再度亮相:公司受让…: a company opening this sentence is what 公司 stands for; 该公司
      // points back to the company named last (…为草根合创资产管理有限公司,该公司是…).
      // A title in book marks (《金证券》记者注意到…) is a publication, which 公司 never stands for.
      // Nor a partner (`PARTNER_BEFORE`); when the sentence opens with 公司, a later 公司 stands for the same company.
      const opener = openingPronoun ?? byKind.org.find((m) => text[m.textStart - 1] !== '《' && !AUTHORITY.test(m.name) && !PARTNER_BEFORE.test(clauseBefore(text, sentence, m)));
      const demonstrative = text.startsWith('该', item.start);
      // 该公司 is named in an earlier clause, not in its own (中国人寿和中国平安分别认购了该行的股份).
      const clauseStart = Math.max(text.lastIndexOf('，', item.start), text.lastIndexOf(',', item.start), text.lastIndexOf('；', item.start), sentence.textStart);
      const earlier = byKind.org.filter((m) => m.textEnd <= clauseStart);
      // 该行, 该集团, 该基金 name the kind: the last bank, group or fund named before, if one was (建行大股东汇金公司…,
      // 而该行的战略投资者… is 建行's).
      const kind = demonstrative ? /^该(行|集团|基金)/.exec(text.slice(item.start, item.end))?.[1] : undefined;
      // …设立的合肥蔚来新能源产业基金近日完成首关。据悉，该基金的有限合伙人…: or in the sentences just before.
      const ofKind = kind ? (earlier.findLast((m) => m.name.endsWith(kind)) ?? (earlier.length === 0 ? before.findLast((m) => m.name.endsWith(kind)) : undefined)) : undefined;
      // 后者 is the company named last before it (收购小天鹅…股份,成为后者第二大股东): the last one masked so far;
      // 前者 the one named before that, the first of the pair (华泽集团与陕西省太白酒业…签署…协议,前者以现金出资…).
      const latter = text.startsWith('后者', item.start);
      const former = text.startsWith('前者', item.start);
      const bare = !demonstrative && text.startsWith('公司', item.start);
      // 达明水产发布公告称,公司全资子公司…: 公司 after a clause in which a company announces is that company.
      const announcer = bare ? byKind.org.findLast((m) => announces(text, m, item.start) && !AUTHORITY.test(m.name) && !/(?:根据|据|按照|依据)$/.test(text.slice(Math.max(sentence.textStart, m.textStart - 2), m.textStart))) : undefined;
      let referent =
        item.referent ??
        announcer ??
        (latter
        ? (byKind.org.at(-1) ?? topic)
        : former
          ? byKind.org.at(-2)
          : demonstrative
          ? (ofKind ?? earlier.at(-1) ?? (opener && opener.textStart < clauseStart ? opener : topic))
          : openingPronoun !== undefined || opensSentence(opener, sentence)
            ? opener
            : item.inSentence
              ? undefined
              : bare
                ? (company ?? topic)
                : topic);
      // 格力金投将成为公司控股股东，珠海市国资委将成为公司实际控制人: 公司 after 成为 is not the company opening the
      // sentence (one does not become its own holder), but one an earlier clause acts on (…获得了ST东源5%股权,从而成为
      // 公司大股东), else the one the text is about. So for the company whose shares a holder holds (晶源科技所持的公司…股份).
      const becomes = !announcer && referent !== undefined && referent === opener && text.startsWith('公司', item.start) && BECOMES_BEFORE.test(text.slice(Math.max(sentence.textStart, item.start - 4), item.start));
      // The opener holds it, named last before 公司 in its clause (软银愿景基金持有公司…): 公司 is another company.
      // Only a verb the opener is the subject of: no party, holder, person or clause of its own between (与持有公司…的X,
      // 大股东X减持公司股份, 董事长王传福持有公司…).
      const heldByOpener = item.afterHoldingVerb && opener !== undefined && referent === opener && byKind.org.findLast((m) => m.textEnd <= item.start) === opener && OPENER_HOLDS.test(text.slice(opener.textEnd, item.start)) && !byKind.person.some((m) => m.textStart >= opener.textEnd && m.textEnd <= item.start);
      if (becomes || heldByOpener || (item.held && !announcer)) {
        // Not one whose shares are bought from it (受让华润股份所持股份: the seller).
        const actedOn = byKind.org.findLast((m) => m !== opener && m.textEnd <= clauseStart && TAKEN_BEFORE.test(text.slice(Math.max(sentence.textStart, m.textStart - 4), m.textStart)) && !/^(?:所持|持有的|所持有的)/.test(text.slice(m.textEnd, m.textEnd + 4)));
        // 晶源电子原大股东晶源科技所持的公司股份: the company whose holder holds is named before the holder.
        const holderAt = item.held ? byKind.org.findLastIndex((m, k) => k > 0 && HOLDER_OF.test(text.slice(byKind.org[k - 1]!.textEnd, m.textStart)) && byKind.org[k - 1]!.textEnd > clauseStart) : -1;
        const ofHolder = holderAt > 0 ? byKind.org[holderAt - 1] : undefined;
        const about = bare ? (company ?? topic) : topic;
        referent = ofHolder ?? actedOn ?? (about && !byKind.org.includes(about) ? about : undefined);
      }
      // 阿里巴巴持有公司约10.2%股份，何小鹏持有公司约19.6%股份: once the opener holds 公司, a later holder's 公司 is the same.
      if (heldByOpener && referent) heldAway = referent;
      else if (bare && item.afterHoldingVerb && heldAway && referent === opener) referent = heldAway;
      // 其 is never the holder it follows.
      if (item.holder && referent?.name === item.holder.name) referent = undefined;
      if (referent && item.buyers?.includes(referent)) referent = undefined;
      if (!referent) {
        masked += text.slice(item.start, item.end);
        for (let i = item.start; i < item.end; i++) maskedToText.push(i);
        cursor = item.end;
        continue;
      }
      code = MASK.pronoun + byKind.pronoun.length;
      byKind.pronoun.push(referent);
      if (byKind.org.length === 0 && byKind.pronoun.length === 1 && item.start - sentence.textStart <= OPENING_SPAN) openingPronoun = referent;
    } else {
      // A newspaper whose reporter was told (向《每日经济新闻》记者证实) is no party: it is masked as a place, which a
      // rule's gap may cross, so that 双汇国际向《每日经济新闻》记者证实,将收购… still reads 双汇国际's purchase.
      const kind = item.mention.type === 'Organization' ? (isPress(text, item.mention, sentence.textStart) ? 'place' : 'org') : item.mention.type === 'Person' ? 'person' : 'place';
      code = MASK[kind] + byKind[kind].length;
      byKind[kind].push(item.mention);
    }
    masked += String.fromCharCode(code);
    maskedToText.push(item.start);
    cursor = item.end;
  }
  masked += text.slice(cursor, sentence.textEnd);
  for (let i = cursor; i < sentence.textEnd; i++) maskedToText.push(i);
  // Hong Kong announcements write 之 for 的 after a company (本公司之全資附屬公司, 目標公司之股權): rules read 的, one
  // character for one, so the offsets hold. Not 之 of a word (之一, 之后, 之间).
  if (masked.includes('之')) masked = masked.replace(POSSESSIVE_ZHI, '的');
  // 入股过天华超净: the aspect particle 过 after a verb of a deal says it happened, as 了 does, which rules read.
  if (masked.includes('过')) masked = masked.replace(DEAL_DONE_GUO, '了');
  // Taiwanese news writes 透过 for 通过 (鴻海將透過子公司…認購): two characters for two.
  if (masked.includes('透过')) masked = masked.replaceAll('透过', '通过');
  // Scraped pages put spaces between Chinese words (旗下的 天津金星), and media are named in book marks
  // (旗下《国际电子商情》、《电子系统设计》): rules read the text without either. Nor do they read the declaration of a
  // company's short name after it (比亚迪股份有限公司（以下简称“公司”或“比亚迪”）全资子公司…), which the resolve
  // stage has read: what comes after it is said of the company.
  // The first tests (a space, 《 or 》, or 称 anywhere) are plain scans, and rule most sentences out.
  const declared = masked.includes('称') ? declarationsIn(masked) : undefined;
  if (declared || (/[\s《》]/.test(masked) && /[^\x00-\x7f]\s+[^\x00-\x7f]|《[\ue000-\uefff]|[\ue000-\uefff]》/.test(masked))) {
    let compact = '';
    const compactToText: number[] = [];
    for (let i = 0; i < masked.length; i++) {
      if (declared?.[i]) continue;
      const ch = masked[i]!;
      // Judged on the text, not the masked sentence: a Latin name after the space (投资 Uber转攻…) is masked by a
      // character that is not ASCII, but the space before it still parts two phrases.
      if (/\s/.test(ch) && /[^\x00-\x7f]/.test(text[maskedToText[i]! - 1] ?? '') && /^\s*[^\x00-\x7f\s]/.test(text.slice(maskedToText[i]!, maskedToText[i]! + 8))) continue;
      if ((ch === '《' && /[\ue000-\uefff]/.test(masked[i + 1] ?? '')) || (ch === '》' && /[\ue000-\uefff]/.test(masked[i - 1] ?? ''))) continue;
      compact += ch;
      compactToText.push(maskedToText[i]!);
    }
    return { sentence, masked: compact, byKind, maskedToText: compactToText };
  }
  return { sentence, masked, byKind, maskedToText };
}

/**
 * Words that make a deal one planned, not done (拟收购, 计划减持, 正在洽谈, 将成为…控股股东): read on the stretch
 * HEDGES reads; for a holding, from the holder on when the holder is named in it, since what is said before the holder
 * is said of another party (建行将收购ING拥有的…股权: ING holds its stake now). 将 only before a verb or a
 * preposition, not as the 将 that moves the object before its verb (将其持有的…转让, 将X纳入麾下), nor after 仍 (仍将持有:
 * holds on); not 准备金, 资管计划 nor a forecast of profits.
 */
const PLANNED = /(?<![草模虚比])拟(?!定|人)|(?<!资管|信托|持股|理财|激励|按)计划|预计(?![^，,。；]{0,6}?(?:利润|营收|收入|业绩|增长|亏损|盈利|产量|销量))|有意|意向|打算|准备(?!金)|筹划|筹备|寻求|洽谈|谈判|磋商|商谈|洽购|尚需|尚待|待(?:审批|批准|获批|核准)|有望|即将|(?<![仍])将(?=成为|收购|并购|持有(?!的)|在|与|和|同|以|向|对|出资|投资|共同|获得|入股|参股|增资|注资|认购|设立|成立|组建|控股|通过|进一步|直接|间接|合计|累计|拥有|受让|增持|减持|出售|转让|抛售|处置|剥离)/;
/** A company's listing ahead, said of the company held (持有拟于科创板上市的X, 即将在港上市的): no plan of the holder's. */
const LISTING_AHEAD = /(?:拟|即将|将|计划|预计)(?:于|在|赴)?[^，,。；\ue000-\uefff]{0,8}?上市的/g;
/** Holding on (仍为, 仍持有, 继续持有): what holds now after the deal holds before it too. */
const HOLDS_ON = /仍(?:为|是|将|然)|继续(?:持有|为|担任)/;
/**
 * A sale planned (拟转让其持有的…, 将持有的…转让给), or a plan for shares held (拟将所持有的…, 将以其持有的…): the holding
 * read across it stands now.
 */
const PLANNED_SALE = /(?:拟|计划|将|准备|打算|有意|筹划)(?:[^。；！？]{0,50}?(?:减持|转让|出售|抛售|卖出|处置|质押|划转|派发|分派)|(?:将|以)?(?:其)?(?:所持|持有的|所拥有|拥有的))/g;
/** Control planned: becoming a controlling holder or a parent, or taking control (将成为…控股股东, 拟控股); not a subsidiary named in a clause of another plan (拟将全资子公司…分立). */
const CONTROL_PLANNED = /(?:拟|将|计划|有望|即将)(?:成为|控股|取得|获得)/;
/** The deals whose completion ahead puts a clause in the future (交易完成后, 本次发行完成后). */
const COMPLETED_DEAL = '(?:交易|收购|增资|发行|转让|入股|认购|重组)(?:事项)?(?:完成|实施|结束)后';
/** A deal's completion ahead, said before the party (交易完成后，X将持有…, 本次发行完成后X持有…, …，完成后X持有…): the clause is of the future. */
const AFTER_COMPLETION = new RegExp(`${COMPLETED_DEAL}|(?:本次|此次)(?:事项)?(?:完成|实施|结束)后|(?:^|[，,；])(?:完成|实施|结束)后`);
/** A completion ahead ending where a stretch is read up to (本次交易完成后|复星医药持有…). */
const COMPLETION_ENDS = new RegExp(`${COMPLETED_DEAL}$`);

/** 分别 and then a list of percentages (分别持有…约8%和6%的股份, 分别持股51%、49%). */
const RESPECTIVE_STAKES = /分别[^。；！？]{0,30}?((?:约|近|超过)?\d+(?:\.\d+)?%(?:的)?(?:股份|股权)?(?:(?:和|、|及|与|以及|，|,)(?:约|近|超过)?\d+(?:\.\d+)?%(?:的)?(?:股份|股权)?)+)/;

/** The percentages, in order, of a list after 分别 that starts within the match `from`..`to`. */
function respectiveStakes(masked: string, from: number, to: number): number[] | undefined {
  const m = RESPECTIVE_STAKES.exec(masked.slice(from));
  if (!m || m.index >= to - from) return undefined;
  return [...m[1]!.matchAll(/(\d+(?:\.\d+)?)%/g)].map((p) => Number(p[1]));
}

/** Whether a reading of `subject` in the masked stretch `from`..`to` is of a deal planned, not done. */
function plannedFor(view: SentenceView, type: RelationType, from: number, to: number, subject: RawMention): boolean {
  const stretch = view.masked.slice(from, to).replace(LISTING_AHEAD, '');
  if (HOLDS_ON.test(stretch)) return false;
  // The stretch may open inside a completion ahead (…完成后，X持有: `^` of AFTER_COMPLETION), or just after one
  // (本次交易完成后复星医药持有…).
  const lead = view.masked.slice(Math.max(0, from - 12), from);
  if (AFTER_COMPLETION.test(stretch) || COMPLETION_ENDS.test(lead + stretch.slice(0, 4))) return true;
  if (type === 'CONTROLS') return CONTROL_PLANNED.test(stretch);
  // A holding read from its holder on: what is said before the holder is said of another party (建行将收购ING拥有的…).
  if (type !== 'HOLDS_STAKE') return PLANNED.test(stretch);
  const at = view.maskedToText.indexOf(subject.textStart, from);
  const own = at < 0 || at >= to ? stretch : view.masked.slice(at, to).replace(LISTING_AHEAD, '');
  return PLANNED.test(own.replace(PLANNED_SALE, ''));
}

/** 过 right after a verb of a deal and before a mention or a word for a kind of company: the deal was done (入股过, 投资过). */
const DEAL_DONE_GUO = /(?<=(?:入股|参股|投资|注资|增资|收购|并购|控股|增持|减持|持有|领投|跟投|参投|认购))过(?=[\ue000-\uefff]|[^\ue000-\uefff，,。；]{0,8}?(?:公司|企业)(?:包括|主要有|有)?[：:]?[\ue000-\uefff])/g;

/** 之 as 的 after a mention, not the 之 of a word (之一, 之后, 之前, 之间, 之下, 之中). */
const POSSESSIVE_ZHI = /(?<=[\ue000-\uefff])之(?![一后前间下中外内上际所余多])/g;

/** A declaration of a short name right after a company's mask: （以下简称“X”）, (下称X), （简称“A”或“B”）. */
const DECLARATION = new RegExp(`(?<=[\\ue000-\\ue3ff])${DECLARES}[^（()）。，,]{1,30}[)）]`, 'g');

/** Which characters of a masked sentence are in such a declaration, or undefined when none is. */
function declarationsIn(masked: string): boolean[] | undefined {
  let out: boolean[] | undefined;
  DECLARATION.lastIndex = 0;
  for (let m = DECLARATION.exec(masked); m; m = DECLARATION.exec(masked)) {
    out ??= [];
    for (let i = m.index; i < m.index + m[0].length; i++) out[i] = true;
  }
  return out;
}

function resolveGroup(view: SentenceView, group: string | undefined): RawMention[] {
  // A place may stand before a list's member (北京亦庄国投): it is none of the parties.
  return membersIn(group)
    .filter(({ kind }) => kind !== 'place')
    .map(({ kind, index }) => view.byKind[kind][index])
    .filter((m): m is RawMention => m !== undefined);
}

interface Topics {
  topic?: RawMention;
  /** The last company that announced (X公告称，…): what 公司 still stands for when the text turns to a holder of it. */
  announcer?: RawMention;
  /** The topic before the last one, which 公司 still stands for when the last one holds it. */
  previous?: RawMention;
  /** The paragraph the topic was named in. */
  topicParagraph?: number;
  holding?: RawMention;
  person?: RawMention;
  /** The last round of financing named, with the date of its sentence: what 本轮融资 in a later sentence is. */
  round?: { name: string; date?: DateMention; sentenceIndex: number; paragraph: number };
  /** The two companies the sentence before named, when it named two and no more: what 双方 opening this one is. */
  pair?: readonly [RawMention, RawMention];
}

/** A round of financing by its name: 天使轮, Pre-A轮, B+轮, 战略轮. */
const ROUND_NAME = /(?<round>天使\+?轮|种子轮|Pre-?A\+?轮|[A-F]\+{0,2}轮|战略轮|Pre-IPO轮)/;
/** A round named by pointing back to it: 本轮融资, 该轮, 此次融资. */
const ROUND_BACK = /(?:本轮|该轮|此轮|这轮)|(?:本次|此次|这次)(?:融资|投资)/;

/** The round an earlier sentence of the paragraph named, at most two sentences before, when this one points back to it. */
function roundBefore(view: SentenceView, topics: Topics): Topics['round'] {
  const round = topics.round;
  if (!round || round.paragraph !== view.sentence.paragraph || view.sentence.index - round.sentenceIndex > 2 || !ROUND_BACK.test(view.masked)) return undefined;
  return round;
}

const STAKE_TYPES = new Set(['INVESTED_IN', 'HOLDS_STAKE', 'INCREASED_STAKE', 'REDUCED_STAKE']);

function firstOrgBefore(view: SentenceView, maskedIndex: number): RawMention | undefined {
  const orgs = mentionsIn(view.masked.slice(0, maskedIndex)).filter((m) => m.kind === 'org');
  return orgs.length > 0 ? view.byKind.org[orgs[0]!.index] : undefined;
}

/** Verbs whose object acts in the clause after them (引入X…,成为其股东): the clause's subject does not carry on. */
const PIVOT_VERBS = /引入|引进|吸引|迎来|邀请/;
/**
 * What may come before the company that opens a clause: a dateline in brackets (【记者陈怡君／台北报导】), a connective
 * or a time word, and a word for its kind (具身智能公司「星海图」).
 */
const CLAUSE_OPENING = /^(?:【[^】]{0,24}】\s*)?(?:而|并|且|但|同时|此外|另外|随后|之后|其后|此后|近日|日前|目前|今年|去年|此前|其中)?(?:[\u4e00-\u9fff]{0,8}(?:公司|企业|厂商|平台|初创))?[「“"『]?$/;

/**
 * The company opening the nearest clause before `maskedIndex` that opens with one (中铝公司将…对江钨控股集团进行出资,
 * 成为其控股股东: 中铝公司; not 在经江西省政府批准之后, nor 持有东润公司…的股权 after 首泰公司拟通过…收购).
 */
function clauseSubject(view: SentenceView, maskedIndex: number): RawMention | undefined {
  const masked = view.masked;
  let end = maskedIndex;
  while (end > 0) {
    const start = Math.max(masked.lastIndexOf('，', end - 1), masked.lastIndexOf(',', end - 1)) + 1;
    const clause = masked.slice(start, end);
    const at = clause.search(/[\ue000-\ue3ff\uec00-\uefff]/);
    if (at >= 0 && CLAUSE_OPENING.test(clause.slice(0, at))) {
      // 洛阳钼业引入宁德时代作为战略投资者,成为其第二大股东: what is brought in is who acts next, not the subject.
      if (PIVOT_VERBS.test(clause)) return undefined;
      // 百度高级副总裁王劲今日表示,…目前已获洪泰基金投资: a company that titles a person opens no clause of its own.
      if (/[\ue400-\ue7ff]/.test(clause.slice(at))) return undefined;
      const [first] = mentionsIn(clause[at]);
      if (first) return view.byKind[first.kind][first.index];
    }
    end = start - 1;
  }
  return undefined;
}

function sideOf(rule: CompiledRule, side: 'subject' | 'object', match: RegExpMatchArray, view: SentenceView, topics: Topics): RawMention[] {
  const slot = rule[side];
  const groups = match.groups ?? {};
  switch (slot) {
    case 'topic': {
      const inSentence = firstOrgBefore(view, match.index!);
      const t = inSentence ?? topics.topic;
      return t ? [t] : [];
    }
    case 'here': {
      // A pronoun (公司, 该公司) counts: it stands for the topic named in this sentence or before.
      const t = firstOrgOrPronoun(view, match.index!);
      return t ? [t] : [];
    }
    case 'clause': {
      const t = clauseSubject(view, match.index!);
      return t ? [t] : [];
    }
    case 'actor': {
      // 在宁德时代的带动下，比亚迪也向子公司X增资: the company opening the clause; 由亚太实业投资,其全资子公司X…: else the first one.
      const t = clauseSubject(view, match.index!) ?? firstOrgOrPronoun(view, match.index!);
      return t ? [t] : [];
    }
    case 'fund': {
      // 芯驰科技获得小米长江产业基金投资，其执行事务合伙人为…: the partners are the fund's, not the company's.
      const funds = mentionsIn(view.masked.slice(0, match.index!)).map(({ kind, index }) => (kind === 'org' || kind === 'pronoun' ? view.byKind[kind][index] : undefined));
      const t = funds.findLast((m) => m !== undefined && FUND_NAME.test(m.name));
      return t ? [t] : [];
    }
    case 'nearest': {
      // 其大股东为…: 其 stands for the company the sentence opens with (建发股份发迹厦门,控股着…,其大股东为…).
      const opener = view.byKind.org[0];
      if (match[0].startsWith('其') && opensSentence(opener, view.sentence)) return [opener];
      // 人人乐发布公告,称公司第二大股东X: the company named last before the match, not the first (和讯网讯…).
      // A government body has no shareholders (国资委已同意公司控股股东X: X controls the article's company).
      const orgs = mentionsIn(view.masked.slice(0, match.index!)).filter((m) => (m.kind === 'org' || m.kind === 'pronoun') && !AUTHORITY.test(view.byKind[m.kind][m.index]!.name));
      const last = orgs.at(-1);
      const t = last ? view.byKind[last.kind][last.index] : topics.holding;
      return t ? [t] : [];
    }
    case 'holding': {
      const first = view.byKind.org[0];
      if (match[0].startsWith('其') && opensSentence(first, view.sentence) && first.textStart < view.maskedToText[match.index!]!) return [first];
      // The topic stands in only within its own paragraph: a new paragraph may be about another company. A
      // company opening this very sentence comes first when no other is named before the match (明朝万达创立于…，
      // 其投资人包括…; not 建柏投资由A全资拥有，而B分别由C和D持股…).
      const before = mentionsIn(view.masked.slice(0, match.index!)).filter((m) => m.kind === 'org');
      const opener = before.length === 1 ? view.byKind.org[before[0]!.index] : undefined;
      // Not a holder itself (软银持股N%、雅虎持股N%…) nor a sibling in the list the match starts with (由腾讯和阿里…).
      const at = opener ? view.masked.indexOf(String.fromCharCode(MASK.org + before[0]!.index)) : -1;
      const after = at >= 0 ? view.masked.slice(at + 1, match.index!) : '';
      // Nor an investor in the same round (由宁德时代领投，小米产投跟投: 宁德时代 is no company invested in).
      const holder = /^(?:的)?(?:持股|持有|持|股权|持股比例|分别)/.test(after) || /^[和与及、]$/.test(after) || /^(?:共同|联合)?(?:领投|跟投|参投)/.test(view.masked.slice(at + 1, at + 5));
      const opens = !holder && opensSentence(opener, view.sentence) ? opener : undefined;
      const t = topics.holding ?? opens ?? (topics.topicParagraph === view.sentence.paragraph ? topics.topic : undefined);
      return t ? [t] : [];
    }
    case 'person': {
      if (groups.P) return resolveGroup(view, groups.P);
      const people = view.byKind.person.filter((p) => p.textStart < view.maskedToText[match.index!]!);
      const t = people.at(-1) ?? topics.person;
      return t ? [t] : [];
    }
    default:
      return resolveGroup(view, groups[slot]);
  }
}

/** The first company or pronoun for one in the sentence before `maskedIndex`. */
function firstOrgOrPronoun(view: SentenceView, maskedIndex: number): RawMention | undefined {
  const first = mentionsIn(view.masked.slice(0, maskedIndex)).find((m) => m.kind === 'org' || m.kind === 'pronoun');
  return first ? view.byKind[first.kind][first.index] : undefined;
}

/** A fund's name: one its partners are named for (基金, 合伙企业, 投资中心, 创投, 资本). */
const FUND_NAME = /基金|合伙|投资中心|创投|资本/;

/**
 * Words before a company's founding date (成立于2019年): a description of the company. Not a date before 成立 (于2024年
 * 成立合资公司), which may be the deal's.
 */
const FOUNDED_BEFORE = /(?:成立|创立|创办|注册|始建|诞生)于$/;

/** The date of a relation: the last date of its sentence before the end of the match. */
function nearestDate(dates: readonly DateMention[], sentenceIndex: number, at: number): DateMention | undefined {
  return dates.filter((d) => d.sentenceIndex === sentenceIndex && d.textStart <= at).at(-1);
}

/** The rules in sentence order, and one filter over the holding markers followed by the rules. */
let ordered: { readonly rules: readonly CompiledRule[]; readonly filter: RegexFilter } | undefined;

/**
 * The rules in the order a sentence is read: those naming both parties first, then those whose party is the
 * holding company (so that a stake stated anywhere in the sentence has named it: 其大股东为A,实际控制人是B),
 * then the fallbacks. Within each group the priority order of `RELATION_RULES` holds.
 */
function sentenceOrder(): { readonly rules: readonly CompiledRule[]; readonly filter: RegexFilter } {
  if (ordered) return ordered;
  const all = compiledRules();
  const usesHolding = (rule: CompiledRule): boolean => rule.subject === 'holding' || rule.object === 'holding';
  const rules = [...all.filter((r) => !r.fallback && !usesHolding(r)), ...all.filter((r) => !r.fallback && usesHolding(r)), ...all.filter((r) => r.fallback)];
  ordered = { rules, filter: new RegexFilter([...HOLDING_MARKERS, ...rules.map((rule) => rule.regex)]) };
  return ordered;
}

/** Verbs and prepositions before what they act on, a word for its kind of company maybe between (`ACTED_ON_DESCRIBED`). */
const BEFORE_ACTED_ON = '收购|并购|入股|布局|增持|减持|参股|入主|注资|增资|领投|跟投|认购|受让|买入|出售|转让|联手|携手|与|和|及|对|向|被|由';
/** A word for the kind of company between a verb and the company: 上市公司, 澳大利亚上市公司. */
const KIND_BETWEEN = '[\\u4e00-\\u9fff]{0,6}(?:公司|企业|集团|巨头|厂商|机构)';

/**
 * A verb right before a company makes it what is acted on, not who acts: 除了布局上海快卜，此前，宁德时代已… 投资, 控股
 * and 持有 count right before it only.
 */
const ACTED_ON = new RegExp(`(?:${BEFORE_ACTED_ON}|投资|控股|持有)$`);

/**
 * The same with a word for the kind of company between (公司与上市公司华润置地签订…, 与澳大利亚上市公司Terramin…
 * 签订了认股协议). Not after 投资, 控股 or 持有, which make a kind of company of their own (旗下投资公司红杉资本…).
 */
const ACTED_ON_DESCRIBED = new RegExp(`(?:${BEFORE_ACTED_ON})${KIND_BETWEEN}$`);

/**
 * A partner named after 与, 和 or 联手, perhaps with a word for its kind between: never the company a later 公司 in
 * the sentence stands for (公司与上市公司华润置地签订了合作协议，公司拟…). A company held or bought may be
 * (卓铭投资共持有麟松电器N万股,占公司总股本的N%).
 */
const PARTNER_BEFORE = new RegExp(`(?:与|和|及|联手|携手)(?:${KIND_BETWEEN})?$`);

/**
 * A government body, regulator or court (国资委, 证监会, 商务部, 法院): no company, so never what 公司 stands for nor
 * the company later sentences are about (国资委已同意公司控股股东…: 公司 is the article's company, not 国资委).
 * Also by its full name (国务院国有资产监督管理委员会, 中国证券监督管理委员会).
 */
const AUTHORITY = /(?:国资委|国资局|国资办|证监会|证监局|银监会|银监局|保监会|银保监会|发改委|商务部|财政部|国务院|政府|法院|检察院|工商局|监管局|央行|人民银行|委员会|监督管理局|管理总局)$/;

/** Where each clause of `sentence` before `at` starts, nearest first. */
function clauseStartsBefore(text: string, sentence: Sentence, at: number): number[] {
  const starts: number[] = [];
  for (let i = at - 1; i >= sentence.textStart; i--) if ('，,；;：:'.includes(text[i]!)) starts.push(i + 1);
  starts.push(sentence.textStart);
  return starts;
}

/**
 * What 其 opening a clause at `at` stands for: in the nearest clause before it that names one, the first company
 * that nothing acts on and that is no one's subsidiary (海通证券分析认为,格力电器业绩稳健,其持有…: 格力电器, not the
 * source quoted; 继凤凰出版传媒集团旗下凤凰股份…后,其控股的…: the group). None when no clause before names one.
 */
function clauseActor(text: string, sentence: Sentence, mentions: readonly RawMention[], at: number): RawMention | undefined {
  let end = at;
  for (const start of clauseStartsBefore(text, sentence, at)) {
    const actor = mentions.find(
      (m) => m.type === 'Organization' && m.textStart >= start && m.textEnd <= end && !isActedOn(text, sentence, m) && !/(?:旗下|下属|子公司)(?:的)?$/.test(text.slice(Math.max(0, m.textStart - 4), m.textStart)),
    );
    if (actor) return actor;
    end = start;
  }
  return undefined;
}

/** The clause of `org`'s sentence before it, from the last comma or colon. */
function clauseBefore(text: string, sentence: Sentence, org: RawMention): string {
  const before = text.slice(sentence.textStart, org.textStart);
  return before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('：'), before.lastIndexOf(':')) + 1).trim();
}

/** Whether a verb or preposition in its own clause makes `org` what is acted on (`ACTED_ON`, `ACTED_ON_DESCRIBED`). */
function isActedOn(text: string, sentence: Sentence, org: RawMention): boolean {
  const clause = clauseBefore(text, sentence, org);
  return ACTED_ON.test(clause) || ACTED_ON_DESCRIBED.test(clause);
}

/**
 * The company a sentence is about, for the sentences after it: the first one named in its first 20 characters
 * that is not the object of a verb or preposition in its own clause.
 */
function sentenceSubject(text: string, sentence: Sentence, orgs: readonly RawMention[]): RawMention | undefined {
  for (const org of orgs) {
    if (org.textStart - sentence.textStart > 20) return undefined;
    if (!isActedOn(text, sentence, org) && !AUTHORITY.test(org.name)) return org;
  }
  return undefined;
}

/** The relations a sentence's rules found so far. */
interface SentenceFindings {
  readonly out: RawRelation[];
  /** Pairs some rule already related in this sentence: a fallback rule leaves them alone. */
  readonly related: Set<string>;
  readonly byKey: Map<string, RawRelation>;
  /** Whether the rule being run is a fallback. */
  fallback: boolean;
}

/** Facts a later reading of the same relation in the same sentence may add: what one rule's pattern holds, another's may not. */
const MERGED_FACTS = ['stake', 'amount', 'date', 'round', 'rank'] as const;

/**
 * Adds a relation a rule read, once per type, pair and role. A function of its own, not a closure made per
 * sentence: tsx keeps function names, which costs a property definition per closure made.
 */
function addRelation(found: SentenceFindings, relation: RawRelation): void {
  if (relation.subject.name === relation.object.name) return;
  const key = `${relation.type}|${relation.subject.name}|${relation.object.name}|${relation.role ?? ''}`;
  const earlier = found.byKey.get(key);
  if (earlier) {
    // Read again by another rule: say so, so that each rule's own reading can be checked.
    if (earlier.ruleId !== relation.ruleId && !earlier.alsoReadBy?.includes(relation.ruleId)) earlier.alsoReadBy = [...(earlier.alsoReadBy ?? []), relation.ruleId];
    // A fact the first reading left out and this one states (引入X作为战略投资者，后者…认购Y约20%股份: the stake) is kept.
    for (const fact of MERGED_FACTS) if (earlier[fact] === undefined && relation[fact] !== undefined) Object.assign(earlier, { [fact]: relation[fact] });
    return;
  }
  const pair = [relation.subject.name, relation.object.name].sort().join('|');
  if (found.fallback && found.related.has(pair)) return;
  found.related.add(pair);
  found.byKey.set(key, relation);
  found.out.push(relation);
}

/** Runs the relation rules over one masked sentence. */
function sentenceRelations(view: SentenceView, topics: Topics, dates: readonly DateMention[], original: string, articleId: string): RawRelation[] {
  const out: RawRelation[] = [];
  const evidence = {
    articleId,
    sentenceIndex: view.sentence.index,
    start: view.sentence.start,
    end: view.sentence.end,
    text: original.slice(view.sentence.start, view.sentence.end),
  };
  // Most rules need a word or two (收购, 持有…) and one or two companies that most sentences lack: one pass
  // over the sentence rules them out before their regexes scan it. The holding markers come first.
  const { rules, filter } = sentenceOrder();
  const may = filter.check(view.masked);
  for (let k = 0; k < HOLDING_MARKERS.length; k++) {
    if (may[k] === 0) continue;
    const marker = HOLDING_MARKERS[k]!;
    marker.lastIndex = 0;
    const m = marker.exec(view.masked);
    if (m?.groups?.O) {
      const found = resolveGroup(view, m.groups.O)[0];
      if (found) {
        topics.holding = found;
        break;
      }
    }
  }
  const found: SentenceFindings = { out, related: new Set(), byKey: new Map(), fallback: false };
  const named = ROUND_NAME.exec(view.masked)?.groups?.round;
  for (let r = 0; r < rules.length; r++) {
    if (may[HOLDING_MARKERS.length + r] === 0) continue;
    const rule = rules[r]!;
    // exec in a loop, not matchAll: matchAll clones the RegExp on every call, which cost more than the
    // matching itself over some seventy rules per sentence.
    const regex = rule.regex;
    found.fallback = rule.fallback === true;
    regex.lastIndex = 0;
    for (let match = regex.exec(view.masked); match; match = regex.exec(view.masked)) {
      if (match[0].length === 0) regex.lastIndex++;
      const span = view.masked.slice(Math.max(0, match.index - 4), match.index + match[0].length);
      if (HEDGES.test(rule.type === 'HOLDS_STAKE' ? span.replace(NEGATED_SALE, '') : span)) continue;
      const subjects = sideOf(rule, 'subject', match, view, topics);
      if (rule.withTopic) {
        const t = firstOrgBefore(view, match.index) ?? topics.topic;
        if (t && !subjects.includes(t)) subjects.push(t);
      }
      const objects = sideOf(rule, 'object', match, view, topics);
      const groups = match.groups ?? {};
      const textAt = view.maskedToText[Math.min(match.index + match[0].length - 1, view.maskedToText.length - 1)] ?? view.sentence.textStart;
      const date = nearestDate(dates, view.sentence.index, textAt);
      const pct = groups.pct && groups.pct !== '<N>' ? Number(groups.pct) : undefined;
      const amountText = groups.amt ?? (rule.type === 'INVESTED_IN' ? (() => { const g = INVESTED_AMOUNT.exec(view.masked)?.groups; return g?.amount ?? g?.amount2; })() : undefined);
      const amount = amountText ? parseAmount(amountText) : undefined;
      // 本轮融资由A领投: the round and its date are those of the sentence before that named it.
      const back = rule.type === 'INVESTED_IN' && (named === undefined || date === undefined) ? roundBefore(view, topics) : undefined;
      const round = named ?? back?.name;
      const when = date ?? back?.date;
      const vehicle = resolveGroup(view, groups.V)[0];
      const facts = {
        ...(rule.facts ?? {}),
        ...(when ? { date: { value: when.value, precision: when.precision, text: when.text } } : {}),
        ...(pct !== undefined && pct <= 100 ? { stake: pct } : {}),
        ...(groups.rank ? { rank: parseSmallNumber(groups.rank) } : {}),
        ...(amount && STAKE_TYPES.has(rule.type) ? { amount } : {}),
        ...(round && rule.type === 'INVESTED_IN' ? { round } : {}),
        ...(groups.title ? { role: groups.title } : {}),
      };
      // Partners to one venture (subject and object the same list) are related once per pair.
      const pairwise = rule.subject === rule.object;
      const spanStart = Math.max(0, match.index - 4);
      // 上汽集团和广汽集团分别持有芯擎科技约8%和6%的股份: one stake for each party, in order.
      const each = facts.stake !== undefined && (subjects.length > 1 || objects.length > 1) ? respectiveStakes(view.masked, match.index, match.index + match[0].length) : undefined;
      // A list of another length than the parties' pairs with none of them: no party takes a stake of it.
      const stakeOf = (si: number, oi: number): { stake?: number } =>
        each?.length === subjects.length && subjects.length > 1 ? { stake: each[si]! } : each?.length === objects.length && objects.length > 1 ? { stake: each[oi]! } : each ? { stake: undefined } : {};
      for (const [si, subject] of subjects.entries()) {
        const status = rule.facts?.status !== 'planned' && rule.type !== 'HAS_ROLE' && plannedFor(view, rule.type, spanStart, spanStart + span.length, subject) ? { status: 'planned' as const } : {};
        for (const [oi, object] of objects.entries()) {
          if (pairwise && oi <= si) continue;
          // 创始人、董事长兼CEO: one role each, so that a query for CEOs finds this one.
          const roles = facts.role ? facts.role.split(/、|兼|和|及|\//).filter(Boolean) : [undefined];
          for (const role of roles) addRelation(found, { type: rule.type, subject, object, ruleId: rule.id, evidence, ...facts, ...stakeOf(si, oi), ...status, ...(role ? { role } : {}), ...(vehicle ? { via: vehicle } : {}) });
          if (vehicle) {
            addRelation(found, { type: rule.type, subject: vehicle, object, ruleId: rule.id, evidence, ...facts, ...status });
            const kind = /全资/.test(match[0]) ? 'wholly_owned' : /实控|控股/.test(match[0]) ? 'actual_controller' : 'subsidiary';
            addRelation(found, { type: 'CONTROLS', subject, object: vehicle, ruleId: rule.id, evidence, kind });
          }
        }
      }
      // A venture just named is what its partners' stakes are in (…设立时代一汽动力电池有限公司,其中宁德时代持股51%).
      if (objects.length === 1 && (STAKE_TYPES.has(rule.type) || NAMED_VENTURE_RULES.test(rule.id)) && rule.object !== 'holding') topics.holding = objects[0];
    }
  }
  // What 本轮融资 in the sentences after this one points back to.
  if (named) topics.round = { name: named, date: nearestDate(dates, view.sentence.index, Infinity), sentenceIndex: view.sentence.index, paragraph: view.sentence.paragraph };
  return out;
}

/** `extract`: entity mentions, dates (relative ones resolved) and relations from the rule tables. */
export const extractStage: Stage<'mentions' | 'dates' | 'rawRelations' | 'meta'> = {
  name: 'extract',
  requires: ['working', 'sentences', 'tokens', 'header'],
  provides: ['mentions', 'dates', 'rawRelations', 'meta'],
  run(doc: ArticleDoc, ctx: StageContext) {
    const working = need(doc, 'working', 'extract');
    const sentences = need(doc, 'sentences', 'extract');
    const tokens = need(doc, 'tokens', 'extract');
    const tokensBySentence: Token[][] = sentences.map(() => []);
    for (const token of tokens) tokensBySentence[token.sentenceIndex]?.push(token);
    const mentions = findMentions(doc, sentences, tokensBySentence);

    const matches = sentences.flatMap((sentence) =>
      findDates(working.text.slice(sentence.textStart, sentence.textEnd)).map((d) => ({ d, sentence })),
    );
    const meta = publicationDate(doc, matches.map((m) => m.d), ctx.report, ctx.source);
    const dates: DateMention[] = [];
    for (const { d, sentence } of matches) {
      const value = d.resolve(meta.publishedAt);
      if (!value) continue;
      dates.push({ ...value, text: d.text, sentenceIndex: sentence.index, textStart: sentence.textStart + d.start, textEnd: sentence.textStart + d.end, relative: d.relative });
    }

    // A company's founding date (成立于2019年) is not the date of a deal said in the same sentence.
    const dealDates = dates.filter((d) => !FOUNDED_BEFORE.test(working.text.slice(Math.max(0, d.textStart - 3), d.textStart)));
    const mentionsBySentence: RawMention[][] = sentences.map(() => []);
    for (const mention of mentions) mentionsBySentence[mention.sentenceIndex]?.push(mention);
    const topics: Topics = {};
    const rawRelations: RawRelation[] = [];
    let paragraph = -1;
    let paragraphOfPair = -1;
    let recent: readonly RawMention[] = [];
    let lastOrgs: readonly RawMention[] = [];
    sentences.forEach((sentence, i) => {
      if (sentence.paragraph !== paragraph) {
        paragraph = sentence.paragraph;
        topics.holding = undefined;
      }
      // After a company announced, a holder of it the text turned to is no 公司 (韦尔股份公告称，股东融通民和减持…。融通民和
      // 持有…。此外，公司第二大股东…减持: 公司 is still 韦尔股份).
      // So for the topic before a holder of it the text turned to (地平线…。大众汽车集团为其最大外部股东…。软银愿景基金持有公司…).
      const { topic, announcer, previous } = topics;
      const holds = (of: RawMention | undefined): of is RawMention =>
        of !== undefined && topic !== undefined && topic.name !== of.name && rawRelations.some((r) => HOLDER_TYPES.has(r.type) && r.subject.name === topic.name && r.object.name === of.name);
      const company = holds(announcer) ? announcer : holds(previous) ? previous : undefined;
      const view = maskSentence(working.text, sentence, mentionsBySentence[i]!, topic, sentence.paragraph === paragraphOfPair ? topics.pair : undefined, recent, company);
      rawRelations.push(...sentenceRelations(view, topics, dealDates, doc.original, doc.articleId));
      const announcing = view.byKind.org.find((m) => !AUTHORITY.test(m.name) && announces(working.text, m, sentence.textEnd));
      if (announcing) topics.announcer = announcing;
      const subject = sentenceSubject(working.text, sentence, view.byKind.org);
      if (subject) {
        if (subject.name !== topics.topic?.name) topics.previous = topics.topic;
        topics.topic = subject;
        topics.topicParagraph = sentence.paragraph;
      }
      const orgs = view.byKind.org;
      // The companies of the last two sentences that named any, for 该基金, 该行 and 该集团 in the next.
      if (orgs.length > 0) {
        recent = [...lastOrgs, ...orgs];
        lastOrgs = orgs;
      }
      const second = orgs.length >= 2 ? orgs.find((m) => m.name !== orgs[0]!.name) : undefined;
      topics.pair = second && orgs.every((m) => m.name === orgs[0]!.name || m.name === second.name) ? [orgs[0]!, second] : undefined;
      paragraphOfPair = sentence.paragraph;
      // A controller named in passing (实际控制人为雷军) is not who the next sentences are about.
      const people = view.byKind.person.filter((m) => m.ruleId !== 'entity/person-controller');
      if (people.length > 0) topics.person = people.at(-1);
    });
    if (rawRelations.length === 0) ctx.report(diagnostic('KG040', 'extract', `${ctx.source}: no relations found in ${sentences.length} sentences`));
    return { mentions, dates, rawRelations, meta };
  },
};
