import { loadLexicon } from '../lexicon.ts';

/**
 * Fields of a post that stand before its title and belong to it: 公共关系总监, 中海人事经理, 百威英博中国企业事务
 * 总监. Between an employer and a title they are neither's name.
 */
export const POST_FIELDS = [
  '公共关系', '公关', '媒体关系', '公共事务', '企业事务', '事务', '新闻', '市场', '营销', '市场营销', '销售', '财务', '技术', '人事', '人力资源', '资源管理', '管理',
  '运营', '研发', '品牌', '战略', '法务', '风控', '合规', '行政', '产品', '解决方案', '行业', '零售', '媒体', '关系', '仓储', '物流', '供应链', '客户', '客服',
] as const;

/** Legal-form suffixes, longest first. Stripped to find a company's core name. */
export const LEGAL_SUFFIXES = [
  '合伙企业（有限合伙）',
  '合伙企业(有限合伙)',
  // 青岛五道口新能源汽车产业基金企业（有限合伙）, 北京汇鑫投资中心（有限合伙）: a limited partnership registered as an
  // enterprise or a centre.
  '企业（有限合伙）',
  '企业(有限合伙)',
  // 北京红杉坤德投资管理中心（有限合伙）: the segmenter keeps 管理中心 one word.
  '管理中心（有限合伙）',
  '管理中心(有限合伙)',
  '中心（有限合伙）',
  '中心(有限合伙)',
  '（有限合伙）',
  '(有限合伙)',
  '股份有限公司',
  '有限责任公司',
  '株式会社',
  '集团有限公司',
  '控股有限公司',
  '集团股份有限公司',
  '有限公司',
  '集团公司',
  '股份公司',
  '控股公司',
  '总公司',
  '集团',
  '公司',
  '合伙企业',
  '股份',
] as const;

/**
 * The legal forms stripped from a name for its key. 集团 stays: a group (华电集团, 青岛啤酒集团) and the listed
 * company it controls (华电能源, 青岛啤酒) are two entities that the news relates to each other.
 */
const KEY_SUFFIXES: readonly [string, string][] = [
  ...['（集团）', '(集团)'].flatMap((group) => ['股份有限公司', '有限责任公司', '有限公司', '公司'].map((form): [string, string] => [group + form, '集团'])),
  ['集团股份有限公司', '集团'],
  ['集团有限公司', '集团'],
  ['集团公司', '集团'],
  ...LEGAL_SUFFIXES.filter((s) => !s.startsWith('集团')).map((s): [string, string] => [s, '']),
];

/**
 * A company's name that ends in a kind of energy and 能 (天合光能, 盛新锂能, 正力新能, 隆基绿能): 能 is the name's, not
 * the modal verb the segmenter cuts off.
 */
export const ENERGY_NAME_END = /[\u3400-\u9fff]{2}[光锂氢新储核风绿]能$/;

/** Industry words that sit between a company's core name and its legal form. */
export const INDUSTRY_WORDS = [
  '新能源科技', '新能源汽车', '新能源', '半导体', '集成电路', '微电子', '电子', '科技', '技术', '信息', '网络', '智能', '数字',
  '汽车', '动力', '电池', '锂电', '储能', '能源', '电力', '电气', '光电', '光伏', '材料', '新材料', '化学', '化工', '生物', '医药',
  '医疗', '健康', '环保', '通信', '软件', '实业', '发展', '工业', '制造', '装备', '精密', '机械', '重工', '航空', '物流', '传媒',
  '文化', '钢铁', '矿业', '地产', '置业', '建设', '金融', '创新', '芯片', '电器', '汽车科技', '模拟芯片',
  '药业', '制药', '乳业', '食品', '啤酒', '水泥', '人寿', '影视', '影业', '家纺', '油运', '航运', '燃气', '煤业', '能源', '房产', '酒店', '期货',
  '百货', '商业', '国际', '石油化工', '电信', '有色', '化纤', '纺织', '港务', '高速', '建材', '家电', '传媒', '网络科技', '生物科技', '医疗器械',
  '财险', '寿险', '产险', '租赁', '锂业', '钴业', '铝业', '铜业', '硅业', '稀土', '光学', '氢能', '电缆', '轿车', '客车',
  '路桥', '地铁', '水务', '集运', '牧业', '果汁', '热电', '石化', '出版', '酒业', '纸业', '船舶', '高科', '高新', '城投',
  '海运', '有线', '视讯', '出行',
] as const;

/**
 * Words that make an investment vehicle distinct from its parent: kept in the core (小米产投 ≠ 小米), with
 * long forms folded to the short ones so that 小米产业投资 and 小米产投 get one key.
 */
const VEHICLE_FOLDS: readonly [RegExp, string][] = [
  [/产业投资(?:基金)?$/, '产投'],
  [/创业投资$/, '创投'],
  [/股权投资(?:基金)?$/, '股权投资'],
  [/投资管理$/, '投资'],
  [/资产管理$/, '资管'],
];
/** How every vehicle fold's pattern ends: a name ending otherwise is folded by none. */
const VEHICLE_FOLD_ENDS = ['投资', '基金', '管理'];

/** Spaces and quotes, dropped from a name before its core is looked for. */
const NAME_NOISE = /[\s“”"'‘’「」『』]/;

const INDUSTRY_AFFIXES = affixes(INDUSTRY_WORDS);
/**
 * A legal form in Latin script after a space or a comma (CYVN Holdings, Foxconn (Far East) Limited, Apple Inc., ABC
 * Capital, Inc.). Not Group: a group and the company it holds are two (SoftBank Group Corp. holds SoftBank Corp.), as
 * 中信集团 and 中信股份 are.
 */
const LATIN_LEGAL_FORM = /(?:,?\s(?:Holdings?|Limited|Ltd\.?|Inc\.?|Corporation|Corp\.?|Co\.,?|GmbH|AG|PLC|plc|LLC|LP|L\.P\.|N\.V\.?|S\.A\.?))+$/;

/** Words by length, longest first: a name's prefix or suffix of each length is one set look-up, not a scan of the list. */
interface Affixes {
  readonly words: ReadonlySet<string>;
  readonly lengths: readonly number[];
}

function affixes(words: Iterable<string>): Affixes {
  const set = new Set(words);
  return { words: set, lengths: [...new Set([...set].map((w) => w.length))].sort((a, b) => b - a) };
}

function stripOnce(name: string, affix: Affixes, atEnd: boolean, longestOnly = false): string | undefined {
  for (const length of affix.lengths) {
    if (length >= name.length + 1) continue;
    const word = atEnd ? name.slice(name.length - length) : name.slice(0, length);
    if (!affix.words.has(word)) continue;
    const rest = atEnd ? name.slice(0, -length) : name.slice(length);
    if (isCore(rest)) return rest;
    // 中国石油化工: when the longest industry word leaves no core, a shorter one must not cut the name in two.
    if (longestOnly) return undefined;
  }
  return undefined;
}

const INDUSTRY_SET: ReadonlySet<string> = new Set(INDUSTRY_WORDS);

/** A core name needs two characters (or a Latin name) and must not be a generic word. */
function isCore(text: string): boolean {
  const lexicon = loadLexicon();
  if (text.length < 2 && !/^[A-Za-z]{2,}$/.test(text)) return false;
  if (lexicon.stopNames.has(text) || lexicon.places.has(text)) return false;
  // 啤酒集团 is no core: without its region 青岛啤酒集团 would meet every other brewer's group.
  const base = text.endsWith('集团') ? text.slice(0, -2) : text;
  return base.length > 0 && !INDUSTRY_SET.has(base) && !lexicon.places.has(base);
}

let placeAffixes: Affixes | undefined;

/**
 * The core of an organisation's name: region prefix, legal form and industry words stripped, vehicle words
 * folded. Two names with the same core are taken for the same organisation.
 *
 * @example orgCore('上海快卜新能源科技有限公司') === '快卜'
 * @example orgCore('小米产业投资') === '小米产投'
 */
export function orgCore(name: string): string {
  return namesCache(name).core;
}

/**
 * The name with every industry word stripped as well (富特科技 → 富特): not a key, but a short form the
 * article may use for the company it has named in full.
 */
export function bareCore(name: string): string {
  return namesCache(name).bare;
}

/** Short forms of a full company name to look for elsewhere in the article: 上海快卜新能源科技有限公司 → 上海快卜, 快卜. */
export function shortForms(name: string): readonly string[] {
  const facts = namesCache(name);
  facts.forms ??= computeShortForms(name, facts);
  return facts.forms;
}

/**
 * The forms under which a mention found elsewhere in the article is the company named here: its short forms;
 * for a company the lexicon knows, its name without a last industry word (小鹏汽车 → 小鹏); and for a bank, its
 * name without 银行 (浦发银行 → 浦发, 花旗银行 → 花旗). Such a form is joined only when a rule has found it as a
 * company; the article is not searched for it, as it is for short forms (理想汽车 → 理想 would also match 不理想,
 * 人民银行 → 人民 any 人民). 银行 is no industry word: 农业发展银行 and 中信银行国际 must keep their own keys. A
 * group with a Latin name the lexicon does not know joins that name (Stellantis集团 → Stellantis), and a region's
 * state-assets commission its short name (沈阳市国资委 → 国资委).
 */
export function joinedForms(name: string): readonly string[] {
  const facts = namesCache(name);
  if (facts.joins === undefined) {
    const known = lexiconName(name);
    // 国资委 alone, after a city's commission is named in full, is that commission.
    const stripped = known.inLexicon ? stripOnce(known.name, INDUSTRY_AFFIXES, true, true) : (bankShortName(name) ?? groupShortName(name) ?? (governmentCore(name)?.endsWith('国资委') ? '国资委' : undefined));
    facts.joins = stripped && stripped !== name ? [...shortForms(name), stripped] : shortForms(name);
  }
  return facts.joins;
}

/**
 * 浦发银行 → 浦发: a bank's name less 银行, when what is left is a core (`isCore`: two characters, no place, no stop
 * name) that ends in no industry word (农业发展银行 gives none). A common word the stop list lacks passes (人民银行 →
 * 人民); it joins only a mention a rule already took for a company.
 */
function bankShortName(name: string): string | undefined {
  if (!name.endsWith('银行')) return undefined;
  const rest = name.slice(0, -2);
  return isCore(rest) && stripOnce(rest, INDUSTRY_AFFIXES, true) === undefined ? rest : undefined;
}

/**
 * Stellantis集团 → Stellantis: a group's Latin name less 集团. Not a Chinese one: 东方电子集团 is the parent of the
 * listed 东方电子, and 商业城集团 of 商业城, as most Chinese groups are of the company that bears their name.
 */
function groupShortName(name: string): string | undefined {
  const latin = /^([A-Za-z][A-Za-z0-9&.\- ]*[A-Za-z0-9])集团$/.exec(name);
  return latin && isCore(latin[1]!) ? latin[1] : undefined;
}

/**
 * A function of a name, remembered: the lexicon is loaded once, so a name's core and short forms never change.
 * Bounded, since a long run meets many names and each is cheap to compute again.
 */
function remembered<T>(compute: (name: string) => T): (name: string) => T {
  const cache = new Map<string, T>();
  return (name) => {
    let value = cache.get(name);
    if (value === undefined) {
      if (cache.size >= 50_000) cache.clear();
      value = compute(name);
      cache.set(name, value);
    }
    return value;
  };
}

/** What is known of a name: its core and bare core, computed together, and its short forms once asked for. */
interface NameFacts {
  readonly core: string;
  readonly bare: string;
  /** Short forms: extract looks for them, and resolve joins them to the full name. */
  forms?: readonly string[];
  /** Forms that join a mention found elsewhere to this name (see joinedForms). */
  joins?: readonly string[];
}

/**
 * A name's facts, in one entry of one cache: the core and bare core differ only in the last step, and a name
 * whose short forms are asked for has its core asked for too (by resolve, for its id): one entry in one table,
 * where there were two tables as large, and a name's second look-up finds the entry in the processor cache.
 */
const namesCache = remembered(computeCores);

function computeShortForms(name: string, cores: NameFacts): readonly string[] {
  const forms = new Set<string>();
  for (const core of new Set([cores.core, cores.bare])) {
    if (core !== name && core.length >= 2 && name.includes(core)) forms.add(core);
    const regionAndCore = core.length >= 2 && name.includes(core) ? name.slice(0, name.indexOf(core) + core.length) : '';
    if (regionAndCore.length > core.length && name.startsWith(regionAndCore)) forms.add(regionAndCore);
  }
  // 上海屹锂新能源科技有限公司 → 屹锂新能源, 屹锂新能源科技: the core and an industry word after it, as news names it again.
  // Only for a registered name: 中国建材新能源 is a subsidiary of 中国建材, not another name of it.
  const after = cores.core.length >= 2 && /(?:公司|有限合伙[)）])$/.test(name) ? name.indexOf(cores.core) : -1;
  if (after >= 0) {
    const rest = name.slice(after + cores.core.length);
    for (const word of INDUSTRY_WORDS) if (rest.startsWith(word) && rest.length > word.length) forms.add(cores.core + word);
  }
  for (const [suffix, keep] of KEY_SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 3) {
      forms.add(name.slice(0, -suffix.length) + keep);
      break;
    }
  }
  // 开发公司 → 开发 would be found inside 公开发行: a business word alone is no form of a name.
  return [...forms].filter((form) => form !== name && !BUSINESS_FORMS.test(form));
}

/** Business words that, left alone by stripping a name, name no company: 开发, 投资, 管理. */
const BUSINESS_FORMS = /^(?:开发|投资|管理|经营|咨询|服务|贸易|发展|建设|运营|销售|研发|创业|控股|实业|资产|置业|物业|工程|科技|国际|实业发展|投资管理)$/;

/** A name's core (see orgCore) and its bare core (see bareCore). */
function computeCores(name: string): NameFacts {
  // ST秦岭, *ST九发 and 万科A, 工行H are the company's shares or trading status, not another company.
  // Each replace scans the whole name, and most names need none: a quick test first.
  const latin = / /.test(name) && LATIN_LEGAL_FORM.test(name) && name.replace(LATIN_LEGAL_FORM, '').length >= 2 ? name.replace(LATIN_LEGAL_FORM, '') : name;
  let plain = NAME_NOISE.test(latin) ? latin.replace(/\s+/g, '').replace(/[“”"'‘’「」『』]/g, '') : latin;
  if (plain.includes('ST')) plain = plain.replace(/^\*?S?\*?ST(?=[\u3400-\u9fff]{2})/, '');
  if (/[ABH]$/.test(plain)) plain = plain.replace(/(?<=[\u3400-\u9fff]{2})[ABH]$/, '');
  // 宝能系, 明天系: the companies one group controls, named after the group, are that group here.
  if (plain.endsWith('系')) plain = plain.replace(/(?<=[\u3400-\u9fff]{2})系$/, '');
  const known = lexiconName(plain);
  if (known.inLexicon) return { core: known.name, bare: known.name };
  const government = governmentCore(plain);
  if (government) return { core: government, bare: government };
  // 大基金二期 is 国家集成电路产业投资基金二期: a known fund's phase, under the fund's canonical name.
  const phased = /^(.{2,}?)([一二三四五六七八九十]期|I{1,3}|IV)$/.exec(plain);
  const fund = phased ? lexiconName(phased[1]!) : undefined;
  if (fund?.inLexicon) return { core: fund.name + phased![2], bare: fund.name + phased![2] };
  let core = known.name;
  for (let changed = true; changed; ) {
    changed = false;
    const suffix = KEY_SUFFIXES.find(([form, keep]) => core.endsWith(form) && core.length > form.length && isCore(core.slice(0, -form.length) + keep));
    if (suffix && suffix[0] !== suffix[1]) {
      core = core.slice(0, -suffix[0].length) + suffix[1];
      changed = true;
    }
  }
  placeAffixes ??= affixes(loadLexicon().places);
  const withoutRegion = stripOnce(core, placeAffixes, false);
  if (!withoutRegion) return coresAfterRegion(core);
  const facts = coresAfterRegion(withoutRegion);
  // 北京城建 and 上海城建, 合肥建投 and 南京建投, 深圳市投资控股有限公司 and 上海市投资控股有限公司: what is left of a
  // name without its region may be a kind of business that every region has a company of; then the region is the
  // name, without 市 or 省 (深圳市投资控股 and 深圳投资控股 are one).
  if (!GENERIC_CORE.test(facts.core)) return facts;
  const region = core.slice(0, core.length - withoutRegion.length);
  return coresAfterRegion(regionBase(region) + withoutRegion);
}

/**
 * Cores that name a kind of business every city or province has a company of (城建, 建投, 国投, 产投, 投资, 生化, and
 * such words together: 建设投资控股集团), or an office every region has (分行, 证监局, 发改委): after a region, the
 * region and the core together are the name.
 */
const GENERIC_CORE = /^(?:城建|城投|建投|国投|交投|产投|创投|创新投|高新投|创新|高新|投资|投控|国资|国控|金控|电控|建工|建设|发展|实业|控股|资管|股权|科创|文旅|文投|水务|交通|港务|港口|城发|产业|国有|资本|资产|运营|经营|管理|股份|集团|国际|科技|能源|电力|电气|汽车|银行|证券|信托|保险|地铁|机场|钢铁|化工|医药|城市|轨道|基础设施|石油|石化|生化|化学|分行|支行|证监局|银监局|保监局|发改委|工商局|财政局|税务局|商务局|商务厅|省电力|电力公司|轨道客车|广电|农垦|电网|港务局|交通局|公安局|中院|法院|检察院)+$/;

/** A name's core and bare core from its name without legal form and maybe without its region (see computeCores). */
function coresAfterRegion(start: string): NameFacts {
  let core = start;
  if (VEHICLE_FOLD_ENDS.some((end) => core.endsWith(end))) for (const [pattern, short] of VEHICLE_FOLDS) core = core.replace(pattern, short);
  const beforeIndustry = core;
  // A known company's name is stripped no further (中芯国际集成电路制造 → 中芯国际, not 中芯).
  for (let changed = true; changed && (core === beforeIndustry || !lexiconName(core).inLexicon); ) {
    changed = false;
    const withoutIndustry = stripOnce(core, INDUSTRY_AFFIXES, true, true);
    if (withoutIndustry) {
      core = withoutIndustry;
      changed = true;
    }
  }
  const bare = lexiconName(core).name;
  // One industry word is part of a company's short name (富特科技, 华电能源, 广电电子 and 广电信息 are four
  // companies); a longer descriptor is not (上海快卜新能源科技有限公司 is 快卜).
  if (beforeIndustry.length - core.length < 4) core = beforeIndustry;
  const resolved = lexiconName(core);
  // 小米汽车, 小米科技有限责任公司: a known group's name plus an industry word the lexicon does not list for it
  // may be a subsidiary; it stays its own entity (小米汽车, 小米科技) rather than fold into the group (小米).
  if (resolved.inLexicon && beforeIndustry !== core) return { core: lexiconName(beforeIndustry).name, bare };
  return { core: resolved.name, bare };
}

/** A region without 省 or 市 (深圳市 → 深圳), as it stands in a key: 深圳市国资委 and 深圳国资委 are one. */
function regionBase(region: string): string {
  return /^.{2,}[省市]$/.test(region) ? region.slice(0, -1) : region;
}

/** A region's government or its state-assets commission, after the region: 人民政府, 国资委 in full or short. */
const GOVERNMENT_BODY = /^(.+?)(?:人民政府国有资产监督管理委员会|国有资产监督管理委员会|国有资产管理委员会|国资委|人民政府|政府)$/;

/**
 * The key of a region's government or state-assets commission: the region without 省 or 市, and 国资委 or 政府
 * (深圳市人民政府国有资产监督管理委员会, 深圳市国资委 and 深圳国资委 → 深圳国资委; 深圳市人民政府 → 深圳政府). The
 * region is the name here: stripped as a company's region is, every city's commission would be one 国资委.
 */
function governmentCore(name: string): string | undefined {
  const body = GOVERNMENT_BODY.exec(name);
  if (!body) return undefined;
  const places = loadLexicon().places;
  const isPlace = (text: string): boolean => places.has(text) || (text.length > 2 && places.has(text.slice(0, -1)));
  // A province may come first (广东省深圳市国资委): the city's body.
  let region = body[1]!;
  for (let cut = 2; !isPlace(region) && cut <= region.length - 2; cut++) if (places.has(region.slice(0, cut)) && isPlace(region.slice(cut))) region = region.slice(cut);
  if (!isPlace(region)) return undefined;
  return regionBase(region) + (/政府$/.test(name) ? '政府' : '国资委');
}

/** A name as the lexicon knows it: aliases followed, other names of a known organisation mapped to it. */
function lexiconName(name: string): { name: string; inLexicon: boolean } {
  const lexicon = loadLexicon();
  const aliased = lexicon.aliases.get(name);
  const target = aliased ?? name;
  if (lexicon.organizations.has(target)) return { name: target, inLexicon: true };
  const canonical = lexicon.organizationOf.get(target);
  if (canonical !== undefined) return { name: canonical, inLexicon: true };
  return { name: target, inLexicon: aliased !== undefined };
}

/** The stable id of an entity, the same in every article. */
export function entityId(type: 'Organization' | 'Person' | 'Place', name: string): string {
  if (type === 'Organization') return `org:${orgCore(name)}`;
  return `${type === 'Person' ? 'person' : 'place'}:${name.replace(/\s+/g, '')}`;
}
