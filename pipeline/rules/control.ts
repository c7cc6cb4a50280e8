import { ANNOUNCES, type RelationRule } from './engine.ts';

/**
 * A subsidiary of the company this sentence is about, of a kind (`kind`: 全资, 控股, or none): after 其 opening a clause, or
 * after a word acting on it (对, 向, 为, 增资).
 */
/**
 * Where 公司 opening a clause is the company the text is about, or the one that announces: at the start, after a
 * clause that names no company, or after one in which a company announces (爱旭股份公告称，公司控股股东陈刚…). Not
 * after a clause naming another (寒武纪今日上市。公司曾获得阿里巴巴投资，公司实际控制人为陈天石: not 阿里巴巴's).
 */
const COMPANY_CLAUSE = `(?:^|(?<=^[^\\ue000-\\ue3ff\\uec00-\\uefff]*[，,；：:])|(?<=^[^\\ue000-\\ue3ff\\uec00-\\uefff。；]{0,16}[\\ue000-\\ue3ff][^，,。；\\ue000-\\uefff]{0,10}?${ANNOUNCES}[^，,。；\\ue000-\\uefff]{0,10}[，,：:]))`;
const ITS_SUBSIDIARY = (kind: string): string => `(?:(?:^|[，,；：:])(?:而|并|同时|此外|另外)?其|(?:对|向|为|增资|将|把)(?:其)?)${kind}(?:子公司|附属公司)[“"「]?{O}`;

/** 广汽埃安由广州市国资委实际控制: a company under the actual control of `by` (a slot), as a state. Not 由X控制的Y. */
const CONTROLLED_BY = (by: string): string => `{O}(?:目前|现|现在|仍|均|则|一直)?由(?:其)?(?:创始人|董事长|大股东|控股股东)?${by}(?:最终)?(?:实际控制|实控|控制)(?![\\ue000-\\ue3ff\\uec00-\\uefff]|的|人|权)`;

/** 银星能源实际控制人将由宁夏国资委变更为…: the company and its controller before the change (`before`, a slot or a mask). */
const CONTROLLER_CHANGE_FROM = (before: string): string => `{O}(?:的)?(?:实际控制人|实控人|控股股东)(?:将|已|也)?由${before}(?:变更为|变为|变成|转为|变更成)`;

/**
 * 旗下, 控股 or 下属 between an owner and what it owns, a word for what the company does maybe between (旗下软件公司
 * CARIAD, 旗下芯片设计公司).
 */
const UNDER = '(?:旗下|控股|下属)(?:的)?(?:[^\\ue000-\\uefff。；，,、]{0,6}?(?:公司|企业|子公司|控股子公司|基金|投资平台|平台|品牌))?[“"「]?';

/** The rest of a list of a round's investors, up to their verb: 、小米长江产业基金、中金资本跟投, 等机构联合领投. */
const TO_ROUND_VERB = '(?:(?:、|和|及|以及)[\\ue000-\\ue3ff])*(?:等)?(?:机构|投资方|投资机构)?(?:共同|联合|继续|持续|超额)?(?:领投|跟投|参投)';

/** A fund's general partner named after the word for it: 执行事务合伙人为Y. */
const GENERAL_PARTNER_IS = '(?:执行事务合伙人|普通合伙人|GP)(?:均|仍)?(?:为|是|系){S}';

/** Ownership and control: wholly owned, subsidiaries, controlling shareholders, actual controllers. */
export const CONTROL_RULES: readonly RelationRule[] = [
  {
    id: 'control/wholly-owned-by',
    type: 'CONTROLS',
    pattern: `{O}由{_8}(?:[\\ue000-\\ue3ff]旗下的?)?{A}(?:100%|百分之百)?全资(?:持股|拥有|控股|设立|持有)`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'wholly_owned' },
    examples: [
      { text: '瀚星投资由小米科技有限责任公司全资持股。', expect: ['小米科技有限责任公司 → 瀚星投资'] },
      { text: '小米產投由小米科技有限責任公司旗下的天津金星創業投資有限公司全資擁有,實際控制人為雷軍。', expect: ['天津金星创业投资有限公司 → 小米产投'] },
      { text: '建柏投资有限公司由在港上市的首长四方有限公司全资拥有,而首长四方分别由长江实业有限公司和首钢控股有限公司持股<N>.<N>%和<N>.<N>%。', expect: ['首长四方有限公司 → 建柏投资有限公司'] },
    ],
  },
  {
    // The sole shareholder owns the whole company: X是Y的唯一股东.
    id: 'control/sole-shareholder',
    type: 'CONTROLS',
    pattern: `{S}(?:将|已|已经|也|仍|则)?(?:是|为|系|成为)(?:了)?{O}(?:的)?(?:唯一|单一|独家)股东`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'wholly_owned' },
    examples: [
      // Written probe in the form of battery news.
      { text: '据悉，宁德时代是江苏时代新能源科技有限公司的唯一股东。', expect: ['宁德时代 → 江苏时代新能源科技有限公司'] },
    ],
  },
  {
    // The same named after the company: Y的唯一股东为X.
    id: 'control/sole-shareholder-is',
    type: 'CONTROLS',
    pattern: `{O}(?:的)?(?:唯一|单一|独家)股东(?:为|是|系){S}`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'wholly_owned' },
    examples: [
      // Written probe in the form of business-registry news.
      { text: '天眼查显示，江苏时代新能源科技有限公司的唯一股东为宁德时代。', expect: ['宁德时代 → 江苏时代新能源科技有限公司'] },
    ],
  },
  {
    id: 'control/wholly-owned-subsidiary',
    type: 'CONTROLS',
    // {A}: after 隶属于 the company is the owner, which {S} (never after 属于/隶属于) would refuse.
    // 是X经中国证监会批准在香港成立的全资子公司: how and where it was set up may come between.
    // 将成为X的全资子公司: what a deal makes of the company reads the same.
    pattern: `{O}(?:将|已|已经|即将|也将|也|则)?(?:是|为|系|作为|成为)(?:了)?(?:隶属于)?{A}(?:(?:经[\\ue000-\\ue3ff](?:批准|核准|同意))?[^\\ue000-\\ue7ff\\uec00-\\uefff。；，,]{0,24}?(?:设立|成立|组建|出资))?(?:的)?(?:全资子公司|全资附属公司|全资)`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'wholly_owned' },
    examples: [
      { text: '瀚星投资是小米科技有限责任公司的全资子公司。', expect: ['小米科技有限责任公司 → 瀚星投资'] },
      { text: '国泰君安金融控股有限公司是国泰君安证券股份有限公司经中国证监会批准在香港成立的全资子公司,公司的业务范围包括经纪业务、期货买卖和证券投资顾问等。', expect: ['国泰君安证券股份有限公司 → 国泰君安金融控股有限公司'] },
      { text: '吉林梦溪工程管理有限公司官方网站介绍,该公司为中石油东北炼化工程有限公司全资子公司;而中石油东北炼化工程有限公司是隶属于中国石油天然气股份有限公司的全资', expect: ['中国石油天然气股份有限公司 → 中石油东北炼化工程有限公司', '中石油东北炼化工程有限公司 → 吉林梦溪工程管理有限公司'] },
      { text: '股权转让完成后,东航大酒店有限公司将成为东方航空的全资子公司。', expect: ['东方航空 → 东航大酒店有限公司'] },
      { text: '本次股权转让完成后,冠邦置业将成为TCL集团的全资子公司,纳入公司合并报表。', expect: ['TCL集团 → 冠邦置业'] },
    ],
  },
  {
    id: 'control/owns-wholly',
    type: 'CONTROLS',
    pattern: `{S}(?:的)?(?:全资子公司|全资附属公司)[“"「]?{O}`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'wholly_owned' },
    examples: [{ text: '比亚迪的全资子公司弗迪电池。', expect: ['比亚迪 → 弗迪电池'] }],
  },
  {
    // 其 opening a clause before a wholly owned subsidiary: the company the sentence named first (东风汽车集团股份有限公司
    // 发布公告称，其全资子公司东风资产管理有限公司拟…).
    id: 'control/its-wholly-owned',
    type: 'CONTROLS',
    // So for one it acts on (公司拟…对全资子公司赣锋锂电增资).
    pattern: ITS_SUBSIDIARY('全资'),
    subject: 'actor',
    object: 'O',
    facts: { kind: 'wholly_owned' },
    examples: [
      // Written probe in the form of a listed company's announcement.
      { text: '9月5日，东风汽车集团股份有限公司发布公告称，其全资子公司东风资产管理有限公司拟以现金方式受让岚图汽车科技有限公司20%股权。', expect: ['东风汽车集团股份有限公司 → 东风资产管理有限公司'] },
      { text: '11月20日晚间，赣锋锂业公告称，公司拟以自有资金3亿元对全资子公司赣锋锂电增资。', expect: ['赣锋锂业 → 赣锋锂电'] },
      // Written probe in the form of a battery maker's announcement: the verb before it.
      { text: '比亚迪拟增资全资子公司弗迪电池有限公司。', expect: ['比亚迪 → 弗迪电池有限公司'] },
      // Written probe in the form of an announcement: a sale of its shares (公司拟将全资子公司X…股权转让给).
      { text: '长城汽车发布公告称，公司拟将全资子公司欧拉汽车有限公司30%的股权转让给保定市国有资本运营有限公司。', expect: ['长城汽车 → 欧拉汽车有限公司'] },
    ],
  },
  {
    // The same for a subsidiary it controls (拟以自有资金不超过2亿元增资控股子公司青海良承矿业有限公司).
    id: 'control/its-controlled',
    type: 'CONTROLS',
    pattern: ITS_SUBSIDIARY('控股'),
    subject: 'actor',
    object: 'O',
    facts: { kind: 'controlling' },
    examples: [
      // Written probe in the form of a battery maker's announcement.
      { text: '赣锋锂业拟以自有资金不超过2亿元增资控股子公司青海良承矿业有限公司。', expect: ['赣锋锂业 → 青海良承矿业有限公司'] },
    ],
  },
  {
    // The same for a subsidiary of no stated kind (拟向其子公司广汽埃安增资).
    id: 'control/its-subsidiary',
    type: 'CONTROLS',
    pattern: ITS_SUBSIDIARY(''),
    subject: 'actor',
    object: 'O',
    facts: { kind: 'subsidiary' },
    examples: [
      // Written probe in the form of a car maker's announcement.
      { text: '公告显示，广汽集团拟向其子公司广汽埃安增资不超过50亿元。', expect: ['广汽集团 → 广汽埃安'] },
    ],
  },
  {
    // Founding a wholly owned subsidiary (三一重工宣布，将以自有资金3亿元设立全资子公司三一氢能有限公司).
    id: 'control/founds-wholly-owned',
    type: 'CONTROLS',
    pattern: `{S}{_30}(?:设立|成立|组建|新设|注册成立)(?:了)?(?:一家)?(?:全资子公司|全资附属公司)[“"「]?{O}`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'wholly_owned' },
    examples: [
      // Written probe in the form of a listed company's announcement.
      { text: '三一重工宣布，将以自有资金3亿元设立全资子公司三一氢能有限公司。', expect: ['三一重工 → 三一氢能有限公司'] },
    ],
  },
  {
    // A fund's general partner manages it (执行事务合伙人 and 普通合伙人, GP).
    id: 'control/general-partner',
    type: 'CONTROLS',
    pattern: `{S}{_8}(?:为|是|系|作为|担任)(?:了)?{O}(?:的)?(?:唯一)?(?:普通合伙人|执行事务合伙人|GP)`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'controlling' },
    examples: [
      // Written probe in the form of business-registry news.
      { text: '哈勃科技创业投资有限公司为深圳哈勃科技投资合伙企业（有限合伙）的执行事务合伙人。', expect: ['哈勃科技创业投资有限公司 → 深圳哈勃科技投资合伙企业（有限合伙）'] },
    ],
  },
  {
    // The same named after the fund (X的执行事务合伙人为Y).
    id: 'control/general-partner-named',
    type: 'CONTROLS',
    pattern: `{O}(?:的)?${GENERAL_PARTNER_IS}`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'controlling' },
    examples: [
      // Written probe in the form of business-registry news.
      { text: '深圳哈勃科技投资合伙企业（有限合伙）的执行事务合伙人为哈勃科技创业投资有限公司。', expect: ['哈勃科技创业投资有限公司 → 深圳哈勃科技投资合伙企业（有限合伙）'] },
    ],
  },
  {
    // …and in a clause after the fund, by 其 or by nothing (X成立于2017年，其执行事务合伙人为Y).
    id: 'control/its-general-partner',
    type: 'CONTROLS',
    pattern: `(?:^|[，,；])(?:而|且)?(?:其)?(?:的)?${GENERAL_PARTNER_IS}`,
    subject: 'S',
    object: 'fund',
    facts: { kind: 'controlling' },
    examples: [
      // Written probe in the form of business-registry news.
      { text: '另据企查查，湖北小米长江产业基金合伙企业（有限合伙）成立于2017年，其执行事务合伙人为湖北小米长江产业投资基金管理有限公司。', expect: ['湖北小米长江产业投资基金管理有限公司 → 湖北小米长江产业基金合伙企业（有限合伙）'] },
    ],
  },
  {
    id: 'control/subsidiary-of',
    type: 'CONTROLS',
    // After 旗下, a word for a company or an asset (旗下专业生产新型建材产品的企业, 旗下一块优质资产), or the clause ends:
    // what else follows it may be what the company owns (成为赣锋锂业旗下…项目的投资方之一).
    pattern: `{Os}(?:同|均|都)?(?:将|已|已经|即将|也将|也|则|仍|仍将|继续|将继续|仍然)?(?:是|为|系|作为|成为)(?:了)?{S}(?:的)?(?:非全资)?(?:控股子公司|子公司|附属公司|旗下(?:的)?(?:[^\\ue000-\\uefff，,。；;]{0,16}?(?:全资子公司|公司|企业|子公司|资产)|(?=[，,。；;]|$)))`,
    subject: 'S',
    object: 'Os',
    facts: { kind: 'subsidiary' },
    examples: [
      { text: '弗迪电池是比亚迪旗下公司。', expect: ['比亚迪 → 弗迪电池'] },
      { text: '岭南国际与广州越秀集团同为广州市国资委旗下全资子公司。', expect: ['广州市国资委 → 岭南国际', '广州市国资委 → 广州越秀集团'] },
      // Written probe in the form of a carmaker's profile: a word for the business before its kind (一家电池企业).
      { text: '弗迪电池是比亚迪旗下的一家电池企业。', expect: ['比亚迪 → 弗迪电池'] },
      // Written probe in the form of a Hong Kong announcement, in Traditional characters: 之 for 的, a subsidiary not
      // wholly owned, and what it goes on being.
      { text: '欣旺達動力將繼續為欣旺達電子股份有限公司之非全資附屬公司。', expect: ['欣旺达电子股份有限公司 → 欣旺达动力'] },
    ],
  },
  {
    id: 'control/subsidiary-named',
    type: 'CONTROLS',
    // The list takes no 与: AES的子公司AES黑海控股公司与国华能源投资公司组建… names a partner after it.
    pattern: `{A}(?:的)?(?:控股子公司|子公司|附属公司|成员企业|下属企业|下属公司)[“"「——]*(?<Os>[\\ue000-\\ue3ff](?:(?:、|和|及|以及)[\\ue000-\\ue3ff])*)(?!的?(?:控股子公司|子公司|附属公司|成员企业|下属企业|下属公司))`,
    subject: 'S',
    object: 'Os',
    facts: { kind: 'subsidiary' },
    examples: [
      { text: '中国石油子公司中石油国际投资有限公司和荷兰皇家壳牌子公司澳洲壳牌能源控股有限公司昨天联合宣布,', expect: ['荷兰皇家壳牌 → 澳洲壳牌能源控股有限公司'] },
      { text: '<N>年,AES的子公司AES黑海控股公司与国华能源投资公司组建合资企业国华爱依斯风电有限公司,AES在该合资企业中持股<N>%。', expect: ['AES → AES黑海控股公司'] },
    ],
  },
  {
    id: 'control/controller-changes-to',
    type: 'CONTROLS',
    // The new controller: 银星能源实际控制人将由宁夏国资委变更为中国铝业.
    pattern: `${CONTROLLER_CHANGE_FROM('[\\ue000-\\ue3ff]')}(?:民企|国企|外资|央企)?{S}`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'actual_controller' },
    examples: [{ text: '若顺利拿下宁夏发电集团控制权,银星能源实际控制人将由宁夏国资委变更为中国铝业。', expect: ['中国铝业 → 银星能源'] }],
  },
  {
    id: 'control/controller-changes-from',
    type: 'CONTROLS',
    // The controller before the change: 宁夏国资委, in the same sentence.
    pattern: CONTROLLER_CHANGE_FROM('{A}'),
    subject: 'S',
    object: 'O',
    facts: { kind: 'actual_controller', past: true },
    examples: [{ text: '若顺利拿下宁夏发电集团控制权,银星能源实际控制人将由宁夏国资委变更为中国铝业。', expect: ['宁夏国资委 → 银星能源'] }],
  },
  {
    id: 'control/through-subsidiary',
    type: 'CONTROLS',
    // A company acting through its subsidiary names it: 中石油宣布将通过旗下子公司中油勘探开发有限公司,…
    pattern: `{S}{c16}通过(?:其)?(?:旗下|下属)?(?:的)?(?:全资|控股)?(?:子公司|附属公司)[“"「]?(?<Os>[\\ue000-\\ue3ff](?:(?:、|和|及|以及)[\\ue000-\\ue3ff])*)`,
    subject: 'S',
    object: 'Os',
    facts: { kind: 'subsidiary' },
    examples: [
      { text: '<N>年<N>月2<N>日,中石油宣布将通过旗下子公司中油勘探开发有限公司,与哈萨克斯坦国家油气公司联合出资<N>亿美元,收购曼格什套油气公司全部股份,', expect: ['中石油 → 中油勘探开发有限公司'] },
      { text: '但在<N>月<N>日,市场传出湖南华菱集团也通过旗下子公司湘钢递交了受让申请,成为辽宁方大集团的竞争者之一。', expect: ['湖南华菱集团 → 湘钢'] },
    ],
  },
  {
    id: 'control/own-subsidiary',
    type: 'CONTROLS',
    pattern: `(?:^|[，,；])(?:近日)?(?:公司|本公司)(?:及|和|与)?(?:其)?(?:全资子公司|控股子公司)[“"「]?{O}`,
    subject: 'here',
    object: 'O',
    facts: { kind: 'subsidiary' },
    examples: [{ text: '国统股份今日公告称,公司全资子公司四川国统混凝土制品有限公司与中国华西工程设计建设有限公司综合设计所签署PCCP采购合同,总金额为<N>.<N>万美元。', expect: ['国统股份 → 四川国统混凝土制品有限公司'] }],
  },
  {
    id: 'control/parent-named',
    type: 'CONTROLS',
    // The parent is read ahead, not taken, so that it may own the next link of a chain (公司控股股东A的控股股东B).
    pattern: `{O}(?:的)?(?:母公司|控股股东|控股方|控股公司)(?:(?:及|和|暨)(?:法人)?(?:实际控制人|实控人))?(?:均|皆)?(?:为|是|系)?(?={S})`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'controlling' },
    examples: [
      // The scale corpus's sentence after a written one naming the company: both links of the chain.
      { text: '杉杉股份今日复牌。近日有报道称,公司控股股东杉杉集团的控股股东杉杉投资控股有限公司将借伊藤忠商事入股杉杉股份。', expect: ['杉杉投资控股有限公司 → 杉杉集团'] },
      { text: '但此事最终有变,<N>天后,上海凯迪母公司仰帆投资以股权对价的方式拿下*ST国药控股权,上海凯迪就此“掉头”借壳*ST国药。', expect: ['仰帆投资 → 上海凯迪'] },
      { text: '今年年初起,中石化母公司中国石油化工集团公司(下称“中石化集团”)公布了一项分拆重组及上市计划。', expect: ['中国石油化工集团公司 → 中石化'] },
      { text: '目前日升公司控股股东及法人实际控制人为湖北裕东科技有限公司,后者持有其<N>.<N>%股权。', expect: ['湖北裕东科技有限公司 → 日升公司'] },
    ],
  },
  {
    id: 'control/controlling-person',
    type: 'CONTROLS',
    // Both posts may be named together (控股股东、实际控制人张建中).
    pattern: `{O}(?:的)?(?:控股股东|实际控制人|实控人)(?:、(?:控股股东|实际控制人|实控人))?(?:为|是|系)?{P}`,
    subject: 'P',
    object: 'O',
    facts: { kind: 'controlling' },
    examples: [{ text: '值得注意的是,中利腾辉的另两位股东为中利科技的控股股东王柏兴及其控股的中鼎房产。', expect: ['王柏兴 → 中利科技'] }],
  },
  {
    id: 'control/controlling-person-of-topic',
    type: 'CONTROLS',
    // 公司 or 其 opening a clause, before its controller's posts, no company named before it in the sentence: the
    // company the text is about (寒武纪今日上市。公司曾获得阿里巴巴投资，公司实际控制人为陈天石 is not 阿里巴巴's).
    pattern: `${COMPANY_CLAUSE}(?:公司|其)(?:的)?(?:控股股东|实际控制人|实控人)(?:、(?:控股股东|实际控制人|实控人))?(?:为|是|系)?{P}`,
    subject: 'P',
    object: 'topic',
    facts: { kind: 'controlling' },
    examples: [
      // Written probe in the form of a prospectus summary. (After a short opening clause, 本次发行前，公司…, 公司 is masked
      // as the company and control/controlling-person reads it.)
      { text: '摩尔线程拟在科创板上市。截至本招股说明书签署日，公司控股股东、实际控制人张建中直接持有公司36.4%的股份。', expect: ['张建中 → 摩尔线程'] },
    ],
  },
  {
    id: 'control/parent-of-company',
    type: 'CONTROLS',
    // 公司 or 其 opening a clause before its parent, no company named before it in the sentence: the company the
    // text is about (…复牌。近日有报道称,公司控股股东杉杉集团…).
    pattern: `${COMPANY_CLAUSE}(?:公司|其)(?:的)?(?:控股股东|母公司)(?:为|是|系)?{S}`,
    subject: 'S',
    object: 'topic',
    facts: { kind: 'controlling' },
    examples: [
      // Written probe: the company named in the sentence before. (After a short opening clause, 近日有报道称,公司…, 公司 is
      // masked as the company and control/parent-named reads it.)
      { text: '杉杉股份今日复牌。据多家媒体近日报道称,公司控股股东杉杉集团将借伊藤忠商事入股。', expect: ['杉杉集团 → 杉杉股份'] },
    ],
  },
  {
    id: 'control/parent-of-topic',
    type: 'CONTROLS',
    pattern: `(?:^|[，,；：:])(?:公司|其)?(?:的)?(?:控股股东|母公司)(?:为|是|系)?{S}`,
    subject: 'S',
    object: 'here',
    facts: { kind: 'controlling' },
    examples: [{ text: '成商集团今天公告,公司控股股东深圳茂业商厦有限责任公司<N>月<N>日增持<N>万股,', expect: ['深圳茂业商厦有限责任公司 → 成商集团'] }],
  },
  {
    // No company before 控股股东: the one it controls is named after, as the company whose shares are counted.
    id: 'control/parent-share-of',
    type: 'CONTROLS',
    pattern: `(?:^|[，,；：:])(?:公司)?(?:控股股东|母公司)(?:为|是|系)?{S}{c30}[，,]占{O}(?:的)?(?:股份|股本)?(?:总额|总股本|总股份|已发行股份)`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'controlling' },
    examples: [{ text: '澄清声明同时透露,截至<N>年<N>月<N>日,控股股东武钢集团合计增持了<N>.<N>万股,占武钢股份股份总额的<N>.<N>%。', expect: ['武钢集团 → 武钢股份'] }],
  },
  {
    // What a company has under it (旗下拥有A、B和C, 旗下已设有一家…的公司X): its subsidiaries. Not its brands
    // (旗下拥有X等<N>个小品牌).
    id: 'control/has-under',
    type: 'CONTROLS',
    pattern: `{A}{c8}旗下(?:还|已|已经|目前|共|则|主要|现|现已|同时|也)*(?:拥有|有|包括|包含|设有|控制)(?:了|着)?(?:[^\\ue000-\\uefff。；，,]{0,24}?(?:公司|企业|平台|基金))?[“"「]?{Os}(?![^。；，,]{0,24}?品牌)`,
    subject: 'S',
    object: 'Os',
    facts: { kind: 'subsidiary' },
    examples: [
      { text: '目前,上实集团旗下已经拥有上实控股、上实医药、中西药业四家医药类上市公司。', expect: ['上实集团 → 上实控股', '上实集团 → 上实医药', '上实集团 → 中西药业'] },
      { text: '中广核集团旗下已设有一家专门从事开发建设太阳能发电项目的公司中广核太阳能开发公司,而此次中广核工程公司对太阳能产业的挺进则无疑是中广核集团试图拓宽太阳能', expect: ['中广核集团 → 中广核太阳能开发公司'] },
    ],
  },
  {
    // A clause that opens with what is under the company opening a clause before (鸿海集团今日宣布，旗下子公司鸿准精密将…).
    id: 'control/under-clause',
    type: 'CONTROLS',
    pattern: `(?<=[，,；])(?:其)?(?:旗下|下属)(?:的)?(?:[^\\ue000-\\uefff。；，,、]{0,6}?(?:公司|企业|子公司|基金|投资平台|平台))?[“"「]?{O}(?!${TO_ROUND_VERB}|、|和|及)`,
    subject: 'clause',
    object: 'O',
    facts: { kind: 'subsidiary' },
    examples: [
      // Written probe in the form of Taiwanese news, in Traditional characters.
      { text: '鴻海集團今（21）日宣布，旗下子公司鴻準精密將以每股2,500日圓認購日本電產約5%股權。', expect: ['鸿海集团 → 鸿准精密'] },
    ],
  },
  {
    id: 'control/under',
    type: 'CONTROLS',
    // Not inside a list (投资方包括A、B旗下C、D), where what follows the first company after 旗下 is the list's. A list
    // that opens with the owner (还包括中石化旗下的A、B和C) is the owner's.
    // Nor a list of a round's investors (A旗下B、C、D跟投), where only the first is the owner's
    // (control/under-round-investor).
    pattern: `(?<!、|以及|及|和){A}${UNDER}{Os}(?!${TO_ROUND_VERB})`,
    subject: 'S',
    object: 'Os',
    facts: { kind: 'subsidiary' },
    examples: [
      { text: '小米產投由小米科技有限責任公司旗下的天津金星創業投資有限公司全資擁有。', expect: ['小米科技有限责任公司 → 天津金星创业投资有限公司'] },
      // Written probe in the form of car news.
      { text: '地平线与大众汽车集团旗下软件公司CARIAD成立合资公司酷睿程，大众持股60%。', expect: ['大众汽车集团 → CARIAD'] },
    ],
  },
  {
    // The first of a round's investors named after its owner (上汽集团旗下尚颀资本、小米长江产业基金、中金资本跟投).
    id: 'control/under-round-investor',
    type: 'CONTROLS',
    pattern: `(?<!、|以及|及|和){A}${UNDER}{O}(?=${TO_ROUND_VERB})`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'subsidiary' },
    examples: [
      // Written probe in the form of financing news.
      { text: '本轮融资由国家集成电路产业投资基金二期领投，上汽集团旗下尚颀资本、小米长江产业基金、中金资本跟投。', expect: ['上汽集团 → 尚颀资本'] },
    ],
  },
  {
    id: 'control/under-in-list',
    type: 'CONTROLS',
    pattern: `(?<=、|以及|及|和){A}${UNDER}{O}`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'subsidiary' },
    examples: [
      // Written probe in the form of chip news.
      { text: '芯驰科技完成B+轮融资，投资方包括国家集成电路产业投资基金二期、上汽集团旗下尚颀资本、小米长江产业基金等。', expect: ['上汽集团 → 尚颀资本'] },
    ],
  },
  {
    id: 'control/controlling-shareholder',
    type: 'CONTROLS',
    pattern: `{S}(?:由此|因此|随之|将|已|已经|也|仍|则|从而|即将|也将|在|正式)?(?:系|为|是|成为)(?:了)?{O}(?:的)?(?:控股股东|实际控制人|实控人)`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'controlling' },
    examples: [
      { text: '吉利控股集团为吉利汽车的控股股东。', expect: ['吉利控股集团 → 吉利汽车'] },
      { text: '丹基集团在成为汇通集团实际控制人后曾表示,在未来<N>个月内有可能继续增加其在汇通集团中拥有的权益股份。', expect: ['丹基集团 → 汇通集团'] },
      // 公司由此成为…: 公司 before 由此 is the company the sentence opens with.
      { text: '<N>月份,中鼎股份宣布以现金收购并增资天津飞龙橡胶制品有限责任公司,公司由此成为天津飞龙的控股股东。', expect: ['中鼎股份 → 天津飞龙'] },
    ],
  },
  {
    // A later clause with no subject of its own: the subject of the clause before it became the parent.
    id: 'control/became-parent-clause',
    type: 'CONTROLS',
    pattern: `[，,](?:并|且|从而|进而|由此|一举|随后|也|还|将|已|仍|亦)*(?:成为|为|是|系)(?:了)?(?:当时)?{O}(?:的)?(?:控股股东|实际控制人|实控人)`,
    subject: 'clause',
    object: 'O',
    facts: { kind: 'controlling' },
    examples: [
      { text: '由此,上海久事持有强生集团<N>%股份,成为强生集团的第一大股东,并进而成为强生控股的实际控制人。', expect: ['上海久事 → 强生控股'] },
      // 其 is the company named last before it; the approving authority opens no clause of its own.
      { text: '根据协议,在经江西省政府批准之后,中铝公司将以增资扩股方式对江钨控股集团进行出资,成为其控股股东。', expect: ['中铝公司 → 江钨控股集团'] },
      { text: '本次发行完成后,按发行股票数量的上限计算,湘电集团持有的股份占发行人股份<N>.<N>%,仍为湘电股份的控股股东。', expect: ['湘电集团 → 湘电股份'] },
    ],
  },
  {
    // 华粮整体并入中粮,成为其全资子企业: the subject of the clause before becomes the subsidiary of 其.
    id: 'control/became-subsidiary-clause',
    type: 'CONTROLS',
    pattern: `[，,](?:并|且|从而|进而|由此|随后|也|将|已|正式)*成为(?:了)?{S}(?:的)?(?:全资|控股)?(?:子公司|子企业|附属公司)`,
    subject: 'S',
    object: 'clause',
    facts: { kind: 'subsidiary' },
    examples: [{ text: '国资委称,经报国务院批准,华粮整体并入中粮,成为其全资子企业。', expect: ['中粮 → 华粮'] }],
  },
  {
    id: 'control/controlling-shareholder-is',
    type: 'CONTROLS',
    pattern: `{O}(?:的)?控股股东(?:为|是|系){S}`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'controlling' },
    examples: [{ text: '吉利汽车的控股股东为吉利控股集团。', expect: ['吉利控股集团 → 吉利汽车'] }],
  },
  {
    id: 'control/controlling-shareholder-named',
    type: 'CONTROLS',
    pattern: `{O}(?:的)?控股股东{S}`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'controlling' },
    examples: [{ text: '青岛啤酒控股股东青岛啤酒集团有限公司于<N>月<N>日通过上证所证券交易系统增持公司股份187<N><N>50股,', expect: ['青岛啤酒集团有限公司 → 青岛啤酒'] }],
  },
  {
    id: 'control/controlling-shareholder-of-topic',
    type: 'CONTROLS',
    pattern: `(?<![\\ue000-\\ue3ff\\uec00-\\uefff的])(?:其|公司)?控股股东(?:单位)?{S}`,
    subject: 'S',
    object: 'nearest',
    facts: { kind: 'controlling' },
    examples: [{ text: '证券时报网0<N>月<N>日讯长航油运<N>日晚间发布公告,控股股东南京油运于<N>年<N>月<N>日通过上交所交易系统增持公司股份<N>万股。', expect: ['南京油运 → 长航油运'] }],
  },
  {
    id: 'control/person-owned',
    type: 'CONTROLS',
    pattern: `{P}(?:个人|本人)?(?:掌控|控制|实际控制|实控|控股|旗下)?的(?:[^\\ue000-\\uefff，。,；]{0,8}?(?:机构|公司|企业|基金|平台))?[“"「]?{O}`,
    subject: 'P',
    object: 'O',
    facts: { kind: 'actual_controller' },
    examples: [
      { text: '作为全国人大代表的雷军，雷军个人的天使投资机构顺为创业也早在2014年就开始布局新能源汽车产业。', expect: ['雷军 → 顺为创业'] },
      { text: '据了解,周星驰掌控的星辉海外有限公司在港交所发布公告。', expect: ['周星驰 → 星辉海外有限公司'] },
    ],
  },
  {
    id: 'control/actual-controller-person',
    type: 'CONTROLS',
    pattern: `(?:疑似|公司)?(?:实际控制人|实控人)(?:均)?(?:为|是|系)(?:[\\ue000-\\ue3ff])?{_12}{P}`,
    subject: 'P',
    object: 'here',
    facts: { kind: 'actual_controller' },
    examples: [{ text: '小米產投由天津金星創業投資有限公司全資擁有,實際控制人為雷軍。', expect: ['雷军 → 小米产投'] }],
  },
  {
    id: 'control/actual-controller-of-holding',
    type: 'CONTROLS',
    pattern: `(?:^|[，,；：:])(?:而|且|公司|其)?(?:的)?(?:最终)?(?:实际控制人|实控人|实际控股股东)(?:均|仍|也|皆|则)?(?:为|是|系){S}(?![\\ue000-\\ue3ff\\uec00-\\uefff]|的|旗下|下属|控股)`,
    subject: 'S',
    object: 'holding',
    facts: { kind: 'actual_controller' },
    examples: [
      { text: '歌华有线第一大股东为北京北广传媒投资发展中心,持有其<N>.<N>%股份,实际控制人为北京北广传媒集团。', expect: ['北京北广传媒集团 → 歌华有线'] },
    ],
  },
  {
    id: 'control/actual-controller-org',
    type: 'CONTROLS',
    pattern: `{Os}(?:的)?(?:共同的)?(?:实际控制人|实控人|实际控股股东)(?:仍|均|皆|也)?(?:为|是|系){S}`,
    subject: 'S',
    object: 'Os',
    facts: { kind: 'actual_controller' },
    examples: [
      { text: '不过,岭南国际与广州越秀集团同为广州市国资委旗下全资子公司,因此股权划转后,东方宾馆的实际控制人仍为广州市国资委。', expect: ['广州市国资委 → 东方宾馆'] },
    ],
  },
  {
    id: 'control/wholly-owned-topic',
    type: 'CONTROLS',
    pattern: `(?:^|[，,])(?:并|且|均|目前)?由{A}(?:(?:100%|百分之百)?全资|100%|百分之百)(?:拥有|持有|持股|控股)(?!的)`,
    subject: 'S',
    object: 'here',
    facts: { kind: 'wholly_owned' },
    examples: [{ text: '建银国际资产管理有限公司成立于<N>年,由建设银行全资拥有。', expect: ['建设银行 → 建银国际资产管理有限公司'] }],
  },
  {
    // Held in control by a company, as a state (极氪智能科技由吉利控股集团控股): not a purchase, which 被…控股 and
    // 由…收购 are (acquisition/passive). Not a holding's kind (由X控股的子公司).
    id: 'control/held-by',
    type: 'CONTROLS',
    pattern: `{O}(?:目前|现|现在|仍|均|则)?由{A}(?:绝对|相对)?控股(?![\ue000-\ue3ff\uec00-\uefff]|的|股东|子公司|公司|集团|权)`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'controlling' },
    examples: [
      // Written probe in the form of car news.
      { text: '极氪智能科技由吉利控股集团控股，实际控制人为李书福。', expect: ['吉利 → 极氪智能科技'] },
    ],
  },
  {
    // Under a controller's actual control, as a state (广汽埃安由广州市国资委实际控制), a company or a person.
    id: 'control/controlled-by',
    type: 'CONTROLS',
    pattern: CONTROLLED_BY('{A}'),
    subject: 'S',
    object: 'O',
    facts: { kind: 'actual_controller' },
    examples: [
      // Written probe in the form of chip news.
      { text: '东风汽车集团股份有限公司由国务院国资委实际控制。', expect: ['国务院国资委 → 东风汽车集团股份有限公司'] },
    ],
  },
  {
    id: 'control/controlled-by-person',
    type: 'CONTROLS',
    pattern: CONTROLLED_BY('{P}'),
    subject: 'P',
    object: 'O',
    facts: { kind: 'actual_controller' },
    examples: [
      // Written probe in the form of car news.
      { text: '威马汽车由其创始人沈晖实际控制。', expect: ['沈晖 → 威马汽车'] },
    ],
  },
  {
    id: 'control/actual-controller-of',
    type: 'CONTROLS',
    pattern: `{P}(?:将|已|已经|也|仍|则|从而)?(?:系|为|是|成为)(?:了)?{O}(?:的)?(?:实际控制人|实控人)`,
    subject: 'P',
    object: 'O',
    facts: { kind: 'actual_controller' },
    examples: [{ text: '雷军为小米产投的实际控制人。', expect: ['雷军 → 小米产投'] }],
  },
  {
    // The same in a later clause that leaves the person out (曾毓群持有公司约23.3%股份，为公司实际控制人). The company
    // may be named between (雷军持有小米约24%股份，为公司实际控制人); another person may not.
    id: 'control/actual-controller-clause',
    type: 'CONTROLS',
    pattern: `{P}[^\\ue400-\\ue7ff。；！？]{0,30}[，,](?:并|且|也|同时|从而|由此)?(?:系|为|是|成为)(?:了)?{O}(?:的)?(?:实际控制人|实控人)(?=$|[，,。；！？])`,
    subject: 'P',
    object: 'O',
    facts: { kind: 'actual_controller' },
    examples: [
      // Written probe in the form of battery news.
      { text: '公开资料显示，宁德时代董事长曾毓群持有公司约23.3%股份，为公司实际控制人。', expect: ['曾毓群 → 宁德时代'] },
      // Written probe in the form of car news.
      { text: '小米集团创始人雷军持有小米约24%股份，为公司实际控制人。', expect: ['雷军 → 小米'] },
    ],
  },
  {
    id: 'control/becomes-controller-through',
    type: 'CONTROLS',
    pattern: `{P}(?:是|系|则|也)?(?:通过|借助|凭借)[^。；！？]{2,60}?(?:而|从而|进而)?成为(?:了)?{O}(?:的)?(?:实际控制人|实控人)`,
    subject: 'P',
    object: 'O',
    facts: { kind: 'actual_controller' },
    examples: [
      { text: '胡子敬是通过持有家润多第一大股东湖南友谊阿波罗股份有限公司(下称“友阿公司”)而成为家润多实际控制人的。', expect: ['胡子敬 → 家润多'] },
    ],
  },
  {
    id: 'control/controlled-by-relative',
    type: 'CONTROLS',
    pattern: `{O}(?:则|也|即|就)?(?:是|为|系)(?:由)?{S}(?:实际)?(?:全资)?(?:控股|控制|掌控)的`,
    subject: 'S',
    object: 'O',
    facts: { kind: 'controlling' },
    examples: [{ text: '上海凯密特是德国凯密特尔集团控股的中德合资企业。', expect: ['德国凯密特尔集团 → 上海凯密特'] }],
  },
  {
    id: 'control/common-controller',
    type: 'CONTROLS',
    pattern: `{Os}{_24}其共同(?:的)?(?:实际控制人|实控人|控股股东|母公司)(?:均|皆)?(?:为|是|系)?{S}`,
    subject: 'S',
    object: 'Os',
    facts: { kind: 'actual_controller' },
    examples: [
      { text: '长航凤凰与长航油运今日同时公告称,其共同的实际控制人长江航运总公司与中国对外贸易运输总公司向国资委共同报送重组请示,', expect: ['长江航运总公司 → 长航凤凰', '长江航运总公司 → 长航油运'] },
    ],
  },
  {
    id: 'control/controls-continued',
    type: 'CONTROLS',
    // The company a clause opens with goes on to control (建发股份发迹厦门,控股着…): only with 着, the verb's
    // ongoing form, which no noun of a holding takes.
    pattern: `{S}[^\\ue000-\\ue3ff\\uec00-\\uefff。；，,]{1,12}[，,](?:并|还|同时|也|且|则)?(?:全资)?(?:实际控制|控股|掌控|控制)着{Os}`,
    subject: 'S',
    object: 'Os',
    facts: { kind: 'controlling' },
    examples: [
      { text: '建发股份发迹厦门,控股着联发集团和建发房产,其大股东为厦门建发集团,实际控制人是厦门国资委。', expect: ['建发股份 → 联发集团', '建发股份 → 建发房产'] },
    ],
  },
  {
    id: 'control/controls',
    type: 'CONTROLS',
    pattern: `{S}(?:将|拟|已|已经|正式|成功|间接|直接|仍|继续)?(?:全资)?(?:实际控制|实控|控股|掌控|控制)(?:了|着)?(?:的)?{Os}`,
    subject: 'S',
    object: 'Os',
    facts: { kind: 'controlling' },
    examples: [
      { text: '国家电投实际控制上海电力。', expect: ['国家电投 → 上海电力'] },
      { text: '建发股份控股着联发集团和建发房产,其大股东为厦门建发集团。', expect: ['建发股份 → 联发集团'] },
      { text: '大唐发电将控股渝能集团。', expect: ['大唐发电 → 渝能集团'] },
      { text: '两次收购之后,路翔股份全资控股融达锂业。', expect: ['路翔股份 → 融达锂业'] },
    ],
  },
];
