import type { EntityType } from '../../schemas/common.ts';
import type { Token } from '../doc.ts';
import { loadLexicon } from '../lexicon.ts';
import { ENERGY_NAME_END, INDUSTRY_WORDS, LEGAL_SUFFIXES, POST_FIELDS } from './names.ts';

/** A candidate mention in working-text coordinates. */
export interface Candidate {
  readonly textStart: number;
  readonly textEnd: number;
  readonly name: string;
  readonly type: EntityType;
  readonly ruleId: string;
  /** Higher wins an overlap of equal length. */
  readonly priority: number;
  /** For a short name declared in the text (以下简称), the full name it stands for. */
  readonly aliasOf?: string;
}

/** The entity rules, as data: id, what they find and a real example. Implementations follow below. */
export const ENTITY_RULES = [
  { id: 'entity/lexicon', type: 'Organization', example: '小米再次联手宁德时代！', finds: '宁德时代' },
  { id: 'entity/org-suffix', type: 'Organization', example: '芯迈半导体持有杭州富芯半导体有限公司15.87%股权', finds: '杭州富芯半导体有限公司' },
  { id: 'entity/org-industry', type: 'Organization', example: '2022年1月，富特科技完成亿元战略轮融资', finds: '富特科技' },
  { id: 'entity/org-vehicle', type: 'Organization', example: '新增瀚星投资为股东', finds: '瀚星投资' },
  { id: 'entity/org-region-industry', type: 'Organization', example: '此前首钢已斥资<N>亿元获得山西长治钢铁<N>%的控股权,并收购了贵州水城钢铁和贵阳特殊钢公司,以及新疆伊犁钢铁。', finds: '新疆伊犁钢铁' },
  { id: 'entity/org-region-name', type: 'Organization', example: '杭州富芯模拟芯片项目开工', finds: '杭州富芯' },
  { id: 'entity/org-declared-short', type: 'Organization', example: '北京小米科技有限责任公司（以下简称“小米科技”）', finds: '小米科技' },
  { id: 'entity/org-stock-code', type: 'Organization', example: '安泰科技(000969)公告称', finds: '安泰科技' },
  { id: 'entity/org-title-marks', type: 'Organization', example: '曾任环球资源旗下《国际电子商情》、《电子系统设计》和《电子工程专辑》首席分析师', finds: '电子系统设计' },
  { id: 'entity/org-after-jv', type: 'Organization', example: '宁德时代已与星云股份成立合资公司时代星云', finds: '时代星云' },
  { id: 'entity/org-short-name', type: 'Organization', example: '据了解，上海快卜新能源科技有限公司成立于2019年。2021年快卜一体化场景持续迭代', finds: '快卜' },
  { id: 'entity/org-tagged', type: 'Organization', example: '中移动入股浦发银行后将不参与后者的经营管理活动', finds: '浦发银行' },
  { id: 'entity/org-context', type: 'Organization', example: '蒙牛收购雅士利', finds: '雅士利' },
  { id: 'entity/org-listed', type: 'Organization', example: '其投资人包括达晨创投、中兴合创及金禾丰等著名投资机构及个人', finds: '金禾丰' },
  // A written probe in the form of battery news: the segmenter cut the names into words of every kind (志/n 存/v 锂/nz 业).
  { id: 'entity/org-kind-listed', type: 'Organization', example: '宁德时代已累计投资超过20家上下游企业，包括天华超净、永太科技、志存锂业等。', finds: '志存锂业' },
  { id: 'entity/org-unknown-word', type: 'Organization', example: '弘毅联手高盛入股中国建材新能源', finds: '弘毅' },
  { id: 'entity/org-clause-industry', type: 'Organization', example: '紫鑫药业发布的公告则显示,接到子公司吉林草还丹药业有限公司和吉林紫鑫敦化医药药材有限公司的遭受洪水侵袭通知,预计损失不会超过<N>万元。', finds: '紫鑫药业' },
  { id: 'entity/org-acted-on', type: 'Organization', example: '目前中国人寿与中远国际分别持有远洋地产约<N>.<N>%和<N>.<N>%的股份,其余为公众股东持有。', finds: '远洋地产' },
  { id: 'entity/org-invested-at-end', type: 'Organization', example: '淘宝、腾讯、网易等都推出了自己的互联网销售彩票平台,百度入股了乐和彩,人民网并购澳客网,互联网彩票领域的竞争格局日益形成。', finds: '澳客网' },
  // A written probe in the form of FinRE's 吉化集团将持有的中油化建全部股份…转让给山煤集团, with a name no list holds.
  { id: 'entity/org-held', type: 'Organization', example: '吉化集团将持有的青禾化建全部股份<N>.<N>亿股转让给山煤集团。', finds: '青禾化建' },
  // A written probe in the form of FinRE's 转而由大股东泓泽世纪先出资…, with a name no list holds.
  { id: 'entity/org-shareholder', type: 'Organization', example: '大元股份随后终止收购,转而由大股东瀚泽世纪先出资<N>亿收购珠拉黄金<N>.<N>%股权。', finds: '瀚泽世纪' },
  { id: 'entity/org-target', type: 'Organization', example: '一汽轿车发布公告称,拟对摩拜出行进行增资入股。', finds: '摩拜出行' },
  { id: 'entity/org-clause-topic', type: 'Organization', example: '<N>年,拜博口腔获得联想控股<N>亿元人民币投资,一跃而成为整个医疗健康产业当中的焦点企业。', finds: '拜博口腔' },
  // A written probe in the form of FinRE's …受让后者全资子公司利宝中国<N>%的控股权, with names no list holds.
  { id: 'entity/org-regional-arm', type: 'Organization', example: '瑞鼎集团宣布,与美国卓衡互助保险集团达成股权战略合作协议,受让后者全资子公司卓衡中国<N>%的控股权。', finds: '卓衡中国' },
  { id: 'entity/org-latin', type: 'Organization', example: '阿里巴巴近日证实,将向总部位于美国的游戏公司Kabam投资<N>.<N>亿美元。', finds: 'Kabam' },
  // Written probes in the forms of business-registry, financing, filing and chip news.
  { id: 'entity/org-region-fund', type: 'Organization', example: '工商信息显示，智谱华章新增股东北京市人工智能产业投资基金。', finds: '北京市人工智能产业投资基金' },
  { id: 'entity/org-quoted', type: 'Organization', example: '36氪获悉，具身智能公司「星海图」近日宣布完成数亿元A轮融资。', finds: '星海图' },
  { id: 'entity/org-authority', type: 'Organization', example: '深投控实际控制人为深圳市人民政府国有资产监督管理委员会。', finds: '深圳市人民政府国有资产监督管理委员会' },
  { id: 'entity/org-after-kind', type: 'Organization', example: '蔚来资本领投了激光雷达公司图达通的C轮融资。', finds: '图达通' },
  { id: 'entity/org-before-title', type: 'Organization', example: '对于百特侨光成立一年多以来的经营状况,白云山董事长谢彬解释到,主要受到管理层的做法、全球金融危机等方面的因素影响。', finds: '白云山' },
  { id: 'entity/person-holder', type: 'Person', example: '黄光裕持有国美电器<N>.<N>%的股权', finds: '黄光裕' },
  { id: 'entity/person-title', type: 'Person', example: '据上海快卜CEO陈盛旺介绍', finds: '陈盛旺' },
  { id: 'entity/person-appointed', type: 'Person', example: '大连市政府免去刑良忠大连港集团董事长职务', finds: '刑良忠' },
  { id: 'entity/person-speech', type: 'Person', example: '孙昌旭明确提到“挖掘洛阳产业富矿”', finds: '孙昌旭' },
  { id: 'entity/person-context', type: 'Person', example: '据了解,周星驰掌控的星辉海外有限公司在港交所发布公告。', finds: '周星驰' },
  { id: 'entity/person-controller', type: 'Person', example: '天津金星创业投资有限公司全资拥有，实际控制人为雷军。', finds: '雷军' },
  { id: 'entity/person-repeat', type: 'Person', example: '3月19日洛阳市委书记江凌与小米产业投资总经理孙昌旭的一场工作会谈。江凌与孙昌旭的握手，本质是一场双向试探', finds: '江凌' },
  { id: 'entity/place-gazetteer', type: 'Place', example: '上海快卜还将在四川、山西、福建等地陆续推广', finds: '四川' },
] as const;

/** Tags of tokens that can be part of a name. */
const NAME_TAGS = new Set(['x', 'nz', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'n', 'eng', 'j', 'an', 'ng', 'nx', 'l', 'i', 'b', 'g', 's', 'vn', 'a', 'z', 'k']);
/** Characters the segmenter tags zg that are words of the sentence, not of a name: adverbs, conjunctions, verbs. */
const ZG_WORDS = /^[仍很较且此每您啊虽今斥挡令响购轮度反升往选抛议异息狂撬赌坍沾罚呼件县农委来與為從]$/;

/**
 * A rare character the segmenter cannot place (zg) that opens or continues a name before another word of it
 * (夏普旗下堺/zg 显示器产品公司, 璟/zg 毅科技有限公司): never its last piece, nor a character of the sentence (较, 且).
 */
function isRareNamePiece(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  return token.tag === 'zg' && !ZG_WORDS.test(token.word) && next !== undefined && next.textStart === token.textEnd && NAME_TAGS.has(next.tag);
}
/** Tags of tokens that are clearly proper names or unknown words, the evidence that a name is a name. */
const PROPER_TAGS = new Set(['x', 'nz', 'nr', 'nrt', 'nrfg', 'nt', 'eng', 'j', 'ns', 'zg']);
/** Words that end a name on the left even when the tagger calls them nouns. */
const LEFT_STOPS = new Set([
  '的', '和', '与', '及', '或', '由', '为', '是', '系', '将', '被', '对', '向', '在', '从', '于', '把', '让', '给', '以', '因',
  '通过', '包括', '其中', '其', '旗下', '控股', '实控', '全资', '股东', '新增', '投资', '入股', '收购', '并购', '持有', '持股', '成立',
  '联合', '联手', '携手', '战略', '合资', '企业', '公司', '集团', '机构', '投资方', '投资机构', '产业投资机构', '股权', '子公司', '母公司',
  '合资企业', '合资公司', '布局', '充电桩', '等', '如', '即', '继', '跟随', '紧随', '获', '获得', '完成', '领投', '跟投', '参投', '注资',
  '增资', '出资', '参股', '增持', '减持', '宣布', '表示', '显示', '信息', '资料', '消息', '近日', '日前', '今年', '去年', '此前', '目前',
  '拟', '计划', '筹划', '已', '已经', '也', '还', '再', '均', '都', '分别', '共同', '一起', '以及', '原', '现', '曾', '任', '担任',
  '出任', '兼', '称', '据', '时任', '现任', '前任', '这是', '仍为', '即为', '均为', '也是', '是为', '作为', '举牌', '所持', '买入', '认购', '入主', '斥资', '手中', '年', '月', '日', '亿元', '万元', '元', '家', '个', '名', '该', '此', '本', '这', '那', '各', '多家', '数家', '全部', '所有', '部分', '剩余',
  // 一致行动/vn 人/n 深圳远致投资公司: a person's word (one acting in concert, a founder) ends a company's name before it.
  '人', '行动人', '一致行动人',
  // 蔚来汽车 关联/ns 公司: a related company is a kind, not a name.
  '关联',
]);

/** Points of the compass that name regions inside company names (西部矿业, 北方稀土, 华东医药). */
const COMPASS_WORDS: ReadonlySet<string> = new Set(['东部', '西部', '南部', '北部', '中部', '东方', '西方', '南方', '北方', '东南', '西南', '东北', '西北', '华东', '华南', '华北', '华中', '华西']);
/** A point of the compass the tagger reads as a direction word (西部/f, 北方/f), standing for a region in a name. */
function isCompass(token: Token): boolean {
  return token.tag === 'f' && COMPASS_WORDS.has(token.word);
}
/** Characters the tagger glues to the front of an unknown name. */
const FUNCTION_CHARS = new Set(['由', '对', '被', '向', '与', '和', '在', '为', '将', '从', '把', '给', '让', '及', '的', '是', '据', '经', '获', '而', '以']);
/** What may follow 投资 when it ends a name (瀚星投资为股东, 瀚星投资出资): anything else makes it a verb. */
/** An amount of money right ahead: 投资<N>亿元, 投资约<N>万美元. */
const AMOUNT_AHEAD = /^(?:了|约|近|超|逾|超过)?(?:<N>|\d)(?:[\d.,]|<N>)*(?:多|余)?(?:十|百|千)?(?:万|亿)?(?:元|美元|港元|港币|欧元|日元|英镑|人民币)/;

const INVEST_NAME_FOLLOWERS = /^(?:为|的|已|也|由|是|系|以|则|还|又|间接|直接|此前|近日|今日|昨日|持股|持有|出资|在|将|于|等|共同|分别|领投|跟投|参投|和|与|及|、|作为|旗下|通过|宣布|表示|认缴|合计|成立|设立|获得|增资|注资|入股|董事|总经理|合伙人|管理|有限)/;
/**
 * A set of UTF-16 units, one bit each (8 KB): a test is a shift and a mask, where a Set of numbers hashes the
 * code and probes a table. For the tests made on every token or character of a sentence.
 */
class CodeSet {
  private readonly bits = new Int32Array(0x800);

  constructor(codes: Iterable<number>) {
    for (const code of codes) this.bits[code >>> 5]! |= 1 << (code & 31);
  }

  has(code: number): boolean {
    return (this.bits[code >>> 5]! & (1 << (code & 31))) !== 0;
  }
}

const SUFFIXES_SORTED = [...LEGAL_SUFFIXES].sort((a, b) => b.length - a.length);
const VEHICLE_WORDS = ['产业投资基金', '母基金', '股权投资基金', '创业投资', '产业投资', '股权投资', '投资基金', '产业基金', '资本', '基金', '创投', '产投', '投资', '控股', '银行', '证券', '保险', '信托'];
const VEHICLE_SET: ReadonlySet<string> = new Set(VEHICLE_WORDS);
/** The first parts of the vehicle words, so that a token no vehicle word opens with is not glued to the next to look it up. */
const VEHICLE_HEADS: ReadonlySet<string> = new Set(VEHICLE_WORDS.flatMap((word) => [...word].map((_, i) => word.slice(0, i)).slice(1)));
/**
 * First characters (UTF-16 units) of the legal suffixes: a token that starts with none of them needs no search
 * for one. Codes, not one-character strings, which the engine would allocate per token.
 */
const SUFFIX_STARTS = new CodeSet(SUFFIXES_SORTED.map((s) => s.charCodeAt(0)));
const INDUSTRY_SET = new Set<string>(INDUSTRY_WORDS);
/** The legal suffixes a segmenter word may end with after an industry word: 汽车集团, 石油公司, 电子有限公司. */
const GLUED_SUFFIXES = SUFFIXES_SORTED.filter((s) => s !== '股份');

/** Whether a word is an industry or vehicle word glued to a legal suffix (汽车集团/n, 石油公司/n, 控股集团/nz): a name's last piece. */
function isIndustryAndSuffix(word: string): boolean {
  if (word.length < 4) return false;
  for (const suffix of GLUED_SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const before = word.slice(0, -suffix.length);
    if (INDUSTRY_SET.has(before) || VEHICLE_SET.has(before)) return true;
  }
  return false;
}

/** How an amount of money starts: a digit, a masked number, or a word of approximation (约, 近, 超过, 逾, 数). */
const AMOUNT_START = /^(?:[\d<]|约|逾|共计|合计|总计|(?:近|超过?|数|几)(?=[\d<一二三四五六七八九十百千万亿]))/;

/** Words by which a company receives an investment: 获得, 获, 接受, 迎来. */
const RECEIVE_WORDS: ReadonlySet<string> = new Set(['获得', '获', '接受', '得到', '迎来', '获取', '来自']);

/** Whether the token at `at` (投资) is in a clause that opens by receiving it: 蔚来获得禾赛科技投资. */
function receivedInvestment(tokens: readonly Token[], at: number): boolean {
  for (let j = at - 1; j >= 0 && at - j <= 8; j--) {
    const word = tokens[j]!.word;
    if (RECEIVE_WORDS.has(word)) return true;
    if (/^[，,。；;：:！？]$/.test(word)) return false;
  }
  return false;
}

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && /[\u3400-\u9fff]/.test(ch);
}

/** Nouns for what kind of company one is, which stand before its name (衬底厂商, 电池巨头), never inside it. */
const DESCRIBING_NOUNS: ReadonlySet<string> = new Set(['厂商', '供应商', '制造商', '运营商', '服务商', '开发商', '经销商', '零售商', '生产商', '提供商', '分销商', '设备商', '材料商', '芯片商', '零部件商', '整车商', '电池商', '代工商', '锂矿商', '矿商', '巨头', '龙头', '独角兽', '新势力', '初创', '新贵', '平台']);

/**
 * Verbs that end a clause before the name of a company, or describe what is done with one: never a piece of the
 * name before a legal form.
 */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  '设立', '成立', '组建', '注册', '出资', '发起', '合资', '新设', '筹建', '兼并', '重组', '增资', '注资', '认购', '转让', '出售', '购买', '经营', '管理',
  '签约', '签署', '拥有', '控制', '包括', '成为', '表示', '宣布', '公告', '获得', '引入', '引进', '联合', '携手', '通过', '持有', '收购', '控股', '入股',
  '参股', '并购', '更名', '改名', '变更', '整合', '合并', '注销', '发行', '上市', '担任', '出任', '位于', '属于', '隶属', '来自', '委托', '聘请', '投资',
  '成功', '完成', '实现', '推动', '参与', '加入', '退出', '终止', '披露', '显示', '认为', '介绍', '透露', '指出', '报道', '获悉', '了解', '起诉', '申请',
  '接到', '收到', '还有', '选举', '相关', '面临', '促进', '敦促', '沦为', '回应', '偿还', '提升', '涉及', '构成', '看重', '增强', '发挥', '划入', '支持',
]);

/**
 * A word the segmenter took for a verb or an adjective though it is part of a company's name before a legal form
 * (西部/f 超导/v 材料科技有限公司, 新/a 希望/v 化工投资有限公司, 攀钢/v 集团矿业有限公司): one or two characters, not a verb
 * that ends a clause or describes a deal.
 */
function isShatteredCore(token: Token): boolean {
  return (token.tag === 'v' || token.tag === 'a') && token.word.length <= 2 && !CLAUSE_VERBS.has(token.word) && !TAKE_OVER_VERBS.has(token.word);
}

/**
 * Walks left from token `end` (exclusive) over name-like tokens and returns the first token index of the
 * name, or `end` when there is none. At most `maxChars` characters.
 */
function walkNameLeft(tokens: readonly Token[], end: number, maxChars: number, legalForm = false, fullLegalForm = false): number {
  const lexicon = loadLexicon();
  let first = end;
  let chars = 0;
  // 武汉开发投资有限公司, 宜昌财富投资管理有限公司: business words sit between the core and the legal form,
  // never before the core (小米投资上海快卜…有限公司 starts at 上海).
  let scope = legalForm;
  let usedShattered = false;
  for (let i = end - 1; i >= 0; i--) {
    const token = tokens[i]!;
    // 企业 of 企业管理 (百合心寓企业管理有限公司) is the business too, where elsewhere it ends a name.
    const business = BUSINESS_WORDS.has(token.word) || (token.word === '企业' && tokens[i + 1]?.word === '管理');
    if (scope && business && (i === end - 1 || tokens[i + 1]!.textStart === token.textEnd)) {
      chars += token.word.length;
      first = i;
      continue;
    }
    // 新能源汽车投资基金有限公司: so does 基金, and trades before it.
    if (!INDUSTRY_SET.has(token.word) && token.word !== '基金') scope = false;
    // 中移/x 股权/n 基金: a fund of equity (股权基金, 股权投资基金) keeps 股权, which elsewhere ends a name.
    if (i === first - 1 && isEquityFundWord(tokens, i)) {
      chars += token.word.length;
      first = i;
      continue;
    }
    // 美国第二大院线公司: a rank (第二大) describes the company, it is not part of its name.
    if (/^大/.test(token.word) && /^第/.test(tokens[i - 1]?.word ?? '')) break;
    // 首长/四方/有限公司: a numeral word inside a name (四方, 三一), not a count (两家, 一些).
    const numeralInName = isNumeralInName(token) || isDigitCore(tokens, i, end);
    // 为/中/石油…有限公司: the tagger reads the 中 of 中石油, 中海油 as a direction word.
    const zhongFirst = token.tag === 'f' && token.word === '中' && i === first - 1 && first < end;
    // 杭锦旗/西部/能源开发有限公司: a point of the compass continues a name.
    const shattered = fullLegalForm && isShatteredCore(token);
    if ((!NAME_TAGS.has(token.tag) && !numeralInName && !zhongFirst && !isCompass(token) && !shattered && !isRareNamePiece(tokens, i)) || LEFT_STOPS.has(token.word) || lexicon.titleSet.has(token.word)) break;
    if (shattered && !NAME_TAGS.has(token.tag)) usedShattered = true;
    if (ACTOR_ANCHORS.has(token.word) || TARGET_ANCHORS.has(token.word) || HOLDING_NOUNS.test(token.word)) break;
    // 碳化硅衬底厂商/山东天岳…有限公司: what a company is, said before its name, is none of it.
    if (DESCRIBING_NOUNS.has(token.word)) break;
    // 旗下产业基金/尚颀资本: so is a fund's word right before an unknown core.
    if (VEHICLE_SET.has(token.word) && i === first - 1 && first < end && tokens[first]!.tag === 'x') break;
    if (!/^[\u3400-\u9fffA-Za-z0-9·&]+$/.test(token.word)) break;
    if (i < end - 1 && tokens[i + 1]!.textStart !== token.textEnd) break;
    // 中国兵器工业集团公司 重组 华锦 集团: a whole company name ends before the words of another, and a verb of
    // taking over is none of the name.
    if (i < end - 1 && token.word.length > 2 && /公司$/.test(token.word)) break;
    if (TAKE_OVER_VERBS.has(token.word)) break;
    // 出售其所持 工商东亚 金融控股有限公司: a word the tagger glued from a pronoun (其所持, 该) starts no name.
    if (token.tag === 'x' && /^[其所该此这]/.test(token.word)) break;
    // 基金管理/vn 人为/n 淼霖…有限公司: nor a word glued from the 人 of a person's role (管理人, 一致行动人).
    if (token.word.length === 2 && token.word[0] === '人' && /^(?:n|vn|v|d|p)$/.test(token.tag) && !INDUSTRY_SET.has(token.word) && token.word !== '人民') break;
    // 收购京兰水泥 拟新设 公司: nor one glued from 拟 (intends to) or 已 (已与辰铭/x 开发银行…), which end the name before it.
    if (token.tag === 'x' && /^[拟已]/.test(token.word)) break;
    chars += token.word.length;
    if (chars > maxChars) break;
    first = i;
    // 由小米 科技: a preposition glued to the name's first word; nothing before it belongs to the name.
    if (token.word.length >= 3 && FUNCTION_CHARS.has(token.word[0]!)) break;
  }
  // A word taken for a verb or an adjective is part of the name only where the name plainly starts before it (的,
  // a preposition, a conjunction, a break, a holder's noun): 收到/v 北京产权交易所有限公司 starts after the verb.
  // Nor does such a word open the name, save a one-character adjective (新/a 希望/v): 还有/v, 选举/v, 相关/v before a
  // company's name are the sentence's.
  const opener = tokens[first];
  const opensWithVerb = opener !== undefined && !NAME_TAGS.has(opener.tag) && isShatteredCore(opener) && !(opener.tag === 'a' && opener.word.length === 1);
  if (usedShattered && (!opensName(tokens[first - 1]) || opensWithVerb)) return walkNameLeft(tokens, end, maxChars, legalForm, false);
  return first;
}

/** Whether a name plainly starts after `before`: nothing, a break, 的, a preposition or conjunction, a holder's noun. */
function opensName(before: Token | undefined): boolean {
  return !before || /^(?:p|c|uj|ul)$/.test(before.tag) || /^[，,。；;：:、（(“"「]$/.test(before.word) || /^(?:的|给|股东|大股东|控股股东|第[一二三四五六七八九十]大股东|母公司|子公司|旗下|下属)$/.test(before.word);
}

/** Verbs of taking over or handing over a company, besides the holding anchors: none is part of a name. */
const TAKE_OVER_VERBS: ReadonlySet<string> = new Set(['重组', '整合', '接手', '并入', '注入', '出售', '转让', '受让', '购买', '竞购']);

/** Words of a company's business scope, between its core and its legal form: 开发, 投资管理, 经营. */
const BUSINESS_WORDS: ReadonlySet<string> = new Set(['开发', '投资', '管理', '经营', '咨询', '服务', '贸易', '发展', '建设', '运营', '销售', '研发', '创业', '控股', '实业', '出版', '商贸', '资产', '置业', '物业', '工程', '维修服务', '工贸', '进出口', '创新']);

/** The kinds of an offering whose shares 股份 may be (定增股份, 增发股份): no company's legal form. */
const OFFERING_SHARES: ReadonlySet<string> = new Set(['定增', '增发', '配股', '新股', '定向增发', '非公开发行']);

/** 360/m 集团, 999/m 集团: three or four digits right before 集团, 公司 or 科技, standing alone (not a count or a year). */
function isDigitCore(tokens: readonly Token[], i: number, end: number): boolean {
  const token = tokens[i]!;
  if (token.tag !== 'm' || !/^\d{3,4}$/.test(token.word) || i !== end - 1) return false;
  const before = tokens[i - 1];
  return /^(?:集团|公司|科技)$/.test(tokens[end]?.word ?? '') && (before === undefined || before.textEnd !== token.textStart || !(/^(?:m|q)$/.test(before.tag) || /^[A-Za-z0-9.]+$/.test(before.word))) && !/^(?:19|20)\d\d$/.test(token.word);
}

/** A numeral word inside a name (四方, 第一 of 中国第一汽车), not a count (两家, 一些). */
function isNumeralInName(token: Token): boolean {
  return token.tag === 'm' && /^[\u3400-\u9fff]{2,}$/.test(token.word) && !/[家个些位名只批次年月日亿万千百大]$/.test(token.word);
}

/** 股权 of a fund of equity (股权基金, 股权投资基金), glued to the fund's word: the kind of fund, no holding. */
function isEquityFundWord(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return tokens[i]!.word === '股权' && next !== undefined && next.textStart === tokens[i]!.textEnd && (next.word === '基金' || (next.word === '投资' && tokens[i + 2]?.word === '基金'));
}

/** The core of a candidate must hold a proper-name token, or be a lexicon name, or follow a region. */
function hasProperCore(tokens: readonly Token[], from: number, to: number, strict = false): boolean {
  const lexicon = loadLexicon();
  let sawRegion = false;
  if (strict) {
    // Weak endings (an industry or vehicle word) need every core token to be a proper name or unknown word.
    let proper = false;
    let kindChars = 0;
    for (let i = from; i < to; i++) {
      const token = tokens[i]!;
      const equityFund = isEquityFundWord(tokens, i);
      if (equityFund) kindChars += token.word.length;
      if (lexicon.places.has(token.word) || INDUSTRY_SET.has(token.word) || equityFund) continue;
      // 鸿华/x 先进/a 科技: an adjective after a proper core and before the industry word (see walkNameLeft).
      if (token.tag === 'a' && token.word.length === 2 && i > from && PROPER_TAGS.has(tokens[i - 1]!.tag) && INDUSTRY_SET.has(tokens[i + 1]?.word ?? '')) continue;
      // 软银/n 愿景/x 基金: a company's bare name the tagger reads as a common noun is a proper name all the same
      // (not one with a word of trade: 银河证券/n 郑州 健康路营业部).
      const known = (lexicon.knownOrganizations.has(token.word) || lexicon.organizationOf.has(token.word) || lexicon.organizations.has(token.word)) && !SHORT_NAME_ENDS.has(token.word.slice(-2));
      if ((!PROPER_TAGS.has(token.tag) && !known) || lexicon.stopNames.has(token.word) || /^\d/.test(token.word)) return false;
      proper = true;
    }
    const core = tokens.slice(from, to).filter((t) => !lexicon.places.has(t.word) && !INDUSTRY_SET.has(t.word));
    return proper && core.reduce((n, t) => n + t.word.length, 0) - kindChars <= 4;
  }
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (lexicon.places.has(token.word)) {
      sawRegion = true;
      continue;
    }
    if (INDUSTRY_SET.has(token.word) || VEHICLE_SET.has(token.word) || lexicon.stopNames.has(token.word)) {
      // 中国第一汽车: a country tagged as a place (a stop name alone) still opens a name.
      if (token.tag === 'ns') sawRegion = true;
      // 中国医药集团: a region and an industry word before a legal form.
      else if (INDUSTRY_SET.has(token.word) && sawRegion) return true;
      continue;
    }
    if (PROPER_TAGS.has(token.tag) || token.word.length >= 2 && sawRegion) return true;
    if (/^[A-Za-z]{2,}$/.test(token.word)) return true;
    if (token.tag === 'n' && token.word.length >= 2 && !lexicon.stopNames.has(token.word)) return true;
    if (isNumeralInName(token) && sawRegion) return true;
    if (isDigitCore(tokens, i, to)) return true;
  }
  return false;
}

/** 上/海格/泰: when the tagger cut a place name at the start of a company's name, the name starts one character earlier. */
function mendPlaceStart(text: string, tokens: readonly Token[], first: number, start: number, offset: number): number {
  const before = tokens[first - 1];
  // 系上/海快/卜: the place's first character may sit at the end of a longer word.
  if (before && before.textEnd === start && placeStartsAt(text, start - 1 - offset)) return start - 1;
  return start;
}

let placePrefixes: ReadonlySet<string> | undefined;

/** Whether a place of two or three characters starts at `at`: two set look-ups, not a scan of every place. */
function placeStartsAt(text: string, at: number): boolean {
  // Main places only: the end of a word and a county's name (股东/安钢 read as 东安) would mend too often.
  placePrefixes ??= new Set([...loadLexicon().majorPlaces].filter((p) => p.length >= 2 && p.length <= 3));
  const from = Math.min(Math.max(at, 0), text.length);
  return placePrefixes.has(text.slice(from, from + 2)) || placePrefixes.has(text.slice(from, from + 3));
}

/**
 * A legal form with a group or a region in brackets: 合肥市建设投资控股（集团）有限公司, 宁德时代新能源（上海）有限公司;
 * words of business may stand between (大众汽车（中国）投资有限公司).
 */
const BRACKETED_FORM = /^[（(]([\u4e00-\u9fff]{2,4})[）)][\u4e00-\u9fff]{0,6}?(?:股份有限公司|有限责任公司|有限公司|公司)/;

/** The legal form starting at `at`, if one does: the longest of the list, or a bracketed one; 股份 only if `shares`. */
function legalSuffixAt(text: string, at: number, shares = true): string | undefined {
  const code = text.charCodeAt(at);
  if (code === 0xff08 || code === 0x28) {
    const bracketed = BRACKETED_FORM.exec(text.slice(at, at + 16));
    const inside = bracketed?.[1];
    if (inside && (/^(?:集团|控股|中国|控股集团)$/.test(inside) || /[省市]$/.test(inside) || loadLexicon().places.has(inside))) return bracketed[0];
  }
  return SUFFIXES_SORTED.find((s) => text.startsWith(s, at) && (shares || s !== '股份'));
}

/** Words only a fund or an investor's name ends with, never a verb's object in a list of parties. */
const FUND_WORDS: ReadonlySet<string> = new Set(['创投', '资本', '产投']);
/** What stands before and after a party in a list of investors: 由A和B联合领投, 投资方为A、B. */
const LIST_PARTY_BEFORE = /^(?:由|和|与|及|、|，|,|为|是|包括|以及|：|:)$/;
const LIST_PARTY_AFTER = /^(?:和|与|及|、|，|,|。|等|领投|跟投|参投|联合|共同|以及|分别)$/;

/** A token that ends a clause or a sentence. */
const CLAUSE_BREAK = /^[，,。；;：:！？!?]$/;

/**
 * 丰隆电器控股的新飞电器, 泸天化控股的九禾股份有限公司: 控股 after a company's name and before 的 and a second
 * company in the same clause is the verb (holds control of), not the end of the first name. 联想控股的资金 and
 * 开源控股的第一大股东 name no second company, so there 控股 stays part of the name.
 */
function controlsAsVerb(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.word !== '控股' || tokens[k + 1]?.word !== '的') return false;
  for (let j = k + 2; j < Math.min(tokens.length, k + 10); j++) {
    const t = tokens[j]!;
    if (CLAUSE_BREAK.test(t.word)) return false;
    if (t.tag === 'nt' || /^(?:有限公司|股份有限公司|有限责任公司)$/.test(t.word)) return true;
  }
  return false;
}

/** Organisation names found from their shape: a name-like core followed by a legal form, vehicle or industry word. */
function shapeOrganizations(text: string, tokens: readonly Token[], offset: number, kinds: TokenKinds): Candidate[] {
  const lexicon = loadLexicon();
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A legal suffix may span several tokens (有限 + 公司): match it on the text.
    const local = token.textStart - offset;
    const suffix = SUFFIX_STARTS.has(text.charCodeAt(local)) ? legalSuffixAt(text, local) : undefined;
    let kind: 'org-suffix' | 'org-vehicle' | 'org-industry' | undefined;
    let endText = -1;
    let glued = false;
    if (suffix) {
      kind = 'org-suffix';
      endText = token.textStart + suffix!.length;
    } else if (kinds[i]! & VEHICLE && !controlsAsVerb(tokens, i)) {
      kind = 'org-vehicle';
      endText = token.textEnd;
    } else if (kinds[i]! & INDUSTRY) {
      kind = 'org-industry';
      endText = token.textEnd;
    } else if (isIndustryAndSuffix(token.word)) {
      // 标致/n 雪铁龙/nz 汽车集团/n: the segmenter's word holds the industry and the suffix.
      kind = 'org-suffix';
      endText = token.textEnd;
      glued = true;
    }
    // 汉景/x 家族/nz 母/n 基金/n, 小米/nt 长江/ns 产业/n 基金/n: a vehicle word the segmenter cut in two.
    const split = !kind && VEHICLE_HEADS.has(token.word) && tokens[i + 1]?.textStart === token.textEnd && VEHICLE_SET.has(token.word + tokens[i + 1]!.word);
    if (split) {
      kind = 'org-vehicle';
      endText = tokens[i + 1]!.textEnd;
    }
    if (!kind || i === 0) continue;
    // Extend over further industry or suffix words (富芯 半导体 有限公司), so the longest form wins.
    let lastToken = split ? i + 1 : i;
    while (lastToken + 1 < tokens.length && tokens[lastToken + 1]!.textStart === tokens[lastToken]!.textEnd) {
      const next = tokens[lastToken + 1]!;
      const nextLocal = next.textStart - offset;
      const nextSuffix = SUFFIX_STARTS.has(text.charCodeAt(nextLocal)) ? legalSuffixAt(text, nextLocal, false) : undefined;
      if (nextSuffix) {
        endText = next.textStart + nextSuffix.length;
        kind = 'org-suffix';
        lastToken++;
        while (lastToken + 1 < tokens.length && tokens[lastToken + 1]!.textEnd <= endText) lastToken++;
      } else if (
        // A name ends with its legal form: 有限公司 or a partnership's closing bracket (合伙企业（有限合伙）投资了).
        !(kind === 'org-suffix' && (text.endsWith('公司', endText - offset) || text.endsWith('）', endText - offset) || text.endsWith(')', endText - offset))) &&
        (INDUSTRY_SET.has(next.word) || VEHICLE_SET.has(next.word)) &&
        !(next.word === '控股' && (/^[着了]/.test(tokens[lastToken + 2]?.word ?? '') || controlsAsVerb(tokens, lastToken + 1))) &&
        // 获得龙珠资本投资。: 投资 after a fund's word, ending the clause, is the money it put in; so after any name
        // in a clause that receives it (获得禾赛科技投资。).
        !(next.word === '投资' && (VEHICLE_SET.has(tokens[lastToken]!.word) || receivedInvestment(tokens, lastToken + 1)) && !isCjk(tokens[lastToken + 2]?.word[0] ?? '。')) &&
        // 向芯驰科技投资<N>亿元: 投资 before an amount is the verb; so before 了 or 过 (中移资本投资了芯擎科技).
        !(next.word === '投资' && (AMOUNT_START.test(text.slice(next.textEnd - offset, next.textEnd - offset + 4)) || /^[了过]/.test(tokens[lastToken + 2]?.word ?? '')))
      ) {
        endText = next.textEnd;
        lastToken++;
      } else break;
    }
    // 鼎晖中国成长基金II, 红杉资本二期: a fund's Roman numeral or phase is part of its name.
    const phase = tokens[lastToken + 1];
    if (kind !== 'org-suffix' && VEHICLE_SET.has(tokens[lastToken]!.word) && phase?.textStart === endText && /^(?:I{1,3}|IV|V|VI{1,3}|[一二三四五六七八九十]期)$/.test(phase.word)) {
      endText = phase.textEnd;
      lastToken++;
    }
    // 车规/x 芯片 企业 芯驰科技: a trade before a word for what a company is describes the company named after it.
    if (kind === 'org-industry' && (tokens[lastToken + 1]?.word === '企业' || DESCRIBING_NOUNS.has(tokens[lastToken + 1]?.word ?? ''))) continue;
    // 亦庄国际投资/发展有限公司: a legal form glued to a business word by the segmenter is a legal form too.
    const fromSuffix = kind === 'org-suffix' ? text.slice(token.textStart - offset) : '';
    // 河南投资集团: 集团 too takes business words between the name and it.
    const legalForm = kind === 'org-suffix' && (/^(?:股份有限公司|有限责任公司|有限公司|总公司|集团有限公司|公司|集团|合伙企业|企业[（(]有限合伙|中心[（(]有限合伙)/.test(fromSuffix) || (glued && /(?:有限公司|总公司)$/.test(token.word)));
    // 北京医药股份有限公司: a full legal form makes a company of a region and an industry word alone.
    // So does a limited partnership's (合伙企业（有限合伙）, 企业（有限合伙）, 中心（有限合伙）), as funds are registered: 合肥建恒/v 新能源汽车投资基金合伙企业（有限合伙）.
    const fullLegalForm = /^(?:股份有限公司|有限责任公司|有限公司|(?:合伙)?企业[（(]有限合伙[)）]|中心[（(]有限合伙[)）])/.test(fromSuffix);
    const first = walkNameLeft(tokens, i, kind === 'org-suffix' ? 14 : 8, legalForm, fullLegalForm || fromSuffix.startsWith('集团有限公司'));
    if (first === i) {
      // 由启明/v 创投/j 和…领投: a name the tagger read as a verb, before a fund's word, where a list of parties stands.
      const verb = tokens[i - 1]!;
      if (kind === 'org-vehicle' && lastToken === i && FUND_WORDS.has(token.word) && verb.tag === 'v' && verb.textEnd === token.textStart && LIST_PARTY_AFTER.test(tokens[i + 1]?.word ?? '。')) {
        // 、君/nz 联/v 资本: or cut into two single characters, the first of them glued to the verb.
        const lone = tokens[i - 2];
        if (verb.word.length === 2 && LIST_PARTY_BEFORE.test(lone?.word ?? '，')) {
          out.push({ textStart: verb.textStart, textEnd: endText, name: verb.word + token.word, type: 'Organization', ruleId: 'entity/org-vehicle', priority: 2 });
        } else if (verb.word.length === 1 && lone && lone.word.length === 1 && isCjk(lone.word) && lone.textEnd === verb.textStart && !FUNCTION_CHARS.has(lone.word) && LIST_PARTY_BEFORE.test(tokens[i - 3]?.word ?? '，')) {
          out.push({ textStart: lone.textStart, textEnd: endText, name: lone.word + verb.word + token.word, type: 'Organization', ruleId: 'entity/org-vehicle', priority: 2 });
        }
      }
      continue;
    }
    // 内蒙古滨海投资股份有限公司: also two regions and a word of business scope; 上海市创业投资有限公司: or of a fund's trade.
    // 河南投资集团, 山西交通控股集团: or 集团 after a province or city and such words, as a region's state group is called.
    // 天津/ns 医药集团/n: or the segmenter's one word of industry and 集团 right after the region.
    const gluedGroup = glued && token.word.endsWith('集团');
    const groupOfRegion = (suffix === '集团' || gluedGroup) && !WIDE_REGIONS.has(tokens[first]!.word) && (lexicon.places.has(tokens[first]!.word) || tokens[first]!.tag === 'ns') && i - first >= (gluedGroup ? 1 : 2);
    const regionAndIndustry = (fullLegalForm || groupOfRegion || fromSuffix.startsWith('集团有限公司')) && tokens.slice(first, i).every((t) => lexicon.places.has(t.word) || INDUSTRY_SET.has(t.word) || BUSINESS_WORDS.has(t.word) || VEHICLE_SET.has(t.word) || t.tag === 'ns') && tokens.slice(first, i).some((t) => lexicon.places.has(t.word) || t.tag === 'ns');
    // 西部/f 超导/v 材料科技有限公司: a full legal form after words the segmenter shattered (see walkNameLeft).
    const shatteredCore = fullLegalForm && tokens.slice(first, i).some((t) => isShatteredCore(t) && t.word.length === 2);
    if (!regionAndIndustry && !shatteredCore && !hasProperCore(tokens, first, i, kind !== 'org-suffix')) continue;
    // 游戏公司, 电商公司: one common noun before 公司 names a kind of company, not a company.
    if ((suffix === '公司' || glued) && i - first === 1 && /^(?:n|vn)$/.test(tokens[first]!.tag) && !lexicon.knownOrganizations.has(tokens[first]!.word)) continue;
    // 瑞士石油公司Addax: a country and common nouns before 公司 describe the Latin name right after them.
    const next = tokens[lastToken + 1];
    if (suffix === '公司' && next?.tag === 'eng' && next.textStart === endText && tokens.slice(first, i).every((t) => /^(?:n|vn|ns)$/.test(t.tag) && !lexicon.knownOrganizations.has(t.word))) continue;
    // 三大航空公司, 海航四大航空公司: a count of companies of a kind.
    if (glued && tokens.slice(first, i).some((t) => /^[一二三四五六七八九十两几]大$/.test(t.word))) continue;
    let start = tokens[first]!.textStart;
    // The tagger glues a preposition to an unknown name (由小米, 对大): the name starts after it.
    if (FUNCTION_CHARS.has(text[start - offset]!) && tokens[first]!.word.length >= 3) start++;
    // 交易完成/v 后弗迪/x 电子: the 后 of 完成后, glued by the tagger to an unknown name.
    else if (text[start - offset] === '后' && tokens[first]!.tag === 'x' && tokens[first]!.word.length >= 3 && tokens[first - 1]?.tag === 'v' && tokens[first - 1]!.textEnd === start) start++;
    start = mendPlaceStart(text, tokens, first, start, offset);
    // 认购了隆基绿能定增股份: the shares of an offering, not a company named 股份.
    if (suffix === '股份' && lastToken === i && OFFERING_SHARES.has(tokens[i - 1]?.word ?? '')) continue;
    // 增持宁德时代股份: shares of a company, not a company named 股份.
    if (suffix === '股份' && lastToken === i && first > 0 && /(?:持|持有|购|售|买|入|让)$/.test(tokens[first - 1]!.word)) continue;
    // 持有的青岛啤酒股份: also after 持有的, 所持的.
    if (suffix === '股份' && lastToken === i && first > 1 && tokens[first - 1]!.word === '的' && /(?:持|持有|所持)$/.test(tokens[first - 2]!.word)) continue;
    const name = text.slice(start - offset, endText - offset);
    if (lexicon.stopNames.has(name) || name.length < 3 || NOT_A_NAME.test(name)) continue;
    // 投资 followed by a name or a noun is the verb (小米投资上海快卜), not the end of a name; 控股 followed by a verb
    // is not (文投控股终止收购, 孚日控股兼并重组): a verb takes no second verb for its object. Not after a lone character
    // (越/d 凯控股): that is a name cut short.
    const after = tokens[lastToken + 1];
    const verbAfterHolding = token.word === '控股' && name.length >= 4 && after !== undefined && /^(?:v|vd)$/.test(after.tag) && !/^[着了过]/.test(after.word);
    if ((token.word === '投资' || token.word === '控股') && lastToken === i && after && isCjk(after.word[0]) && !INVEST_NAME_FOLLOWERS.test(after.word) && !verbAfterHolding) continue;
    // 腾讯投资<N>亿元: 投资 before an amount is the verb too.
    if (token.word === '投资' && lastToken === i && AMOUNT_AHEAD.test(text.slice(endText - offset, endText - offset + 16))) continue;
    // 获得红杉资本投资，, 获得KKR投资。: 投资 after a fund's name, or in a clause that receives it, ending the clause, is
    // the money put in.
    if (token.word === '投资' && lastToken === i && !isCjk(after?.word[0]) && (/(?:资本|基金|创投|投资)$/.test(tokens[i - 1]!.word) || receivedInvestment(tokens, i))) continue;
    out.push({ textStart: start, textEnd: endText, name, type: 'Organization', ruleId: `entity/${kind}`, priority: kind === 'org-suffix' ? 3 : 2 });
    i = lastToken;
  }
  return out;
}

/** Regions too wide to name a company by themselves with an industry word (中国汽车 is an industry). */
const WIDE_REGIONS: ReadonlySet<string> = new Set(['中国', '全国', '国内', '国际', '海外', '境外', '亚洲', '欧洲', '美国', '日本', '全球']);
/** Industry words that, after a region, name the region's sector more often than a company: 湖南商业的发展. */
const SECTOR_WORDS: ReadonlySet<string> = new Set(['商业', '金融', '工业', '发展', '创新', '文化', '建设', '国际', '制造', '数字', '智能', '信息', '网络', '健康', '医疗', '环保', '物流', '地产', '房产', '能源', '电力']);
/** Nouns that, after a region and an industry word, make a market or a sector of it: 南昌钢铁市场. */
const SECTOR_NOUNS = /^(?:市场|行业|产业|企业|板块|领域|产品|价格|需求|项目|基地|园区|概念|股|指数|类|业|协会|集群|发展)/;

/**
 * A city or province and one industry or vehicle word, as listed companies are called (南昌钢铁, 京能热电 is
 * not: 京能 is no place; 上海实业, 南通投资), when nothing glued after it makes it a sector (南昌钢铁市场).
 */
function regionIndustryNames(text: string, tokens: readonly Token[], offset: number, kinds: TokenKinds): Candidate[] {
  const lexicon = loadLexicon();
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const region = tokens[i]!;
    const industry = tokens[i + 1]!;
    const afterProvince = region.tag === 'ns' && i > 0 && (kinds[i - 1]! & PLACE) !== 0 && tokens[i - 1]!.textEnd === region.textStart;
    // 北方稀土, 东方航空, 华东医药: a point of the compass stands for a region.
    if (!((kinds[i]! & PLACE) !== 0 || afterProvince || isCompass(region)) || WIDE_REGIONS.has(region.word) || industry.textStart !== region.textEnd) continue;
    if (!(kinds[i + 1]! & (INDUSTRY | VEHICLE)) || SECTOR_WORDS.has(industry.word)) continue;
    // 富通比利时银行: a region inside a longer name is not where a name starts.
    const previous = tokens[i - 1];
    // 山西长治钢铁: a province before the city belongs to the name.
    const province = previous && previous.textEnd === region.textStart && lexicon.places.has(previous.word) ? previous : undefined;
    if (!province && previous && previous.textEnd === region.textStart && /^(?:n|nz|nr|nt|x|j|ns|eng)$/.test(previous.tag) && /^[\u3400-\u9fffA-Za-z]/.test(previous.word)) continue;
    const next = tokens[i + 2];
    if (next && next.textStart === industry.textEnd && (/^(?:n|vn|nz|ng|an|j|x)$/.test(next.tag) && /^[\u3400-\u9fff]/.test(next.word) || SECTOR_NOUNS.test(text.slice(next.textStart - offset)))) continue;
    // 投资 followed by a name or a noun is the verb (上海投资某公司), as in shapeOrganizations.
    if ((industry.word === '投资' || industry.word === '控股') && next && /^(?:v|n|nz|nt|x)$/.test(next.tag) && !INVEST_NAME_FOLLOWERS.test(next.word)) continue;
    const start = province ? province.textStart : region.textStart;
    const name = text.slice(start - offset, industry.textEnd - offset);
    if (lexicon.stopNames.has(name)) continue;
    out.push({ textStart: start, textEnd: industry.textEnd, name, type: 'Organization', ruleId: 'entity/org-region-industry', priority: 1 });
  }
  return out;
}

/**
 * A region and a short core before 投, the word for investment cut short (深圳/ns 创新/v 投/vn, 苏州/ns 城建/ns
 * 投/vn, 山东/ns 高新/d 投/vn): a city's or province's investment company, as 城投 and 国投 are. The core is one or two
 * words of at most three characters, and a break, a joiner, 等 or a verb follows.
 */
function regionInvestmentNames(text: string, tokens: readonly Token[], offset: number, kinds: TokenKinds): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const region = tokens[i]!;
    if (!((kinds[i]! & PLACE) !== 0 || region.tag === 'ns') || WIDE_REGIONS.has(region.word)) continue;
    let j = i + 1;
    let chars = 0;
    while (j < tokens.length && j - i <= 2 && tokens[j]!.textStart === tokens[j - 1]!.textEnd && tokens[j]!.word !== '投' && /^[\u4e00-\u9fff]+$/.test(tokens[j]!.word)) {
      chars += tokens[j]!.word.length;
      j++;
    }
    const tou = tokens[j];
    if (j === i + 1 || chars > 3 || !tou || tou.word !== '投' || tou.textStart !== tokens[j - 1]!.textEnd) continue;
    const after = tokens[j + 1];
    if (after && after.textStart === tou.textEnd && !/^(?:[、，,。；;：:）)”"」]|和|及|与|等)$/.test(after.word) && !/^(?:v|d|p)$/.test(after.tag)) continue;
    // 上海将投, 北京再投: an adverb before the verb 投 is no core.
    if (tokens.slice(i + 1, j).some((t) => /^(?:p|c|u\w*|r|m|q)$/.test(t.tag)) || STARTS_WITH_ADVERB.test(tokens[i + 1]!.word)) continue;
    out.push({ textStart: region.textStart, textEnd: tou.textEnd, name: text.slice(region.textStart - offset, tou.textEnd - offset), type: 'Organization', ruleId: 'entity/org-region-name', priority: 1 });
  }
  return out;
}

/** The end of a fund's name after its region and sector (北京市人工智能产业投资基金), with its phase or legal form. */
const SECTOR_FUND_TAIL = /^(?:产业投资基金|产业发展基金|产业基金|创业投资基金|股权投资基金|投资基金|引导基金|母基金)(?:[一二三四五]期)?(?:（有限合伙）|\(有限合伙\))?/;

/** The end of a national fund's name after its sector, which may be 基金 alone (国家制造业转型升级基金). */
const NATIONAL_FUND_TAIL = /^基金(?:[一二三四五]期)?/;

/**
 * Whether tokens i+1..j-1 after 国家 name a national fund's sector (制造业转型升级, 绿色发展, 中小企业发展): four
 * characters at least, no word of a description (国家背景基金, 国家政策性基金, 国家产业基金), and no count before 国家
 * (多家国家…, 有国家…).
 */
function nationalSector(text: string, tokens: readonly Token[], offset: number, i: number, j: number, chars: number): boolean {
  if (chars < 4 || /背景|政策|相关/.test(text.slice(tokens[i + 1]!.textStart - offset, tokens[j]!.textStart - offset))) return false;
  return !/^(?:有|多家|一些|各|几家|数家|多只|等)$/.test(tokens[i - 1]?.word ?? '');
}

/**
 * A government's fund, named by its region and the sector it invests in: 北京市人工智能产业投资基金, 上海市集成电路产业
 * 投资基金, 合肥市产业投资基金; or the state's, after 国家 (国家制造业转型升级基金, 国家绿色发展基金). Between the region and
 * the fund's word stand at most four nouns of a sector (no verb: 北京市将设立产业基金 names no fund).
 */
function regionFundNames(text: string, tokens: readonly Token[], offset: number, kinds: TokenKinds): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const region = tokens[i]!;
    const national = region.word === '国家';
    if (!national && (!(kinds[i]! & PLACE) || WIDE_REGIONS.has(region.word))) continue;
    for (let j = i + 1, chars = 0; j < tokens.length && j - i <= 5 && tokens[j]!.textStart === tokens[j - 1]!.textEnd; j++) {
      const rest = text.slice(tokens[j]!.textStart - offset);
      const tail = national ? (nationalSector(text, tokens, offset, i, j, chars) ? (SECTOR_FUND_TAIL.exec(rest) ?? NATIONAL_FUND_TAIL.exec(rest)) : null) : SECTOR_FUND_TAIL.exec(rest);
      if (tail) {
        const end = tokens[j]!.textStart + tail[0].length;
        out.push({ textStart: region.textStart, textEnd: end, name: text.slice(region.textStart - offset, end - offset), type: 'Organization', ruleId: 'entity/org-region-fund', priority: 2 });
        break;
      }
      const sector = tokens[j]!;
      chars += sector.word.length;
      if (chars > 10 || !/^(?:n|nz|vn|j|x|b|l|an)$/.test(sector.tag) || !/^[\u4e00-\u9fff]+$/.test(sector.word)) break;
    }
  }
  return out;
}

/** A region followed by an unknown word: 上海快卜, 杭州富芯. */
function regionNames(text: string, tokens: readonly Token[], offset: number, kinds: TokenKinds): Candidate[] {
  const lexicon = loadLexicon();
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const region = tokens[i]!;
    const core = tokens[i + 1]!;
    // 哈尔滨银行, 北京银行: a city's own bank, insurer or broker. 合肥市政府: a government that invests.
    const isPlace = (kinds[i]! & PLACE) !== 0;
    if (isPlace && core.textStart === region.textEnd && /^(?:银行|商业银行|农商行|农商银行|证券|信托|保险|人寿|期货|政府|人民政府)$/.test(core.word)) {
      out.push({ textStart: region.textStart, textEnd: core.textEnd, name: region.word + core.word, type: 'Organization', ruleId: 'entity/org-region-name', priority: 2 });
      continue;
    }
    // 中国南车, 中国恒大, 中国国航: the country opens many names, before a word the segmenter does not know.
    const country = region.word === '中国' && /^(?:x|nz|j)$/.test(core.tag);
    if (!(isPlace || country) || core.textStart !== region.textEnd) continue;
    // 澄城县尧头, 安泽县庞壁: after a county's or a town's full name, an unknown word is a village or a mine.
    if (/[县镇乡村旗]$/.test(region.word)) continue;
    if (core.tag !== 'x' && core.tag !== 'nz' && core.tag !== 'nt' && core.tag !== 'j' || core.word.length < 2 || !isCjk(core.word[0]) || lexicon.places.has(core.word)) continue;
    // 长沙/营可后: a 后 or 时 the tagger glued to the name ends the clause, not the name; 上海/快卜为 宁德时代: nor
    // is a verb or preposition glued to it (为, 是, 将, 已, 被, 由, 向, 对, 获) part of the name.
    const glued = core.tag === 'x' && core.word.length >= 3 && /[后时前为是将已被由向对获]$/.test(core.word) ? 1 : 0;
    // 北京文资华夏影视基金: a fund or company the tagger knows, glued after the core, is the rest of the name.
    const rest = tokens[i + 2];
    const end = !glued && rest && rest.textStart === core.textEnd && rest.tag === 'nt' && rest.word.length >= 4 && VEHICLE_WORDS.some((w) => rest.word.endsWith(w)) ? rest.textEnd : core.textEnd - glued;
    const name = text.slice(region.textStart - offset, end - offset);
    if (NOT_A_NAME.test(name) || lexicon.stopNames.has(name) || lexicon.stopNames.has(core.word)) continue;
    out.push({ textStart: region.textStart, textEnd: end, name, type: 'Organization', ruleId: 'entity/org-region-name', priority: 2 });
  }
  return out;
}

/** What a company invested in is called after 投资的: 合资公司, 企业, 项目; not 子公司 (瀚星投资的子公司 is the fund's). */
const INVESTED_COMPANY = /^(?:合资|中外合资|控股|参股)?(?:公司|企业|项目)$/;

/** Words of finance the segmenter does not know, glued after a company's name: its shares or its deals, not its name. */
const GLUED_FINANCE = /^(?:定增|增发|配股|美股|港股|股改|募资|营收|净利|市值|估值|股价|停牌|复牌|并表)$/;

/** Names the segmenter's own dictionary tags as organisations (nt): 浦发银行, 中国移动, 宝钢集团. */
function taggedOrganizations(tokens: readonly Token[], kinds: TokenKinds): Candidate[] {
  const lexicon = loadLexicon();
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    if (!(t.tag === 'nt' || (kinds[i]! & KNOWN_ORGANIZATION) !== 0) || t.word.length < 2 || lexicon.stopNames.has(t.word) || lexicon.places.has(t.word)) return;
    if (!/^[\u3400-\u9fffA-Za-z0-9·&]+$/.test(t.word)) return;
    // 光大|云付, 小米|产投: an unknown word glued to a known name continues it (a new company of that name).
    const next = tokens[i + 1];
    // Not a demonstrative or a measure word glued on (上航这支, 哈佛国际只差), nor a word of finance (欣旺达定增).
    const glued = next && !/(?:公司|集团|银行)$/.test(t.word) && next.textStart === t.textEnd && next.tag === 'x' && /^[\u3400-\u9fff]{1,3}$/.test(next.word) && !NOT_A_NAME.test(next.word) && !GLUED_FINANCE.test(next.word) && !STARTS_WITH_ADVERB.test(next.word) && !/^[与和及或在为是称获以于只仅这那此每各不会没未能可应需]/.test(next.word) && !/[差支些个]$/.test(next.word) && !(next.word.length === 3 && isPersonName(next.word)) ? next : undefined;
    // 中芯/nt 南方/f 获得: a point of the compass glued to the name, before a verb or a break, continues it.
    const compass = !glued && next && next.textStart === t.textEnd && isCompass(next) && next.word.endsWith('方') && (tokens[i + 2] === undefined || tokens[i + 2]!.tag === 'v' || /^[，,。；;、）)]/.test(tokens[i + 2]!.word)) ? next : undefined;
    const tail = glued ?? compass;
    const end = tail ? tail.textEnd : t.textEnd;
    // 科力远投资/nt 的/uj 合资公司: 投资 before 的 and a company is the verb, when a known name stands before it (a
    // list may hold the whole as a word).
    const investor = t.word.length >= 4 && t.word.endsWith('投资') ? t.word.slice(0, -2) : undefined;
    if (investor && (lexicon.knownOrganizations.has(investor) || lexicon.organizations.has(investor)) && tokens[i + 1]?.word === '的' && INVESTED_COMPANY.test(tokens[i + 2]?.word ?? '')) {
      out.push({ textStart: t.textStart, textEnd: t.textEnd - 2, name: investor, type: 'Organization', ruleId: 'entity/org-tagged', priority: 2 });
      return;
    }
    out.push({ textStart: t.textStart, textEnd: end, name: tail ? t.word + tail.word : t.word, type: 'Organization', ruleId: 'entity/org-tagged', priority: 2 });
  });
  return out;
}

/**
 * Verbs and nouns whose neighbours are parties to a holding: the name before them acts (蒙牛收购, 安邦增持,
 * 百度CEO), the name after them is acted on (收购雅士利, 被燕京收购, 控股股东南京油运).
 */
const ACTOR_ANCHORS = new Set([
  '收购', '并购', '拟收购', '全资收购', '增持', '减持', '入股', '参股', '战略入股', '持有', '持股', '注资', '增资', '入主', '举牌', '买入', '购得', '购入', '竞得',
  '认购', '领投', '跟投', '控股', '旗下', '下属', '公告', '发布公告', '宣布', '出资', '合资', '全资子公司', '控股子公司', '子公司', '母公司',
  '控股股东', '大股东', '第一大股东', '第二大股东', '第三大股东', '实际控制人', '实控人',
]);
const TARGET_ANCHORS = new Set([
  '收购', '并购', '拟收购', '全资收购', '增持', '减持', '入股', '参股', '战略入股', '注资', '入主', '举牌', '买入', '认购', '持有', '控股',
  '旗下', '下属', '被', '获', '全资子公司', '控股子公司', '子公司', '母公司', '控股股东', '大股东', '第一大股东', '第二大股东', '第三大股东',
]);
/** Nouns and fragments that end a name on the left: 控股股东青岛啤酒集团, 一致行动人深圳远致投资, 日讯长航油运. */
const HOLDING_NOUNS = /(?:股东|控制人|行动人|隶属于|东家|^讯|[日网报社电]讯|母公司|子公司|上市|交易系统)$/;
/**
 * Pieces that never sit inside a company name, glued on by the tagger: 日增持其公司, 行动人深圳远致投资公司, 两位高管任;
 * a unit after a number (万股, 亿元), where a name may well start with 万 or 亿 (万通地产, 亿纬锂能).
 */
const NOT_A_NAME = /^其|^上述|^高管|(?<![资日基根成])[该本]公司|增持|减持|收购|入股|持其|占股|其公司|流通股|限售股|交易系统|行动人|股份股份|部分股份|全部股份|^核准|^批准|后$|^后.$|^发行人|^(?!日本|日立|日产|日照|日日顺)[日月年称据买]|^[万亿](?:[股元美港欧英韩余多千手份人户台辆吨只张次家个]|$)|^[\d.]+[万亿千百]*(?:港元|美元|欧元|日元|英镑|元|股|港币)|^(?:美元|欧元|港元|港币|日元|英镑|人民币|韩元|卢布|美金)$|(?:地区|市场|领域|板块|行业)[上中内]?$|总股[份本]$|最大|著名|知名/;
/** Holders and kin of a company, which may follow it with 的 (先导智能的第一大股东, 问鼎投资的母公司). */
const OWNED_BY_NOUNS = /^(?:控股股东|大股东|第[一二三四五六七八九十]大股东|实际控制人|实控人|母公司|全资子公司|控股子公司|子公司)$/;
/** Adverbs that may stand between an actor and its verb: 蒙牛已宣布收购, 安邦再次增持. */
const ACTOR_GAP = new Set(['已', '拟', '将', '也', '又', '还', '曾', '再次', '近日', '日前', '今日', '昨日', '昨天', '正式', '成功', '分别', '大举', '继续', '累计', '首次', '已经', '宣布', '同时', '此前', '共', '目前', '当前', '仍', '仍然', '则', '先后', '相继']);
/** Words a name never starts with after a verb, nor ends with before one. */
const NAME_EDGE_STOPS = new Set(['了', '其', '该', '对', '股份', '股权', '股票', '公司', '旗下', '股东', '后', '前', '时', '中', '方面', '双方']);
/** Adverbs and prepositions that start a word glued to a name by the tagger (已达, 并将, 拟取): no name starts so. */
const STARTS_WITH_ADVERB = /^[已将拟并再又也则就还均都仍给向对被由把曾只仅这那]/;
/** Tags of tokens that only make a name together with a proper-name token. */
const COMMON_TAGS = new Set(['n', 'vn', 'an', 'ng', 'l', 'i', 'b', 'g', 's', 'a', 'z', 'k']);

/** Common nouns that end many company names (微影时代, 汽车之家, 世纪互联): part of the name, not after it. */
const NAME_TAILS: ReadonlySet<string> = new Set(['时代', '之家', '世纪', '天地', '在线', '互联', '视界', '优选', '国际']);

function isCommon(token: Token): boolean {
  return COMMON_TAGS.has(token.tag) && !NAME_TAILS.has(token.word) && !INDUSTRY_SET.has(token.word) && !VEHICLE_SET.has(token.word) && !SUFFIXES_SORTED.includes(token.word as (typeof SUFFIXES_SORTED)[number]);
}

function isNamePiece(tokens: readonly Token[], i: number): boolean {
  const lexicon = loadLexicon();
  const token = tokens[i]!;
  if ((!NAME_TAGS.has(token.tag) && !isRareNamePiece(tokens, i)) || LEFT_STOPS.has(token.word) || NAME_EDGE_STOPS.has(token.word) || lexicon.titleSet.has(token.word)) return false;
  if (lexicon.stopNames.has(token.word)) return false;
  if (!/^[\u3400-\u9fffA-Za-z0-9·&]+$/.test(token.word)) return false;
  // A count (五大疑问, 三家公司, 宁德时代三方) is no part of a name.
  if (/^[一二三四五六七八九十两双几数多各][大个家项只支条些方]$/.test(token.word)) return false;
  // The N of a masked number <N>, and digits that start one (友好集团1<N><N>9.<N>万股: a share count).
  if (token.word === 'N' && tokens[i - 1]?.word === '<') return false;
  if (/^\d+$/.test(token.word) && tokens[i + 1]?.word === '<' && tokens[i + 1]!.textStart === token.textEnd) return false;
  // 已达, 并将, 获批: an unknown word that starts with an adverb or a verb of receiving is not a name.
  if (token.tag === 'x' && token.word.length <= 2 && (STARTS_WITH_ADVERB.test(token.word) || /^[获称据]/.test(token.word))) return false;
  // 乐视影业 会否, 京兰水泥 拟新设: nor one that starts with a word of doubt, denial or intent.
  if (token.tag === 'x' && token.word.length <= 3 && /^[不会没未拟]/.test(token.word)) return false;
  // 京东方 陈发树: a personal name right after a known name is a person's, not the rest of the company's.
  if (token.tag === 'x' && token.word.length === 3 && /^(?:nt|nz)$/.test(tokens[i - 1]?.tag ?? '') && isPersonName(token.word)) return false;
  // 上市前先私有化: an unknown pair that ends with an adverb (前先, 后又) is a time word and an adverb, not a name.
  if (token.tag === 'x' && token.word.length === 2 && /[先已将再又也就还均都仍曾]$/.test(token.word)) return false;
  return !ACTOR_ANCHORS.has(token.word) && !TARGET_ANCHORS.has(token.word);
}

/** A run of tokens reads as a name: one proper or unknown token, not only places, not a stop word. */
function runIsName(tokens: readonly Token[], from: number, to: number): boolean {
  const lexicon = loadLexicon();
  let proper = false;
  let chars = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    chars += t.word.length;
    if (lexicon.places.has(t.word)) continue;
    if (PROPER_TAGS.has(t.tag) && !/^[A-Za-z]$/.test(t.word) && !lexicon.stopNames.has(t.word)) proper = true;
  }
  if (proper) return chars >= 2 && chars <= 10;
  // 海螺水泥 增持: common nouns before an industry word, in a place that wants a company.
  const last = tokens[to - 1]!;
  if (to - from >= 2 && INDUSTRY_SET.has(last.word) && chars - last.word.length >= 2 && chars <= 8) return true;
  // 持有海南椰岛, 认购湖北车桥, 东方精工等: a region or point of the compass and one common noun, in a place that
  // wants a company.
  const first = tokens[from]!;
  return to - from === 2 && (lexicon.places.has(first.word) || COMPASS_WORDS.has(first.word)) && /^(?:n|nz|j|x)$/.test(last.tag) && last.word.length >= 2 && !GENERIC_NOUNS.has(last.word) && !lexicon.stopNames.has(last.word) && chars <= 6;
}

/** The rest of a description before a Latin name: 矿企业Millennial, 公司Addax. Not a parent or subsidiary (母公司Alphabet). */
const KIND_BEFORE_LATIN = /^(?:(?![子母分控股旗])[\u4e00-\u9fff]){0,3}(?:企业|公司|厂商|巨头|集团)[A-Za-z]/;

/** A unit after digits: an amount, a count of shares, a percentage. */
const AMOUNT_UNIT = /^(?:[亿万千百]|元|美元|港元|%|％|股)/;

/** Nouns that after a region name a thing or a place, not a company: 海南资产, 北京项目, 上海地区. */
const GENERIC_NOUNS: ReadonlySet<string> = new Set(['资产', '项目', '业务', '股权', '股份', '公司', '企业', '市场', '地区', '土地', '房产', '物业', '工厂', '基地', '地块', '政府', '分行', '支行', '分公司', '子公司', '区域', '板块', '工程', '市民', '居民', '经济', '方面', '当地', '本地', '总部', '门店', '园区', '楼盘', '电站', '矿山', '煤矿', '油田', '业务部']);

/** Words for a controller, after which a personal name the lexicon does not know as a company is a person. */
const CONTROLLER_WORDS: ReadonlySet<string> = new Set(['控股股东', '实际控制人', '实控人']);

/**
 * Adds the party of tokens `from`..`to` that anchoredNames found, unless it is a stop name or a place: a person
 * where `personAllowed` and the run is a three-character personal name, else a company. A function of its own,
 * not a closure made per sentence: tsx keeps function names, which costs a property definition per closure made.
 */
function pushAnchored(out: Candidate[], text: string, tokens: readonly Token[], offset: number, from: number, to: number, personAllowed: boolean, orgOnly = false): void {
  const lexicon = loadLexicon();
  let start = mendPlaceStart(text, tokens, from, tokens[from]!.textStart, offset);
  let end = tokens[to - 1]!.textEnd;
  // 巨湾技研2/x 亿元: the digits of an amount or a count right after the name are none of it.
  const digits = /\d+(?:\.\d+)?$/.exec(text.slice(start - offset, end - offset));
  if (digits && AMOUNT_UNIT.test(text.slice(end - offset))) end -= digits[0].length;
  // 工行H/x 股: the class of shares after a Chinese name is none of it.
  else if (/[\u3400-\u9fff][ABH]$/.test(text.slice(start - offset, end - offset)) && text[end - offset] === '股') end -= 1;
  else {
    // 比亚迪/nt H/x 股约/x: nor are the class and what the segmenter glued to its 股.
    const shares = /(?<=[\u3400-\u9fff]{2})[ABH]股/.exec(text.slice(start - offset, end - offset));
    if (shares) end = start + shares.index;
  }
  let name = text.slice(start - offset, end - offset);
  const single = to - from === 1 ? tokens[from]! : undefined;
  // 另据/x 公告, 但瀚越/x 收购: a word the segmenter does not know that opens with an adverb, a conjunction or a
  // preposition is no name; the rest of it may be (瀚越).
  if (single?.tag === 'x' && GLUED_NAME_OPENING.test(name)) {
    // 拟与昊沛: two such characters may be glued on.
    const skip = gluedChars(name);
    if (skip === 0 || NOT_NAME_START.test(name.slice(skip))) return;
    start += skip;
    name = name.slice(skip);
  } else if (single?.tag === 'x' && /^[其某该此这那每各]/.test(name)) return; // 其辞任, 某牛场: after a pronoun, no name.
  // 入股欧洲电池初创: a continent or a country's name for the world (欧洲, 海外) is no more a company than a city's.
  if (name.length < 2 || lexicon.stopNames.has(name) || lexicon.places.has(name) || WIDE_REGIONS.has(name) || NOT_A_NAME.test(name)) return;
  // 在官方微博正式宣布: the channel a company speaks through, not a party.
  if (tokens[from - 1]?.word === '官方') return;
  // 收购加拿大/ns 锂/nz 矿企业Millennial Lithium: what the company is, before its Latin name, is no party; nor
  // 入股激光雷达企业, a kind of company unnamed.
  if (KIND_BEFORE_LATIN.test(text.slice(end - offset, end - offset + 8)) || /^(?:企业(?![（(]有限合伙|集团)|厂商|巨头|龙头)/.test(text.slice(end - offset))) return;
  // 成立房地产子公司: the trade of a company is not a company.
  if (INDUSTRY_SET.has(name) || SECTOR_WORDS.has(name) || name === '房地产') return;
  // 及自然人姜波分别持有: a natural person (自然人) is named, whatever the place wants; so is a holder or controller
  // named by a personal name (公司控股股东陈刚与…).
  const controller = CONTROLLER_WORDS.has(tokens[from - 1]?.word ?? '') && !lexicon.knownOrganizations.has(name) && !lexicon.organizationOf.has(name);
  const natural = (tokens[from - 1]?.word === '自然人' || controller) && name.length <= 3;
  if ((personAllowed || natural) && single && /^(?:nr|x)/.test(single.tag) && (name.length === 3 || natural) && isPersonName(name)) {
    // 陈晓则持股: an adverb glued to a two-character name.
    const short = /[则也均仍将已]$/.test(name) && isPersonName(name.slice(0, 2));
    out.push({ textStart: start, textEnd: short ? end - 1 : end, name: short ? name.slice(0, 2) : name, type: 'Person', ruleId: 'entity/person-holder', priority: 1 });
    return;
  }
  // A personal name before a title is the title holder's (张三董事长); before 母公司 or 旗下 it is a company.
  if (single && single.tag.startsWith('nr') && name.length === 3 && isPersonName(name) && !orgOnly) return;
  out.push({ textStart: start, textEnd: end, name, type: 'Organization', ruleId: 'entity/org-context', priority: 1 });
}

/** Words that found a venture right after its partner: 与X共同设立, 与X合资成立. */
const FOUNDS_VENTURE = /^(?:共同|联合|合资|设立|成立|组建|共建|合资成立|共同出资|出资设立|合作成立)$/;

/**
 * Parties named by their place next to a holding word, when nothing in their shape says they are
 * companies: 蒙牛收购雅士利, Metz已被创维集团收购, 安邦增持万科. A three-character personal name before a
 * holding verb is a person (黄光裕持有国美电器).
 */
function anchoredNames(text: string, tokens: readonly Token[], offset: number, kinds: TokenKinds): Candidate[] {
  const lexicon = loadLexicon();
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k]!.word;
    // 环球资源旗下: two common nouns right before 旗下 name the owner, though neither is a name alone.
    if (word === '旗下' && k >= 2) {
      const [a, b] = [tokens[k - 2]!, tokens[k - 1]!];
      const plain = (t: Token): boolean => t.tag === 'n' && t.word.length === 2 && !lexicon.stopNames.has(t.word) && !INDUSTRY_SET.has(t.word);
      if (plain(a) && plain(b) && a.textEnd === b.textStart && b.textEnd === tokens[k]!.textStart && !(k >= 3 && isNamePiece(tokens, k - 3) && tokens[k - 3]!.textEnd === a.textStart)) {
        pushAnchored(out, text, tokens, offset, k - 2, k, false, true);
      }
    }
    // 与蜂巢能源共同设立合资公司: a partner named between 与 and the founding of a venture.
    if ((word === '与' || word === '同') && k + 2 < tokens.length) {
      let to = k + 1;
      let chars = 0;
      while (to < tokens.length && isNamePiece(tokens, to) && (to === k + 1 || tokens[to]!.textStart === tokens[to - 1]!.textEnd) && (chars += tokens[to]!.word.length) <= 10) to++;
      if (to > k + 1 && to < tokens.length && FOUNDS_VENTURE.test(tokens[to]!.word) && runIsName(tokens, k + 1, to)) pushAnchored(out, text, tokens, offset, k + 1, to, false, true);
    }
    const isTitle = (kinds[k]! & TITLE) !== 0;
    if ((kinds[k]! & ACTOR_ANCHOR) !== 0 || isTitle) {
      let end = k;
      while (!isTitle && end > 0 && ACTOR_GAP.has(tokens[end - 1]!.word)) end--;
      // 是先导智能的第一大股东: the company whose holder or kin is named is before 的.
      if (end === k && end > 0 && tokens[end - 1]!.word === '的' && OWNED_BY_NOUNS.test(word)) end--;
      let first = end;
      let chars = 0;
      while (first > 0 && isNamePiece(tokens, first - 1) && tokens[first]!.textStart === tokens[first - 1]!.textEnd) {
        chars += tokens[first - 1]!.word.length;
        if (chars > 10) break;
        first--;
      }
      // 锂电池材料商 天赐材料宣布: what the company is, said before its name, is none of it.
      for (let j = end - 1; j > first; j--) {
        if (DESCRIBING_NOUNS.has(tokens[j - 1]!.word)) {
          first = j;
          break;
        }
      }
      // 国美新任 总裁: a common noun after the name is not part of it.
      while (end - first > 1 && isCommon(tokens[end - 1]!)) end--;
      // Common nouns before the name are not part of it (上市公司众业达 is cut by 公司; 餐饮巨鳄 净雅).
      while (first < end && COMMON_TAGS.has(tokens[first]!.tag) && !INDUSTRY_SET.has(tokens[first]!.word) && runIsName(tokens, first + 1, end)) first++;
      // 软银董事长孙正义: a two-character word before a title that a person's name follows is the employer.
      if (isTitle && first === end - 1 && tokens[first]!.tag === 'n' && tokens[first]!.word.length === 2 && !lexicon.stopNames.has(tokens[first]!.word) && isPersonName(tokens[k + 1]?.word ?? '')) {
        pushAnchored(out, text, tokens, offset, first, end, false, true);
        continue;
      }
      if (first < end && runIsName(tokens, first, end)) pushAnchored(out, text, tokens, offset, first, end, /^(?:持有|持股|增持|减持|入股|参股|公告|宣布|出资)$/.test(word), /^(?:母公司|子公司|全资子公司|控股子公司|旗下|下属|控股股东|大股东|第[一二三]大股东|收购|并购|拟收购|全资收购)$/.test(word));
    }
    // 共同投资了巨湾技研: 投资 is a noun as often as a verb, and only the aspect particle makes it the verb.
    if ((kinds[k]! & TARGET_ANCHOR) !== 0 || (isAspect(tokens[k + 1]) && /^(?:投资|战略投资|增资)$/.test(word))) {
      // 入股了思特威, 入股过思特威: the aspect particle stands between the verb and what it acts on.
      let from = isAspect(tokens[k + 1]) && word !== '被' && word !== '获' ? k + 2 : k + 1;
      // 入股了芯片公司思特威: the kind of company before the name describes it.
      // 入股了碳化硅/nz 企业 天科合达: a product word before it too.
      const kindEnd = afterKindOfCompany(tokens, from);
      if (kindEnd > from && isNamePiece(tokens, kindEnd) && !isCommon(tokens[kindEnd]!)) from = kindEnd;
      for (;;) {
        let to = from;
        let chars = 0;
        while (to < tokens.length && isNamePiece(tokens, to) && (to === from || tokens[to]!.textStart === tokens[to - 1]!.textEnd)) {
          chars += tokens[to]!.word.length;
          if (chars > 10) break;
          to++;
          // 收购OZ公司新协议获澳: a name ends at its legal form.
          if (/(?:公司|有限公司|集团)$/.test(tokens[to - 1]!.word) && tokens[to - 1]!.word.length > 2) break;
        }
        // 万科A股: the share class is not part of the name.
        if (to - from > 1 && /^[AB]$/.test(tokens[to - 1]!.word) && tokens[to]?.word === '股') to--;
        // 获上市公司众业/x 达/v 入股: one character the tagger took for a verb, right before the verb of the holding,
        // ends the name; two verbs back to back do not.
        const verbAfter = tokens[to + 1];
        if (to > from && tokens[to]?.tag === 'v' && /^[\u4e00-\u9fff]$/.test(tokens[to]!.word) && tokens[to]!.textStart === tokens[to - 1]!.textEnd && verbAfter?.textStart === tokens[to]!.textEnd && /^(?:入股|参股|增资|注资|收购|增持|控股|持股)$/.test(verbAfter.word)) to++;
        // 深发展一事, 国美新任: a common noun after the name is not part of it; after a lone region it is (海南椰岛).
        while (to - from > 1 && isCommon(tokens[to - 1]!) && !(to - from === 2 && lexicon.places.has(tokens[from]!.word) && runIsName(tokens, from, to))) to--;
        // 减持比例已达: the object starts with a name, not with a common noun; unless the run ends in an industry
        // word (持有东源电器N%): a short name of a core and an industry word.
        const industryEnd = to - from === 2 && INDUSTRY_SET.has(tokens[to - 1]!.word) && tokens[from]!.word.length === 2 && !MODIFIERS.has(tokens[from]!.word);
        if (to > from && isCommon(tokens[from]!) && !industryEnd && !(to - from > 1 && PROPER_TAGS.has(tokens[from + 1]!.tag))) break;
        if (to === from || !runIsName(tokens, from, to)) break;
        // 收购加拿大锂矿商Millennial: a maker or a company of a kind right before a Latin name describes it.
        // 收购英国商用车公司LDV: also with the kind of company its own word.
        const kindWord = tokens[to] && tokens[to]!.textStart === tokens[to - 1]!.textEnd && /^(?:公司|企业|集团|巨头)$/.test(tokens[to]!.word) ? to : to - 1;
        const latin = tokens[kindWord + 1];
        if (latin?.tag === 'eng' && latin.textStart === tokens[kindWord]!.textEnd && /(?:商|公司|企业|集团|巨头)$/.test(tokens[kindWord]!.word)) break;
        // A controlling shareholder may be a person (控股股东王柏兴); a parent or subsidiary is a company.
        pushAnchored(out, text, tokens, offset, from, to, /^(?:控股股东|大股东|第[一二三]大股东)$/.test(word), /^(?:母公司|子公司|全资子公司|控股子公司|旗下|下属)$/.test(word));
        // 收购甘普科技、立动科技: the list goes on.
        if (!/^(?:、|和|及|与)$/.test(tokens[to]?.word ?? '')) break;
        from = to + 1;
      }
    }
  }
  return out;
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lexicon names by their first UTF-16 unit, longest first; built once. */
let lexiconIndex: ReadonlyMap<number, readonly string[]> | undefined;
/**
 * The UTF-16 units that start a lexicon name: a bit that stays in cache answers for most characters, where a
 * look-up in the index for each character of every sentence cost more than the rest of the scan.
 */
let lexiconStarts: CodeSet | undefined;

/** ASCII letters: a Latin name must not sit inside a longer Latin word (LG in LGBT). */
function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** A fund's phase after its name: 二期, II. */
const FUND_PHASE = /^(?:[一二三四五六七八九十]期|I{1,3}(?![A-Za-z])|IV(?![A-Za-z]))/;

/**
 * Known names from the lexicon (organisations, their other names, aliases): at each position the longest
 * name that starts there, scanning on after it. A look-up by first character, where one alternation of every
 * name made the regex engine try each name at each position.
 */
function lexiconNames(text: string, offset: number): Candidate[] {
  if (!lexiconIndex) {
    const lexicon = loadLexicon();
    const names = new Set<string>();
    for (const [name, others] of lexicon.organizations) {
      names.add(name);
      for (const other of others) names.add(other);
    }
    for (const alias of lexicon.aliases.keys()) names.add(alias);
    const index = new Map<number, string[]>();
    for (const name of [...names].sort((a, b) => b.length - a.length)) {
      if (name.length === 0) continue;
      const code = name.charCodeAt(0);
      const list = index.get(code);
      if (list) list.push(name);
      else index.set(code, [name]);
    }
    lexiconIndex = index;
    lexiconStarts = new CodeSet(index.keys());
  }
  const out: Candidate[] = [];
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (!lexiconStarts!.has(code)) continue;
    const names = lexiconIndex.get(code);
    if (names === undefined || (at > 0 && isLatinLetter(text.charCodeAt(at - 1)))) continue;
    for (const name of names) {
      if (!text.startsWith(name, at) || isLatinLetter(text.charCodeAt(at + name.length))) continue;
      // 国家集成电路产业投资基金二期: a known fund's later phase is a fund of its own.
      const phase = /(?:基金|资本|创投)$/.test(name) ? FUND_PHASE.exec(text.slice(at + name.length, at + name.length + 4))?.[0] : undefined;
      if (phase) {
        out.push({ textStart: offset + at, textEnd: offset + at + name.length + phase.length, name: name + phase, type: 'Organization', ruleId: 'entity/lexicon', priority: 4 });
        at += name.length + phase.length - 1;
        break;
      }
      out.push({ textStart: offset + at, textEnd: offset + at + name.length, name, type: 'Organization', ruleId: 'entity/lexicon', priority: 4 });
      at += name.length - 1;
      break;
    }
  }
  return out;
}

/**
 * The opening of a declaration of short names, up to the names: （以下简称, (下称, （中国平安(<N>.SH,下称; or a bracket
 * right before a quote, as Hong Kong announcements define their terms (浙江吉潤汽車有限公司（「認購方」）).
 */
export const DECLARES = '[（(](?:(?:[^（()）。，,]{1,16}[,，;；、]\\s*)?(?:(?:以下|下文|下)?简称|(?:以下|下文)?下?称)[:：]?|(?=[“"「『]))';

/**
 * `（以下简称“X”）`, `(简称X)`, `下称“X”`, `下简称“X”`, `以下称X`, also after a stock code (中国平安(<N>.SH,下称“平保”)): X is declared as
 * the short name of the name before it.
 */
export const DECLARED_SHORT = new RegExp(`${DECLARES}[“"「『]?([\\u3400-\\u9fffA-Za-z0-9]{2,10})[”"」』]?[)）]`, 'g');
/** A stock name with its code: 安泰科技(000969), 宁德时代（300750.SZ）. */
const STOCK_CODE = /([\u3400-\u9fffA-Za-z]{2,8})[（(](?:\d{6}(?:\.(?:SZ|SH|BJ|HK))?|\d{4,5}\.HK|[A-Z]{1,5}\.[A-Z]{1,2}|(?:SZ|SH|HK|NYSE|NASDAQ)[:：]?\s?[A-Z0-9]{1,6})[)）]/g;
/** A stock under special treatment, named by its ticker name: ST梅雁, *ST国药. */
const ST_NAME = /(?<![A-Za-z])\*?S?\*?ST[\u3400-\u9fff]{2}(?:(?![的与和及将已在于为是拟公股])[\u3400-\u9fff]){0,2}/g;
/** Media named in book title marks after 旗下: 旗下《国际电子商情》、《电子系统设计》和《电子工程专辑》. */
const OWNED_TITLES = /旗下(?:的)?((?:《[^《》]{2,16}》(?:、|和|及|与)?)+)/g;
/** The company formed by a joint-venture or subsidiary sentence: 成立合资公司时代星云. */
const AFTER_JV = /(?:成立|设立|组建)(?:了)?(?:一家)?(?:合资公司|合资企业|子公司|新公司)[“"「]?(?![开对进专从主负并用为以生研做作的])([\u3400-\u9fff]{2,8}?)[”"」]?(?=[，。,；、]|$|[对进开专从主负并])/g;

/** A venture named in apposition: 合资公司——长智光电, 合资企业：时代星云. */
const JV_APPOSITION = /(?:合资公司|合资企业)(?:——|—|－|：|:)[“"「]?([\u3400-\u9fffA-Za-z]{2,12}?)[”"」]?(?=[，。,；;、（(]|$)/g;

/**
 * A company founded together, named right after the verb up to the end of the clause: 共同出资设立中芯京城，. Its
 * name must open with a company already found (中芯) and go on with a place or a point of the compass, as a group's
 * companies are named (中芯京城, 中芯北方), or be made of pieces of two partners' names (时代一汽 of 宁德时代 and 一汽集团):
 * other words after the verb are what was founded (一家公司, 研发中心).
 */
const FOUNDED_NAMED = /(?:共同出资|合资|共同|联合|出资)(?:设立|成立|组建)(?:了)?([\u4e00-\u9fff]{3,8})(?=[，。,；;（(]|$)/g;

/**
 * Whether `name` is a core and an industry word, as a venture founded together is named (合资组建光束汽车): the core
 * is no place, no industry word and no stop name (共同出资设立新能源科技 founds no company of that name).
 */
function coreAndIndustry(name: string): boolean {
  const lexicon = loadLexicon();
  for (let cut = 2; cut <= name.length - 2 && cut <= 4; cut++) {
    const core = name.slice(0, cut);
    if (INDUSTRY_SET.has(name.slice(cut)) && !INDUSTRY_SET.has(core) && !lexicon.places.has(core) && !lexicon.stopNames.has(core)) return true;
  }
  return false;
}

/** Whether `name` is a piece of one partner's name and then a piece of another's, two characters each at least (时代一汽 of 宁德时代 and 一汽集团). */
function piecesOfPartners(name: string, partners: readonly Candidate[]): boolean {
  if (name.length > 6) return false;
  for (let cut = 2; cut <= name.length - 2; cut++) {
    const head = name.slice(0, cut);
    const tail = name.slice(cut);
    const first = partners.find((p) => p.name.includes(head));
    if (first && partners.some((p) => p !== first && p.name !== first.name && p.name.includes(tail))) return true;
  }
  return false;
}

function patternNames(text: string, offset: number, candidatesSoFar: readonly Candidate[], tokens: readonly Token[] = []): Candidate[] {
  const lexicon = loadLexicon();
  const out: Candidate[] = [];
  // Each pattern needs a character or word most sentences lack: includes() rules it out before the regex scans.
  const bracket = text.includes('(') || text.includes('（');
  if (bracket) for (const match of text.matchAll(DECLARED_SHORT)) {
    const short = match[1]!;
    const at = match.index + match[0].indexOf(short);
    const before = [...candidatesSoFar].filter((c) => c.textEnd <= offset + match.index && c.type === 'Organization').sort((a, b) => b.textEnd - a.textEnd)[0];
    // A term defined in quotes alone (（「認購協議」）) is a company's only right after one.
    if (!match[0].includes('称') && !(before && before.textEnd === offset + match.index)) continue;
    out.push({
      textStart: offset + at,
      textEnd: offset + at + short.length,
      name: short,
      type: 'Organization',
      ruleId: 'entity/org-declared-short',
      priority: 5,
      ...(before && before.textEnd >= offset + match.index - 2 ? { aliasOf: before.name } : {}),
    });
  }
  if (bracket) for (const match of text.matchAll(STOCK_CODE)) {
    let name = match[1]!;
    // Keep the tail that reads as a name: drop leading function words (公告称安泰科技 → 安泰科技).
    const cut = Math.max(...['的', '和', '与', '及', '称', '为', '是', '由', '在', '对', '股'].map((w) => name.lastIndexOf(w)));
    if (cut >= 0 && name.length - cut - 1 >= 2) name = name.slice(cut + 1);
    if (lexicon.stopNames.has(name)) continue;
    const start = match.index + match[1]!.length - name.length;
    out.push({ textStart: offset + start, textEnd: offset + start + name.length, name, type: 'Organization', ruleId: 'entity/org-stock-code', priority: 5 });
  }
  if (text.includes('ST')) for (const match of text.matchAll(ST_NAME)) {
    // The ticker name is the word after ST as the segmenter cuts it (ST秦岭 虽有, *ST九发 只欠), two characters
    // at least and four at most.
    const prefix = /^\*?S?\*?ST/.exec(match[0])![0].length;
    const after = offset + match.index + prefix;
    let end = after;
    for (const token of tokens) {
      if (token.textStart < end || token.textStart > end) continue;
      if (token.textEnd - after > 4 || !/^[\u3400-\u9fff]+$/.test(token.word)) break;
      end = token.textEnd;
      if (end - after >= 2) break;
    }
    if (end - after < 2 || end - after > match[0].length - prefix) end = after + 2;
    const name = text.slice(match.index, end - offset);
    out.push({ textStart: offset + match.index, textEnd: end, name, type: 'Organization', ruleId: 'entity/org-stock-code', priority: 5 });
  }
  // 环球资源旗下《国际电子商情》、《电子系统设计》: titles in book marks after 旗下 are the group's media.
  if (text.includes('旗下')) for (const list of text.matchAll(OWNED_TITLES)) {
    for (const title of list[1]!.matchAll(/《([^《》]{2,16})》/g)) {
      const at = list.index + list[0].indexOf(list[1]!) + title.index + 1;
      out.push({ textStart: offset + at, textEnd: offset + at + title[1]!.length, name: title[1]!, type: 'Organization', ruleId: 'entity/org-title-marks', priority: 5 });
    }
  }
  // 合资公司——长智光电: a venture named after a dash or colon, up to the end of the clause.
  const venture = text.includes('合资');
  if (venture) for (const match of text.matchAll(JV_APPOSITION)) {
    const name = match[1]!;
    if (lexicon.stopNames.has(name) || NOT_A_NAME.test(name)) continue;
    const at = match.index + match[0].lastIndexOf(name);
    out.push({ textStart: offset + at, textEnd: offset + at + name.length, name, type: 'Organization', ruleId: 'entity/org-after-jv', priority: 1 });
  }
  if (text.includes('设立') || text.includes('成立') || text.includes('组建')) for (const match of text.matchAll(FOUNDED_NAMED)) {
    const name = match[1]!;
    const at = offset + match.index + match[0].length - name.length;
    const brand = candidatesSoFar.find((c) => c.type === 'Organization' && c.textStart === at && c.textEnd < at + name.length);
    const rest = brand && name.slice(brand.textEnd - at);
    const brandAndPlace = rest && (lexicon.places.has(rest) || COMPASS_WORDS.has(rest) || tokens.some((t) => t.textStart === brand.textEnd && t.textEnd === at + name.length && t.tag === 'ns'));
    if (!brandAndPlace && !coreAndIndustry(name) && !piecesOfPartners(name, candidatesSoFar.filter((c) => c.type === 'Organization' && c.textEnd <= offset + match.index))) continue;
    out.push({ textStart: at, textEnd: at + name.length, name, type: 'Organization', ruleId: 'entity/org-after-jv', priority: 1 });
  }
  if (venture || text.includes('公司')) for (const match of text.matchAll(AFTER_JV)) {
    const name = match[1]!;
    if (lexicon.stopNames.has(name)) continue;
    const at = match.index + match[0].lastIndexOf(name);
    out.push({ textStart: offset + at, textEnd: offset + at + name.length, name, type: 'Organization', ruleId: 'entity/org-after-jv', priority: 1 });
  }
  return out;
}

/** Tags of one-character tokens that do not end a name: prepositions, adverbs, particles, verbs. */
const FUNCTION_TAGS = new Set(['p', 'c', 'd', 'v', 'uj', 'ul', 'uz', 'ug', 'uv', 'r', 'u', 'f', 'm', 'q', 'y', 'zg', 'x', 'vn', 'vd']);
/** Verbs of taking or leaving a post, right after a person's name. */
/** Verbs whose object is a person given or relieved of a post: 任命X为…, 免去X…职务. */
const APPOINT_VERBS: ReadonlySet<string> = new Set(['免去', '任命', '聘任', '聘请', '委任', '免除']);
const SERVE_AFTER_NAME = /^(?:于[^，。,；]{0,14}?)?(?:曾|已|将|正式|还|也|宣布)*(?:担任|出任|曾任|兼任|辞去|卸任|当选|调任|就任|升任|接任)/;
const NAME_AFTER_TITLE = /^([\u3400-\u9fff]{2,3})/;
/** Words only people take right after their name: 雷军个人的, 周星驰掌控的, 王先生. */
const PERSON_AFTER = /^(?:个人的|本人|掌控的|控制的|实际控制的|先生|女士|夫妇|家族)/;
/** A verb of taking a post, after a personal name: 雷军同时担任, 王传福兼任. */
const TAKES_POST = /^(?:同时|也|还|现|曾|将|已|目前|此前|正式|现已)?(?:担任|出任|兼任|升任|接任|就任)/;
/**
 * A person named as the controller or legal representative: 实际控制人为雷军, 实控人系刘永好, 实际控制人张春光、贾林共同
 * 持有…, each name of such a list; 实际控制人魏建军通过… (a personal name before how he holds it).
 */
const CONTROLLER_NAME = /(?<=(?:实际控制人|实控人|法定代表人|法人代表)(?:(?:均|仍|也)?(?:为|是|系))?(?:[\u3400-\u9fff]{2,3}、)*)(?![为是系均仍也])(?!方面|向其|及其|与其|对其|之一|本人)([\u3400-\u9fff]{2,3})(?=$|[，。；,、）)\s]|先生|女士|共同|分别|合计|夫妇|通过|直接|间接|持有|控制|旗下|名下)/g;
const SPEECH_VERBS = /^(?:表示|认为|指出|称|说|介绍|透露|强调|坦言|提到|明确提到|曾指出|回应|告诉)/;
/** A person opening a clause who is or becomes a company's controller: 陈建成将成为墨麟股份的实际控制人. */
const BECOMES_CONTROLLER = /(?<=^|[，,。；：:“"])([\u3400-\u9fff]{2,3}?)(?=(?:将|也将|已|则|仍|即|因此|从而)?(?:成为|是|为)[^，,。；！？]{0,60}?(?:实际控制人|实控人))/g;

let titleEndSet: CodeSet | undefined;
/** The last characters (UTF-16 units) of the titles: a word ending otherwise is no title and holds none at its end. */
function titleEnds(): CodeSet {
  titleEndSet ??= new CodeSet(loadLexicon().titles.map((t) => t.charCodeAt(t.length - 1)));
  return titleEndSet;
}

let surnameCodes: CodeSet | undefined;

function isPersonName(word: string): boolean {
  const lexicon = loadLexicon();
  if (word.length < 2 || word.length > 4) return false;
  // One-character surnames by code: word[0] would make a new string of each Chinese character asked about.
  surnameCodes ??= new CodeSet([...lexicon.surnames].filter((s) => s.length === 1).map((s) => s.charCodeAt(0)));
  if (!surnameCodes.has(word.charCodeAt(0)) && !lexicon.surnames.has(word.slice(0, 2))) return false;
  // Four characters make a name after a surname of two (欧阳建国), hardly after one of one (华东科技, 三鹿集团).
  if (word.length === 4 && !lexicon.surnames.has(word.slice(0, 2))) return false;
  return !lexicon.stopNames.has(word) && !lexicon.places.has(word) && !lexicon.titleSet.has(word);
}

/** Whether a token in `from`..`to` (exclusive, clipped to the sentence) has the kind bit `kind`. */
function hasKind(kinds: TokenKinds, kind: number, from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, kinds.length); k++) if (kinds[k]! & kind) return true;
  return false;
}

/** The dots that join the parts of a transliterated name. */
const NAME_DOTS: ReadonlySet<string> = new Set(['·', '.', '•', '．', '・']);

/**
 * A transliterated foreign name starting at token `i` (首席执行官法兰克.纽曼, 首席投资官约翰·皮尔斯): two or three
 * words of Chinese characters, each as the segmenter cut it, joined by dots with nothing between.
 */
function foreignName(tokens: readonly Token[], i: number): string | undefined {
  let name = '';
  let parts = 0;
  for (let k = i; k < tokens.length && parts < 3; k += 2) {
    const part = tokens[k]!;
    if (!/^[\u4e00-\u9fff]{1,5}$/.test(part.word) || (k > i && part.textStart !== tokens[k - 1]!.textEnd)) break;
    name += part.word;
    parts++;
    const dot = tokens[k + 1];
    if (!dot || !NAME_DOTS.has(dot.word) || dot.textStart !== part.textEnd) break;
    name += dot.word;
  }
  return parts >= 2 && !NAME_DOTS.has(name.at(-1)!) ? name : undefined;
}

/**
 * A person named at `start`. A function of its own, not a closure made per sentence: tsx keeps function names,
 * which costs a property definition per closure made.
 */
function personCandidate(start: number, name: string, ruleId: string): Candidate {
  return { textStart: start, textEnd: start + name.length, name, type: 'Person', ruleId, priority: 3 };
}

/** Words that end a unit inside a company, not a company: 并购部, 大中华区, 移动事业群. */
const DEPARTMENT_END = /[部区群处科室组局厅会团队]$|(?:中心|分公司|分行|支行|办公室|董事会|监事会)$/;
/** Words before a title that say whose post only with a name before them: 公司董事长, 集团总裁, 其嫡系副总裁. */
const NOT_AN_EMPLOYER = /^(?:公司|集团|本公司|该公司|该集团|该行|本行|双方|上市公司|母公司|子公司|企业|嫡系|高层|管理层|团队|代表|兼|普通|一名|另一名|这位|该名)$/;
/**
 * Words that stand between an employer and a title as part of the post: its rank (原, 副, 首席, 高级), its field
 * (苏赛特商业数据公共关系总监, 中海人事经理, 百威英博中国企业事务总监).
 */
const POST_WORDS: ReadonlySet<string> = new Set([
  '党委', '党组', '纪委', '原', '前', '现', '新任', '前任', '现任', '时任', '首任', '常务', '执行', '联席', '名誉', '荣誉', '副', '总', '首席', '独立', '非执行', '高级', '资深',
  ...POST_FIELDS,
]);
/** Titles of those who study a field: the common noun before them is the field (国海证券电力研究员, 卓创资讯生猪市场分析师). */
const ANALYST_TITLES: ReadonlySet<string> = new Set(['分析师', '研究员', '首席分析师', '高级研究员', '高级分析师', '首席经济学家', '经济学家']);

/**
 * The employer named right before a title whose holder follows (白云山董事长谢彬, 俏江南董事长张兰): a run of
 * up to four name tokens glued to the title, or before 的 and the title (新希望的创始人刘永好), when nothing in
 * it is a verb, a unit of a company or a word that qualifies the post, and it is more than an industry word.
 */
function orgBeforeTitle(out: Candidate[], text: string, tokens: readonly Token[], offset: number, kinds: TokenKinds, title: number): void {
  if (!(kinds[title]! & TITLE)) return;
  const glued = (k: number): boolean => tokens[k]!.textEnd === tokens[k + 1]!.textStart;
  let end = title;
  if (tokens[end - 1]?.word === '的' && glued(end - 1)) end--;
  else {
    // One common noun before an analyst's title is the field studied.
    let field = ANALYST_TITLES.has(tokens[title]!.word) ? 1 : 0;
    while (end > title - 3 && end > 0 && glued(end - 1)) {
      const token = tokens[end - 1]!;
      if (POST_WORDS.has(token.word)) end--;
      else if (field > 0 && token.tag === 'n' && !(kinds[end - 1]! & (INDUSTRY | VEHICLE))) {
        field--;
        end--;
      } else break;
    }
  }
  let from = end;
  while (from > 0 && end - from < 4) {
    const token = tokens[from - 1]!;
    if (!glued(from - 1) || !isNamePiece(tokens, from - 1) || /^v/.test(token.tag) || NOT_AN_EMPLOYER.test(token.word) || POST_WORDS.has(token.word) || (kinds[from - 1]! & TITLE) !== 0) break;
    from--;
  }
  if (from === end) return;
  const start = tokens[from]!.textStart;
  const stop = tokens[end - 1]!.textEnd;
  const name = text.slice(start - offset, stop - offset);
  if (name.length < 2 || name.length > 10 || DEPARTMENT_END.test(name) || NOT_A_NAME.test(name) || name.endsWith('兼')) return;
  const lexicon = loadLexicon();
  if (lexicon.stopNames.has(name) || lexicon.places.has(name)) return;
  // 软件, 电器, 仓储物流: industry words alone are a piece of a name the segmenter cut, or a field, not a name.
  let industryOnly = true;
  for (let k = from; k < end; k++) if (!(kinds[k]! & (INDUSTRY | VEHICLE))) industryOnly = false;
  if (industryOnly) return;
  // 记者吕静莲实习生段惠婧: a personal name after another title is that title's holder.
  if (end - from === 1 && from > 0 && (kinds[from - 1]! & TITLE) !== 0 && isPersonName(name)) return;
  // Before 的, only a word the segmenter does not know or takes for a proper name: 公司的董事长 is no employer.
  if (end < title && !tokens.slice(from, end).some((t) => PROPER_TAGS.has(t.tag))) return;
  out.push({ textStart: start, textEnd: stop, name, type: 'Organization', ruleId: 'entity/org-before-title', priority: 0 });
}

/** Whether the clause that holds token `at` opens with 作为 (as): 作为X的总经理, 作为股东之一. */
function opensWithAs(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const word = tokens[k]!.word;
    if (word === '作为') return true;
    if (CLAUSE_BREAK.test(word)) return false;
  }
  return false;
}

/** People named right after a title (CEO陈盛旺, 董事新增李肖爽、孟祥峰) or right before a speech verb. */
function people(text: string, tokens: readonly Token[], offset: number, kinds: TokenKinds): Candidate[] {
  const lexicon = loadLexicon();
  const out: Candidate[] = [];
  // 雷军个人的, 周星驰掌控的: a personal name before words only people take.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    if (!((kinds[i]! & PERSON_TAG) || token.tag === 'x') || token.word.length < 2 || !isPersonName(token.word)) continue;
    const after = text.slice(token.textEnd - offset);
    // 雷军/x 同时担任…董事长: a name the tagger does not know, before a verb of taking a post.
    if ((kinds[i]! & PERSON_TAG && PERSON_AFTER.test(after)) || TAKES_POST.test(after)) out.push(personCandidate(token.textStart, token.word, 'entity/person-context'));
  }
  // 实际控制人为雷军: a controller or legal representative named after the word for it.
  const namesController = text.includes('控制人') || text.includes('实控人') || text.includes('法定代表人') || text.includes('法人代表');
  if (namesController) for (const match of text.matchAll(CONTROLLER_NAME)) {
    const name = match[1]!.length === 3 && !isPersonName(match[1]!) ? match[1]!.slice(0, 2) : match[1]!;
    if (isPersonName(name)) out.push(personCandidate(match.index + offset, name, 'entity/person-controller'));
  }
  // 陈建成将成为…实际控制人: the tagger often cuts such a name (陈/nr 建成/v), but it starts with a surname token.
  if (namesController) for (const match of text.matchAll(BECOMES_CONTROLLER)) {
    const name = match[1]!;
    const start = match.index + offset;
    const first = tokens.find((t) => t.textStart === start);
    if (first && first.tag.startsWith('nr') && first.word.length <= name.length && isPersonName(name)) out.push(personCandidate(start, name, 'entity/person-controller'));
  }
  const ends = titleEnds();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A title, or a word ending in one with at most two characters before it (集团董事长): set lookups per token.
    const word = token.word;
    const isTitle = ends.has(word.charCodeAt(word.length - 1)) && ((kinds[i]! & TITLE) !== 0 || (word.length > 1 && lexicon.titleSet.has(word.slice(1))) || (word.length > 2 && lexicon.titleSet.has(word.slice(2))));
    if (isTitle) {
      let j = i + 1;
      // 董事新增李肖爽、孟祥峰: a change verb may sit between the title and the names.
      if (tokens[j] && /^(?:新增|变更为|为|是|由|兼)$/.test(tokens[j]!.word) && tokens[j]!.word !== '兼') j++;
      // 作为…上海东汐的总经理,陈仲华坦陈: a clause opened by 作为 names a post, and the person after its comma holds it.
      else if (tokens[j] && /^[,，]$/.test(tokens[j]!.word) && opensWithAs(tokens, i)) j++;
      const first = j;
      while (j < tokens.length) {
        const next = tokens[j]!;
        const candidate = foreignName(tokens, j) ?? nameAt(text, next, offset, tokens[j + 1]);
        if (!candidate) break;
        if (j === first) orgBeforeTitle(out, text, tokens, offset, kinds, i);
        out.push(personCandidate(next.textStart, candidate, 'entity/person-title'));
        if (tokens[j + 1]?.word === '、' || tokens[j + 1]?.word === '和') j += 2;
        else break;
      }
    }
    // 免去刑良忠大连港集团董事长职务: the one appointed or removed, named right after the verb and before a post
    // (the text's surname may be a misprint, so none is asked for).
    if (APPOINT_VERBS.has(token.word)) {
      const name = tokens[i + 1];
      if (name && name.textStart === token.textEnd && /^[\u4e00-\u9fff]{2,3}$/.test(name.word) && (name.tag === 'x' || name.tag.startsWith('nr')) && hasKind(kinds, TITLE, i + 2, i + 6)) {
        out.push(personCandidate(name.textStart, name.word, 'entity/person-appointed'));
      }
    }
    // 傅育宁曾担任, 王宜林调任: a name before a verb of taking or leaving a post.
    if ((kinds[i]! & NAME_BEFORE_POST_TAG) !== 0 && token.word.length >= 2 && token.word.length <= 3 && isPersonName(token.word) && SERVE_AFTER_NAME.test(text.slice(token.textEnd - offset))) {
      out.push(personCandidate(token.textStart, token.word, 'entity/person-speech'));
    }
    const rest = tokens[i + 1];
    // 王/宜林 调任: the tagger split the surname from the given name.
    if (token.word.length === 1 && token.tag.startsWith('nr') && rest && rest.textStart === token.textEnd && rest.word.length <= 2 && isPersonName(token.word + rest.word) && SERVE_AFTER_NAME.test(text.slice(rest.textEnd - offset))) {
      out.push(personCandidate(token.textStart, token.word + rest.word, 'entity/person-speech'));
    }
    const nextToken = tokens[i + 1];
    if (nextToken && (token.tag === 'nr' || token.tag === 'x' || token.tag === 'nrfg') && isPersonName(token.word) && SPEECH_VERBS.test(text.slice(nextToken.textStart - offset))) {
      out.push(personCandidate(token.textStart, token.word, 'entity/person-speech'));
    }
  }
  return out;
}

/** A person's name starting at `token`: the token itself when it is a whole name, else two or three characters. */
function nameAt(text: string, token: Token, offset: number, following: Token | undefined): string | undefined {
  if (isPersonName(token.word) && ['nr', 'x', 'nrfg', 'nrt', 'n', 'nz'].includes(token.tag)) {
    // 吕友/清, 李明/碧: the tagger cut the last character of a three-character name off.
    if (token.word.length === 2 && following && following.textStart === token.textEnd && following.word.length === 1 && isCjk(following.word) && !FUNCTION_TAGS.has(following.tag) && isPersonName(token.word + following.word)) {
      return token.word + following.word;
    }
    return token.word;
  }
  if (token.word.length === 1 && following && following.textStart === token.textEnd && following.word.length <= 2) {
    const two = token.word + following.word;
    const rest = text.slice(following.textEnd - offset);
    // 孟/祥/峰: single-character tokens of one name.
    const third = following.word.length === 1 && /^[\u3400-\u9fff](?=$|[、，。,；和与及])/.exec(rest)?.[0];
    if (third && isPersonName(two + third)) return two + third;
    if (isPersonName(two)) return two;
  }
  const match = NAME_AFTER_TITLE.exec(text.slice(token.textStart - offset));
  if (match && token.tag === 'x' && isPersonName(match[1]!)) return match[1];
  return undefined;
}

/**
 * A name in Latin script: Kabam, Souq.com, Bridas Energy Holdings, A-B, 7-Eleven (FinRE's <N>-Eleven), with a part in
 * brackets before a further word (Foxconn (Far East) Limited), and a legal form's abbreviation with its full stop
 * and after a comma (SZ DJI Technology Co., Ltd., ABC Capital, Inc.). Not a product code (SU7, ES6) nor a share class.
 */
const LATIN_NAME = /(?<![A-Za-z0-9.&\-])(?:(?:\d+|<N>)-)?[A-Z][A-Za-z0-9&.\-]*[A-Za-z0-9](?:\s(?:[A-Z][A-Za-z0-9&.\-]*[A-Za-z0-9]|\([A-Z][A-Za-z0-9&.\- ]*[A-Za-z0-9]\)(?=\s[A-Z])))*(?:(?<=\s(?:Co|Corp|Inc|Ltd|Pte|Bhd))\.)?(?:,\s?(?:Ltd|Inc|LLC|LP|L\.P|Limited|Corp|PLC|S\.A|N\.V|GmbH|AG)\b\.?)?(?![A-Za-z0-9])(?![股轮类级])/g;

/** The first two characters of every LATIN_NAME match. */
const LATIN_START = /[A-Z][A-Za-z0-9&.\-]/;

/** Companies named in Latin script, where Chinese news keeps a foreign company's own name. */
function latinNames(text: string, offset: number): Candidate[] {
  const lexicon = loadLexicon();
  const out: Candidate[] = [];
  // Every match starts with a capital and a second Latin letter, digit or mark, which most sentences lack (<N> has none).
  if (!LATIN_START.test(text)) return out;
  for (const match of text.matchAll(LATIN_NAME)) {
    const name = match[0];
    if (lexicon.stopNames.has(name) || /^[A-Z]{1,3}\d+[A-Z]?$/.test(name) || /^N$/.test(name) || !/[A-Za-z]{2}/.test(name)) continue;
    // A number before a hyphen starts a name in mixed case (7-Eleven), a chemical or a product code in capitals (7-ACA).
    if (/^[\d<]/.test(name) && !/[a-z]/.test(name)) continue;
    // <N> is FinRE's mask for a number, not a name.
    if (text[match.index - 1] === '<' && name.startsWith('N')) continue;
    // Pre-A轮, Pre-IPO轮: the part of a round's name the pattern left when it backed off before the round.
    if (/^[-+][A-Za-z0-9+\-]*[股轮类级]/.test(text.slice(match.index + name.length))) continue;
    out.push({ textStart: offset + match.index, textEnd: offset + match.index + name.length, name, type: 'Organization', ruleId: 'entity/org-latin', priority: 0 });
  }
  return out;
}

/** Places from the gazetteer, as whole tokens. */
function places(tokens: readonly Token[], kinds: TokenKinds): Candidate[] {
  const out: Candidate[] = [];
  tokens.forEach((token, i) => {
    if (kinds[i]! & PLACE) out.push({ textStart: token.textStart, textEnd: token.textEnd, name: token.word, type: 'Place', ruleId: 'entity/place-gazetteer', priority: 1 });
  });
  return out;
}

/**
 * What a sentence's tokens are to the rules, one bit per word list or tag set. The tokens are classified once,
 * with one look-up of the word and one of the tag, where each rule asked its own sets about every token (some
 * twenty set look-ups a token).
 */
type TokenKinds = Uint16Array;
const PLACE = 1 << 0;
const INDUSTRY = 1 << 1;
const VEHICLE = 1 << 2;
const TITLE = 1 << 3;
const ACTOR_ANCHOR = 1 << 4;
const TARGET_ANCHOR = 1 << 5;
const KNOWN_ORGANIZATION = 1 << 6;
const LIST_JOINER = 1 << 7;
const ACTED_ON_VERB = 1 << 8;
/** The words clauseTopicNames starts from (由, 获得, 的…). */
const TOPIC_MARKER = 1 << 9;
/**
 * Tags: those the segmenter gives personal names and unknown words, which many names are (nr, nrfg, nrt, x), and
 * those of a name before a verb of taking a post (nr, nrfg, x). Read by `tagKind`.
 */
const PERSON_TAG = 1 << 10;
const NAME_BEFORE_POST_TAG = 1 << 11;
/** The verbs investedAtEndNames starts from (投资, 入股, 收购…). */
const INVEST_VERB = 1 << 12;

let wordKinds: ReadonlyMap<string, number> | undefined;

/**
 * PERSON_TAG for nr, nrfg, nrt and x, NAME_BEFORE_POST_TAG for nr, nrfg and x: by comparing
 * characters, where a look-up in a map had to hash each tag, a new string from the segmenter every time.
 */
function tagKind(tag: string): number {
  const first = tag.charCodeAt(0);
  if (first === 0x78) return tag.length === 1 ? PERSON_TAG | NAME_BEFORE_POST_TAG : 0; // x
  if (first !== 0x6e || tag.charCodeAt(1) !== 0x72) return 0; // not nr…
  if (tag.length === 2 || tag === 'nrfg') return PERSON_TAG | NAME_BEFORE_POST_TAG;
  return tag === 'nrt' ? PERSON_TAG : 0;
}

/**
 * One bit per slot of a cheap hash of a word (its first and last UTF-16 units and its length), set for the words
 * of `wordKinds`: 8 KB that stay in cache, where the map of some 6 700 words does not between two sentences
 * of the segmenter. Most tokens are in no list, and the bit says so without a look-up in the map.
 */
const wordFilter = new Int32Array(0x800);

function wordSlot(word: string): number {
  return (word.charCodeAt(0) * 31 + word.charCodeAt(word.length - 1) * 7 + word.length) & 0xffff;
}

function tokenKinds(tokens: readonly Token[]): TokenKinds {
  if (!wordKinds) {
    const lexicon = loadLexicon();
    const words = new Map<string, number>();
    const mark = (list: Iterable<string>, bit: number): void => {
      for (const word of list) words.set(word, (words.get(word) ?? 0) | bit);
    };
    mark(lexicon.places, PLACE);
    mark(INDUSTRY_SET, INDUSTRY);
    mark(VEHICLE_SET, VEHICLE);
    mark(lexicon.titleSet, TITLE);
    mark(ACTOR_ANCHORS, ACTOR_ANCHOR);
    mark(TARGET_ANCHORS, TARGET_ANCHOR);
    mark(lexicon.knownOrganizations, KNOWN_ORGANIZATION);
    mark(LIST_JOINERS, LIST_JOINER);
    mark(ACTED_ON_VERBS, ACTED_ON_VERB);
    mark(INVEST_VERBS, INVEST_VERB);
    mark(['由', '获得', '获', '宣布', '完成', '引入', '迎来', '的', '近日', '日前', '昨日', '今日', '已', '于', ...OWN_ORGANS, ...ANNOUNCEMENT_OPENERS], TOPIC_MARKER);
    for (const word of words.keys()) {
      const slot = wordSlot(word);
      wordFilter[slot >>> 5]! |= 1 << (slot & 31);
    }
    wordKinds = words;
  }
  const kinds = new Uint16Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const { word, tag } = tokens[i]!;
    const slot = wordSlot(word);
    const listed = (wordFilter[slot >>> 5]! & (1 << (slot & 31))) !== 0 ? (wordKinds.get(word) ?? 0) : 0;
    kinds[i] = listed | tagKind(tag);
  }
  return kinds;
}

/**
 * Finds entity candidates in one sentence. `text` is the sentence, `offset` its start in the working text.
 */
export function findCandidates(text: string, tokens: readonly Token[], offset: number): Candidate[] {
  const kinds = tokenKinds(tokens);
  const found = [
    ...lexiconNames(text, offset),
    ...shapeOrganizations(text, tokens, offset, kinds),
    ...regionNames(text, tokens, offset, kinds),
    ...regionIndustryNames(text, tokens, offset, kinds),
    ...(text.includes('投') ? regionInvestmentNames(text, tokens, offset, kinds) : []),
    ...(text.includes('基金') ? regionFundNames(text, tokens, offset, kinds) : []),
    ...taggedOrganizations(tokens, kinds),
    ...anchoredNames(text, tokens, offset, kinds),
    ...latinNames(text, offset),
  ];
  found.push(...patternNames(text, offset, found, tokens), ...people(text, tokens, offset, kinds), ...places(tokens, kinds));
  found.push(...unknownWordNames(tokens), ...clauseIndustryNames(text, tokens, offset, kinds), ...actedOnNames(text, tokens, offset, kinds), ...clauseTopicNames(text, tokens, offset, kinds), ...investedAtEndNames(text, tokens, offset, kinds));
  found.push(...targetNames(text, tokens, offset));
  if (/[持购让售股]/.test(text)) found.push(...heldNames(text, tokens, offset, found));
  if (text.includes('股东')) found.push(...shareholderNames(text, tokens, offset, found));
  found.push(...listedNames(text, tokens, offset, found, kinds));
  if (text.includes('领投') || text.includes('跟投') || text.includes('参投') || (text.includes('获') && text.includes('投资'))) found.push(...roundInvestorNames(text, tokens, offset, found));
  if (text.includes('包括') || text.includes('包含') || text.includes('涵盖')) found.push(...kindListNames(text, tokens, offset, found));
  if (text.includes('「') || text.includes('“') || text.includes('"') || text.includes('『')) found.push(...quotedNames(text, offset));
  if (text.includes('国有资产') || text.includes('国资委')) found.push(...authorityNames(text, offset));
  found.push(...afterKindNames(text, tokens, offset));
  const kinded = found.some(isKindShortName) ? withoutKindBeforeName(found) : found;
  const described = text.includes('巨') || text.includes('鳄') || text.includes('龙头') ? withoutDescriptors(text, offset, kinded) : kinded;
  const named = text.includes('家') ? withoutIndefinite(text, offset, described) : described;
  return named.some((c) => c.ruleId === 'entity/person-appointed') ? withoutAppointedGlued(named) : named;
}

/** What a company's deal is called after 的: its round, shares, stake, offering or shareholders. */
const DEAL_AFTER_OF = /^(?:[A-F]\+*轮|Pre|天使|种子|新一轮|首轮|战略|股权|股份|投资|融资|控股权|控制权|第.大股东|大股东|股东|收购|IPO|上市|增资|定增)/;
/** What may follow a name named after its kind: 的, a break, a joiner or a preposition. */
const AFTER_KIND_NAME_TAGS = /^(?:uj|x|c|p)$/;

/**
 * An unknown word right after a word for a kind of company, itself after the trade it is in (激光雷达/nz 公司/n
 * 图达通/x 的C轮融资, 电池/n 企业/n 卫蓝/x): the company the kind describes, whatever verb stands before.
 */
function afterKindNames(text: string, tokens: readonly Token[], offset: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 2; i < tokens.length; i++) {
    const kind = tokens[i - 1]!;
    // Most tokens follow no word for a kind of company: one set look-up rules them out.
    if (!KINDS_BEFORE_NAME.has(kind.word)) continue;
    const name = tokens[i]!;
    const trade = tokens[i - 2]!;
    if (name.tag !== 'x' && name.tag !== 'ng') {
      const pair = kindPairName(tokens, i);
      if (pair) out.push(pair);
      continue;
    }
    if (!/^[\u3400-\u9fff]{2,5}$/.test(name.word)) continue;
    // 远景投资公司新进<N>万股: a company's own name ends in its kind; what follows it is no other name.
    if (kind.textEnd !== name.textStart || trade.textEnd !== kind.textStart || !/^(?:n|nz|vn)$/.test(trade.tag) || !/^[\u3400-\u9fff]{2,}$/.test(trade.word) || BUSINESS_WORDS.has(trade.word)) continue;
    const next = tokens[i + 1];
    if (next && next.textStart === name.textEnd && !AFTER_KIND_NAME_TAGS.test(next.tag)) continue;
    if (next && next.tag === 'x' && /^[\u3400-\u9fff]/.test(next.word)) continue;
    // After 的, what is the company's: a round, a stake or an offering (图达通的C轮融资), not any noun (白酒企业限供的首例).
    if (next?.word === '的' && !DEAL_AFTER_OF.test(text.slice(next.textEnd - offset, next.textEnd - offset + 8))) continue;
    // 该公司股比: a share of a company, not a name (股比, 股权).
    if (/^股/.test(name.word) || NOT_NAME_START.test(name.word) || NOT_NAME_END.test(name.word) || NOT_A_NAME.test(name.word) || isPersonName(name.word) || loadLexicon().stopNames.has(name.word)) continue;
    out.push({ textStart: name.textStart, textEnd: name.textEnd, name: name.word, type: 'Organization', ruleId: 'entity/org-after-kind', priority: 1 });
  }
  return out;
}

/** Words of manner or voice before the verb of a deal (正式宣布, 成功完成, 官方宣布), which end no name. */
const MANNER_BEFORE_DEAL = /^(?:正式|成功|官方|联合|顺利|率先|首次|再次|近日|日前|今日|昨日|已经|宣布|官宣|完成|获得|再度|此前|如期|一举|最终)$/;
/** Words for a kind of company that a name may follow (激光雷达公司图达通, 具身智能公司银河通用). */
const KINDS_BEFORE_NAME: ReadonlySet<string> = new Set(['公司', '企业', '厂商', '平台']);
/** What a company named after its kind does first: it completes or receives a round, or announces. */
const DEAL_OPENING_VERBS = /^(?:完成|获得|获|宣布|拿到|再获|斩获|官宣)$/;
/** Tags of words no such name holds: prepositions, conjunctions, particles, pronouns, adverbs, numbers, times, places. */
const NOT_IN_PAIR_NAME = /^(?:p|c|u.*|r|d|m|q|t|f|ns|x|eng|uj|y)$/;
/** What a group of people is called, not a company (全体员工, 核心团队), nor the deal's own words (新一轮融资). */
const NOT_PAIR_NAME = /员工|股东|高管|团队|董事|管理层|用户|客户|人员|负责人|创始人|融资|投资|轮|股份|股权|业务|项目|产品/;

/**
 * Two words of a company's name that the segmenter knows apart (银河/n 通用/v), after a word for its kind and the
 * trade it is in, and before the verb of its deal (具身智能公司银河通用完成11亿元新一轮融资): one name, where each word
 * alone is a common word or another company's short name. Token i-1 is a word of `KINDS_BEFORE_NAME` (afterKindNames
 * asks first).
 */
function kindPairName(tokens: readonly Token[], i: number): Candidate | undefined {
  const kind = tokens[i - 1]!;
  const trade = tokens[i - 2]!;
  if (!/^(?:n|nz|vn)$/.test(trade.tag) || trade.textEnd !== kind.textStart || BUSINESS_WORDS.has(trade.word)) return undefined;
  const first = tokens[i]!;
  const second = tokens[i + 1];
  const verb = tokens[i + 2];
  if (!second || !verb || !DEAL_OPENING_VERBS.test(verb.word) || kind.textEnd !== first.textStart || first.textEnd !== second.textStart || second.textEnd !== verb.textStart) return undefined;
  const name = first.word + second.word;
  if (!/^[\u3400-\u9fff]{3,6}$/.test(name) || NOT_IN_PAIR_NAME.test(first.tag) || NOT_IN_PAIR_NAME.test(second.tag) || NOT_PAIR_NAME.test(name) || MANNER_BEFORE_DEAL.test(second.word)) return undefined;
  const lexicon = loadLexicon();
  // 商汤科技/nt 宣布 获得, 吉利汽车 成功 完成: a name the tagger or the lexicon knows is whole already.
  if (first.tag === 'nt' || lexicon.organizations.has(first.word)) return undefined;
  if (lexicon.titleSet.has(first.word) || lexicon.titleSet.has(second.word) || lexicon.stopNames.has(name) || DESCRIBING_NOUNS.has(second.word) || NOT_NAME_START.test(name) || NOT_A_NAME.test(name)) return undefined;
  return { textStart: first.textStart, textEnd: second.textEnd, name, type: 'Organization', ruleId: 'entity/org-after-kind', priority: 1 };
}

/** The body that holds a government's companies, after its region and government: 国有资产监督管理委员会. */
const STATE_ASSETS_BODY = /(?:人民政府)?(?:国有资产监督管理委员会|国有资产管理委员会|国资委)/g;

/**
 * A region's state-assets commission in full (深圳市人民政府国有资产监督管理委员会, 广东省深圳市国资委): the body and
 * the region right before it, one place name or two, with 人民政府 between maybe. The segmenter knows 深圳市人民政府
 * as a name, and the shape rules would stop there.
 */
function authorityNames(text: string, offset: number): Candidate[] {
  const places = loadLexicon().places;
  const out: Candidate[] = [];
  for (const match of text.matchAll(STATE_ASSETS_BODY)) {
    let start = match.index;
    for (let round = 0; round < 2; round++) {
      let found = 0;
      for (let length = Math.min(8, start); length >= 2; length--) {
        if (places.has(text.slice(start - length, start))) {
          found = length;
          break;
        }
      }
      if (!found) break;
      start -= found;
    }
    if (start === match.index) continue;
    const end = match.index + match[0].length;
    out.push({ textStart: offset + start, textEnd: offset + end, name: text.slice(start, end), type: 'Organization', ruleId: 'entity/org-authority', priority: 5 });
  }
  return out;
}

/**
 * A name in quotes (「星海图」, “星海图”), as financing news mark a young company's name: after a word for its kind
 * (具身智能公司「星海图」), or before its deal (「星海图」完成A轮融资). Not any quoted words: a term (“双碳”目标), a
 * rating (给予公司“推荐”评级), a deal's nickname (“平深恋”已经获得…首肯) or what a company does (物业服务有限公司“逼宫”)
 * is none, nor a brand (品牌“康王”).
 */
const QUOTED_NAME = new RegExp(
  `(?:(?<=(?:公司|企业|厂商|制造商|运营商|服务商|供应商|平台|机构|初创|独角兽|新势力|车企|创企|新锐|基金)\\s?)(?<kind>)|(?<=^|[，,。；：:、（(\\s]))[「“"『](?<name>[\\u3400-\\u9fffA-Za-z0-9·&]{2,12})[」”"』]`,
  'g',
);
/** What makes the kind before a quote no kind: a legal form (有限公司“逼宫”), the company itself (给予公司“推荐”). */
const NOT_KIND_BEFORE = /(?:有限公司|股份公司|总公司|[该本其给予向对]公司|[该本其]企业)\s?$/;
/** Words after a quote that make a term of it: “推荐”评级, “双碳”目标, 晨霖公司“不可降价”的做法. */
const TERM_AFTER = /^(?:评级|目标|战略|计划|项目|模式|概念|字样|称号|奖|系列|品牌|商标|产品|工程|行动|政策|理念|口号|案|事件|风波|之争|的(?:做法|说法|策略|方式|举措|行为|规定|原则|承诺|表态))/;
/** The deal a quoted name at a clause's start must go on to, in its clause: 「星海图」完成数亿元A轮融资. */
const QUOTED_DEAL_AFTER = /^(?:近日|日前|今日|正式|已经|已|再次|又)?(?:完成|宣布|获得|获|再获|领投|跟投|参投|入股|收购)[^，,。；！？]{0,16}?(?:融资|投资|轮|入股|收购|并购|领投|跟投)/;

function quotedNames(text: string, offset: number): Candidate[] {
  const lexicon = loadLexicon();
  const out: Candidate[] = [];
  for (const match of text.matchAll(QUOTED_NAME)) {
    const name = match.groups!.name!;
    // A quoted saying opens with a negation or a modal (“不可降价”), a name does not.
    if (lexicon.stopNames.has(name) || lexicon.places.has(name) || /^\d+$/.test(name) || /^[不非勿要应可将]/.test(name) || NOT_A_NAME.test(name)) continue;
    const after = text.slice(match.index + match[0].length);
    if (TERM_AFTER.test(after)) continue;
    // The word for its kind (the pattern's first branch, `kind`) is no kind after a legal form or as the company itself.
    const afterKind = match.groups?.kind !== undefined && !NOT_KIND_BEFORE.test(text.slice(Math.max(0, match.index - 6), match.index));
    if (!afterKind && !QUOTED_DEAL_AFTER.test(after)) continue;
    const at = match.index + 1;
    out.push({ textStart: offset + at, textEnd: offset + at + name.length, name, type: 'Organization', ruleId: 'entity/org-quoted', priority: 5 });
  }
  return out;
}

/**
 * 免去刑良忠大连港集团董事长职务: a name glued to the person appointed or removed (刑良忠大连港集团) is the person and
 * the company found right after, not one company.
 */
function withoutAppointedGlued(found: readonly Candidate[]): Candidate[] {
  const people = found.filter((c) => c.ruleId === 'entity/person-appointed');
  return found.filter(
    (c) => c.type !== 'Organization' || !people.some((p) => c.textStart === p.textStart && c.textEnd > p.textEnd && found.some((o) => o.type === 'Organization' && o.textStart === p.textEnd && o.textEnd === c.textEnd)),
  );
}

/** Words before a company that say it is one of a kind, not named (一家, 某家, 多家), or the one just described (这家). */
const INDEFINITE_BEFORE = /(?:一|某|多|几|两|数|三|一些|这|那|该)家$/;
/** The end of a name that describes a company rather than names it: 一家上海芯片公司, 一家欧洲电池回收企业. */
const DESCRIBED_END = /(?:公司|企业|厂商|工厂|机构|企)$/;

/**
 * 入股一家欧洲电池回收企业, 收购一家上海芯片公司: after 一家 a region and an industry describe a company the article
 * does not name. A name the shape rules found there is dropped when it is such a description (a region or industry
 * word and a generic end, or no end at all); a name the lexicon, quotes or a code found stays.
 */
function withoutIndefinite(text: string, offset: number, found: readonly Candidate[]): Candidate[] {
  return found.filter(
    (c) =>
      c.type !== 'Organization' ||
      !INDEFINITE_BEFORE.test(text.slice(Math.max(0, c.textStart - offset - 3), c.textStart - offset)) ||
      !(c.ruleId === 'entity/org-industry' || c.ruleId === 'entity/org-region-industry' || (c.ruleId === 'entity/org-suffix' && DESCRIBED_END.test(c.name))),
  );
}

/** A short word and 公司 or 企业, which may say what kind of company the name right after it is (碳化硅公司天科合达). */
const KIND_SHORT_NAME = /^[\u4e00-\u9fff]{2,4}(?:公司|企业)$/;

/** A name the legal-form rule found that may only say a company's kind (`KIND_SHORT_NAME`). */
function isKindShortName(c: Candidate): boolean {
  return c.ruleId === 'entity/org-suffix' && KIND_SHORT_NAME.test(c.name);
}

/**
 * 入股碳化硅公司天科合达: a short name of the legal-form rule (`isKindShortName`) right before a company another rule
 * found says what kind that company is, and is none itself.
 */
function withoutKindBeforeName(found: readonly Candidate[]): Candidate[] {
  const starts = new Set<number>();
  // Not before a word that joins or goes on (成运汽车公司和天德汽车, 淼阳公司系…), nor before its own branch (卓弘公司上海分公司).
  for (const c of found) if (c.type === 'Organization' && c.ruleId !== 'entity/org-suffix' && !/^[和与及跟同、系是为的在将已]/.test(c.name) && !/(?:分公司|分行|支行|办事处)$/.test(c.name)) starts.add(c.ruleId === 'entity/org-quoted' ? c.textStart - 1 : c.textStart);
  return found.filter((c) => !(isKindShortName(c) && starts.has(c.textEnd)));
}

/** Words that describe the company named right after them: 肉制品巨头, 餐饮巨鳄, 行业龙头. */
const DESCRIPTOR_WORDS = '(?:巨头|巨鳄|大鳄|龙头)';
const DESCRIPTOR_START = new RegExp(`^${DESCRIPTOR_WORDS}`);
const DESCRIPTOR_END = new RegExp(`${DESCRIPTOR_WORDS}$`);
const DESCRIPTOR_INSIDE = new RegExp(DESCRIPTOR_WORDS);

/**
 * 西班牙肉制品巨头Campofrio食品集团, 餐饮巨鳄净雅集团: what stands before such a word describes the company after
 * it. A name found there is dropped (西班牙肉制品), and a name that starts with the word loses it (巨鳄净雅集团).
 */
function withoutDescriptors(text: string, offset: number, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    if (c.type !== 'Organization' || c.ruleId === 'entity/lexicon') {
      out.push(c);
      continue;
    }
    if (DESCRIPTOR_START.test(text.slice(c.textEnd - offset)) || DESCRIPTOR_END.test(c.name)) continue;
    const inside = DESCRIPTOR_INSIDE.exec(c.name);
    if (inside && c.name.length - inside.index - inside[0].length >= 2) {
      const cut = inside.index + inside[0].length;
      out.push({ ...c, textStart: c.textStart + cut, name: c.name.slice(cut) });
    } else out.push(c);
  }
  return out;
}

/** Words that join the members of a list of names. */
const LIST_JOINERS: ReadonlySet<string> = new Set(['、', '和', '及', '与', '以及']);
/** What may follow the last member of a list: a break, 等 (等机构), a bracket, the end of the sentence, a count of the parties (三方, 三家). */
const LIST_ENDS = /^(?:$|[，,。；;：:！？!?）)”"」]|等|[两双三四五六七八九十几数多各\d]+[方家])/;

/**
 * Companies named in a list beside one already found, when nothing else marks them: 达晨创投、中兴合创及金禾丰等.
 * A member is a run of name-like tokens (one proper or unknown word at least) between two joiners, or
 * between a joiner and the list's end; a run that goes on into a verb (与中兴合作) is no member.
 */
function listedNames(text: string, tokens: readonly Token[], offset: number, found: readonly Candidate[], kinds: TokenKinds): Candidate[] {
  const out: Candidate[] = [];
  // Where joiners start and end: a seed that touches none starts no list, and a sentence without one has no list.
  const joinerStarts = new Set<number>();
  const joinerEnds = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!(kinds[i]! & LIST_JOINER)) continue;
    const t = tokens[i]!;
    joinerStarts.add(t.textStart);
    joinerEnds.add(t.textEnd);
  }
  if (joinerStarts.size === 0) return out;
  /** The candidates so far, those given and those found here. */
  const all: Candidate[] = [...found];
  for (let changed = true; changed; ) {
    changed = false;
    // Members found in this pass are seeds of the next.
    for (const seed of all.slice()) {
      if (seed.type !== 'Organization' || (!joinerStarts.has(seed.textEnd) && !joinerEnds.has(seed.textStart))) continue;
      // Rightwards: seed、member、member及member.
      const right = tokenAt(tokens, seed.textEnd, 'start');
      if (right !== undefined && LIST_JOINERS.has(tokens[right]!.word)) {
        const member = listMemberFrom(text, tokens, offset, right + 1);
        if (member && addListMember(text, tokens, offset, all, out, right + 1, member.to, member.end)) changed = true;
      }
      // Leftwards: member、seed, when the member opens the list or follows another joiner.
      const left = tokenAt(tokens, seed.textStart, 'end');
      if (left !== undefined && left > 0 && LIST_JOINERS.has(tokens[left]!.word) && tokens[left]!.word === '、') {
        let from = left;
        while (from > 0 && isNamePiece(tokens, from - 1) && tokens[from - 1]!.textEnd === tokens[from]!.textStart && left - from < 4) from--;
        if (from < left && listMemberFrom(text, tokens, offset, from)?.to === left) {
          const start = tokens[from]!.textStart;
          const end = tokens[left - 1]!.textEnd;
          const isOrg = all.some((c) => c.type === 'Organization' && c.textStart === start && c.textEnd === end);
          if (!isOrg && addListMember(text, tokens, offset, all, out, from, left, end)) changed = true;
        }
      }
    }
  }
  return out;
}

/** What may stand between a round's investors and their verb: 等, 等机构, 等多家机构, 三方, 联合, 共同, and when (此前, 已, 再次). */
const ROUND_LIST_TAIL = /^(?:等|机构|投资机构|知名机构|投资方|股东|老股东|多家|数家|共同|联合|继续|持续|追加|加码|超额|战略|独家|的|[\d一二三四五六七八九十两几数多]+家|[两双三四五六七八九十多]方|此前|之前|先前|早前|日前|近日|近期|今年|去年|前年|曾|曾经|已|已经|再次|再度|也|亦|还|又|均|分别|先后|相继)$/;
/** The kind of the parties counted after a list of investors (三家车企, 等机构): 车企, 企业, 机构, 银行… */
const COUNTED_KIND = /^(?:车企|企业|公司|机构|投资机构|车厂|厂商|巨头|银行|基金|券商|险企|央企|国企|股东|投资方|资本)$/;
/** Where a list of a round's investors opens: after a clause break, 由, 包括, a colon. */
const ROUND_LIST_OPENERS: ReadonlySet<string> = new Set(['由', '包括', '为', '：', ':', '，', ',', '；', '。', '（', '(']);
/** Words no investor's name holds: amounts (数亿元, 数千万美元), a round's words, the parties' roles. */
const ROUND_NOT_IN_NAME = /^(?:(?:数|近|超|逾|约|几)?[\d.十百千万亿两一二三四五六七八九]*[万亿](?:元|美元|港元|欧元|日元)?|N|[亿万千百](?:元|美元|港元|欧元|日元)|美元|港元|欧元|日元|融资|本轮|此轮|轮|投资|投资方|出资|获得|完成|宣布|其中|此次|本次|新一轮|天使轮)$/;
/** Tags of tokens no investor's name holds: prepositions, conjunctions, particles, pronouns, adverbs, modal words. */
const NOT_IN_INVESTOR = /^(?:p|c|u.*|r|d|y|f|q)$/;

/**
 * The members of a list of a round's investors that no other rule found, where the verb of the round closes the
 * list (由国投创业领投, 中金资本、招银国际、元禾璞华等机构跟投): between the opener and the verb stand only names and
 * joiners, so every run between joiners is an investor, however the segmenter cut it (招/v 银/ng 国际/n, 元/m 禾/n
 * 璞/nr 华/ns). So for a received investment, between the word of receiving and 投资 (获得源码资本投资). A list with
 * any word no name holds (a pronoun, an adverb, a particle) is left alone.
 */
function roundInvestorNames(text: string, tokens: readonly Token[], offset: number, found: readonly Candidate[]): Candidate[] {
  const lexicon = loadLexicon();
  const out: Candidate[] = [];
  /** Whether tokens `from`..`to` lie within one organisation found before. */
  const covered = (from: number, to: number): boolean =>
    found.some((c) => c.type === 'Organization' && c.textStart <= tokens[from]!.textStart && c.textEnd >= tokens[to - 1]!.textEnd);
  for (let verb = 1; verb < tokens.length; verb++) {
    // 获得源码/n 资本/n 投资: a received investment closes a list opened by the word of receiving.
    // Not 投资机构, 投资方: the word must end the clause (获得…投资机构CYVN Holdings…).
    const received = /^(?:投资|战略投资|注资)$/.test(tokens[verb]!.word) && !isCjk(tokens[verb + 1]?.word[0]);
    if (!received && !/^(?:领投|跟投|参投)$/.test(tokens[verb]!.word)) continue;
    let last = verb - 1;
    for (;;) {
      if (last >= 0 && ROUND_LIST_TAIL.test(tokens[last]!.word)) last--;
      // 长安汽车三家/m 车企/x 联合领投: a count of the parties and their kind, after the last of them.
      else if (last > 0 && COUNTED_KIND.test(tokens[last]!.word) && /^(?:等|[\d一二三四五六七八九十两几数多]+家)$/.test(tokens[last - 1]!.word)) last -= 2;
      else break;
    }
    const members: [number, number][] = [];
    let runEnd = last + 1;
    let i = last;
    let clean = true;
    for (; i >= 0; i--) {
      const token = tokens[i]!;
      if (received ? RECEIVE_WORDS.has(token.word) : ROUND_LIST_OPENERS.has(token.word)) break;
      if (LIST_JOINERS.has(token.word)) {
        members.push([i + 1, runEnd]);
        runEnd = i;
        continue;
      }
      const inName = covered(i, i + 1);
      if (!inName && (NOT_IN_INVESTOR.test(token.tag) || !/^[\u3400-\u9fffA-Za-z·&]+$/.test(token.word) || ROUND_NOT_IN_NAME.test(token.word) || ACTOR_ANCHORS.has(token.word) || TARGET_ANCHORS.has(token.word))) {
        clean = false;
        break;
      }
    }
    members.push([i + 1, runEnd]);
    if (!clean || (received && i < 0)) continue;
    for (const [from, to] of members) {
      if (from >= to || covered(from, to) || found.some((c) => c.type === 'Person' && c.textStart < tokens[to - 1]!.textEnd && tokens[from]!.textStart < c.textEnd)) continue;
      const start = tokens[from]!.textStart;
      const end = tokens[to - 1]!.textEnd;
      const name = text.slice(start - offset, end - offset);
      // Not NOT_A_NAME: its 元 of amounts would leave out 元禾璞华; the words of amounts spoil the list above.
      if (name.length < 2 || name.length > 10 || lexicon.stopNames.has(name) || lexicon.places.has(name) || /(?:^其|股东|股份|股权)/.test(name)) continue;
      out.push({ textStart: start, textEnd: end, name, type: 'Organization', ruleId: 'entity/org-listed', priority: 0 });
    }
  }
  return out;
}

/** Nouns for companies of a kind, before a list of them (投资方包括A、B等, 上下游企业，包括A、B): the list names companies. */
const COMPANY_KIND_HEADS: ReadonlySet<string> = new Set(['企业', '公司', '投资方', '股东', '投资者', '投资机构', '机构', '厂商', '车企', '合作伙伴', '客户', '供应商', '新股东', '战略投资者']);
/** What a member of such a list never ends with: a kind of holder, fund or business, a branch. */
const KIND_LIST_GENERIC = /(?:分公司|子公司|业务|项目|产品|资金|机构|国资|政府|企业|持股|个人|员工)$/;
/** Words that open the list after such a noun. */
const LIST_OPENING_VERBS: ReadonlySet<string> = new Set(['包括', '包含', '涵盖']);
/** Tags no member of such a list holds: prepositions, conjunctions, particles, pronouns, modal words, measure words. */
const NOT_IN_MEMBER = /^(?:p|c|u.*|r|y|q|m)$/;

/**
 * The members of a list of companies a noun of their kind opens (宁德时代已累计投资超过20家上下游企业，包括天华超净、永/ns
 * 太/d 科技、志/n 存/v 锂/nz 业等): every run between joiners is a company, however the segmenter cut it, when the
 * whole list is clean (short runs of words only, closed by 等 or a break). A list with any run that is no name is
 * left alone.
 */
function kindListNames(text: string, tokens: readonly Token[], offset: number, found: readonly Candidate[]): Candidate[] {
  const lexicon = loadLexicon();
  const out: Candidate[] = [];
  for (let verb = 1; verb < tokens.length; verb++) {
    if (!LIST_OPENING_VERBS.has(tokens[verb]!.word)) continue;
    let head = verb - 1;
    if (tokens[head]!.word === '主要' || /^[，,]$/.test(tokens[head]!.word)) head--;
    if (head < 0 || !COMPANY_KIND_HEADS.has(tokens[head]!.word)) continue;
    let at = verb + 1;
    if (/^(?:了|：|:)$/.test(tokens[at]?.word ?? '')) at++;
    const runs: [number, number][] = [];
    let runStart = at;
    let clean = true;
    for (; at < tokens.length; at++) {
      const token = tokens[at]!;
      if (LIST_JOINERS.has(token.word)) {
        runs.push([runStart, at]);
        runStart = at + 1;
        continue;
      }
      if (token.word === '等' || /^[，,。；;）)]$/.test(token.word)) break;
      if (NOT_IN_MEMBER.test(token.tag) || !/^[\u3400-\u9fffA-Za-z0-9·&]+$/.test(token.word) || (at > runStart && token.textStart !== tokens[at - 1]!.textEnd)) {
        clean = false;
        break;
      }
    }
    runs.push([runStart, at]);
    if (!clean || runs.length < 2) continue;
    const members: Candidate[] = [];
    for (const [from, to] of runs) {
      if (from >= to) {
        clean = false;
        break;
      }
      const start = tokens[from]!.textStart;
      const end = tokens[to - 1]!.textEnd;
      if (found.some((c) => c.textStart <= start && end <= c.textEnd)) continue;
      const name = text.slice(start - offset, end - offset);
      // A kind of holder or business (保险资金, 外资机构, 员工持股, 正极) is no name: a member needs a word no dictionary
      // gives a common meaning (a proper or unknown word), or a word and a trade after it (长风/n 科技).
      const proper = tokens.slice(from, to).some((t) => PROPER_TAGS.has(t.tag) && !lexicon.places.has(t.word));
      const traded = to - from >= 2 && (INDUSTRY_SET.has(tokens[to - 1]!.word) || VEHICLE_SET.has(tokens[to - 1]!.word));
      if (!(proper || traded) || name.length < 2 || name.length > 8 || lexicon.stopNames.has(name) || lexicon.places.has(name) || NOT_A_NAME.test(name) || KIND_LIST_GENERIC.test(name) || found.some((c) => c.textStart < end && start < c.textEnd)) {
        clean = false;
        break;
      }
      members.push({ textStart: start, textEnd: end, name, type: 'Organization', ruleId: 'entity/org-kind-listed', priority: 0 });
    }
    if (clean) out.push(...members);
  }
  return out;
}

/**
 * The token of a sentence that starts (or ends) at `at`, by binary search: the tokens come in order, so their
 * starts and their ends both rise. A few seeds per sentence ask, where two maps of every token cost more.
 */
function tokenAt(tokens: readonly Token[], at: number, side: 'start' | 'end'): number | undefined {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const value = side === 'start' ? tokens[middle]!.textStart : tokens[middle]!.textEnd;
    if (value === at) return middle;
    if (value < at) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/**
 * The run of name pieces from token `from` up to the next joiner or list end, if it reads as a name; its end is
 * that joiner or list end, or a 等 glued to its last word (金禾/丰等).
 */
function listMemberFrom(text: string, tokens: readonly Token[], offset: number, from: number): { to: number; end: number } | undefined {
  let to = from;
  let chars = 0;
  while (to < tokens.length && isNamePiece(tokens, to) && (to === from || tokens[to]!.textStart === tokens[to - 1]!.textEnd)) {
    chars += tokens[to]!.word.length;
    to++;
    if (tokens[to - 1]!.tag === 'x' && tokens[to - 1]!.word.endsWith('等')) break;
  }
  const last = tokens[to - 1];
  const gluedEnd = to > from && last!.tag === 'x' && last!.word.length >= 2 && last!.word.endsWith('等');
  if (gluedEnd) chars--;
  if (to === from || chars < 2 || chars > 10 || !runIsName(tokens, from, to)) return undefined;
  if (gluedEnd) return { to, end: last!.textEnd - 1 };
  const next = tokens[to];
  const after = next ? text.slice(next.textStart - offset) : '';
  if (next && !LIST_JOINERS.has(next.word) && !LIST_ENDS.test(after)) return undefined;
  return { to, end: last!.textEnd };
}

/**
 * Adds tokens `from`..`to` (up to `end`) as a list member to `out` and `all`, unless they overlap a candidate or
 * read as no company. listedNames' helpers are functions of their own, not closures made per sentence: tsx keeps
 * function names, which costs a property definition (some 300 ns) per closure made.
 */
function addListMember(text: string, tokens: readonly Token[], offset: number, all: Candidate[], out: Candidate[], from: number, to: number, end: number): boolean {
  const lexicon = loadLexicon();
  const start = tokens[from]!.textStart;
  const name = text.slice(start - offset, end - offset);
  if (all.some((c) => c.textStart < end && start < c.textEnd) || lexicon.stopNames.has(name) || lexicon.places.has(name) || NOT_A_NAME.test(name)) return false;
  // 工商银行签订协议, 河北福喜厂长, 自然人陈义: a verb or a title ends no name, and a role word starts none.
  const last = tokens[to - 1]!;
  if ((/^v/.test(last.tag) && !INDUSTRY_SET.has(last.word) && !VEHICLE_SET.has(last.word)) || tokens.slice(from, to).some((t) => lexicon.titleSet.has(t.word) || /(?:厂长|长子|次子|董事长|总裁)$/.test(t.word))) return false;
  if (/^(?:自然人|为|重组方|借壳|两大|三大|零售巨头)/.test(name)) return false;
  // A lone personal name (小米和雷军) is a person, not a company.
  if (to - from === 1 && tokens[from]!.tag.startsWith('nr') && isPersonName(name)) return false;
  // 子公司有同/x 方知/n 网/n: a character no name opens with, glued on by the segmenter, is not the member's.
  const first = tokens[from]!;
  const skip = first.tag === 'x' ? Math.min(gluedChars(name), first.word.length - 1) : 0;
  const member: Candidate = { textStart: start + skip, textEnd: end, name: name.slice(skip), type: 'Organization', ruleId: 'entity/org-listed', priority: 0 };
  out.push(member);
  all.push(member);
  return true;
}

/** Words for a company's shares, which may follow its name (德银股票, 工行股份). */
const SHARE_WORDS: ReadonlySet<string> = new Set(['股票', '股份', '股权', 'A股', 'H股', 'B股']);
/**
 * Characters the segmenter glues before a name: adverbs, conjunctions and prepositions. Not those that open many
 * names (有赞, 万科, 如祺, 亿航, 若羽臣, 以萨, 因赛, 和辉, 继峰), nor pronouns.
 */
const GLUED_NAME_OPENING = /^[已将拟并再又也则就还均都仍给向对被由把曾系称据为是在于从及与或而但另]/;

/**
 * How many characters an unknown word opens with that the segmenter glued before a name (但瀚越, 有同, 拟与昊沛): one or
 * two, leaving two characters at least; 0 when there are none.
 */
function gluedChars(word: string): number {
  let skip = 0;
  while (skip < 2 && word.length - skip >= 3 && GLUED_NAME_OPENING.test(word.slice(skip))) skip++;
  return skip;
}

/** Characters an unknown word never starts a name with: adverbs (一跃, 一举 too), prepositions, pronouns, counters. */
const NOT_NAME_START = /^(?:[已将拟并再又也则就还均都仍给向对被由把曾其亿万系获称据以为是在于从所该此这那每各某凡及与和或而但如若因且等有本继占涨扩换转涉另]|一[跃举度直并同起再旦共])/;
/** Characters an unknown word never ends a name with: particles, prepositions, verbs and places (决赛上) the tagger glued on. */
const NOT_NAME_END = /[的了为在以是于将与和及或等所称也都就才又还仍已被把对向从由到给着过之其买卖入出任上]$/;
/** Tokens after which a clause opens: punctuation, prepositions that introduce a party, and 认缴 (认缴X新增注册资本). */
const PARTY_BEFORE = /^(?:[，,。；;：:、“”"「」（(）)—]|与|和|同|跟|向|对|由|被|将|把|从|据|及|以及|联合|联手|携手|认缴)$/;

/** Whether a word starting at `start` stands where a party does: first, apart from the token before, or after PARTY_BEFORE. */
function opensParty(before: Token | undefined, start: number): boolean {
  return !before || before.textEnd !== start || PARTY_BEFORE.test(before.word);
}

/** Whether two unknown words side by side are one name the segmenter cut in two (中创/信测). */
function isUnknownPair(token: Token, next: Token | undefined): boolean {
  // The lengths first: a third of all tokens are tagged x, most of them punctuation and the pieces of <N>.
  return token.tag === 'x' && next?.tag === 'x' && next.textStart === token.textEnd && token.word.length >= 2 && token.word.length <= 3 && next.word.length === 2 && /^[\u3400-\u9fff]{2,3}$/.test(token.word) && /^[\u3400-\u9fff]{2}$/.test(next.word);
}

/** The tokens with each such pair joined into one; the tokens themselves when there is none, as in most sentences. */
function joinUnknownPairs(segmented: readonly Token[]): readonly Token[] {
  let k = 0;
  while (k < segmented.length && !isUnknownPair(segmented[k]!, segmented[k + 1])) k++;
  if (k === segmented.length) return segmented;
  const tokens: Token[] = segmented.slice(0, k);
  for (; k < segmented.length; k++) {
    const token = segmented[k]!;
    const next = segmented[k + 1];
    if (isUnknownPair(token, next)) {
      tokens.push({ ...token, word: token.word + next!.word, textEnd: next!.textEnd });
      k++;
    } else tokens.push(token);
  }
  return tokens;
}

/** Quote marks, as the segmenter gives them. */
const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', '「', '」', '『', '』']);
/** Words for what a company makes or runs, after a product's name in quotes (“神行”电池, “天穹”系统). */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set(['电池', '芯片', '系列', '车型', '品牌', '平台', '系统', '技术', '产品', '计划', '项目', '模式', '战略', '工程', '大模型', '模型', '手机', '架构', '超充', '快充']);

/**
 * Words the segmenter does not know (tag x), two to four Chinese characters, where a party stands: opening a
 * clause or after 与/向/由…, and followed by a verb, adverb, preposition or punctuation, not by a noun that would
 * continue them. News names the companies it reports on so (力拓昨日表示, 曾与力拓就注资合作); a personal name
 * (陈发树) or a word that starts or ends with a function character (仍为, 拟取, 亿买) is not taken.
 */
function unknownWordNames(segmented: readonly Token[]): Candidate[] {
  const lexicon = loadLexicon();
  const out: Candidate[] = [];
  const tokens = joinUnknownPairs(segmented);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // Words that may be a name nobody listed: unknown (x), other proper noun (nz), abbreviation (j: 工行, 五矿).
    // Three comparisons, where a set look-up of the tag, fresh from the segmenter, probes a table.
    if (token.tag !== 'x' && token.tag !== 'nz' && token.tag !== 'j') continue;
    // No name of one character: a third of all tokens are tagged x, most of them punctuation and the pieces of <N>.
    if (token.word.length < 2) continue;
    let word = token.word;
    let start = token.textStart;
    let end = token.textEnd;
    let glued = false;
    // 对力拓, 由京基, 称宝能: a preposition or a verb of saying glued before the name; 中铝能, 英博以, 禾宇拟, 祝义材拟: a
    // function character glued after it (and what is left may be a person), but not the 能 of a kind of energy (天合光能).
    if (token.tag === 'x' && word.length >= 3 && /^[对由向与和被将把从称据]/.test(word)) {
      word = word.slice(1);
      start++;
      glued = true;
    } else if (token.tag === 'x' && word.length >= 3 && /[以在能自为将已也就对与和拟则称向因均仍曾又外]$/.test(word) && !ENERGY_NAME_END.test(word)) {
      word = word.slice(0, -1);
      end--;
      glued = true;
    }
    if (!/^[\u3400-\u9fff]{2,5}$/.test(word)) continue;
    if (NOT_NAME_START.test(word) || NOT_NAME_END.test(word) || lexicon.stopNames.has(word) || lexicon.places.has(word) || lexicon.titleSet.has(word)) continue;
    if (isPersonName(word) || NOT_A_NAME.test(word) || ACTOR_ANCHORS.has(word) || TARGET_ANCHORS.has(word)) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const opens = (glued && start > token.textStart) || opensParty(before, token.textStart);
    // A word for its shares after it (将德银股票增持至…) closes a name as a verb does.
    const closes = (glued && end < token.textEnd) || !after || after.textStart !== token.textEnd || SHARE_WORDS.has(after.word) || /^(?:v|vn|d|p|c|uj|ul|f|r|t|m|x)$/.test(after.tag) && !(after.tag === 'x' && /^[\u3400-\u9fff]/.test(after.word));
    if (!opens || !closes) continue;
    // 宁德时代的“神行”电池: a word in quotes after 的, or before a word for a product, is a product's name.
    if (before && QUOTES.has(before.word) && (tokens[i - 2]?.word === '的' || (after && QUOTES.has(after.word) && PRODUCT_NOUNS.has(tokens[i + 2]?.word ?? '')))) continue;
    out.push({ textStart: start, textEnd: end, name: word, type: 'Organization', ruleId: 'entity/org-unknown-word', priority: 0 });
  }
  return out;
}

/** Words that make a kind of business of an industry word, not a company: 传统制造, 相关产业, 国有投资. */
const MODIFIERS: ReadonlySet<string> = new Set(['传统', '相关', '整体', '国内', '国际', '全球', '新兴', '未来', '主要', '上游', '下游', '行业', '产业', '企业', '公司', '其他', '部分', '全部', '各类', '中小', '大型', '小型', '国有', '民营', '外资', '本土', '地方', '当地', '这些', '该类', '此类', '高端', '低端', '核心', '新型', '现代', '绿色', '智慧', '数字', '海外', '境外', '境内', '多家', '一家', '两家', '公司的', '股权', '风险', '战略', '财务', '实体', '产业链', '专业', '基础', '目前', '当前', '今年', '去年', '明年', '此前', '持续', '加工', '生产', '销售', '经营', '投资', '发展', '研发', '服务', '资本', '金融']);

/**
 * A two-character word and an industry or vehicle word that open a clause and are followed by a verb: a company
 * the news names by its short name (三友化工披露了…, 东方园林为…, 民生投资此番再次…), though the segmenter
 * tags its first word as a common one. Not a kind of business (传统制造将…), nor a region's sector.
 */
function clauseIndustryNames(text: string, tokens: readonly Token[], offset: number, kinds: TokenKinds): Candidate[] {
  const lexicon = loadLexicon();
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const core = tokens[i]!;
    const industry = tokens[i + 1]!;
    if (!(kinds[i + 1]! & (INDUSTRY | VEHICLE)) || industry.textStart !== core.textEnd || !/^[\u3400-\u9fff]{2}$/.test(core.word)) continue;
    if (SECTOR_WORDS.has(industry.word)) continue;
    if (MODIFIERS.has(core.word) || lexicon.stopNames.has(core.word) || lexicon.places.has(core.word) || WIDE_REGIONS.has(core.word) || INDUSTRY_SET.has(core.word) || VEHICLE_SET.has(core.word)) continue;
    if (NOT_NAME_START.test(core.word) || lexicon.titleSet.has(core.word) || /^(?:v|p|c|u\w*|r|q|f|y|e|o)$/.test(core.tag)) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 2];
    const opens = opensParty(before, core.textStart);
    const closes = after !== undefined && after.textStart === industry.textEnd && /^(?:v|d|p|c|uj|ul)$/.test(after.tag) && !SECTOR_NOUNS.test(text.slice(after.textStart - offset));
    if (!opens || !closes) continue;
    // 小米投资充电桩企业: 投资 before a verb or a noun is the verb, and a known name is found by its own rule.
    if (core.tag === 'nt' || ((industry.word === '投资' || industry.word === '控股') && !INVEST_NAME_FOLLOWERS.test(after.word))) continue;
    const name = core.word + industry.word;
    if (lexicon.stopNames.has(name) || NOT_A_NAME.test(name)) continue;
    out.push({ textStart: core.textStart, textEnd: industry.textEnd, name, type: 'Organization', ruleId: 'entity/org-clause-industry', priority: 0 });
  }
  return out;
}

/** Verbs after which a company is acted on, besides the holding anchors: 拟购买初见科技, 注入许继集团, 接手中保康联. */
const ACTED_ON_VERBS: ReadonlySet<string> = new Set([...TARGET_ANCHORS, ...TAKE_OVER_VERBS, '拟取', '买下', '拿下', '入主', '吸收合并']);
/** Words that end a company's short name after its core: industry and vehicle words, and 集团, 股份, 公司. */
const SHORT_NAME_ENDS: ReadonlySet<string> = new Set([...INDUSTRY_WORDS, ...VEHICLE_WORDS, '集团', '股份', '公司', '控股集团']);
/** Verbs whose object is shares: after them X股份 is X's shares (持有工行股份), not a company named X股份. */
const SHARE_VERBS: ReadonlySet<string> = new Set(['增持', '减持', '持有', '买入', '出售', '认购', '转让', '受让', '购买', '举牌']);
/** Two-character words that make a kind of company of what follows, not a name: 上市公司, 合资公司, 目标公司. */
const KIND_WORDS: ReadonlySet<string> = new Set(['上述', '台资', '港资', '外资', '中资', '核定', '酒业', '低碳', '水利', '相应', '所在', '整个', '上市', '合资', '目标', '标的', '剩余', '其余', '优质', '同类', '新设', '新建', '境内', '外方', '中方', '项目', '旗下', '下属', '这家', '该家', '一家', '多家', '两家', '三家', '几家', '另一', '关联', '参股', '控股', '全资', '子', '母', '商业', '保险', '证券', '信托', '基金', '投资', '城市', '农村', '农商', '城商', '股份']);

/** Tags of words that never sit inside a short name: prepositions, conjunctions, particles, pronouns, numbers, adverbs…. */
const FUNCTION_TAG = /^(?:p|c|u\w*|r|m|q|f|t|y|e|o|d)$/;

/**
 * A company's short name right after a holding verb: a two-character core and an industry, vehicle or group
 * word, then a stake, a break or a verb (增持全兴集团<N>%, 控股渝能集团。, 拟购买初见科技<N>%). The segmenter
 * often cuts the core as verbs or abbreviations (渝/j 能/v), which no other rule takes for a name.
 */
function actedOnNames(text: string, tokens: readonly Token[], offset: number, kinds: TokenKinds): Candidate[] {
  const lexicon = loadLexicon();
  const out: Candidate[] = [];
  for (let k = 0; k + 2 < tokens.length; k++) {
    // 其持有的引望10%股权: after a holding verb and 的, only a stake makes the core a company.
    if (tokens[k]!.word === '的' && k > 0 && HELD_BEFORE_OF.has(tokens[k - 1]!.word)) {
      const last = coreEnd(tokens, k + 1);
      if (tokens[k + 1]!.textStart === tokens[k]!.textEnd && text.slice(tokens[k + 1]!.textStart - offset, tokens[last]!.textEnd - offset).length === 2) stakeTargetName(out, text, tokens, offset, k, last);
      continue;
    }
    if (!(kinds[k]! & ACTED_ON_VERB)) continue;
    // The core: one two-character token, or two one-character tokens, glued to the verb and to each other.
    if (tokens[k + 1]!.textStart !== tokens[k]!.textEnd) continue;
    const i = coreEnd(tokens, k + 1);
    const core = i === k + 1 ? tokens[i]!.word : tokens[k + 1]!.word + tokens[i]!.word;
    const end = tokens[i + 1];
    if (end && end.textStart === tokens[i]!.textEnd && !SHORT_NAME_ENDS.has(end.word) && /^[\u3400-\u9fff]{2}$/.test(core)) {
      stakeTargetName(out, text, tokens, offset, k, i);
      continue;
    }
    // 持有戴姆勒/nr 9.69%的股份: a longer word the tagger takes for a person, held by a stake, is a company; no
    // person is held. Not after a verb of buying, where a stake may be a person's own (收购张三10%股权).
    if (i === k + 1 && HOLDING_VERBS.has(tokens[k]!.word) && /^[\u3400-\u9fff]{3,4}$/.test(core) && tokens[i]!.tag.startsWith('nr')) {
      stakeTargetName(out, text, tokens, offset, k, i, true);
      continue;
    }
    if (!end || end.textStart !== tokens[i]!.textEnd || !SHORT_NAME_ENDS.has(end.word) || !/^[\u3400-\u9fff]{2}$/.test(core)) continue;
    if (end.word === '股份' && SHARE_VERBS.has(tokens[k]!.word)) continue;
    if (tokens.slice(k + 1, i + 1).some((t) => FUNCTION_TAG.test(t.tag))) continue;
    if (KIND_WORDS.has(core) || MODIFIERS.has(core) || GENERIC_NOUNS.has(core) || SHORT_NAME_ENDS.has(core) || WIDE_REGIONS.has(core)) continue;
    if (lexicon.stopNames.has(core) || lexicon.places.has(core) || lexicon.titleSet.has(core) || NOT_NAME_START.test(core) || tokens[k + 1]!.tag.startsWith('nr')) continue;
    // What follows: a stake, a share class, a break or a verb, not a noun that would make the whole a kind of thing.
    const after = tokens[i + 2];
    const rest = text.slice(end.textEnd - offset);
    const closes = !after || after.textStart !== end.textEnd || /^(?:<N>|\d|[%％的、，,。；;：:）)”"」]|股|后|A股|H股|等|及|和|与)/.test(rest) || /^(?:v|d|p|c|ul)$/.test(after.tag);
    if (!closes || SECTOR_NOUNS.test(rest)) continue;
    const name = core + end.word;
    if (lexicon.stopNames.has(name) || NOT_A_NAME.test(name)) continue;
    out.push({ textStart: tokens[k + 1]!.textStart, textEnd: end.textEnd, name, type: 'Organization', ruleId: 'entity/org-acted-on', priority: 0 });
  }
  return out;
}

/** Verbs of investing after which the rest of the clause may be the company invested in (已投资台积电。). */
const INVEST_VERBS: ReadonlySet<string> = new Set(['投资', '入股', '战略入股', '战略投资', '参股', '收购', '并购', '领投', '注资', '入主', '增持', '押注', '加注']);
/** What may follow the company at the end of such a clause: a break, or the joiner of a list. */
const CLAUSE_END = /^(?:$|[，,。；;！？!?、）)”"」]|和|及|与|等)/;
/** Verbs of how a deal went, which may follow its target at the end of a clause (收购夏普成交). */
const DEAL_OUTCOME_END = /(?:成交|完成|落地|成功|失败|告吹|获批|通过|生效|宣布|表示|终止|结束|开始|启动|进行|实施|落定|敲定|搁浅|受阻)$/;
/** Tags of the pieces the segmenter cuts an unknown name into: unknown, proper, abbreviation, morpheme. */
const CUT_TAG = /^(?:x|nz|j|g)$/;

/**
 * A company named right after a verb of investing and before the end of the clause, which the segmenter cut into
 * pieces no other rule takes for a name (投资台积/x 电/n。, 入股星星/nz 充电/v、, 投资英/j 伟达/a。). The run is two
 * to five Chinese characters; one piece at least is unknown, proper, an abbreviation or a lone character (a single
 * dictionary word there is a kind of thing: 投资建设, 收购完成); no piece is a function word, save a compass word
 * that opens it (北方/f 华创) and a lone adverb glued to a lone character (极/d 氪/g); no piece is a title.
 */
function investedAtEndNames(text: string, tokens: readonly Token[], offset: number, kinds: TokenKinds): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!(kinds[k]! & INVEST_VERB) || tokens[k + 1]!.textStart !== tokens[k]!.textEnd) continue;
    // 投资了星星充电, 入股过天华超净; each member of a list after it (投资摩尔线程、北方华创).
    let from = isAspect(tokens[k + 1]) ? k + 2 : k + 1;
    // 入股了碳化硅企业天科合达: a word for the kind of company before the name is none of it.
    from = afterKindOfCompany(tokens, from);
    for (let member = investedRun(text, tokens, offset, from); member; member = investedRun(text, tokens, offset, from)) {
      if (member.name) out.push({ textStart: tokens[from]!.textStart, textEnd: tokens[member.to - 1]!.textEnd, name: member.name, type: 'Organization', ruleId: 'entity/org-invested-at-end', priority: 0 });
      if (member.to >= tokens.length || !(kinds[member.to]! & LIST_JOINER) || !member.name) break;
      from = member.to + 1;
    }
  }
  return out;
}

/** An aspect particle after a verb: 了, or 过 as the segmenter tags it after one (入股/v 过/ug). */
function isAspect(token: Token | undefined): boolean {
  return token !== undefined && (token.word === '了' || (token.word === '过' && token.tag === 'ug'));
}

/** The token after a word for a kind of company at `from` (上市公司, 碳化硅/nz 企业), glued to what follows; else `from`. */
function afterKindOfCompany(tokens: readonly Token[], from: number): number {
  const end = KIND_BEFORE_NAME.test(tokens[from]?.word ?? '') ? from + 1 : /^(?:n|nz)$/.test(tokens[from]?.tag ?? '') && KIND_BEFORE_NAME.test(tokens[from + 1]?.word ?? '') ? from + 2 : from;
  return end > from && tokens[end]?.textStart === tokens[end - 1]!.textEnd ? end : from;
}

/**
 * The run of tokens from `from` that investedAtEndNames takes for a company: its end, and its name when it reads
 * as one (see there).
 */
function investedRun(text: string, tokens: readonly Token[], offset: number, from: number): { to: number; name?: string } | undefined {
  if (from >= tokens.length || tokens[from]!.textStart !== tokens[from - 1]!.textEnd) return undefined;
  let j = from;
  let chars = 0;
  while (j < tokens.length && tokens[j]!.textStart === tokens[j - 1]!.textEnd && /^[\u3400-\u9fff]+$/.test(tokens[j]!.word) && chars + tokens[j]!.word.length <= 5) {
    if (j > from && CLAUSE_END.test(tokens[j]!.word)) break;
    chars += tokens[j]!.word.length;
    j++;
  }
  if (chars < 2 || !CLAUSE_END.test(text.slice(tokens[j - 1]!.textEnd - offset))) return undefined;
  const run = tokens.slice(from, j);
  const none = { to: j };
  if (!run.some((t) => CUT_TAG.test(t.tag) || t.word.length === 1)) return none;
  if (run.length === 1 && !CUT_TAG.test(run[0]!.tag)) return none;
  const allowed = (t: Token, i: number): boolean =>
    !FUNCTION_TAG.test(t.tag) || (i === 0 && run.length > 1 && isCompass(t)) || (t.tag === 'd' && t.word.length === 1 && run.length === 2 && run[1 - i]!.word.length === 1);
  if (!run.every(allowed) || run.some((t) => t.tag.startsWith('nr') || t.tag === 'ns')) return none;
  // 并购部/总经理, 投资学/硕士, 收购情况时表示: a lone character the verb makes a noun of, or a verb of the clause,
  // is no piece of a name. Two lone characters may be (极/d 氪/g), and a verb after an unknown piece (星星/nz 充电/v).
  const first = run[0]!;
  const twoSingles = run.length === 2 && run[1]!.word.length === 1 && first.word.length === 1;
  if (first.word.length === 1 && !CUT_TAG.test(first.tag) && !twoSingles) return none;
  if (run.at(-1)!.tag === 'f' || (!CUT_TAG.test(first.tag) && run.some((t) => t.tag === 'v' && t.word.length >= 2))) return none;
  const lexicon = loadLexicon();
  if (run.some((t) => lexicon.titleSet.has(t.word))) return none;
  const name = text.slice(first.textStart - offset, run.at(-1)!.textEnd - offset);
  // 投资潮中, 收购夏普成交: a time or place word, or a verb of how the deal went, ends no name.
  if (lexicon.stopNames.has(name) || lexicon.places.has(name) || NOT_A_NAME.test(name) || NOT_NAME_START.test(name) || NOT_NAME_END.test(name) || /[中时后前内外间]$/.test(name) || DEAL_OUTCOME_END.test(name)) return none;
  if (KIND_WORDS.has(name) || MODIFIERS.has(name) || GENERIC_NOUNS.has(name) || NOT_A_TARGET_END.test(name) || SECTOR_NOUNS.test(name.slice(-2))) return none;
  return { to: j, name };
}

/** The last token of a short name's core starting at `at`: one token, or two one-character tokens glued together. */
function coreEnd(tokens: readonly Token[], at: number): number {
  const next = tokens[at + 1];
  return tokens[at]!.word.length === 1 && next?.word.length === 1 && next.textStart === tokens[at]!.textEnd ? at + 1 : at;
}

/** Verbs of holding before 的 and what is held: 持有的, 所持的. */
const HELD_BEFORE_OF: ReadonlySet<string> = new Set(['持有', '所持', '持', '所持有', '拥有']);
/** Verbs of holding or raising a stake, whose object is never a person: 持有戴姆勒9.69%的股份. */
const HOLDING_VERBS: ReadonlySet<string> = new Set(['持有', '增持', '减持', '入股', '参股']);
/** A stake right after a name: 收购极氪51%的股份, 持有渝能<N>%股权. */
const STAKE_AFTER = /^(?:约)?(?:\d+(?:\.\d+)?|<N>(?:\.<N>)?)\s*[%％](?:的)?(?:股份|股权)/;

/**
 * A two-character core between a holding verb and a stake (拟收购/v 极/d 氪/g 51%的股份), which the segmenter cuts
 * into single characters of any tag: a company's short name, unless a word of the core is a pronoun, a number or
 * a word that makes a kind of company.
 */
function stakeTargetName(out: Candidate[], text: string, tokens: readonly Token[], offset: number, verb: number, last: number, personTag = false): void {
  const lexicon = loadLexicon();
  const first = tokens[verb + 1]!;
  const core = text.slice(first.textStart - offset, tokens[last]!.textEnd - offset);
  if (!STAKE_AFTER.test(text.slice(tokens[last]!.textEnd - offset))) return;
  const single = last > verb + 1;
  if (tokens.slice(verb + 1, last + 1).some((t) => FUNCTION_TAG.test(t.tag) && (t.tag !== 'd' || !single))) return;
  if (KIND_WORDS.has(core) || MODIFIERS.has(core) || GENERIC_NOUNS.has(core) || WIDE_REGIONS.has(core) || lexicon.stopNames.has(core) || lexicon.places.has(core) || lexicon.titleSet.has(core)) return;
  if (NOT_NAME_START.test(core) || NOT_A_NAME.test(core) || /^(?:前者|后者|双方|对方|各方|本行|该行)$/.test(core) || (first.tag.startsWith('nr') && !personTag)) return;
  out.push({ textStart: first.textStart, textEnd: tokens[last]!.textEnd, name: core, type: 'Organization', ruleId: 'entity/org-acted-on', priority: 0 });
}

/** What a holding after its company ends with: a share of it (<N>%, <N>万股, <N>亿抵债股权) or its shares (全部股份, 股权, 无限售条件流通股). */
const HELD_STAKE_AFTER = /^(?:约|合计|共|累计|近|逾|超过|超)?(?:<N>|\d)(?:[\d.,]|<N>)*\s*(?:[%％]|(?:万|亿)?股|(?:万|亿)[\u4e00-\u9fff]{1,4}?股)|^(?:的)?(?:全部|部分|剩余)?(?:国有|法人)?(?:股份|股权|股票|[AHB]股|无限售|有限售|限售|流通股)|^(?:全部|部分|剩余)(?:<N>|\d)|^(?:中方|外方|手中|名下)(?:所持|持有)?(?:的)?(?:<N>|\d|全部|部分)|^(?:的)?(?:持股)?比例|^发行前/;
/** `HELD_STAKE_AFTER` as a sticky pattern, tested where a run ends without a copy of the rest of the sentence. */
const HELD_STAKE_AT = sticky(HELD_STAKE_AFTER);
/** Verbs of holding or trading a stake, whose object before the stake is a company (收购同方/f 微电子/n <N>%股权). */
const STAKE_SLOT_VERBS: ReadonlySet<string> = new Set(['持有', '所持', '所持有', '收购', '拟收购', '全资收购', '增持', '减持', '受让', '购买', '买入', '出售', '转让', '入股', '参股', '认购', '竞购', '购入', '买下', '接手', '获得', '取得', '拟受让', '拟出售', '拟转让', '拟购买', '购得',
  '拥有', '所拥有', '持股', '间接持股', '直接持股', '仅持', '尚持', '共持', '控制', '间接控制']);
/** Rules whose name may stop short of the rest of it before a stake. */
const CUT_SHORT_RULES: ReadonlySet<string> = new Set(['entity/org-context', 'entity/org-acted-on', 'entity/lexicon']);
/** Words that say which holding, not whose: 公司<N>%, 标的公司的股权, 上市公司股份. */
const NOT_HELD_NAME = /所持|^(?:比例|比重)|^(?:前者|后者|对方|双方|(?:新|原|该|本|此|存续|合并后|新设|标的|目标|上市|子|母|合资|参股|控股)?公司|原有|现有|剩余|全部|部分|已发行|发行后|发行前|总股本|比例|价格|数量|规模|金额|资金|计划|方案|总额|总数|完成|合计|累计|共计|其余|其中|大约|不超过|超过)$|^[股占]|占|(?:项目|资产|业务|领域|板块|工程|基地|园区|股东|投资者|机构|个人|自然人)$/;

/**
 * A company between a verb of holding and its stake (将其所持有的天平/n 车险/n <N>万股股份, 所持兴业/n 证券/n <N>%股权,
 * 持有的双沟/n 酒业/n 的全部股份): only a company is held so, whatever the tagger calls its pieces. Two to eight
 * characters, one to three words, none a function word, a person's name or a title, where no other rule found a company.
 */
function heldNames(text: string, tokens: readonly Token[], offset: number, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const verb = tokens[k]!.word;
    if (!STAKE_SLOT_VERBS.has(verb) && !(verb === '持' && tokens[k - 1]?.word === '所')) continue;
    // 持有的, 所持的, 拥有的: only a verb of holding takes 的 before what it holds (转让的方式 is a manner).
    let from = (tokens[k + 1]!.word === '的' && /持|拥有|控制/.test(verb)) || isAspect(tokens[k + 1]) ? k + 2 : k + 1;
    // 收购上述朗璞国际…: 上述 points back to the company, and is none of its name; 购入部分恒安标准的股权: nor does the
    // share of the holding belong to it.
    if (/^(?:上述|该|部分|全部|剩余|其余)$/.test(tokens[from]?.word ?? '')) from++;
    if (from >= tokens.length || tokens[from]!.textStart !== tokens[from - 1]!.textEnd) continue;
    let to = from;
    let chars = 0;
    let staked = false;
    while (to < tokens.length && to - from < 3 && tokens[to]!.textStart === tokens[to - 1]!.textEnd && /^[\u3400-\u9fffA-Za-z]+$/.test(tokens[to]!.word) && chars + tokens[to]!.word.length <= 8) {
      // 隆基绿能定增股份: the offering's shares of the company before it.
      if (to > from && OFFERING_SHARES.has(tokens[to]!.word) && matchesAt(HELD_STAKE_AT, text, tokens[to]!.textEnd - offset)) {
        staked = true;
        break;
      }
      chars += tokens[to]!.word.length;
      to++;
      staked = matchesAt(HELD_STAKE_AT, text, tokens[to - 1]!.textEnd - offset);
      if (staked) break;
    }
    if (!staked || chars < 2) continue;
    const held = heldName(text, tokens.slice(from, to), offset, found);
    if (held) out.push(held);
  }
  // 增持<N>万股国元证券, 买入<N>亿股开源控股,: the company a count of shares is of, up to a break or its shares.
  if (text.includes('万股') || text.includes('亿股') || SHARE_COUNT.test(text)) {
    SHARES_THEN_NAME.lastIndex = 0;
    for (let m = SHARES_THEN_NAME.exec(text); m; m = SHARES_THEN_NAME.exec(text)) {
      // 发行<N>亿股人民币普通股, <N>万股新股, <N>万股流拍: a kind of shares, or what became of them, is no company.
      if (/股$|^(?:流拍|左右|以上|以下|不等|之多|为止)$/.test(m[1]!)) continue;
      const start = offset + m.index + m[0].length - m[1]!.length;
      const run = tokensCovering(tokens, start, start + m[1]!.length, 3);
      const held = run && heldName(text, run, offset, found);
      if (held) out.push(held);
    }
  }
  return out;
}

/** A count of shares right before 股 (<N>股, 300股): with 万股 and 亿股, what SHARES_THEN_NAME needs to match. */
const SHARE_COUNT = /[\d>]股/;
/** A count of shares and the company they are of, before a break, its shares (股份, 股票) or 的. */
const SHARES_THEN_NAME = /(?:<N>|\d)(?:[\d.,]|<N>)*(?:余|多)?(?:万|亿)?股(?![份权东票价本息民市])([\u3400-\u9fffA-Za-z]{2,8}?)(?=[，,。；;：:]|股份|股票|的|$)/g;

/**
 * The held company a run of tokens names (see heldNames), or undefined: the segmenter shatters such names into words
 * of any tag, but no function word, long verb, title or lone person's name stands in one, nor a plant, a project or
 * the terms of a deal, and a company another rule found there stands.
 */
function heldName(text: string, run: readonly Token[], offset: number, found: readonly Candidate[]): Candidate | undefined {
  const lexicon = loadLexicon();
  // The segmenter shatters such names into words of any tag (同方/f 微电子, 中天/t 电力, 陕西 太/d 白酒业): a point of
  // the compass, a time word or a one-character adverb may stand inside a run of two or more; nothing else of the
  // function words may.
  const shattered = (t: Token): boolean => run.length > 1 && (t.tag === 'f' || t.tag === 't' || (t.tag === 'd' && t.word.length === 1));
  if (run.some((t) => (FUNCTION_TAG.test(t.tag) && !shattered(t)) || t.tag === 'v' && t.word.length >= 2 || lexicon.titleSet.has(t.word)) || (run.length === 1 && run[0]!.tag.startsWith('nr'))) return undefined;
  // 墨西哥工厂, 协议门槛需: a plant, land or a deal's terms are held or sold too, and are no company; nor does a
  // name end with a modal verb or an adverb (though it may with another verb the tagger made of its last character:
  // 中/f 保康/a 联/v).
  const last = run.at(-1)!;
  if (/^(?:资产|项目|业务|土地|房产|工厂|厂房|基地|地块|楼盘|电站|矿山|煤矿|油田|门店|园区|工程|市场|地区|板块|领域)$/.test(last.word) || /^(?:协议|方式|门槛|条件|价格)/.test(run[0]!.word) || /^[需要将会应可能拟须已也均]$/.test(last.word)) return undefined;
  // 酿酒/n 公司: common nouns before 公司 say what kind of company, not which.
  if (run.length > 1 && last.word === '公司' && run.slice(0, -1).every((t) => COMMON_TAGS.has(t.tag))) return undefined;
  // 所持/v 的晟程/x 交通, 收购/v 了琪阳/x 纸业: 的 or 了 glued by the tagger to the name is none of it.
  const start = run[0]!.textStart + (/[的了]/.test(text[run[0]!.textStart - offset]!) && run[0]!.word.length >= 3 ? 1 : 0);
  const end = last.textEnd;
  // Where another rule found a company, that one stands; a place or a person there is no holding's object. Not a
  // shorter one that starts the run, cut before the stake by a rule of context or a word list (持有福耀/x 玻璃/n
  // <N>亿股, 所持的大众交通<N>亿股): the name runs up to the stake.
  if (found.some((c) => c.type === 'Organization' && c.textStart < end && start < c.textEnd && !(c.textStart === start && c.textEnd < end && CUT_SHORT_RULES.has(c.ruleId)))) return undefined;
  const name = text.slice(start - offset, end - offset);
  if (NOT_HELD_NAME.test(name) || KIND_WORDS.has(name) || MODIFIERS.has(name) || GENERIC_NOUNS.has(name) || WIDE_REGIONS.has(name) || SHORT_NAME_ENDS.has(name)) return undefined;
  if (lexicon.stopNames.has(name) || lexicon.places.has(name) || NOT_A_NAME.test(name) || NOT_NAME_START.test(name) || NOT_NAME_END.test(name) || isPersonName(name)) return undefined;
  return { textStart: start, textEnd: end, name, type: 'Organization', ruleId: 'entity/org-held', priority: 1 };
}

/**
 * A shareholder named right after the word (大股东泓泽世纪先出资, 二股东联发投的主管部门, 股东英诺维的通知), up to a word that
 * goes on with the clause: the tagger cuts such names into any pieces (泓/q 泽/nr 世纪/n), but not the shareholders'
 * meeting, rights or list that follow the word as often.
 */
const SHAREHOLDER_SLOT = /股东(?!大会|会|权益|利益|回报|名单|名册|榜|之列|之位|登记|结构|人数|户数|账户|资格|身份|背景|之间|之一|方面|代表|单位|层面|支持)([\u3400-\u9fffA-Za-z]{2,8}?)(?=[，,。；;、]|的|已|将|也|欲|拟|先|于|在|与|和|及|正|再|又|还|均|仍|曾|则|即|就|表示|称|承诺|签订|签署|派出|持有|所持|同意|决定|提出|出资|减持|增持|书面|重组)/g;
/** Tags of the pieces of a proper name, one of which a shareholder's name must hold unless it ends like a company's. */
const PROPER_TAG = /^(?:x|nz|nt|nr\w*|ns|j|eng|g)$/;

function shareholderNames(text: string, tokens: readonly Token[], offset: number, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  SHAREHOLDER_SLOT.lastIndex = 0;
  for (let m = SHAREHOLDER_SLOT.exec(text); m; m = SHAREHOLDER_SLOT.exec(text)) {
    const start = offset + m.index + 2;
    const run = tokensCovering(tokens, start, start + m[1]!.length, 3);
    if (!run) continue;
    // 股东利益的, 股东方面: common words are no name, unless they end as a company's does (露露/v 集团/n).
    if (!run.some((t) => PROPER_TAG.test(t.tag)) && !SHORT_NAME_ENDS.has(run.at(-1)!.word)) continue;
    const held = heldName(text, run, offset, found);
    if (held) out.push({ ...held, ruleId: 'entity/org-shareholder', priority: 0 });
  }
  return out;
}

/**
 * 对X进行增资, 向X增资: what stands between 对 and 进行 and a verb of investing, or between 向 and a verb of putting
 * money in, is the company invested in (向 before a verb of buying names the seller: 向X收购Y). Words of how, or of
 * asking (向中铝谋求注资), between the slot and the verb are none of the name.
 */
const TARGET_SLOT = /对([\u3400-\u9fffA-Za-z0-9]{2,8})进行(?:增资|投资|注资|收购|入股|并购|控股|战略投资|股权投资)|向([\u3400-\u9fffA-Za-z0-9]{2,10}?)(?:定向|追加|现金|同比例|共同|单方面|溢价|分别|继续|再次|进行|谋求|寻求|申请|争取|要求|请求)?(?:增资|注资|战略投资)/g;
/** What ends a thing that is invested in without being a company: 对标的资产进行收购, 对新能源领域进行投资. */
const NOT_A_TARGET_END = /(?:资产|领域|行业|产业|项目|业务|市场|板块|方面|工程|基地|园区|股权|股份|公司|企业|集团)$/;

/**
 * The company in the slot of 对…进行增资 (拟对摩拜出行进行增资入股), whose core the segmenter often cuts as verbs
 * (摩/nz 拜/v 出行/v). The slot must start and end at tokens, hold no function word, and not be a kind of thing.
 */
function targetNames(text: string, tokens: readonly Token[], offset: number): Candidate[] {
  if (!text.includes('进行') && !text.includes('向')) return [];
  const lexicon = loadLexicon();
  const out: Candidate[] = [];
  TARGET_SLOT.lastIndex = 0;
  for (let m = TARGET_SLOT.exec(text); m; m = TARGET_SLOT.exec(text)) {
    const slot = m[1] ?? m[2]!;
    // 向全资子公司X增资, 向旗下氢能企业未势能源增资: the kind of company before the name is none of it.
    const kind = /^(?:(?:全资子公司|控股子公司|子公司|参股公司|合资公司|旗下)(?:的)?)?(?:[\u4e00-\u9fff]{1,6}?(?:企业|厂商|平台|机构)(?=[\u4e00-\u9fffA-Za-z]{2}))?/.exec(slot)?.[0].length ?? 0;
    const name = slot.slice(kind);
    if (name.length < 2) continue;
    const start = offset + m.index + 1 + kind;
    const end = start + name.length;
    const run = tokensCovering(tokens, start, end);
    if (!run || run.some((t) => FUNCTION_TAG.test(t.tag))) continue;
    if (NOT_NAME_START.test(name) || NOT_A_TARGET_END.test(name) || GENERIC_TOPICS.test(name) || KIND_WORDS.has(name) || MODIFIERS.has(name)) continue;
    if (lexicon.stopNames.has(name) || lexicon.places.has(name) || NOT_A_NAME.test(name)) continue;
    out.push({ textStart: start, textEnd: end, name, type: 'Organization', ruleId: 'entity/org-target', priority: 0 });
  }
  return out;
}

/**
 * The tokens that cover exactly `start`..`end` of the text (a slot a pattern matched), at most `maxTokens` of them;
 * undefined when the span starts or ends inside a token, or takes more.
 */
function tokensCovering(tokens: readonly Token[], start: number, end: number, maxTokens = Infinity): readonly Token[] | undefined {
  const from = tokens.findIndex((t) => t.textStart === start);
  if (from < 0) return undefined;
  const to = tokens.findIndex((t) => t.textEnd === end);
  return to < from || to - from >= maxTokens ? undefined : tokens.slice(from, to + 1);
}

/** A pattern anchored at its alternatives' starts (^) as a sticky one, to test at a position of a string. */
function sticky(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replace(/(^|\|)\^/g, '$1'), 'y');
}

/** Whether sticky `pattern` matches `text` at `at`. */
function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/** A company's own organs and reports, which may follow its name where it opens a clause: 加加食品董事会, 万达有关负责人. */
const OWN_ORGANS = ['董事会', '股东大会', '相关负责人', '负责人', '年报', '半年报', '财报', '高管', '管理层', '董秘', '新闻发言人', '发言人'];
/** Words of time that may open an announcement, and the words of announcing (宏达经编昨晚发布公告, 中粮地产再发公告称). */
const ANNOUNCEMENT_OPENERS = ['昨晚', '今晚', '晚间', '午间', '早间', '今天', '昨天', '发布', '发出', '披露', '再发', '又发', '再次', '对外', '公告', '发布公告'];
/**
 * What follows a company that opens its clause and is the party of an investment (由…设立, 获…投资, 的投资方), or
 * that announces (…发布公告, 公告称): what a listed company does in the news every day.
 */
const TOPIC_MARKERS = /^(?:于(?:<N>|\d|近日|日前|今日|昨日|本月|上月|今年|去年)|(?:董事会|股东大会|(?:有关|相关)?负责人|年报|半年报|财报|高管|管理层|董秘|(?:新闻)?发言人)(?!的)|(?:近日|日前|昨日|今日|昨晚|今晚|今天|昨天)?(?:晚间|午间|早间)?(?:发布|发出|披露)?公告(?:称|显示|指出|说|中|[，,：:])|(?:近日|日前|昨日|今日|昨晚|今晚|今天|昨天)?(?:晚间|午间|早间)?(?:再次|再|又)?(?:发布|发出|披露|发)(?:了)?(?:的)?公告|由[^，,。；！？]{2,60}?(?:设立|组建|成立|组成|发起|出资|投资)|(?:宣布|近日|日前|昨日|今日|已)?(?:获得|获|完成|引入|迎来)(?:了)?[^，,。；！？]{0,30}?(?:投资|入股|参股|注资|增资|融资)|的(?:投资方|投资人|投资者|股东|大股东|第[一二三四五六七八九十]大股东|控股股东|实际控制人|实控人)(?:包括|为|是|有|分别为))/;
const TOPIC_MARKERS_AT = sticky(TOPIC_MARKERS);
/** The dateline of a wire, after which a clause opens (<N>月<N>日讯, 和讯消息, 新华社…日电): no part of a name. */
const DATELINE = /^(?:日讯|讯|消息|日电)$/;
/** Tags that never sit inside a company's name at the start of a clause. */
const NOT_TOPIC_TAGS: ReadonlySet<string> = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'ud', 'r', 'm', 'q', 'f', 't', 'y', 'e', 'o', 'zg', 'mq']);
/** Words that open a clause without naming a company: 公司由…, 记者获悉, 该项目获得…. */
const GENERIC_TOPICS = /^(?:公司|本公司|该公司|企业|集团|项目|资金|基金|记者|市场|行业|双方|各方|投资者|股东|银行|政府|我们|他们|对方|后者|前者|外界|业内|此次|本次|今年|去年|目前|董事会|股东大会|管理层|团队)$/;

/** Words that name a kind of company and nothing else. */
const KIND_NOUNS = '公司|企业|厂商|平台|巨头|独角兽|初创公司|创业公司|科技公司';
/** What ends a word for a kind of company, and also a name (苹果公司, 宁德时代新能源企业). */
const KIND_ENDS = '公司|企业|厂商|制造商|运营商|服务商|供应商';
/** Words for a kind of company, which may stand right before its name: 自动驾驶公司小马智行, 锂电企业, 芯片厂商. */
const KIND_OF_COMPANY = new RegExp(`^(?:${KIND_NOUNS}|品牌)$|(?:${KIND_ENDS})$`);
/**
 * A word that names a kind and nothing else, where a name may follow (入股了上市公司众业达, 芯片/公司 思特威,
 * 电池/制造商 X): not a word that only ends like one, which may be the name itself (被苹果公司下架).
 */
const KIND_BEFORE_NAME = new RegExp(`^(?:${KIND_NOUNS}|上市公司|子公司|参股公司|下属公司|旗下公司|制造商|运营商|服务商|供应商)$`);

/**
 * A company the news names by a word no list holds, where it opens a clause and the clause says it received an
 * investment, who set it up or that it announces: 拜博口腔获得联想控股…投资, 光大云付由中国光大集团股份公司…共同出资发起设立,
 * 滴滴出行的投资方包括…, 宏达经编昨晚发布公告称…. One to three words, two to six characters, none a function word.
 */
function clauseTopicNames(text: string, tokens: readonly Token[], offset: number, kinds: TokenKinds): Candidate[] {
  const lexicon = loadLexicon();
  const out: Candidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const marker = tokens[k]!;
    if (!(kinds[k]! & TOPIC_MARKER)) continue;
    if (!matchesAt(TOPIC_MARKERS_AT, text, marker.textStart - offset)) continue;
    // 民生银行计划引入…: words of intent or time between the name and the marker are not in the name, nor the words of
    // announcing (中粮地产再发公告).
    let nameEnd = k;
    while (nameEnd > 1 && (/^(?:计划|打算|准备|决定|方面|近期|此前|也|还|将|拟|已经|正式|有关|相关|新闻)$/.test(tokens[nameEnd - 1]!.word) || ANNOUNCEMENT_OPENERS.includes(tokens[nameEnd - 1]!.word))) nameEnd--;
    let first = nameEnd;
    let chars = 0;
    while (first > 0 && nameEnd - first < 3) {
      const t = tokens[first - 1]!;
      if (t.textEnd !== tokens[first]!.textStart || NOT_TOPIC_TAGS.has(t.tag) || !/^[\u3400-\u9fffA-Za-z0-9]+$/.test(t.word) || DATELINE.test(t.word)) break;
      // 自动驾驶公司小马智行: the kind of company before the name is not in it.
      if (first < nameEnd && KIND_OF_COMPANY.test(t.word)) break;
      if (chars + t.word.length > 6) break;
      chars += t.word.length;
      first--;
    }
    if (first === nameEnd || chars < 2) continue;
    // 首汽约车宣布获得, 民生银行计划…: a verb or adverb before the marker ends the clause's subject, it is not in the
    // name; only before 的 may a name end in a verb (滴滴出行的投资方), and a holding company's 控股 before any marker
    // (元禾/x 控股/v 发布公告称): nothing stands between it and the marker for it to hold.
    const last = tokens[nameEnd - 1]!;
    if (/^(?:v|vd|d|ad|a|l)$/.test(last.tag) && !((marker.word === '的' || last.word === '控股') && last.tag === 'v' && nameEnd - first > 1)) continue;
    // 极/d 氪/g: single characters are an unknown name the tagger shattered, whatever it calls the first.
    const shattered = nameEnd - first >= 2 && chars === nameEnd - first && tokens.slice(first, nameEnd).some((t) => !/^(?:d|ad|v|vn|a|l|p|c)$/.test(t.tag));
    if (/^(?:d|ad|v|vn|a|l)$/.test(tokens[first]!.tag) && !shattered) continue;
    // The name opens its sentence or clause, or follows the dateline of a wire (<N>月<N>日讯新野纺织今日午间发布公告, 和讯消息中石油今日发布公告).
    const before = tokens[first - 1];
    if (before && !/^[，,：:；“"「]$/.test(before.word) && !DATELINE.test(before.word) && !KIND_OF_COMPANY.test(before.word) && before.textEnd === tokens[first]!.textStart) continue;
    const start = tokens[first]!.textStart;
    // 道口/贷是 由: a function character the tagger glued to the name's last word is not part of it.
    const end = last.tag === 'x' && last.word.length >= 2 && NOT_NAME_END.test(last.word) ? last.textEnd - 1 : last.textEnd;
    const name = text.slice(start - offset, end - offset);
    const only = nameEnd - first === 1 ? tokens[first]! : undefined;
    // 理想城项目负责人, 新百伦品牌负责人: a project, a brand or a team has its people too, and is no company.
    if (GENERIC_TOPICS.test(name) || lexicon.stopNames.has(name) || lexicon.places.has(name) || lexicon.titleSet.has(name) || NOT_A_NAME.test(name) || NOT_NAME_START.test(name) || /(?:项目|品牌|部门|团队|产品)$/.test(name)) continue;
    if (only && (only.tag.startsWith('nr') || isPersonName(name) && only.tag !== 'x')) continue;
    if (name.length < 2 || tokens.slice(first, nameEnd).some((t) => lexicon.titleSet.has(t.word) || t.word === '公司' || t.word === '记者')) continue;
    out.push({ textStart: start, textEnd: end, name, type: 'Organization', ruleId: 'entity/org-clause-topic', priority: 0 });
  }
  return out;
}

/** Keeps the best of overlapping candidates: longer first, then higher priority, then earlier. */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  // Both sorts are stable insertion sorts of a sentence's few dozen candidates: Array.prototype.sort copies each
  // list into a new work array, some 40 MB per 1000 scale articles here, which the garbage collector then clears.
  const ranked = candidates.slice();
  for (let i = 1; i < ranked.length; i++) {
    const candidate = ranked[i]!;
    let j = i - 1;
    for (; j >= 0 && outranks(candidate, ranked[j]!); j--) ranked[j + 1] = ranked[j]!;
    ranked[j + 1] = candidate;
  }
  const kept: Candidate[] = [];
  for (const candidate of ranked) {
    if (kept.some((k) => candidate.textStart < k.textEnd && k.textStart < candidate.textEnd)) continue;
    let j = kept.length - 1;
    kept.push(candidate);
    for (; j >= 0 && kept[j]!.textStart > candidate.textStart; j--) kept[j + 1] = kept[j]!;
    kept[j + 1] = candidate;
  }
  return kept;
}

/** Whether `a` comes strictly before `b` in resolveOverlaps' ranking: longer, then higher priority, then earlier. */
function outranks(a: Candidate, b: Candidate): boolean {
  return (b.textEnd - b.textStart - (a.textEnd - a.textStart) || b.priority - a.priority || a.textStart - b.textStart) < 0;
}

/** Countries and regions after a company's name that name its arm there: 海通香港, 利宝中国, 工银亚洲, 红杉中国. */
const ARM_REGIONS = ['香港', '中国', '亚洲', '亚太', '美国', '欧洲', '日本', '韩国', '台湾', '澳门', '新加坡', '英国', '德国', '法国', '北美', '大中华'];
/**
 * What may follow such an arm's name: a break, a conjunction, a verb of what it does, a title, a count. Not a noun
 * or a verb that makes the region a place again: 阿里巴巴香港上市, 苹果中国市场, 华为中国区.
 */
const ARM_FOLLOWERS = /^(?:$|[，,。；;：:、）)”"」]|\d|<N>|与|和|及|已|将|也|则|还|又|再|拟|于|在|是|为|作为|近日|日前|今日|宣布|表示|称|公告|发布|持有|收购|入股|投资|增持|减持|出资|获|联合|携手|总裁|董事长|总经理|首席|CEO|副总裁|行政总裁|执行董事)/;
const ARM_REGION_AT = new RegExp(`^(?:${ARM_REGIONS.join('|')})`);
/** One of `ARM_REGIONS` anywhere: a sentence without one has no arm to look for. */
export const ARM_REGION = new RegExp(ARM_REGIONS.join('|'));

/**
 * 海通香港, 利宝中国: a company found in the sentence (by a rule or as a repeat) and right after it a country or region
 * (`ARM_REGIONS`), followed by what may follow a company (`ARM_FOLLOWERS`), is the company's arm there, a company of
 * its own. Not after a full legal name (…有限公司香港), a bank's or a fund's, nor a school's.
 */
export function regionalArms(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    // A school or an institute has no arm (清华大学中国与世界经济研究中心).
    if (c.type !== 'Organization' || c.name.length < 2 || /(?:公司|集团|银行|基金|中国|香港|大学|学院|研究院|研究所|协会|医院|政府)$/.test(c.name)) continue;
    const region = ARM_REGION_AT.exec(text.slice(c.textEnd, c.textEnd + 3))?.[0];
    if (!region) continue;
    const end = c.textEnd + region.length;
    if (!ARM_FOLLOWERS.test(text.slice(end, end + 4))) continue;
    out.push({ textStart: c.textStart, textEnd: end, name: c.name + region, type: 'Organization', ruleId: 'entity/org-regional-arm', priority: c.priority });
  }
  return out;
}

/**
 * Occurrences of names already found in the article (a person named once, a company's short core), per
 * sentence: `sentences` are ranges of `text` in order, and an occurrence counts where it lies within one. Each
 * name is looked for once in the whole text, where a search per sentence made some twelve calls of each name.
 */
export function repeatNames(
  text: string,
  sentences: readonly { readonly textStart: number; readonly textEnd: number }[],
  names: ReadonlyMap<string, { type: EntityType; ruleId: string }>,
): Candidate[][] {
  const out: Candidate[][] = sentences.map(() => []);
  for (const [name, { type, ruleId }] of names) {
    let s = 0;
    for (let at = text.indexOf(name); at >= 0 && s < sentences.length; ) {
      while (s < sentences.length && sentences[s]!.textEnd <= at) s++;
      const sentence = sentences[s];
      if (sentence === undefined) break;
      let from: number;
      if (at < sentence.textStart) from = sentence.textStart;
      else if (at + name.length > sentence.textEnd) from = sentence.textEnd;
      else {
        out[s]!.push({ textStart: at, textEnd: at + name.length, name, type, ruleId, priority: 0 });
        from = at + name.length;
      }
      at = text.indexOf(name, from);
    }
  }
  return out;
}
