import { BOUGHT_FROM, HOLDING_AFTER, NOT_BOUGHT_FROM, NOT_IN_HANDS, NOT_JUST_SOLD, NOT_THROUGH_RELATED, OWNER, TRADE_PARTNER, WHOLE_OF, type RelationRule } from './engine.ts';

/** X成立于…, (当时是|由) A (,) 联合(了) B … 共同出资: A and B put up the money for X, named first. */
const FOUNDED_JOINED = `^{O}(?:成立于|创立于|设立于|组建于){c20}[，,](?:当时|最初|起初|其)?(?:是|系|为|由)?{_12}{A}[，,]?(?:联合|携手|会同)(?:了)?{Os}{_24}(?:共同|一起|联合)(?:出资|投资|发起)`;

/** What ties a parent to the company it set up or owns: 华为新设立的…, 吉利旗下的…, 宁德时代旗下子公司…. */
const PARENT_OF = '(?:新|刚|刚刚)?(?:设立|成立|组建|分拆|旗下|下属)(?:的)?(?:(?:全资|控股)?子公司)?';
/** A parent named before the company invested in (see investment/verb). */
const PARENT_FIRST = `(?:[\\ue000-\\ue3ff]${PARENT_OF})?`;
/** A fund's partners who put money in, named after the word for them: 有限合伙人为A, 出资人包括A、B等. */
const PARTNERS_ARE = '(?:有限合伙人|出资人|LP)(?:主要)?(?:包括|为|是|系|有)(?:了)?{Ss}';

/** Not a return or value of a holding (股权投资收益率增至30%): a change of it is none of the holding. */
const NOT_RETURN = '(?!投资收益|投资回报|收益|回报|市值|估值|价值)';
/** Words that say money went in. */
const INVEST = '(?:战略入股|入股|参股|注资|增资|投资|出资|领投|跟投|参投|战略投资|(?<!引入|引进|作为|成为|为|的|家)战投|独家投资|联合投资|共同投资|追加投资)';
/**
 * A company named by what it is before its name: 宁德时代合资企业——上海快卜, 充电桩企业领充新能源, 澳大利亚锂矿企业Pilbara
 * (a country first).
 */
const APPOSITION = '(?:(?:[\\ue800-\\uebff]?[^\\ue000-\\uefff。；，]{0,6}?(?:企业|公司|厂商|品牌|机构)|[\\ue000-\\ue3ff](?:的)?(?:合资企业|合资公司|子公司|旗下公司))[——\\-－:：]*)?';

/**
 * A board or a meeting of the company named last before it resolving on a title that opens with 关于 (公司<N>日召开
 * 董事会审议《关于…的议案》): the company, and the words up to the title's verb.
 */
const BOARD_RESOLVES = '{S}[^\\ue000-\\ue3ff\\uec00-\\uefff。；！？]{0,40}?(?:审议|通过|审议通过|批准)(?:了)?(?:包括)?[《“"]?关于';

/** Investment rules: who put money into whom. */
export const INVESTMENT_RULES: readonly RelationRule[] = [
  {
    id: 'investment/via-vehicle',
    type: 'INVESTED_IN',
    // What it pays may stand between (通过子公司X以每股120日圆认购Y新股).
    pattern: `{S}{_}通过(?:其)?(?:实控|控股|旗下|全资子公司|控股子公司|子公司|全资持股)?(?:的)?{V}[，,]?(?:{_6}|以{c16})(?:${INVEST}|认购)(?:了)?(?:[\\ue000-\\ue3ff](?:的)?旗下(?:的)?)?${APPOSITION}{O}(?![^，,。；]{0,10}(?:债券|公司债|美元债|可转债|可转换|票据|理财))`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '小米近日通过实控的瀚星投资，战略入股宁德时代合资企业——上海快卜。', expect: ['小米 → 上海快卜', '瀚星投资 → 上海快卜'] },
      // Written probe in the form of Taiwanese news: a subsidiary, what it pays, and the owner of the company it buys into.
      { text: '鴻海精密今日公告，將透過子公司Foxconn (Far East) Limited以每股120日圓認購夏普旗下堺顯示器產品公司新股，取得約20%股權。', expect: ['鸿海精密 → 堺显示器产品公司', 'Foxconn (Far East) Limited → 堺显示器产品公司'] },
    ],
  },
  {
    id: 'investment/verb',
    type: 'INVESTED_IN',
    // The parent before what is invested in is not invested in (投资华为新设立的智能汽车解决方案公司). 投资机构,
    // 投资方, 投资人 and 投资者 name investors, not an act (获得阿布扎比投资机构CYVN Holdings…投资).
    // A company just sold is not who invests next (柯希平套现紫金矿业入股京东方: 柯希平 sells and invests).
    pattern: `${NOT_JUST_SOLD}{Ss}${NOT_THROUGH_RELATED}{c16}(?:已|曾|均|分别|共同|联合|一起|再次|先后|相继)?(?:对|向)?${INVEST}(?!机构|方|人|者)(?:了)?(?:充电桩|芯片|电池|半导体|汽车|新能源)?${APPOSITION}${PARENT_FIRST}{Os}(?!${PARENT_OF})`,
    subject: 'Ss',
    object: 'Os',
    examples: [
      // Written probe in the form of chip news: 战投, a strategic investment as news call it.
      { text: '蔚来资本战投了一家芯片企业地平线。', expect: ['蔚来资本 → 地平线'] },
      { text: '2024年,小米投资充电樁企業領充新能源。', expect: ['小米 → 领充新能源'] },
      { text: '于是，小米投资上海快卜，也就不足为奇了。', expect: ['小米 → 上海快卜'] },
      // Written probe in the form of battery news: a country before what the company is.
      { text: '宁德时代以约2.2亿元战略投资澳大利亚锂矿企业Pilbara，持股8.5%。', expect: ['宁德时代 → Pilbara'] },
      // Written probe in the form of battery news: the parent and what the company is before it.
      { text: '上汽集团以11亿元入股宁德时代旗下子公司时代上汽。', expect: ['上汽集团 → 时代上汽'] },
    ],
  },
  {
    // Capital put into a subsidiary of the company the sentence is about (使用超募资金…与四名自然人共同增资控股子公司X):
    // the gap to the company may be long, the subsidiary's kind says whose it is.
    id: 'investment/into-subsidiary',
    type: 'INVESTED_IN',
    pattern: `(?:增资|注资)(?:其)?(?:全资|控股)(?:子公司|附属公司)[“"「]?{O}`,
    subject: 'actor',
    object: 'O',
    examples: [
      { text: '一方面,<N>年<N>月,日科化学披露使用超募资金<N>.<N>亿元与四名自然人共同增资控股子公司日科橡塑,并以其为主体投资<N>.<N>亿元建设年产<N>万吨ACM项目。', expect: ['日科化学 → 日科橡塑'] },
    ],
  },
  {
    // A count of companies invested in, then who they are (已累计投资超过20家上下游企业，包括A、B、C等).
    id: 'investment/portfolio-list',
    type: 'INVESTED_IN',
    pattern: `{Ss}{c24}(?:投资|入股|参股)(?:了)?(?:超过|逾|近|约|共)?(?:\\d+|<N>|[一二三四五六七八九十百千数多几]+)(?:余)?家{c12}(?:企业|公司)[，,]?(?:其中)?(?:包括|如|涵盖)(?:了)?{Os}`,
    subject: 'Ss',
    object: 'Os',
    examples: [
      // Written probe in the form of battery news.
      { text: '宁德时代已累计投资超过20家上下游企业，包括天华超净、永太科技、志存锂业等。', expect: ['宁德时代 → 天华超净', '宁德时代 → 永太科技', '宁德时代 → 志存锂业'] },
      { text: '小米产投已投资了近百家公司，包括云英谷、芯驰科技和纵目科技。', expect: ['小米产投 → 云英谷', '小米产投 → 纵目科技'] },
    ],
  },
  {
    id: 'investment/with-partner',
    type: 'INVESTED_IN',
    pattern: `(?:联合|联手|携手|与|和|同){Ss}(?:共同|一起|一同)?${INVEST}(?:了)?{Os}`,
    subject: 'Ss',
    object: 'Os',
    withTopic: true,
    examples: [{ text: '小米再次联手宁德时代！继联合宁德时代入股芯迈半导体后，小米近日通过实控的瀚星投资入股上海快卜。', expect: ['宁德时代 → 芯迈半导体', '小米 → 芯迈半导体'] }],
  },
  {
    id: 'investment/to-target',
    type: 'INVESTED_IN',
    // The means may stand before the target: 拟以自有资金2亿元对…进行增资.
    pattern: `{Ss}{_8}(?:(?:以|出资|斥资|使用)[^\\ue000-\\uefff，。,；]{0,12}?)?(?:对|向|在)(?:[^\\ue000-\\ue3ff\\uec00-\\uefff，。,；]{0,12}?(?:公司|企业|机构|平台|基金|巨头))?{Os}(?![^，。,；]{0,6}?的(?:合资公司|合资企业|子公司|公司|企业|项目))(?:进行|实施|完成)?(?:了)?{c8}${INVEST}(?!公司|机构|方|人士|人员|者)`,
    subject: 'Ss',
    object: 'Os',
    examples: [
      { text: '腾讯向京东注资人民币二十亿元。', expect: ['腾讯 → 京东'] },
      { text: '阿里巴巴近日证实,将向总部位于美国的游戏公司Kabam投资<N>.<N>亿美元。', expect: ['阿里巴巴 → Kabam'] },
      // Written for the form: the means before the target, longer than the gap (拟以自有资金2亿元).
      { text: '4月12日,欣旺达发布公告称,公司拟以自有资金2亿元对深圳市锂动科技有限公司进行增资。', expect: ['欣旺达 → 深圳市锂动科技有限公司'] },
    ],
  },
  {
    id: 'investment/to-target-continued',
    type: 'INVESTED_IN',
    // A clause with no company of its own that puts money into one (中信证券除公布…,公司董事会还决定对中证期货有限公司增资…):
    // the investor is the one company named before it, near the sentence's start.
    pattern: `(?<=^[^\\ue000-\\uefff。；！？]{0,20}[\\ue000-\\ue3ff][^\\ue000-\\uefff。；！？]{0,40})[，,；](?:公司|本公司)?(?:董事会)?(?:还|也|同时|并|另外|此外)?(?:决定|同意|拟|将|计划|准备)?(?:以{c12})?(?:对|向){Os}(?:进行)?(?:现金|追加)?(?:增资|注资)(?!扩股)`,
    subject: 'here',
    object: 'Os',
    examples: [
      { text: '中信证券除公布即将试水股指期货外,公司董事会还决定对中证期货有限公司增资<N>.<N>亿元,增资后注册资本为<N>亿元。', expect: ['中信证券 → 中证期货有限公司'] },
    ],
  },
  {
    id: 'investment/verb-continued',
    type: 'INVESTED_IN',
    // A later clause with no company of its own that invests, the verb made one by 了 (长城汽车新增对外投资,投资了
    // 上海燕龙基新能源有限公司): the investor is the one company named before it, near the sentence's start.
    pattern: `(?<=^[^\\ue000-\\uefff。；！？]{0,20}[\\ue000-\\ue3ff][^\\ue000-\\uefff。；！？]{0,40})[，,；](?:还|也|又|并|再|先后|已|已经|同时|再次|近日|相继)?(?:战略)?(?:投资|入股|参股|注资|增资)了(?:[^\\ue000-\\uefff，。,；]{0,12}?(?:公司|企业|厂商|平台|巨头|机构))?{Os}`,
    subject: 'here',
    object: 'Os',
    examples: [
      // Written for the form: no dataset sentence has it.
      { text: '据企查查信息,长城汽车新增对外投资,投资了上海燕龙基新能源有限公司。', expect: ['长城汽车 → 上海燕龙基新能源有限公司'] },
    ],
  },
  {
    id: 'investment/inject',
    type: 'INVESTED_IN',
    pattern: `{Ss}{_24}(?:向|对){O}{_6}注入`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '新凤凰城及其控股股东凤凰城集团将通过定向增发向西藏药业注入其所拥有的<N>宗地产项目,分别为:', expect: ['凤凰城集团 → 西藏药业'] },
    ],
  },
  {
    id: 'investment/inject-assets',
    type: 'INVESTED_IN',
    // What is put in may be companies, named as assets or holdings (先后将…优质资产祈健生物和成都所的成都蓉生注入天坛生物);
    // not after 将 as "will" (将推动深圳地铁集团注入万科).
    pattern: `{Ss}{_30}(?:将|把|拟将|拟把)(?:[^\\ue000-\\uefff。；！？，,]{0,16}?(?:资产|业务|股权)|(?=[^。；！？，,]{0,30}?(?:资产|股权|业务|旗下|所属|下属|持有|所持))[^\\ue400-\\ue7ff\\uec00-\\uefff。；！？，,]{0,30}?[\\ue000-\\ue3ff])(?:再|整体|分拆|全部)?(?:注入|装入|置入)(?:到)?(?:其控制的(?:上市公司)?)?{O}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '虽然绿地目前实现整体上市的条件尚未成熟,但其有望在年内将旗下的酒店业务分拆注入绿地香港控股公司,从而实现旗下酒店资产借壳上市。', expect: ['绿地 → 绿地香港控股公司'] },
      { text: '中生集团已分别于<N>年和<N>年,先后将长春所得优质资产祈健生物和成都所的成都蓉生注入天坛生物。。', expect: ['中生集团 → 天坛生物'] },
    ],
  },
  {
    id: 'investment/resolution',
    type: 'INVESTED_IN',
    // A board's or a meeting's resolution to invest (审议通过了《关于投资X的议案》): the company whose board it is,
    // named last before, invests, as planned. The company must end the title (not 投资建设X…项目的议案).
    pattern: `${BOARD_RESOLVES}(?:继续|拟)?(?:投资|参资设立|出资设立|投资设立|参股|入股|增资)(?:了)?{O}(?:的)?(?:议案|事项)`,
    subject: 'S',
    object: 'O',
    facts: { status: 'planned' },
    examples: [
      { text: '宁波联合今天公告,公司<N>日召开董事会审议《关于继续参资设立中安财产保险股份有限公司的议案》,参加表决董事<N>名,最终,议案以<N>票同意、<N>票反对过关。', expect: ['宁波联合 → 中安财产保险股份有限公司'] },
    ],
  },
  {
    id: 'investment/resolution-to',
    type: 'INVESTED_IN',
    // Written for the form with 向/对 (《关于向X增资的议案》), as investment/resolution.
    pattern: `${BOARD_RESOLVES}(?:拟)?(?:向|对){O}(?:增资|注资|投资|出资)(?:的)?(?:议案|事项)`,
    subject: 'S',
    object: 'O',
    facts: { status: 'planned' },
    examples: [
      // A written probe.
      { text: '宁德时代董事会审议通过了《关于向上海快卜新能源科技有限公司增资的议案》。', expect: ['宁德时代 → 上海快卜新能源科技有限公司'] },
    ],
  },
  {
    id: 'investment/take-part-in-issue',
    type: 'INVESTED_IN',
    pattern: `{Ss}{_8}(?:斥资|拟斥资|拟斥|出资|投资|以)?{_12}参与(?:了)?{O}(?:的)?(?:[AH]股|港股|美股|新股|股票|股份)?(?:的)?(?:定向增发|非公开发行|定增|增发|配股|配售|增资扩股|增资|IPO|首发|发行|上市|(?:此轮|本轮|新一轮|最新一轮|{ROUND})(?:的)?(?:战略|股权)?融资)`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '雅戈尔拟斥<N>亿参与浦发银行定向增发', expect: ['雅戈尔 → 浦发银行'] },
      // Written probe in the form of financing news: a round taken part in.
      { text: '上汽集团旗下上汽创投参与了清陶能源此轮融资。', expect: ['上汽创投 → 清陶能源'] },
      // Written probe in the form of battery news: 定增, a placing as news call it.
      { text: '国轩高科参与了中冶新材的定增。', expect: ['国轩高科 → 中冶新材'] },
      // Written probe in the form of car news: a listing in Hong Kong (港股IPO), by a platform under a carmaker.
      { text: '与此同时，长城汽车旗下的投资平台长城资本参与了地平线机器人的港股IPO。', expect: ['长城资本 → 地平线'] },
      { text: '新华网上海<N>月<N>日电渣打集团有限公司<N>日宣布,渣打银行斥资<N>亿美元参与中国农业银行H股的发行,成为农行的基石投资者。', expect: ['渣打银行 → 中国农业银行'] },
    ],
  },
  {
    id: 'investment/cornerstone',
    type: 'INVESTED_IN',
    pattern: `{Ss}{c16}(?:成为|成|作为|为)(?:了)?{O}(?:的)?(?:基石投资者|基石投资人|战略投资者|战略投资方|财务投资者)`,
    subject: 'Ss',
    object: 'O',
    examples: [{ text: '渣打投资<N>亿美元成农行基石投资者', expect: ['渣打投资 → 农行'] }],
  },
  {
    id: 'investment/receive',
    type: 'INVESTED_IN',
    // The investor's owner may be named first (获得美团旗下龙珠资本投资): the company it owns invests.
    pattern: `{Os}{c8}(?:获得?|获取|迎来|接受|引入)(?:了)?{_8}${OWNER}{Ss}{_12}(?:的)?(?:战略)?(?:投资|注资|增资|入股|参股|融资)`,
    subject: 'Ss',
    object: 'Os',
    examples: [
      { text: '蔚来获得合肥市政府70亿元投资。', expect: ['合肥市政府 → 蔚来'] },
      { text: '昨天,博纳影业集团宣布,公司获得来自新闻集团的战略投资。', expect: ['新闻集团 → 博纳影业集团'] },
    ],
  },
  {
    // An investment in a clause without a subject of its own, after a word of time or sequence: the company opening a
    // clause before invested (宁德时代近年积极布局上下游，去年曾以13亿元入股洛阳钼业).
    id: 'investment/verb-clause',
    type: 'INVESTED_IN',
    pattern: `[，,](?:此前|之前|先前|去年|今年|前年|近日|日前|近期|随后|此后|同时|并|还|也|亦|又|更|曾|曾经|已|已经|再次|先后|相继|陆续|另外|此外)+(?:以{c14})?(?:战略)?(?:入股|参股|注资|战投|投资)(?!机构|方|人|者)(?:了)?${APPOSITION}{Os}(?!${PARENT_OF})`,
    subject: 'clause',
    object: 'Os',
    examples: [
      // Written probe in the form of battery news.
      { text: '分析师认为，宁德时代近年积极布局上下游，去年曾以13亿元入股洛阳钼业。', expect: ['宁德时代 → 洛阳钼业'] },
    ],
  },
  {
    // The same in a clause without a subject of its own: the company opening a clause before received it (该公司成立于
    // 2016年，此前已获得天齐锂业、蔚来资本等机构投资).
    id: 'investment/receive-continued',
    type: 'INVESTED_IN',
    pattern: `[，,](?:此前|之前|先前|曾|曾经|已|已经|并|还|也|更|先后|陆续|均|又|再次|此后|随后|近日|日前|目前)*(?:获得?|获取|迎来|接受)(?:了|过)?{_8}${OWNER}{Ss}{_12}(?:的)?(?:战略)?(?:投资|注资|增资|入股|参股)(?!方|人|者|机构)`,
    subject: 'Ss',
    object: 'clause',
    examples: [
      // Written probe in the form of battery news.
      { text: '卫蓝新能源成立于2016年，此前已获得天齐锂业、蔚来资本等机构投资。', expect: ['天齐锂业 → 卫蓝新能源', '蔚来资本 → 卫蓝新能源'] },
    ],
  },
  {
    // The partner a company signs with, when the clause after says it received an investment and names no other
    // investor: the partner invests.
    id: 'investment/signed-and-received',
    type: 'INVESTED_IN',
    pattern: `{Os}{_6}(?:与|和|同)${OWNER}{Ss}{_10}(?:签约|签署{c12}协议|签订{c12}协议)[，,](?:并|正式|从而|由此|同时)?(?:获得?|获取)(?:了)?{c20}(?:投资|注资|增资|入股)(?!方|人|者|机构)`,
    subject: 'Ss',
    object: 'Os',
    examples: [
      { text: '<N>年<N>月,京金联与汉能投资集团旗下汉景家族母基金在武汉签约,获得A轮<N>万元战略投资。', expect: ['汉景家族母基金 → 京金联'] },
    ],
  },
  {
    id: 'investment/led-round',
    type: 'INVESTED_IN',
    pattern: `{O}{_20}(?:完成|获得?|宣布完成|宣布获得)(?:了)?{_20}(?:融资|投资)[，,]?{_8}(?:由)?(?:[\\ue000-\\ue3ff](?:的)?(?:成员企业|旗下|下属|控股子公司|全资子公司|子公司))?{As}(?:共同)?(?:领投|跟投|参投|投资|联合领投)`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '极氪完成A轮融资，由宁德时代领投。', expect: ['宁德时代 → 极氪'] },
      // Written in the form of today's financing news: a strategic investment received, then who led it.
      { text: '车规级芯片企业芯驰科技获得数亿元战略投资，由上汽集团旗下尚颀资本领投，国投招商跟投。', expect: ['尚颀资本 → 芯驰科技'] },
      { text: '同年1<N>月,首汽约车宣布获得A轮<N>.<N>亿元融资,该轮融资由中国建投集团成员企业建投华科投资股份有限公司领投。', expect: ['建投华科投资股份有限公司 → 首汽约车'] },
    ],
  },
  {
    // The investors before the round they put money in: 完成由红杉中国领投的B轮融资. The examples are written for the
    // form, common in today's round announcements: the dataset's older sentences and the sample articles have none.
    id: 'investment/round-led-before',
    type: 'INVESTED_IN',
    pattern: `{O}{_20}(?:完成|获得?|获取|宣布完成|宣布获得|迎来|接受)(?:了)?(?:一笔|新一轮)?{_8}由{As}(?:共同|联合)?(?:领投|牵头|参与|投资|独家投资|参投|战略投资|注资)(?:[、，,][^的。；！？]{0,30}?)?的{_20}(?:融资|投资|注资|增资)`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '卓驭科技宣布完成由红杉中国领投的B轮融资。', expect: ['红杉资本 → 卓驭科技'] },
      { text: '赣锋锂电获得了由上汽集团、广汽资本等参与的战略增资。', expect: ['上汽集团 → 赣锋锂电', '广汽资本 → 赣锋锂电'] },
    ],
  },
  {
    // …由IDG资本领投、顺为资本跟投的A轮融资: the followers named between the leader and the round (written, as above).
    id: 'investment/round-followers-before',
    type: 'INVESTED_IN',
    pattern: `{O}{_20}(?:完成|获得?|获取|宣布完成|宣布获得|迎来|接受)(?:了)?(?:一笔|新一轮)?{_8}由[\ue000-\ue3ff\uec00-\uefff](?:(?:、|和|与|及)[\ue000-\ue3ff\uec00-\uefff])*(?:共同|联合)?(?:领投|牵头)[、，,]{Ss}(?:等)?(?:共同|联合)?(?:跟投|参投|参与)的{_20}(?:融资|投资)`,
    subject: 'Ss',
    object: 'O',
    examples: [{ text: '卓驭科技近日获得由IDG资本领投、顺为资本跟投的数千万元A轮融资。', expect: ['顺为资本 → 卓驭科技'] }],
  },
  {
    // 作为X的战略投资者,Y…: written probe (the splits name the holder this way only for shareholders, stake/as-holder).
    id: 'investment/as-investor',
    type: 'INVESTED_IN',
    pattern: `作为{O}(?:的)?(?:战略投资者|战略投资方|投资方|投资人|财务投资者)[，,]{S}`,
    subject: 'S',
    object: 'O',
    examples: [{ text: '作为小鹏汽车的战略投资者，大众汽车还将获得小鹏汽车的一个董事会观察员席位。', expect: ['大众 → 小鹏汽车'] }],
  },
  {
    id: 'investment/followers',
    type: 'INVESTED_IN',
    // An earlier shareholder may put in more (老股东X继续加注).
    pattern: `(?<=领投|投资|跟投|参投|融资)[，,、](?:老股东)?{As}(?:等)?(?:继续|持续|再次|再度|超额)?(?:跟投|参投|参与投资|加注|加码|追加投资)`,
    subject: 'Ss',
    object: 'holding',
    examples: [
      { text: '极氪完成A轮融资，由宁德时代领投，小米产投跟投。', expect: ['小米产投 → 极氪'] },
      // Written probes in the form of financing news: the followers after the round itself, and an earlier
      // shareholder that puts in more (继续加码).
      { text: '贝壳找房获得软银愿景基金领投的10亿美元D+轮融资，高瓴资本、腾讯跟投。', expect: ['高瓴资本 → 贝壳找房', '腾讯 → 贝壳找房'] },
      { text: '驭势科技近日完成数亿元B轮融资，本轮融资由国投招商领投，老股东红杉资本继续加码。', expect: ['红杉资本 → 驭势科技'] },
      // The first follower named after its owner.
      { text: '芯驰科技近日宣布完成超10亿元B+轮融资。本轮融资由国家集成电路产业投资基金二期领投，上汽集团旗下尚颀资本、小米长江产业基金、中金资本跟投。', expect: ['尚颀资本 → 芯驰科技', '小米长江产业基金 → 芯驰科技', '中金资本 → 芯驰科技'] },
    ],
  },
  {
    // A fund's limited partner put money in it (有限合伙人, LP).
    id: 'investment/limited-partner',
    type: 'INVESTED_IN',
    pattern: `{Ss}{_8}(?:为|是|系|作为)(?:了)?{O}(?:的)?(?:唯一|主要|重要)?(?:有限合伙人|LP)`,
    subject: 'Ss',
    object: 'O',
    examples: [
      // Written probe in the form of business-registry news.
      { text: '华为技术有限公司为深圳哈勃科技投资合伙企业（有限合伙）的唯一有限合伙人。', expect: ['华为 → 深圳哈勃科技投资合伙企业（有限合伙）'] },
    ],
  },
  {
    // A fund's partners named after the fund (X的有限合伙人包括A、B) or in a clause after it, by 其 or by nothing
    // (…，出资人包括…): each put money in.
    id: 'investment/partners-named',
    type: 'INVESTED_IN',
    pattern: `{O}(?:的)?${PARTNERS_ARE}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      // Written probe in the form of business-registry news.
      { text: '深圳哈勃科技投资合伙企业（有限合伙）的有限合伙人为华为技术有限公司。', expect: ['华为 → 深圳哈勃科技投资合伙企业（有限合伙）'] },
    ],
  },
  {
    id: 'investment/its-partners',
    type: 'INVESTED_IN',
    pattern: `(?:^|[，,；])(?:而|且)?(?:其)?(?:的)?${PARTNERS_ARE}`,
    subject: 'Ss',
    object: 'fund',
    examples: [
      // Written probe in the form of business-registry news.
      { text: '湖北小米长江产业基金合伙企业（有限合伙）成立于2017年，出资人包括小米科技、湖北省长江经济带产业引导基金等。', expect: ['小米科技 → 湖北小米长江产业基金合伙企业（有限合伙）'] },
    ],
  },
  {
    id: 'investment/took-part-in-round',
    type: 'INVESTED_IN',
    // The round taken part in named by itself, its company earlier (…完成新一轮融资。苹果公司以10亿美元参与了此次融资).
    // The investors open their clause: a company named before them in it is no round's (高瓴资本创始人张磊旗下的高瓴创投
    // 领投了该轮融资).
    // Or an owner before them, named or not (厦门国资旗下厦门金圆投资集团有限公司参与本轮投资).
    pattern: `(?:^|[，,；：:])(?:[^\\ue000-\\uefff，,；：:]{0,8}|[^，,；：:。]{0,10}?旗下(?:的)?){Ss}{_20}(?:参与|参投|领投|跟投)(?:了)?(?:本轮|该轮|此轮|这轮|本次|此次|这次|上述)(?:的)?(?:战略|股权)?(?:融资|投资|增资)`,
    subject: 'Ss',
    object: 'holding',
    examples: [
      // Written probe in the form of financing news.
      { text: '滴滴出行宣布完成新一轮融资。苹果公司以10亿美元参与了此次融资。', expect: ['苹果 → 滴滴出行'] },
      { text: '储能企业海辰储能完成超过20亿元D轮融资，厦门国资旗下厦门金圆投资集团有限公司参与本轮投资。', expect: ['厦门金圆投资集团有限公司 → 海辰储能'] },
    ],
  },
  {
    id: 'investment/round-by',
    type: 'INVESTED_IN',
    // The round named by itself, its company in an earlier sentence (…完成B轮融资。本轮融资由红杉中国领投). The example
    // is written for the form: the dataset's sentences stand alone and the sample articles have none.
    pattern: `(?:^|[，,；：:])(?:而|其中)?(?:本轮|该轮|此轮|这轮|本次|此次|这次|上述)(?:融资|投资|增资)?(?:由|获){As}(?:共同|联合)?(?:领投|跟投|参投|投资|独家投资|共同投资|联合投资)`,
    subject: 'Ss',
    object: 'holding',
    examples: [
      { text: '蔚来汽车宣布完成10亿元B轮融资。本轮融资由红杉中国领投,高瓴创投、IDG资本跟投。', expect: ['红杉中国 → 蔚来汽车'] },
    ],
  },
  {
    id: 'investment/investor-is',
    type: 'INVESTED_IN',
    pattern: `(?:投资方|投资人|投资机构|参投方|领投方|出资方|投资者)(?:为|是|包括|有|主要有|还有)(?:产业投资机构|知名投资机构|投资机构)?{Ss}`,
    subject: 'Ss',
    object: 'holding',
    examples: [
      { text: '2022年1月，富特科技完成亿元战略轮融资，投资方为产业投资机构小米产投。', expect: ['小米产投 → 富特科技'] },
      // Written probe in the form of chip news: a member named with its owner (上汽集团旗下尚颀资本) is the company after 旗下.
      { text: '芯驰科技完成B+轮融资，投资方包括国家集成电路产业投资基金二期、上汽集团旗下尚颀资本、小米长江产业基金等。', expect: ['国家集成电路产业投资基金二期 → 芯驰科技', '尚颀资本 → 芯驰科技', '小米长江产业基金 → 芯驰科技'] },
    ],
  },
  {
    id: 'investment/strategic-investor-of',
    type: 'INVESTED_IN',
    // A company's strategic or cornerstone investor is named after it (该行的战略投资者美国银行).
    pattern: `{O}(?:的)?(?:战略投资者|战略股东|基石投资者|战略投资方)(?:之一)?(?:为|是|包括)?[“"「]?{Ss}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '报道称,建行大股东汇金公司所持均为H股,将主要在H股进行认购,而该行的战略投资者美国银行将在多大比例上参与配股,目前仍在沟通之中。', expect: ['美国银行 → 建行'] },
    ],
  },
  {
    id: 'investment/brought-in',
    type: 'INVESTED_IN',
    // 引入X作为战略投资者, 引入X、Y等多个小股东, 引入X增资<N>万元: who is brought in invests.
    pattern: `(?:引入|引进)(?:了)?(?:[^。；！？，,]{0,20}?的(?:全资|控股)?[^。；！？，,]{0,4}?(?:附属机构|附属公司|子公司))?{Ss}(?:等)?(?:(?:作为|为|成为){c8}(?:股东|投资者|投资方|投资人|战略投资)|(?:多家|多个|[两三四五六七八九十数几<N>]+(?:家|个|名))?(?:小|新|外部|战略|财务)?(?:股东|投资者|投资方|投资人|机构)|(?:对其|对公司)?(?:增资|入股|注资|投资)(?!者|方|人|机构))`,
    subject: 'Ss',
    object: 'holding',
    examples: [
      { text: '中金引入腾讯作为战略投资者', expect: ['腾讯 → 中金'] },
      // Written for the list form: FinRE's one such sentence (…又引入深圳创新投、建银国际等多个小股东) opens its list with a name no rule finds yet.
      { text: '蔚来汽车随后又引入高瓴资本、红杉中国等多家机构投资者。', expect: ['高瓴资本 → 蔚来汽车', '红杉中国 → 蔚来汽车'] },
      { text: '第一单PE项目是大富科技,该公司也是于<N>年底,引入富海银涛增资<N>万元,获得前者发行前<N>.<N>%的股权。', expect: ['富海银涛 → 大富科技'] },
      { text: '去年<N>月<N>日,爱建股份公告称公司将引入首钢总公司在香港的全资附属机构首钢控股有限公司作为战略投资者;', expect: ['首钢控股有限公司 → 爱建股份'] },
    ],
  },
  {
    id: 'investment/founded-by-is',
    type: 'INVESTED_IN',
    // The company is one its founders invested in: X是A和B共同投资组建的企业, X为上市公司A投资的合资公司.
    pattern: `{O}(?:为|是|系)(?:由)?(?:上市公司)?(?:(?:本)?公司(?:和|与|及))?{Ss}(?:共同|联合|合资)?(?:投资|出资)(?:组建|设立|成立|兴建|控股)?的(?:一家)?(?:合资|中外合资|控股)?(?:公司|企业|子公司)`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '上海明神是公司和日本神明电机株式会社共同投资组建的企业,注册资本为<N>.<N>亿元,其中公司出资<N>.<N>万元,占注册资本的<N>%;', expect: ['日本神明电机株式会社 → 上海明神'] },
    ],
  },
  {
    id: 'investment/brought-in-parent',
    type: 'INVESTED_IN',
    // The parent of the vehicle brought in invests through it, as in investment/via-vehicle: 引进天津港发展的全资香港子公司显创投资为公司战略投资者.
    pattern: `(?:引入|引进)(?:了)?{S}(?:在[\\ue800-\\uebff])?的(?:全资|控股)?[^\\ue000-\\ue7ff\\uec00-\\uefff。；！？，,]{0,4}?(?:附属机构|附属公司|子公司)[\\ue000-\\ue3ff](?:等)?(?:作为|为|成为){c8}(?:股东|投资者|投资方|投资人|战略投资)`,
    subject: 'S',
    object: 'holding',
    examples: [
      { text: '天津港称,本次通过协议转让方式引进天津港发展的全资香港子公司显创投资为公司战略投资者,', expect: ['天津港发展 → 天津港'] },
    ],
  },
  {
    // The investors brought in, counted and then listed (地平线此次港股IPO引入了9名基石投资者，包括百度、阿里巴巴).
    id: 'investment/brought-in-listed',
    type: 'INVESTED_IN',
    pattern: `{O}{_20}(?:引入|引进)(?:了)?(?:<N>|\\d+|[一二三四五六七八九十两数多几]+)?(?:名|家|个|位)?(?:基石投资者|战略投资者|投资者|投资方|股东)[，,：:]?(?:分别)?(?:包括|为|是|有)[“"「]?{Ss}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      // Written probe in the form of a Hong Kong listing.
      { text: '地平线此次港股IPO引入了9名基石投资者，包括百度、阿里巴巴、宁德时代等，合计认购约3.5亿美元。', expect: ['百度 → 地平线', '阿里巴巴 → 地平线', '宁德时代 → 地平线'] },
    ],
  },
  {
    // The cornerstone investors of the company the sentence opens with, listed in a clause of their own (公司已与多名基石
    // 投资者订立基石投资协议，基石投资者包括百度、阿里巴巴).
    id: 'investment/cornerstones-listed',
    type: 'INVESTED_IN',
    pattern: `(?:^|[，,；])(?:其|此次|本次)?(?:的)?(?:基石投资者|基石投资人)(?:分别)?(?:包括|为|是|有)[：:]?[“"「]?{Ss}`,
    subject: 'Ss',
    object: 'here',
    examples: [
      // Written probe in the form of 格隆汇's listing news.
      { text: '地平线已与多名基石投资者订立基石投资协议，基石投资者包括百度、阿里巴巴及宁德时代，合计认购约3.2亿美元的发售股份。', expect: ['百度 → 地平线', '宁德时代 → 地平线'] },
    ],
  },
  {
    // Shares placed with an investor, as filings say (获配): 诺德基金获配长城汽车本次定增股份.
    id: 'investment/allotted',
    type: 'INVESTED_IN',
    pattern: `{Ss}{_6}(?:获配|获得配售)(?:了)?{O}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      // Written probe in the form of a placement's results.
      { text: '诺德基金获配长城汽车本次定增股份。', expect: ['诺德基金 → 长城汽车'] },
    ],
  },
  {
    id: 'investment/brought-in-named',
    type: 'INVESTED_IN',
    pattern: `(?:引入|引进)(?:了)?(?:[^\\ue000-\\uefff。；，,]{0,4}?)(?:战略投资者|投资者|投资方|股东|战投)(?:[：:]|——)?{Ss}`,
    subject: 'Ss',
    object: 'here',
    examples: [
      { text: '继去年初,杉杉股份引进战略投资者日本伊藤忠商事株式会社后,<N>年初再有大动作。', expect: ['日本伊藤忠商事株式会社 → 杉杉股份'] },
      // Written probe in the form of car news: 战投, a strategic investor as news call it.
      { text: '长安汽车引入战投华为。', expect: ['华为 → 长安汽车'] },
    ],
  },
  {
    id: 'investment/founders',
    type: 'INVESTED_IN',
    pattern: `{O}(?:{_14}|是{c20}[，,])(?:是)?由(?:[\\ue000-\\ue3ff](?:的)?(?:下属|旗下|控股子公司|全资子公司|子公司)(?:的)?)?{As}{_16}(?<!合资)(?:共同|联合|分别)?(?:出资|投资)?(?:发起)?(?:设立|组建|成立|组成|创立|创办|发起)`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '公开资料显示,内蒙古滨海投资股份有限公司,是由天津滨海发展投资控股有限公司、天津松江置业发展有限公司等五家股东单位共同投资组建,', expect: ['天津滨海发展投资控股有限公司 → 内蒙古滨海投资股份有限公司', '天津松江置业发展有限公司 → 内蒙古滨海投资股份有限公司'] },
      // The founders' parent, named before them, is not one of them.
      { text: '东星航空是武汉当地第三大基地航空公司,由中国东星集团有限公司下属湖北东星国际旅行社有限公司、湖北美景旅游投资有限公司共同投资组成的。', expect: ['湖北东星国际旅行社有限公司 → 东星航空', '湖北美景旅游投资有限公司 → 东星航空'] },
    ],
  },
  {
    // A company's origin, where its founder joined others to put up the money: X成立于…,(当时是)A(,)联合(了)B…共同出资.
    id: 'investment/founded-joined',
    type: 'INVESTED_IN',
    pattern: FOUNDED_JOINED,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '领汇创投成立于<N>年<N>月,当时是上海市徐汇区国资委旗下徐汇国有资产投资经营有限公司,联合了上海市创业投资有限公司与江、浙两省的<N>家民企共同出资', expect: ['徐汇国有资产投资经营有限公司 → 领汇创投'] },
    ],
  },
  {
    id: 'investment/founded-joined-partner',
    type: 'INVESTED_IN',
    pattern: FOUNDED_JOINED,
    subject: 'Os',
    object: 'O',
    examples: [
      { text: '领汇创投成立于<N>年<N>月,当时是上海市徐汇区国资委旗下徐汇国有资产投资经营有限公司,联合了上海市创业投资有限公司与江、浙两省的<N>家民企共同出资', expect: ['上海市创业投资有限公司 → 领汇创投'] },
      // A written probe in the more common form, with 由.
      { text: '蔚能电池成立于<N>年,由宁德时代联合蔚来、国泰君安共同出资设立。', expect: ['蔚来 → 蔚能电池', '国泰君安 → 蔚能电池'] },
    ],
  },
  {
    id: 'investment/founders-before',
    type: 'INVESTED_IN',
    pattern: `由{As}{_16}(?:共同|联合)(?:出资|投资)?(?:发起)?(?:设立|组建|成立|组成)的{O}`,
    subject: 'Ss',
    object: 'O',
    examples: [{ text: '由陕西电力燃料有限责任公司、陕西蒲城电力实业有限责和澄城县尧头斜井三家单位共同出资组建的董东煤业有限责任公司。', expect: ['陕西电力燃料有限责任公司 → 董东煤业有限责任公司'] }],
  },
  {
    // The founders of a company named after them without 由, as a list that 共同 closes (A与B共同发起设立的C).
    id: 'investment/co-founders-before',
    type: 'INVESTED_IN',
    pattern: `{Ss}{_8}(?:共同|联合)(?:出资|投资)?(?:发起)?(?:设立|组建|成立|组成)的{O}`,
    subject: 'Ss',
    object: 'O',
    examples: [{ text: '合肥市政府引导基金与蔚来资本共同发起设立的合肥蔚来新能源产业基金近日完成首关。', expect: ['合肥市政府引导基金 → 合肥蔚来新能源产业基金', '蔚来资本 → 合肥蔚来新能源产业基金'] }],
  },
  {
    // The portfolio of the company opening the sentence, after clauses about it (蔚来资本成立于2016年，…，已投资企业包括A、B):
    // after 已 or before 的, since 投资公司包括, 入股企业包括 name its investors as often.
    id: 'investment/portfolio-of-opener',
    type: 'INVESTED_IN',
    pattern: `^{S}[^\\ue000-\\uefff。；！？]{0,60}?[，,](?:目前|现已|其)*(?:(?:已|累计|先后|已经)(?:投资|参股|入股)(?:了|过)?(?:的)?|(?:投资|参股|入股)(?:了|过)?的)(?:企业|公司|项目|标的)(?:包括|主要有|有|涵盖)[：:]?{Os}`,
    subject: 'S',
    object: 'Os',
    examples: [{ text: '蔚来资本成立于2016年，目前管理规模超过100亿元人民币，已投资企业包括地平线、卫蓝新能源、Momenta等。', expect: ['蔚来资本 → 地平线', '蔚来资本 → Momenta'] }],
  },
  {
    // A company places new shares with investors (拟以每股18港元向长城汽车配售新股): they invest in it. Not shares
    // issued to pay a seller (向X定向增发,收购后者持有的…), where X sells.
    id: 'investment/placed-with',
    type: 'INVESTED_IN',
    // The company placing is the first named before (比亚迪股份公告，拟…向长城汽车配售新股), or 公司 standing for it.
    pattern: `(?:向|对){As}{c6}(?:配售|配发|定向配售)(?:了)?(?:{c12}(?:新股|股份|股票|[AH]股|普通股))?(?![^。；！？]{0,16}?(?:收购|购买|置换|换取))`,
    subject: 'Ss',
    object: 'here',
    examples: [
      // Written probe in the form of a Hong Kong filing.
      { text: '比亚迪股份公告，拟以每股18港元向长城汽车配售新股，长城汽车持股比例将增至5.1%。', expect: ['长城汽车 → 比亚迪'] },
      { text: '蔚来汽车向阿布扎比投资局旗下CYVN配售8400万股新股。', expect: ['CYVN → 蔚来'] },
    ],
  },
  {
    id: 'investment/subscribe',
    type: 'INVESTED_IN',
    // 认购X…的新增注册资本: new registered capital subscribed is money put in, as new shares are. 以自有资金…元
    // may stand between the subscriber and 认购, in its own clause; so may a wider gap before 用于认购 (资金…用于认购).
    pattern: `{Ss}(?:{_8}(?:以{c14})?|{_24}用于)(?:认购|参与认购)(?:了)?${APPOSITION}{O}(?:的)?(?:(?:约)?{PCT}(?:的)?)?{_10}(?:股份|股票|新股|普通股|H股|A股|定向增发|股权|注册资本|增资)`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '中色股份表示,此次认购TZN定向增发股份,符合公司发展战略,有利于提高中色股份可持续发展能力、行业竞争能力,也有利于推进国际化经营进程。', expect: ['中色股份 → TZN'] },
      // Written probe for 新增注册资本.
      { text: '广汽集团通过全资子公司广汽资本认购了巨湾技研2亿元的新增注册资本。', expect: ['广汽资本 → 巨湾技研'] },
      // Written probe in the form of battery news: what the company is, before it (瑞典电池初创公司).
      { text: '宁德时代公告，公司拟以约2亿欧元认购瑞典电池初创公司Northvolt Systems新发行的股份。', expect: ['宁德时代 → Northvolt Systems'] },
      { text: '根据协议,光明乳业将以增资的形式认购SynlaitMilk新增普通股<N>.<N>万股,从而获得后者的<N>%股权。', expect: ['光明乳业 → SynlaitMilk'] },
      // Written probe: the money put up, 以…资金…元, between the subscriber and 认购.
      { text: '宁德时代拟以自有资金不超过10亿元认购洛阳钼业非公开发行的股票。', expect: ['宁德时代 → 洛阳钼业'] },
      // Money or a claim put to subscribing, 用于认购: the subscriber may stand a clause away.
      { text: '荆州恒丰表示,将其中享有的<N>.<N>万元债权用于认购湖北车桥本次增资股份<N>万股。', expect: ['荆州恒丰 → 湖北车桥'] },
    ],
  },
  {
    id: 'investment/new-shareholder',
    type: 'INVESTED_IN',
    // Not a company whose related company or subsidiary the new shareholder joins (蔚来汽车关联公司新增股东…).
    pattern: `{O}(?![^\ue000-\uefff。；]{0,30}?(?:关联公司|关联企业|关联方|子公司|孙公司)){_30}(?:股东)?新增(?:了)?(?:股东|投资人|投资方)?(?:包括|包含|有)?{Ss}{_6}(?:为|成为)?(?:其)?(?:新)?(?:股东)?`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '今年5月28日，上海快卜新能源科技有限公司发生工商变更，新增瀚星投资为股东。', expect: ['瀚星投资 → 上海快卜新能源科技有限公司'] },
      { text: '2020年9月，芯迈半导体股东新增小米产投、宁德时代等8家企业。', expect: ['小米产投 → 芯迈半导体', '宁德时代 → 芯迈半导体'] },
      // Written probe in the form of business-registry news: 新增股东 before the shareholder.
      { text: '天眼查显示，理想汽车关联公司北京车和家信息技术有限公司发生工商变更，新增股东字节跳动，持股比例约为5%。', expect: ['字节跳动 → 北京车和家信息技术有限公司'] },
      // Written probe in the form of business-registry news: the new shareholders listed after 包括.
      { text: '工商信息显示，北京智谱华章科技有限公司近日发生工商变更，新增股东包括腾讯、杭州城投等。', expect: ['腾讯 → 北京智谱华章科技有限公司', '杭州城投 → 北京智谱华章科技有限公司'] },
    ],
  },
  {
    // One company putting money into a company it founds (上汽集团决定投资<N>亿元设立上海汽车股权投资有限公司) invested
    // in it. Not one partner of several (与B共同出资设立C), which the joint-venture rules read.
    id: 'investment/founds',
    type: 'INVESTED_IN',
    pattern: `(?<!与|和|同|及|、|联合|携手){S}{c24}(?<!共同|合资|联合|分别|各自)(?:出资|投资|参与投资|参与出资)(?:{c16})?(?<!共同|合资|联合)(?:设立|组建|成立|发起设立|创立|创办)(?:了)?(?:一家)?(?:[^\\ue000-\\uefff。；！？，,]{0,8}?(?:全资子公司|控股子公司|子公司|公司))?[“"「]?{O}`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '上周,上海汽车发布公告称,上汽集团决定投资<N>亿元设立“上海汽车股权投资有限公司”。', expect: ['上汽集团 → 上海汽车股权投资有限公司'] },
      { text: '因此珠海格力房产有限公司拟投资设立珠海格力港珠澳大桥人工岛发展有限公司,注册资本为<N>,<N>万元,资金来源为自有资金。', expect: ['珠海格力房产有限公司 → 珠海格力港珠澳大桥人工岛发展有限公司'] },
      // Written probe in the form of car news.
      { text: '长安汽车拟出资不超过50亿元参与投资设立阿维塔科技。', expect: ['长安汽车 → 阿维塔科技'] },
    ],
  },
  {
    id: 'investment/contribute',
    type: 'INVESTED_IN',
    // Not the company money is put into (长城汽车还向旗下氢能企业未势能源增资10亿元).
    pattern: `(?<!(?:向|对|给)[^\\ue000-\\uefff，,。；]{0,10}){S}(?:认缴)?(?:出资|增资|注资|认缴){AMT}`,
    subject: 'S',
    object: 'holding',
    examples: [{ text: '上海快卜新能源科技有限公司新增瀚星投资为股东。据了解，瀚星投资出资791.35万元。', expect: ['瀚星投资 → 上海快卜新能源科技有限公司'] }],
  },
  {
    id: 'investment/become-shareholder',
    type: 'INVESTED_IN',
    pattern: `{S}{_8}(?:入股|参股|成为){O}(?:的)?(?:新|新晋)?股东`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '宁德时代成为蔚来的股东。', expect: ['宁德时代 → 蔚来'] },
      // Written probe in the form of chip news.
      { text: '小米集团成为黑芝麻智能新晋股东。', expect: ['小米 → 黑芝麻智能'] },
    ],
  },
  {
    // An investor of the company, as a state: X、Y等机构均为Z的早期投资者, X是Z的投资方.
    id: 'investment/investor-of',
    type: 'INVESTED_IN',
    pattern: `{Ss}{_8}(?:均|都|也|亦|同|同样)?(?:为|是|系|成为)(?:了)?{O}(?:的)?(?:早期|天使|主要|重要|战略|财务|机构|新|新晋|最大的?|外部|背后的?)?(?:投资方|投资人|投资者|投资机构|出资方|出资人)`,
    subject: 'Ss',
    object: 'O',
    examples: [
      // Written probe in the form of chip news.
      { text: '高通创投、英特尔资本等机构均为地平线的早期投资者。', expect: ['高通创投 → 地平线', '英特尔资本 → 地平线'] },
    ],
  },
];

/** Rules whose joint-venture edges go from a partner to a named venture (the others relate two partners). */
export const NAMED_VENTURE_RULES = /^jv\/(?:formed-named|formed-named-partner|formed-named-clause|both-parties-named|both-parties-named-partner|apposition|founded-by-before)$/;

/** Rules whose investment edges go from a company's founders to it (由A、B共同出资设立C): two founders of one company are partners in it. */
export const FOUNDER_RULES = /^investment\/(?:founders|founders-before|founded-joined|founded-joined-partner)$/;

/** A descriptor before a company: 西班牙肉制品巨头Campofrio食品集团, 老蓝筹——中信证券. */
export const DESCRIPTOR = '(?:[^\\ue000-\\ue3ff\\uec00-\\uefff。；，,、]{0,14}?(?:巨头|龙头|企业|公司|厂商|品牌|运营商|制造商|开发商|经销商|零售商|供应商|服务商|生产商|提供商|分销商|矿商|平台|网站|蓝筹|机构)(?:——|-|:|：)?)?';

/**
 * After an acquired company: what is bought is something it owns or sells, not the company (收购辉瑞旗下的业务;
 * but all its shares are the company: 收购加拿大尼克森所有流通中的普通股), unless a verb comes first
 * (收购新加坡石油有限公司从而在海外炼油业务…), nor what it has somewhere (收购了拉法基在北京地区的三家水泥厂); nor is a company that 的 ties to another (收购了北电的爱立信: the one
 * after 的 is the buyer).
 */
const NOT_SELLER = `(?!${TRADE_PARTNER}|所持|手中|手上|所有(?!流通|股|已发行|在外)|持有|拥有|全资(?:持有|拥有)|旗下|下属|所属|在华|位于|在[^\\ue000-\\uefff。；，,]{1,8}?的|(?:(?!从而|进而|以便|以|并|股权等|股份等)[^\\ue000-\\uefff。；，,]){0,14}?(?:业务|资产|权益|事业部|部门|项目|工厂|油区|储量|品牌)|的[^\\ue000-\\uefff。；，,]{0,8}?(?:公司|子公司|企业)|的[\\ue000-\\ue3ff])`;

/** What stands before the one shares go to: 转让给, 转让予, 无偿划转至. */
const TO_RECIPIENT = '(?:给|予|(?<=划转)至)';

/** A seller that names its buyer before what it sells (广电集团将向仪电集团分别全额转让其所持有的广电信息和广电电子股份): S sells, O buys, Os is sold. */
const SELLS_TO_BUYER = `{S}{c12}(?:向|对){O}{c8}(?:协议|无偿)?(?:转让|出售|划转)(?:了)?(?:其)?(?:所持有的|所持的|持有的|所持|持有)(?:的)?${WHOLE_OF}{Os}(?:{_20}(?:股权|股份|股票)|(?=[，,。；;]|$))`;

/**
 * The seller or parent named before the target, which is not what is bought: 收购ING拥有的太平洋安泰人寿<N>%的股权,
 * 收购了恒基地产下属全资子公司SINCHENG的全部股份.
 */
const SELLER_FIRST = `(?:(?:控股股东|大股东|母公司|股东)?[\\ue000-\\ue3ff\\uec00-\\uefff](?:(?:、|和|与|及)[\\ue000-\\ue3ff])*(?:(?:所)?(?:全资)?(?:拥有|持有|所持)(?:的)?${WHOLE_OF}|旗下|下属)(?:的)?(?:全资子公司|控股子公司|子公司)?|[\\ue000-\\ue3ff]${TRADE_PARTNER})?`;

/** What each partner puts in, between the partners and the founding: 与庆阳化工各出资<N>万元合资设立锦阳化工. */
const EACH_PUTS = '(?:(?:各|分别|各自)(?:出资|持股|投资|持有)(?:约)?(?:\\d+(?:\\.\\d+)?|<N>)(?:%|万元|亿元|万美元|亿美元|的股权|股权)?)?';

/**
 * Adverbs of time and intent between the partners and their founding (A和B已共同出资组建了C), a word that they
 * say so (A与B宣布成立合资公司C), and its date (A与B于2018年成立合资公司C).
 */
const PARTNERS_THEN = '(?:已|已经|将|拟|计划|正式|还|也|曾|宣布|宣佈|决定|同意|签约|约定|(?:于|在)?(?:\\d|<N>)[\\d<N>年月日号]{0,10}?(?:年|月|日|号)(?:底|初|中)?)*';

/** A与B…双方成立C: the pattern of both parties' rules (one reads A, the other B). */
const BOTH_PARTIES_FOUND = `{Ss}{_12}(?:与|和|同){Os}(?:[（(][^）)。]{0,14}[)）])?[^。；！？]{0,24}?双方{_16}(?:共同|合资|联合|联手)?(?:出资)?(?:成立|设立|组建|创办)(?:了)?(?:一家)?(?:合资公司|合资企业|新公司)?[“"「]?{O}`;

/** A clause selling, to a named buyer, a stake its subject holds: (并)向B出售其所持C的股权. */
const SELLS_HELD = `(?:^|[，,；])(?:并|同时|还|另外)?(?:将|拟|计划)?向[\\ue000-\\ue3ff](?:出售|转让)(?:其)?(?:所持有的|所持的|所持|持有的)(?:的)?{O}{_16}(?:股权|股份|股票|权益)`;

/**
 * Not the last of the companies a verb of taking over acts on, before a comma and after the stake taken, if one is
 * named (中粮重组中谷、华孚,收购尼德拉; 首钢已斥资<N>亿元获得山西长治钢铁<N>%的控股权,并收购了…): that company is an
 * object, not the subject of the next clause. A verb right after it is its own (蒙牛收购雅士利、合生元收购长沙营可).
 */
const NOT_TAKEN_OVER = '(?!(?<=(?:重组|收购|并购|整合|入股|参股|控股|增持|获得|取得|受让|购买|买下)(?:了)?(?:[\\ue000-\\ue3ff](?:、|和|与|及))*)[\\ue000-\\ue3ff](?:[^\\ue000-\\uefff，,。；]{0,14}?(?:股权|股份|控股权|控制权|权益))?[，,])';

/**
 * Not after a word by which the subject lets another act (国务院国资委支持鞍钢兼并攀钢): the one let is the buyer,
 * a name no rule found when it stands unmasked in the gap. Not 在…支持下, where the subject acts, nor 批准以…收购, where
 * the subject acts next.
 */
const NOT_LETTING = '(?<!(?:支持|批准|鼓励|允许|推动|促成)(?![下以将拟在于对])[^\\ue000-\\uefff。；]{1,30})';

/** Not the company in talks with the buyer (宁德时代正与福特汽车洽谈，拟…收购…: 福特汽车 buys nothing); a buyer in talks
 * about the purchase itself (福特汽车洽谈收购X) is one. */
const NOT_IN_TALKS = '(?!(?:进行)?(?:洽谈|谈判|磋商|接触|商谈|协商)(?:中)?[，,])';

/** In talks with a company, the seller or a partner (正与福特汽车洽谈，拟…收购后者旗下…): no party to what follows. */
const IN_TALKS = '(?:正在|正|已|目前正)?(?:与|和|同)[\\ue000-\\ue3ff](?:进行)?(?:洽谈|谈判|磋商|接触|商谈|协商)(?:中)?[，,]?';

/** A controlling stake in a company, after a verb of taking it: X<N>%的控股权, X的绝对控股权, X控制权. */
const CONTROL_STAKE = '(?:了)?{_12}{O}(?:约)?(?:{PCT})?(?:的)?(?:绝对)?(?:控股权|控制权)';

/** Acquisitions, planned or done. */
export const ACQUISITION_RULES: readonly RelationRule[] = [
  {
    id: 'acquisition/planned',
    type: 'ACQUIRED',
    // 洽购 (negotiates to buy) says the plan by itself.
    pattern: `{S}(?:${IN_TALKS})?(?:{_30}(?:拟|将|计划|筹划|拟以|正筹划|有意|欲|提出)(?:以{_30}|{_12})(?:收购|并购|全资收购|控股收购|吸收合并|购买|竞购|要约收购|洽购|私有化|(?<![收并申认回采选团网抢订])购)|{_12}(?:正在|正)?洽购)(?:了)?${SELLER_FIRST}${DESCRIPTOR}{Os}(?!(?:收购|并购|全资收购|控股收购|购买|竞购|拟收购))${NOT_SELLER}`,
    subject: 'S',
    object: 'Os',
    facts: { status: 'planned' },
    examples: [
      { text: '安泰科技拟收购北京海淀科技有限公司51%股权。', expect: ['安泰科技 → 北京海淀科技有限公司'] },
      { text: '大众汽车则于日前表示,计划以约<N>.<N>亿欧元收购德国的卡车制造商曼恩集团,此项跨国集团收购案需接受中国有关部门的反垄断审查。', expect: ['大众汽车 → 曼恩集团'] },
      { text: '新京报讯中海油昨晚宣布,将以每股<N>.<N>美元,总价<N>亿美元现金收购加拿大尼克森所有流通中的普通股。', expect: ['中海油 → 加拿大尼克森'] },
      { text: '<N>月<N>日,建行发布消息称,建行与荷兰国际集团签署了《股权转让协议》,建行将收购ING拥有的太平洋安泰人寿<N>%的股权。', expect: ['建行 → 太平洋安泰人寿'] },
      { text: '消息称中石化欲<N>亿美元购瑞士石油公司Addax。', expect: ['中石化 → Addax'] },
      // Written probe in the form of battery news: in talks with the seller first, the company bought its subsidiary.
      { text: '宁德时代正与福特汽车洽谈，拟以约30亿元收购后者旗下蓝椭圆电池公司51%的股权。', expect: ['宁德时代 → 蓝椭圆电池公司'] },
      { text: '闽东电力拟购旺坑水电 补偿协议“锁定”盈利空间', expect: ['闽东电力 → 旺坑水电'] },
      // The seller, named with its rank as a shareholder before what it owns, is not bought (收购控股股东X旗下的Y).
      { text: '<N>月<N>日停牌的华光股份今日披露了定向增发方案,公司拟收购控股股东国联环保旗下的无锡国联华光电站工程有限公司股权以及国联环保的部分资产', expect: ['华光股份 → 无锡国联华光电站工程有限公司'] },
      { text: '<N>年<N>月,阿里巴巴提出私有化银泰商业的建议,持股比例预计增至约<N>%;', expect: ['阿里巴巴 → 银泰商业'] },
      { text: '近日,本报记者独家获悉,海南航空洽购陕西白水杜康目前已经正式提上议事日程。', expect: ['海南航空 → 陕西白水杜康'] },

    ],
  },
  {
    // Control of a company to be taken (拟获得X控股权, 旨在取得X的绝对控股权): a planned takeover. Not sought (不以谋求取得X
    // 控制权为目的, 不谋求…): HEDGES.
    id: 'acquisition/control-stake-planned',
    type: 'ACQUIRED',
    pattern: `{Ss}{_12}(?:拟|将|计划|旨在|欲|有意|谋求|寻求|希望|争取|试图|意图)(?:通过)?{c16}(?:获得|取得|拿下|购得|夺得)${CONTROL_STAKE}`,
    subject: 'Ss',
    object: 'O',
    facts: { status: 'planned' },
    examples: [
      { text: '本周通宝能源大股东山西国际电力集团开始了要约收购,目前持股<N>.<N>%的山西国电旨在取得通宝能源的绝对控股权。', expect: ['山西国电 → 通宝能源'] },
    ],
  },
  {
    // Control of a company taken (获得X<N>%的控股权, 拿下X控股权): a takeover, whatever the verb.
    id: 'acquisition/control-stake',
    type: 'ACQUIRED',
    pattern: `{Ss}{_12}(?:获得|取得|拿下|购得|夺得)${CONTROL_STAKE}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '此前首钢已斥资<N>亿元获得山西长治钢铁<N>%的控股权,并收购了贵州水城钢铁和贵阳特殊钢公司,以及新疆伊犁钢铁。', expect: ['首钢 → 山西长治钢铁'] },
      // Written probe in the form of a display maker's news.
      { text: '京东方斥资约53亿元获得华灿光电控股权。', expect: ['京东方 → 华灿光电'] },
    ],
  },
  {
    id: 'acquisition/verb',
    type: 'ACQUIRED',
    pattern: `${NOT_TAKEN_OVER}${NOT_BOUGHT_FROM}{S}${NOT_IN_HANDS}${NOT_IN_TALKS}${NOT_THROUGH_RELATED}{_30}${BOUGHT_FROM}${NOT_LETTING}(?:成功|完成|已|正式|全资)?(?:收购|并购|兼并|吸收合并|控股收购)(?:了)?(?:并(?:增资|整合|重组|控股|注资))?${SELLER_FIRST}${DESCRIPTOR}{Os}(?!(?:收购|并购|全资收购|控股收购|购买|竞购|拟收购))${NOT_SELLER}`,
    subject: 'S',
    object: 'Os',
    facts: { status: 'completed' },
    examples: [
      // 前者 is the first of the pair named before it.
      { text: '昨天,华泽集团与陕西省太白酒业有限责任公司正式签署战略合作协议,前者以现金出资<N>.<N>万元,收购陕西太白酒业<N>%股权,成为太白的控股股东。', expect: ['华泽集团 → 陕西太白酒业'] },
      { text: '吉利控股集团收购了沃尔沃汽车公司。', expect: ['吉利控股集团 → 沃尔沃汽车公司'] },
      // The seller, after 从 and before 手中, is not the buyer.
      { text: '今年<N>月<N>日,联想集团以<N>亿美元的价格从谷歌手中收购了摩托罗拉移动,将通信行业的传奇品牌“MOTO”纳入怀中。', expect: ['联想集团 → 摩托罗拉移动'] },
      // A second verb of the same deal may follow 收购 (收购并增资X, 收购并整合X).
      { text: '<N>月份,中鼎股份宣布以现金收购并增资天津飞龙橡胶制品有限责任公司,公司由此成为天津飞龙的控股股东。', expect: ['中鼎股份 → 天津飞龙橡胶制品有限责任公司'] },
      // 兼并, a takeover by merger, takes the company over as 收购 does.
      { text: '“辽宁省这样做,除了淘汰落后产能的考虑外,应该也是受到国务院国资委支持鞍钢兼并攀钢决策的影响”。', expect: ['鞍钢 → 攀钢'] },
      // The brands a dealer sells for are named before it: the dealer is bought.
      { text: '商报讯百丽大手笔收购Nike和Adidas经销商BigStepLimited全部股权后,其旗下优购网上鞋城也在电子商务行业整体过冬之际逆市扩张。', expect: ['百丽 → BigStepLimited'] },
    ],
  },
  {
    id: 'acquisition/funds-for',
    type: 'ACQUIRED',
    // Money a company raises (募集资金, 募资), to be spent on buying another: the company named last before it raises
    // it and buys, as planned (腾讯参股的永辉超市定增募资…: 永辉超市). Not money lent to another (为宝钢集团提供…贷款,以用于收购…: the bank lends, 宝钢集团 buys).
    pattern: `{S}[^\\ue000-\\ue3ff\\uec00-\\uefff。；！？]{0,60}?(?:募集资金|募资|所募资金|募集的资金)[^。；！？]{0,24}?(?:将|拟)?(?:全部|主要)?用于(?:收购|购买)(?:了)?${SELLER_FIRST}${DESCRIPTOR}{Os}${NOT_SELLER}`,
    subject: 'S',
    object: 'Os',
    facts: { status: 'planned' },
    examples: [
      { text: '古越龙山昨日公告称,公司拟以不低于<N>.<N>元/股的价格非公开发行股票,数量不超过<N>亿股,募集资金不超<N>.<N>亿元,用于收购绍兴女儿红酿酒有限公司<N>%股权', expect: ['古越龙山 → 绍兴女儿红酿酒有限公司'] },
      { text: '成城股份近日公告,将定向增发募资<N>亿元,用于收购何劲、晟润商贸持有的盛鑫矿业<N>%股权并增资盛鑫矿业,以及补充流动资金。', expect: ['成城股份 → 盛鑫矿业'] },
    ],
  },
  {
    id: 'acquisition/verb-continued',
    type: 'ACQUIRED',
    // A later clause that takes over with no company of its own, after the first company named took over others
    // or a stake in them (中粮重组中谷、华孚,收购尼德拉和来宝农业; 首钢已斥资<N>亿元获得山西长治钢铁<N>%的控股权,并收购了…):
    // the subject is that first company.
    pattern: `(?<=^[^\\ue000-\\uefff。；！？]{0,20}[\\ue000-\\ue3ff](?:先后|相继|已|曾|还|也)?(?:斥资[^\\ue000-\\uefff，,。；！？]{0,12}?)?(?:重组|收购|并购|整合|入股|控股|参股|获得|取得|受让)(?:了)?[^。；！？]{0,40})[，,](?:还|也|又|并|再|先后|同时|相继|随后|此后)?(?:收购|并购|全资收购|控股收购)(?:了)?{Os}${NOT_SELLER}`,
    subject: 'here',
    object: 'Os',
    facts: { status: 'completed' },
    examples: [
      { text: '近年来,中粮重组中谷、华孚,收购尼德拉和来宝农业,业务从国内扩展到了全球,为承担国家粮食安全、服务宏观调控打下了坚实基础。', expect: ['中粮 → 尼德拉', '中粮 → 来宝农业'] },
    ],
  },
  {
    id: 'acquisition/continued',
    type: 'ACQUIRED',
    // A clause with no subject after one that named the buyer's purchase: 辉瑞就以…收购了美国惠氏公司,<N>年以<N>亿美元收购了Pharmacia公司.
    pattern: `(?<=(?:收购|并购)(?:了)?[^\\ue000-\\uefff。；！？，,]{0,8}?[\\ue000-\\ue3ff][^\\ue000-\\uefff。；！？，,]{0,12}?)[，,](?:并|又|再|还|随后|此后|之后|同年|次年|(?:<N>|\\d+)年){0,2}{c16}(?:收购|并购)(?:了)?${DESCRIPTOR}{Os}${NOT_SELLER}`,
    subject: 'here',
    object: 'Os',
    facts: { status: 'completed' },
    examples: [
      { text: '辉瑞公司素有进行大额并购的传统,<N>年辉瑞就以<N>亿美元的价格收购了美国惠氏公司,<N>年以<N>亿美元收购了Pharmacia公司。', expect: ['辉瑞公司 → Pharmacia公司'] },
    ],
  },
  {
    id: 'acquisition/with-partner',
    type: 'ACQUIRED',
    // The buyer and the partners it joined (中粮联合淡马锡等投资人…并购来宝农业): all of them bought.
    pattern: `(?<Ss>[\\ue000-\\ue3ff][^\\ue000-\\uefff。；！？]{0,20}?(?:联合|联手|携手)[\\ue000-\\ue3ff](?:[、和及与][\\ue000-\\ue3ff])*)(?:等)?[^\\ue000-\\uefff。；！？]{0,24}?(?:共同|一起)?(?:并购|收购|全资收购)(?:了)?${DESCRIPTOR}{Os}${NOT_SELLER}`,
    subject: 'Ss',
    object: 'Os',
    facts: { status: 'completed' },
    examples: [
      { text: '作为收官之作,去年<N>月<N>日,中粮联合淡马锡等投资人出资<N>.<N>亿美元并购来宝农业余下<N>%股权。', expect: ['中粮 → 来宝农业', '淡马锡 → 来宝农业'] },
    ],
  },
  {
    id: 'acquisition/passive',
    type: 'ACQUIRED',
    pattern: `{O}{_8}(?:被|由|遭|获(?=[^\\ue000-\\uefff。；，,]{0,6}?[\\ue000-\\ue3ff\\uec00-\\uefff](?:私有化|收购|并购|全资收购)))(?:[^\\ue000-\\uefff。；，,]{0,6}?(?:巨头|巨鳄|龙头|企业|公司))?{A}{_8}(?:收购|并购|全资收购|吸收合并|私有化|收入囊中|揽入怀中|收归麾下|收入麾下|纳入旗下|纳入麾下|(?<!由[\\ue000-\\ue3ff\\uec00-\\uefff](?:(?:的)?(?:旗下|下属)(?:的)?[^\\ue000-\\uefff。；，,]{0,8}?[\\ue000-\\ue3ff\\uec00-\\uefff])?[^\\ue000-\\uefff。；，,]{0,8})控股)(?!了?[\\ue000-\\ue3ff\\uec00-\\uefff]|的[^\\ue000-\\uefff。；，,]{0,8}?[\\ue000-\\ue3ff\\uec00-\\uefff])`,
    subject: 'S',
    object: 'O',
    facts: { status: 'completed' },
    examples: [
      { text: '沃尔沃汽车公司被吉利控股集团收购。', expect: ['吉利控股集团 → 沃尔沃汽车公司'] },
      { text: '据悉,蒙牛被中粮收购后,牛根生于<N>年<N>月宣布辞去蒙牛乳业董事会主席一职,并将自己持有蒙牛的所有股份全部捐出。', expect: ['中粮 → 蒙牛'] },
      // 私有化, taking a listed company private, is buying out its other shareholders; 获 marks the passive as 被 does.
      { text: '就在数日前,工银亚洲获母公司工商银行私有化,但溢价仅<N>%,低于市场预期。', expect: ['工商银行 → 工银亚洲'] },
    ],
  },
  {
    id: 'acquisition/bring-under',
    type: 'ACQUIRED',
    pattern: `{S}{_20}(?:将|把|已将)(?:[^\\ue000-\\ue3ff\\uec00-\\uefff。；，,]{0,20}?的)?{O}{_8}(?:纳入|收入|收归|揽入)(?:其)?(?:麾下|囊中|怀中|旗下)`,
    subject: 'S',
    object: 'O',
    facts: { status: 'completed' },
    examples: [
      { text: '美的集团将库卡集团纳入麾下。', expect: ['美的集团 → 库卡集团'] },
      { text: '紫光集团有限公司再以超过<N>亿美元的总价将锐迪科微电子公司收归麾下。', expect: ['紫光集团有限公司 → 锐迪科微电子公司'] },
      { text: '中航电测今日宣布通过定向增发购买资产和配套融资,将汉中一零一航空电子设备有限公司收入囊中。', expect: ['中航电测 → 汉中一零一航空电子设备有限公司'] },
    ],
  },
  {
    id: 'acquisition/buy-stake',
    type: 'ACQUIRED',
    pattern: `{S}{_16}(?:买下|买|购买|拟购|拟取|竞购|拿下|抢下)(?:了)?{O}(?:约)?{PCT}(?:的)?(?:股权|股份|权益)`,
    subject: 'S',
    object: 'O',
    facts: { status: 'completed' },
    examples: [
      { text: '嘉凯城<N>亿买海南华航地产<N>%股权', expect: ['嘉凯城 → 海南华航地产'] },
      { text: '大唐发电拟取渝能集团<N>%股权', expect: ['大唐发电 → 渝能集团'] },
      { text: '华润雪花抢下西湖啤酒<N>%股权', expect: ['华润雪花 → 西湖啤酒'] },
    ],
  },
  {
    id: 'acquisition/of-target',
    type: 'ACQUIRED',
    pattern: `{S}{_16}(?:完成|宣布|启动|进行|实施|推进)(?:了)?对{O}(?:约)?(?:{PCT})?(?:的)?(?:股权|股份|控股权|控制权)?(?:的)?(?:全资|整体|控股)?(?:收购|并购|要约收购|私有化)`,
    subject: 'S',
    object: 'O',
    facts: { status: 'completed' },
    examples: [
      { text: '对此,杨元庆此前表示,按照计划,年内联想将完成对摩托罗拉移动的收购。', expect: ['联想 → 摩托罗拉移动'] },
      // Written probe in the form of car news: taking a listed company private buys out its other holders.
      { text: '吉利汽车完成对极氪的私有化，极氪成为吉利汽车的全资子公司。', expect: ['吉利 → 极氪'] },
      // Written probe in the form of mining news: the control bought (控股权收购).
      { text: '紫金矿业以约60亿元完成对藏格矿业的控股权收购，成为藏格矿业控股股东。', expect: ['紫金矿业 → 藏格矿业'] },
    ],
  },
  {
    id: 'acquisition/from-seller',
    type: 'ACQUIRED',
    pattern: `{S}{_12}(?:拟|将)?向{_8}[\\ue000-\\ue3ff]{_4}(?:收购|购买|受让|购入)(?:了)?{O}${NOT_SELLER}`,
    subject: 'S',
    object: 'O',
    facts: { status: 'completed' },
    examples: [{ text: '华润励致有限公司日前宣布,该公司向母公司华润有限公司收购华润燃气有限公司。', expect: ['华润励致有限公司 → 华润燃气有限公司'] }],
  },
  {
    id: 'acquisition/take-over',
    type: 'ACQUIRED',
    // The verb may stand in quotes (“揽下”). 接掌 also hands over a post (接掌长安汽车帅印): a post named after the
    // company is no takeover.
    pattern: `{S}{c12}[“"]?(?:入主|接盘|接手|全资接手|拿下|揽下|接掌|控股收购|全面收购)[”"]?(?:了)?{O}(?!《|[^。；，,]{0,10}(?:特约|冠名|版权|订单|帅印|大权|一职|职位|职务))${NOT_SELLER}`,
    subject: 'S',
    object: 'O',
    facts: { status: 'completed' },
    examples: [
      { text: '冀东水泥入主秦岭水泥获国资委批准', expect: ['冀东水泥 → 秦岭水泥'] },
      { text: '关于交通银行接手中保康联,杨超坦言没当成太大的事情。', expect: ['交通银行 → 中保康联'] },
      { text: '闽东电力近日“揽下”旺坑水电有限公司<N>%股权,并与转让方约定了未来<N>年的盈利“底线”,若未达标将获得差额部分的现金补偿。', expect: ['闽东电力 → 旺坑水电有限公司'] },
      { text: '河北钢铁拟<N>亿接掌石钢收购<N>%股权', expect: ['河北钢铁 → 石钢'] },
    ],
  },
  {
    id: 'acquisition/acquired-named',
    type: 'ACQUIRED',
    pattern: `{S}{c6}(?<![被由遭])(?:收购|并购|收入囊中|揽入怀中|收归麾下|纳入麾下)的(?:[^\\ue000-\\ue3ff\\uec00-\\uefff。；，,]{0,8}?(?:分别为|分别是|为|是|包括))?{Os}${NOT_SELLER}`,
    subject: 'S',
    object: 'Os',
    facts: { status: 'completed' },
    examples: [
      { text: '华润三九收购的四家公司分别为辽宁华源本溪三药有限公司、合肥神鹿双鹤药业有限责任公司。', expect: ['华润三九 → 辽宁华源本溪三药有限公司', '华润三九 → 合肥神鹿双鹤药业有限责任公司'] },
    ],
  },
  {
    id: 'acquisition/buyer-after',
    type: 'ACQUIRED',
    pattern: `(?:^|[，,；：:]|如今|此后|之后|随后|后来)(?:已经|已|成功|先后|曾)?(?:收购|并购|全资收购|吞并)了{O}的{S}(?=[，,。；]|$|[^\\ue000-\\uefff。；，,]{0,2}(?:是|为|已|也|则|将|在))`,
    subject: 'S',
    object: 'O',
    facts: { status: 'completed' },
    examples: [
      { text: '以电信设备商为例,从早期的摩托罗拉、北电、朗讯,到如今收购了北电的爱立信,美国电信市场的玩家都是欧美厂商,', expect: ['爱立信 → 北电'] },
    ],
  },
  {
    id: 'acquisition/passive-named',
    type: 'ACQUIRED',
    pattern: `(?:被|遭){A}(?:全资)?(?:收购|并购|收入囊中|揽入怀中|收归麾下|纳入麾下)的{O}`,
    subject: 'S',
    object: 'O',
    facts: { status: 'completed' },
    examples: [
      { text: '作为几年前已经被华谊嘉信收入囊中的上海东汐的总经理,陈仲华坦陈并购整合后公司战略更加明确。', expect: ['华谊嘉信 → 上海东汐'] },
    ],
  },
  {
    id: 'acquisition/of-target-noun',
    type: 'ACQUIRED',
    pattern: `{S}{_8}(?<![被由遭])对(?:其)?(?:控股股东|母公司|大股东)?(?:[\\ue000-\\ue3ff](?:的)?(?:旗下|下属)(?:的)?)?{Os}(?:约)?(?:{PCT})?(?:的)?(?:股权|股份|相关房产|资产)?(?:的)?(?:进行|实施)?(?:了)?(?:[一两二三四五六七八九十\\d]+次)?(?:全资|整体|控股)?(?:收购|并购)(?!了?[\\ue000-\\ue3ff\\uec00-\\uefff])(?![^。；]{0,12}(?:否决|失败|告吹|终止|叫停|搁浅|流产))`,
    subject: 'S',
    object: 'Os',
    facts: { status: 'completed' },
    examples: [
      { text: '此次四川双马对拉法基都江堰公司<N>%的股权收购完成后,', expect: ['四川双马 → 拉法基都江堰公司'] },
      { text: '海王生物在一年内已对海王大厦相关房产进行了两次收购,累计收购金额超过<N>亿元。', expect: ['海王生物 → 海王大厦'] },
    ],
  },
  {
    id: 'acquisition/share-issue',
    type: 'ACQUIRED',
    pattern: `{S}{_30}(?:向[^。；！？]{0,30}?)?(?:非公开|定向)?(?:发行|增发)(?:股份|股票|A股|新股)(?:的方式)?[，,]?(?:以)?(?:购买|收购)(?:(?:其|对方|[\\ue000-\\ue3ff])?(?:所?持有的|所持的?))?{Os}${NOT_SELLER}`,
    subject: 'S',
    object: 'Os',
    facts: { status: 'planned' },
    examples: [
      { text: '宏达经编昨晚发布公告称,拟向六名自然人非公开发行股份,购买其持有的深圳市威尔德医疗电子股份有限公司<N>%股权,', expect: ['宏达经编 → 深圳市威尔德医疗电子股份有限公司'] },
    ],
  },
  {
    id: 'acquisition/after-clause',
    type: 'ACQUIRED',
    pattern: `(?:^|[，,；：:])(?:在|继|自)(?:成功|完成)?(?:收购|并购|入主|控股|全资收购)(?:了)?{O}(?:后|之后|以后)[，,]?(?:此前|随后|如今|目前|近日|今年|去年|此后)?{S}`,
    subject: 'S',
    object: 'O',
    facts: { status: 'completed' },
    examples: [
      { text: '在收购女儿红后,古越龙山累计原酒储备量将由原来的<N>万吨增加到<N>万吨以上;', expect: ['古越龙山 → 女儿红'] },
      { text: '继入主星湖科技后,广东省广新外贸集团(下称“广新集团”)再度在资本市场出手。', expect: ['广东省广新外贸集团 → 星湖科技'] },
    ],
  },
  {
    // A clause that opens with the deal itself names the buyer in the clause after (此次收购深发展,平安可望…;
    // 收购浙江贝付获得第三方支付牌照后,唯品会…). Only an opening clause, or one that opens what someone said: a deal
    // named mid-sentence has its buyer before it.
    id: 'acquisition/deal-clause',
    type: 'ACQUIRED',
    pattern: `(?:^|[“"「]|[：:][“"「]?|(?:认为|表示|指出|看来)[，,])(?:此次|本次|这次|通过)?(?:收购|并购|全资收购)(?:了)?{O}(?:[^\\ue000-\\uefff，,。；]{0,12}?(?:后|之后|以后))?[，,](?:是|让|使|令)?(?:此前|随后|如今|目前|今年|此后)?{S}(?![、和与及])`,
    subject: 'S',
    object: 'O',
    facts: { status: 'completed' },
    examples: [
      { text: '此次收购深发展,平安可望纵身一跃,获得足以产生协同效应的银行平台。', expect: ['平安 → 深发展'] },
      { text: '市场人士认为,收购枝江酒业,是维维股份维持其酒业战略的一部分,公司业绩有望保持增长。', expect: ['维维股份 → 枝江酒业'] },
      { text: '“收购浙江贝付获得第三方支付牌照后,唯品会金融业务将结合已持有的小贷、保险代销等牌照一起,', expect: ['唯品会 → 浙江贝付'] },
    ],
  },
  {
    id: 'acquisition/after-noun-clause',
    type: 'ACQUIRED',
    pattern: `(?:^|[，,；：:])(?:在|继|自)(?:成功|完成|结束)?对(?:[^\\ue000-\\ue3ff\\uec00-\\uefff，,。；]{0,16}?的)?{O}(?:的)?(?:收购|并购)[^\\ue000-\\uefff，,。；]{0,6}?(?:后|之后|以后)[，,]?(?:[^\\ue000-\\uefff，,。；]{0,6}?)?{S}`,
    subject: 'S',
    object: 'O',
    facts: { status: 'completed' },
    examples: [
      { text: '在完成对同在美国纳斯达克上市的展讯收购一年后,紫光集团有限公司再以超过<N>亿美元的总价将锐迪科微电子公司收归麾下。', expect: ['紫光集团有限公司 → 展讯'] },
    ],
  },
  {
    id: 'acquisition/regarding',
    type: 'ACQUIRED',
    // 对A收购B (as to A's takeover of B) opens a clause: a company right after the verb makes A the buyer, where 对O收购
    // with nothing after the verb names the one bought. Whether the deal is done is not said.
    pattern: `(?:^|[，,；：:“"])(?:对于|对)(?:此次|本次)?{A}(?:此次|本次|这次)?(?:收购|并购|全资收购)(?:了)?{O}(?=[，,]|的|之后|后|一事|一案)`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '对三一重工收购普茨迈斯特,有专家称“蛇吞象”,也有专家称“龙吞象”。', expect: ['三一重工 → 普茨迈斯特'] },
      { text: '对于中国平安收购深发展之后会将其私有化退市的传闻,纽曼予以明确否认。', expect: ['中国平安 → 深发展'] },
    ],
  },
  {
    id: 'acquisition/target-after',
    type: 'ACQUIRED',
    pattern: `{O}(?:在|自){A}(?:成功|完成)?(?:入主|控股)(?:后|之后|以后)`,
    subject: 'S',
    object: 'O',
    facts: { status: 'completed' },
    examples: [
      { text: '尽管国际金融危机给一些国内企业的发展带来了困难,但小天鹅在美的入主后,', expect: ['美的 → 小天鹅'] },
    ],
  },
  {
    id: 'acquisition/target-after-passive',
    type: 'ACQUIRED',
    pattern: `{O}(?:在|自)(?:被|遭){A}(?:成功|完成)?(?:收购|并购|全资收购|入主|控股)(?:后|之后|以后)`,
    subject: 'S',
    object: 'O',
    facts: { status: 'completed' },
    examples: [
      { text: '苏赛特商业数据公共关系总监杨青春在接受记者采访时表示,惠泉啤酒在被燕京收购后曾经历过一段时期的快速发展,', expect: ['燕京 → 惠泉啤酒'] },
    ],
  },
  {
    id: 'acquisition/passive-topic',
    type: 'ACQUIRED',
    pattern: `(?<!(?:出售|转让|剥离|卖给|卖掉)[^，,。；]{0,24}[，,；])(?:^|[，,；])(?:最终|也|已|已经|则|随后|后来|后)?(?:被|遭){A}(?:全资)?(?:收购|并购|收入囊中|揽入怀中|收归麾下|纳入麾下)(?![\\ue000-\\ue3ff\\uec00-\\uefff]|的)`,
    subject: 'S',
    object: 'topic',
    facts: { status: 'completed' },
    examples: [{ text: '去年,VIZIO曾向美国证券交易委员会递交S-<N>,计划在今年上市,最终被乐视收入囊中。', expect: ['乐视 → VIZIO'] }],
  },
];

/** Changes of an existing holding. */
export const STAKE_CHANGE_RULES: readonly RelationRule[] = [
  {
    id: 'stake/increase',
    type: 'INCREASED_STAKE',
    pattern: `{Ss}{_30}(?:再次|继续|大幅|累计|首次)?增持(?:了)?{O}${HOLDING_AFTER}`,
    subject: 'Ss',
    object: 'O',
    examples: [{ text: '高瓴资本增持宁德时代股份。', expect: ['高瓴资本 → 宁德时代'] }],
  },
  {
    id: 'stake/increase-in',
    type: 'INCREASED_STAKE',
    pattern: `{S}(?:对|在){O}(?:的)?(?:持股|股份|股权)?{_8}增持`,
    subject: 'S',
    object: 'O',
    examples: [{ text: '高瓴资本对宁德时代进行增持。', expect: ['高瓴资本 → 宁德时代'] }],
  },
  {
    id: 'stake/increase-own',
    type: 'INCREASED_STAKE',
    // 公司 after 增持 is masked as a pronoun for the company the sentence is about.
    pattern: `{S}{_30}(?:增持|买入)(?:了)?(?:其)?(?:公司|本公司|该公司|[\\uec00-\\uefff])(?:的)?(?:股份|股票|A股|H股)`,
    subject: 'S',
    object: 'here',
    examples: [{ text: '证券时报网0<N>月<N>日讯长航油运<N>日晚间发布公告,控股股东南京油运于<N>年<N>月<N>日、<N>日通过上交所交易系统增持公司股份<N>万股。', expect: ['南京油运 → 长航油运'] }],
  },
  {
    id: 'stake/shareholder-increases',
    type: 'INCREASED_STAKE',
    pattern: `{O}(?:的)?(?:控股股东|大股东|第一大股东|股东){Ss}{_24}(?:增持|举牌|买入)`,
    subject: 'Ss',
    object: 'O',
    examples: [{ text: '长航油运的控股股东南京长江油运公司增持承诺期限已于<N>年<N>月<N>日届满。', expect: ['南京长江油运公司 → 长航油运'] }],
  },
  {
    id: 'stake/raise-flag',
    type: 'INCREASED_STAKE',
    pattern: `{Ss}{_8}(?:首次|再次|第[一二三四五六七八九十\\d]+次)?(?:举牌|大举买入|买入)(?:了)?{Os}`,
    subject: 'Ss',
    object: 'Os',
    examples: [
      { text: '<N>月1<N>日,恒大首次举牌廊坊发展,彼时恒大连续<N>个交易日斥资<N>.<N>亿元买入廊坊发展股票。', expect: ['恒大 → 廊坊发展'] },
      // Written probe in the form of securities news: a list of targets, each with its class of shares.
      { text: '此前，平安人寿已先后举牌邮储银行H股和招商银行H股。', expect: ['平安人寿 → 邮储银行', '平安人寿 → 招商银行'] },
    ],
  },
  {
    id: 'stake/buy-shares',
    type: 'INCREASED_STAKE',
    pattern: `{Ss}{_30}(?:购入|购得|买进|受让|增持至|斥资购入|竞买|竞得|中标|成功竞拍|竞拍获得|拍得)(?:了)?{O}{_12}(?:股|股份|股票|股权|ADS)`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '罗牛山购得海胶集团<N>万股', expect: ['罗牛山 → 海胶集团'] },
      { text: '本报讯昨天,中国长江三峡集团宣布,成功中标葡萄牙电力公司<N>.<N>%股权,', expect: ['中国长江三峡集团 → 葡萄牙电力公司'] },
      { text: '纽约当地时间<N>月<N>日至<N>日,复星实业以自有资金<N>.<N>万美元通过二级市场购入同济堂共计<N>.<N>万ADS,', expect: ['复星实业 → 同济堂'] },
      // The short name declared after the target is part of its slot.
      { text: '一向涉足纺织业的宏达经编昨日公告,约以<N>.<N>亿元购入深圳市威尔德医疗电子股份有限公司(下称:深圳威尔德)<N>%股权,进军B超设备制造业。', expect: ['宏达经编 → 深圳市威尔德医疗电子股份有限公司'] },
    ],
  },
  {
    id: 'stake/raise-to',
    type: 'INCREASED_STAKE',
    pattern: `{S}{_8}(?:将|把)(?:所持|持有的)?{O}(?:的)?(?:股票|股份|股权|持股)(?:比例)?{_4}增持(?:至|到)`,
    subject: 'S',
    object: 'O',
    examples: [{ text: '根据周二递交的监管文件,海航集团将德银股票增持至<N>.<N>%。', expect: ['海航集团 → 德银'] }],
  },
  {
    id: 'stake/transferred-to',
    type: 'INCREASED_STAKE',
    // What the seller holds may be a count of shares (将所持<N>万股渝开发股份) or a company under it (将旗下刚玉国贸公司…的股份).
    pattern: `(?:将|把)(?:其)?(?:所持有的|所持的|持有的|所持|持有|旗下(?:的)?|下属(?:的)?|(?:全资|控股)?子公司)?(?:{_12}(?:的|%|股))?${WHOLE_OF}{O}{_20}(?:股权|股份|股票){_16}(?:协议|无偿)?(?:转让|划转|出售)${TO_RECIPIENT}(?:了)?{Ss}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '年<N>月<N>日,新理益集团有限公司分别将其所持有的天平车险<N>万股股份转让给海南陆达科技有限公司、<N>万股股份转让给上海日兴康生物工程有限公司。', expect: ['海南陆达科技有限公司 → 天平车险'] },
      { text: '华丽家族<N>月1<N>日公告称,拟将上海弘圣房地产开发有限公司<N>.<N>%的股权转让给搜候投资有限公司,交易金额为<N>.<N>亿元。', expect: ['搜候投资有限公司 → 上海弘圣房地产开发有限公司'] },
      { text: '维维股份表示,公司同意将持有的双沟酒业的全部股份<N>万股,一次性转让给宿迁市国丰资产经营管理公司。', expect: ['宿迁市国丰资产经营管理公司 → 双沟酒业'] },
      { text: '此外,太原刚玉今日公告也表示,公司将以<N>万元的价格将旗下刚玉国贸公司<N>%的股份转让给北京亿英联能源技术开发有限公司。。', expect: ['北京亿英联能源技术开发有限公司 → 刚玉国贸公司'] },
      { text: '关问题的批复》,国资委已同意公司控股股东重庆市城市建设投资公司将所持<N>.<N>万股渝开发股份协议转让给新理益集团有限公司、刘晖共计<N>名受让方。', expect: ['新理益集团有限公司 → 渝开发'] },
      // Written probe in the form of a state-owned group's filing: shares handed over free (无偿划转至).
      { text: '中国中车拟将其持有的时代电气5%股份无偿划转至中国国新。', expect: ['中国国新 → 时代电气'] },
      // Written probe in the form of an announcement: a subsidiary's shares, to two buyers.
      { text: '长城汽车发布公告称，公司拟将全资子公司欧拉汽车有限公司（下称“欧拉汽车”）30%的股权分别转让给保定市国有资本运营有限公司和河北省国有资产控股运营有限公司。', expect: ['保定市国有资本运营有限公司 → 欧拉汽车有限公司', '河北省国有资产控股运营有限公司 → 欧拉汽车有限公司'] },
    ],
  },
  {
    id: 'investment/issued-to',
    type: 'INVESTED_IN',
    // A company issuing shares to named buyers (拟向控股股东X等不超过35名特定对象发行股票): they put money in. Not shares
    // issued to buy the buyer's assets (发行股份购买资产), which pay for what the company takes.
    pattern: `{O}{_24}(?:拟|将|计划)?向(?:其|公司)?(?:控股股东|实际控制人|大股东|第一大股东|关联方|特定对象|战略投资者)?{Ss}(?:等)?{c20}(?:非公开|定向)?发行(?:[AH]股)?(?:股票|股份|新股)(?!(?:及支付现金)?(?:的方式)?(?:购买|收购))`,
    subject: 'Ss',
    object: 'O',
    examples: [
      // Written probes in the form of a listed company's placement notice.
      { text: '北汽蓝谷公告，公司拟向控股股东北京汽车集团有限公司等不超过35名特定对象发行股票，募集资金总额不超过60亿元。', expect: ['北京汽车集团有限公司 → 北汽蓝谷'] },
      { text: '拓普集团拟向特定对象华为技术有限公司发行A股股票，募资15亿元。', expect: ['华为技术有限公司 → 拓普集团'] },
    ],
  },
  {
    id: 'stake/topic-transferred-to',
    type: 'INCREASED_STAKE',
    // The stake opens the clause, its seller unnamed: 双汇集团<N>%的股权以…的价格转让给罗特克斯有限公司.
    // (?!…将|所持…): a company that sells what it holds (万科将所持的…股权转让给) is the seller, not the stake.
    pattern: `(?:^|[，,；：:]){c6}{O}(?![^\\ue000-\\uefff。；，,]{0,8}?(?:将|把|所持|持有|拥有)){_20}(?:股权|股份|股票){c16}(?:将)?(?:被)?(?:协议|无偿)?(?:转让|划转|出售)${TO_RECIPIENT}(?:了)?{Ss}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '双汇集团<N>%的股权以<N>.<N>亿元的价格转让给罗特克斯有限公司,这个公司是由高盛策略投资有限责任公司和鼎晖中国成长基金II旗下鼎晖Shine有限公司合', expect: ['罗特克斯有限公司 → 双汇集团'] },
    ],
  },
  {
    id: 'stake/shareholder-sells-to',
    type: 'INCREASED_STAKE',
    // A company's shareholder sells what it holds of it: the buyer takes a stake in the company (ST秦岭现大股东陕西
    // 耀县水泥厂将所有股权协议转让给华伦集团).
    pattern: `{O}(?:的)?(?:现|原|前)?(?:第{RANK}大|控股|大)?股东[\ue000-\ue3ff](?:将|拟|已|把)(?:其)?(?:所持有的|所持的|所持|持有的|所有|全部|所有的)(?:的)?{c8}(?:股权|股份|股票){c16}(?:协议|无偿)?(?:转让|出售)(?:给|予)(?:了)?{Ss}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '<N>年,ST秦岭现大股东陕西耀县水泥厂将所有股权协议转让给华伦集团,但华伦集团付了第一笔钱后,余款一直未付,', expect: ['华伦集团 → ST秦岭'] },
    ],
  },
  {
    id: 'stake/seller-held',
    type: 'REDUCED_STAKE',
    pattern: `{S}{_16}(?:将|把)(?:其)?(?:所持有的|所持的|持有的|所持|手中的|手持的|(?:全资|控股)?子公司)(?:的)?${WHOLE_OF}{O}{_20}(?:股权|股份|股票){_16}(?:协议|无偿)?(?:转让|划转|出售|卖)${TO_RECIPIENT}`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '维维股份表示,公司同意将持有的双沟酒业的全部股份<N>万股,一次性转让给宿迁市国丰资产经营管理公司。', expect: ['维维股份 → 双沟酒业'] },
      // Written probe in the form of a state-owned group's filing: shares handed over free (无偿划转至).
      { text: '中国中车拟将其持有的时代电气5%股份无偿划转至中国国新。', expect: ['中国中车 → 时代电气'] },
      // Written probe in the form of an announcement: its subsidiary's shares.
      { text: '长城汽车拟将全资子公司欧拉汽车有限公司30%的股权转让给保定市国有资本运营有限公司。', expect: ['长城汽车 → 欧拉汽车有限公司'] },
    ],
  },
  {
    // The seller names the buyer first (X向Z转让其持有的Y…股权): it sells its stake in Y.
    id: 'stake/seller-to',
    type: 'REDUCED_STAKE',
    pattern: SELLS_TO_BUYER,
    subject: 'S',
    object: 'Os',
    examples: [
      { text: '公告称,广电集团与仪电集团签署协议,广电集团将向仪电集团分别全额转让其所持有的广电信息和广电电子股份,', expect: ['广电集团 → 广电信息'] },
      // Written probe in the form of a carmaker's filing.
      { text: '蔚来资本向合肥建投转让其持有的蔚来中国10%股权。', expect: ['蔚来资本 → 蔚来中国'] },
    ],
  },
  {
    // …and the buyer takes it.
    id: 'stake/buyer-from-seller',
    type: 'INCREASED_STAKE',
    pattern: SELLS_TO_BUYER,
    subject: 'O',
    object: 'Os',
    examples: [
      { text: '公告称,广电集团与仪电集团签署协议,广电集团将向仪电集团分别全额转让其所持有的广电信息和广电电子股份,', expect: ['仪电集团 → 广电信息'] },
    ],
  },
  {
    id: 'stake/take-over-held',
    type: 'INCREASED_STAKE',
    // The seller may be named between (受让北京京通海投资有限公司持有的…), not another clause.
    pattern: `{Ss}{_16}(?:受让|收购|购买|买下|接手|获得|取得)(?:了)?[^。；！？，,]{1,24}?(?:持有|所持)(?:的)?${WHOLE_OF}{O}{_12}(?:股权|股份|股票|股)`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '<N>年<N>月<N>日,九五投资时隔五个月再度亮相:公司受让北京京通海投资有限公司持有的S*ST光明<N>万非流通股股份。', expect: ['九五投资 → S*ST光明'] },
      { text: '此前,平安通过H股股权置换获得新桥持有的深发展<N>.<N>%股权,', expect: ['平安 → 深发展'] },
      // 所有, 全部 before the company: all of the seller's stake in it.
      { text: '另外一点也值得关注,去年<N>月新湖集团收购了新湖控股持有的所有哈高科股权,由此间接将公司从新湖中宝中剥离出来,而当时集团承诺的“年内三不变”如今也已到期。', expect: ['新湖集团 → 哈高科'] },
    ],
  },
  {
    id: 'stake/ratio-up',
    type: 'INCREASED_STAKE',
    pattern: `{S}(?:在|对|持有){O}(?:的)?(?:整体|总)?(?:持股|股权|股份)${NOT_RETURN}(?:比例|比重|量|数量)?(?:{_20}|{c30})(?:增至|增加至|增加到|提高至|提高到|提升至|升至|增持至)`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '根据协议,转股后,中铝公司在力拓集团整体持股比例将由目前的<N>.<N>%增至约<N>%,', expect: ['中铝公司 → 力拓集团'] },
      { text: '交易完成后,保利集团在保利香港的持股量从<N>.<N>%增至<N>.<N>%。', expect: ['保利集团 → 保利香港'] },
    ],
  },
  {
    id: 'stake/obtain',
    type: 'INCREASED_STAKE',
    // Not a controlling stake, which is taking it over (acquisition/control-stake).
    pattern: `{Ss}{_12}(?:受让|获得|取得|购得)(?:了)?{_12}{O}(?:约)?(?:{PCT}|[^\\ue000-\\uefff。；，,]{0,10}?)(?:的)?(?<!控)(?:股权|股份)`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '<N>、200<N>年,民生银行受让借款方的抵债资产海通证券股权共计<N>.<N>亿股。', expect: ['民生银行 → 海通证券'] },
    ],
  },
  {
    id: 'stake/transferee',
    type: 'INCREASED_STAKE',
    // Who becomes the transferee of a stake takes it: X成为Y<N>%股权的受让方. Not a prospective one (意向受让方),
    // whom a seller only describes.
    pattern: `{Ss}{_20}(?:成为|为|是)(?:了)?{O}(?:约)?(?:{PCT})?(?:的)?(?:股权|股份|股票)(?:的)?(?:唯一)?(?:合格)?受让方`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '如果一切不出意外,和双沟酒业同样源于江苏宿迁的洋河股份将没有悬念地成为双沟酒业<N>.<N>%股权的受让方。', expect: ['洋河股份 → 双沟酒业'] },
      { text: '本报讯光华控股接到控股股东开元集团函件,广东南方国际传媒控股有限公司成为开元资产<N>%的股权唯一合格受让方,南方传媒将直接持有开元资产<N>%股权,', expect: ['广东南方国际传媒控股有限公司 → 开元资产'] },
    ],
  },
  {
    id: 'stake/transferee-named',
    type: 'INCREASED_STAKE',
    // A stake put up for transfer, its transferee named after: 将持有的<N>%中银国际股权挂牌转让,…,受让方为北京联想科技投资公司.
    pattern: `(?:将|把)(?:其)?(?:所持有的|所持的|持有的|所持|持有)?(?:{_12}(?:的|%|股))?${WHOLE_OF}{O}{_12}(?:股权|股份|股票)[^\\ue000-\\ue3ff\\uec00-\\uefff。；！？]{0,12}?(?:转让|出让|出售)[^\\ue000-\\ue3ff\\uec00-\\uefff。；！？]{0,30}?(?<!意向|潜在)受让方(?:为|是)${OWNER}{Ss}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '<N>年<N>月,国家开发投资公司将持有的1<N>%中银国际股权挂牌转让,交易价格达<N>亿元,受让方为联想旗下北京联想科技投资公司。。', expect: ['北京联想科技投资公司 → 中银国际'] },
    ],
  },
  {
    id: 'stake/receive-increase',
    type: 'INCREASED_STAKE',
    pattern: `{Os}{_4}获(?:得)?{A}{_8}(?:增持|举牌)`,
    subject: 'S',
    object: 'Os',
    examples: [{ text: '冀东水泥获海螺水泥增持', expect: ['海螺水泥 → 冀东水泥'] }],
  },
  {
    id: 'stake/sold-to',
    type: 'INCREASED_STAKE',
    pattern: `向{As}[^\\ue000-\\ue3ff\\uec00-\\uefff。；！？]{0,8}?(?:转让|出售)(?:其)?(?:所持有的|所持的|持有的|所持)?{Os}{_12}(?:股权|股份|股票)`,
    subject: 'Ss',
    object: 'Os',
    examples: [
      { text: '中信泰富向中国国航及太古出售国泰<N>.<N>%股权', expect: ['中国国航 → 国泰'] },
    ],
  },
  {
    id: 'stake/sells-held',
    type: 'REDUCED_STAKE',
    // 工商银行将收购…,并向东亚银行出售其所持工商东亚金融控股有限公司<N>%股权: the seller is the clause's subject.
    pattern: SELLS_HELD,
    subject: 'here',
    object: 'O',
    facts: { status: 'planned' },
    examples: [
      { text: '工商银行昨天与东亚银行达成协议,工商银行将收购加拿大东亚银行<N>%股权,并向东亚银行出售其所持工商东亚金融控股有限公司<N>%股权。', expect: ['工商银行 → 工商东亚金融控股有限公司'] },
    ],
  },
  {
    id: 'stake/sells-held-holds',
    type: 'HOLDS_STAKE',
    pattern: SELLS_HELD,
    subject: 'here',
    object: 'O',
    examples: [
      { text: '工商银行昨天与东亚银行达成协议,工商银行将收购加拿大东亚银行<N>%股权,并向东亚银行出售其所持工商东亚金融控股有限公司<N>%股权。', expect: ['工商银行 → 工商东亚金融控股有限公司'] },
    ],
  },
  {
    id: 'stake/decrease',
    type: 'REDUCED_STAKE',
    // What is sold may be named as held (减持了其持有的蔚来股份).
    pattern: `{Ss}{_30}(?:再次|继续|大幅|累计|拟|计划)?(?:减持|抛售|清仓)(?:了)?(?:其)?(?:所持有的|所持的|所持|持有的|手中的|手中持有的)?${DESCRIPTOR}{Os}${HOLDING_AFTER}`,
    subject: 'Ss',
    object: 'Os',
    examples: [
      { text: '腾讯减持京东股份。', expect: ['腾讯 → 京东'] },
      // Written probe in the form of fund news: sold out (清仓).
      { text: '高瓴资本二季度清仓宁德时代。', expect: ['高瓴资本 → 宁德时代'] },
      { text: '深圳能源二季度通过减持美的电器、韶能股份,累计获利约<N>.<N>亿元。', expect: ['深圳能源 → 美的电器', '深圳能源 → 韶能股份'] },
    ],
  },
  {
    // Leaving the shareholders: 高瓴资本退出宁德时代股东行列, 退出前十大股东.
    id: 'stake/exits-shareholders',
    type: 'REDUCED_STAKE',
    pattern: `{Ss}{_12}(?:已|已经|正式|彻底|全面|悄然|逐步)?(?:退出|撤出|跌出)(?:了)?{O}(?:的)?(?:前[一二三四五六七八九十\\d]{1,2}大)?(?:流通)?股东(?:行列|名单|之列|阵营|榜单)?`,
    subject: 'Ss',
    object: 'O',
    examples: [
      // Written probe in the form of battery news.
      { text: '高瓴资本退出宁德时代股东行列。', expect: ['高瓴资本 → 宁德时代'] },
    ],
  },
  {
    // A sale of a stake in the company named (出售招商证券股票, 至少出售中信建投<N>%以上的股权, 处置海通证券股权): the
    // seller held it. A buyer named between them (向B转让C股权) stops the gap; a company bought or sold to just before
    // (收购加拿大东亚银行…及出售…, 向国航及太古出售…) is no seller.
    id: 'stake/sells-stake',
    type: 'REDUCED_STAKE',
    pattern: `(?<!收购|并购|受让|购买|买入|向|及|和|与){Ss}{_12}(?:再次|继续|大幅|累计|拟|计划|将|已|已经|至少|分别)?(?:出售|处置|抛售|卖出)(?:了)?(?:其)?(?:所持有的|所持的|所持|持有的|手中的)?{Os}(?:约|大约)?{c12}(?:股权|股份|股票)`,
    subject: 'Ss',
    object: 'Os',
    examples: [
      { text: '对于中粮地产出售招商证券股票,分析人士认为', expect: ['中粮地产 → 招商证券'] },
      { text: '由于业务依旧存在竞争,而又保持控股状态,目前中信证券至少出售中信建投<N>%以上的股权。', expect: ['中信证券 → 中信建投'] },
    ],
  },
  {
    id: 'stake/decrease-shares-of',
    type: 'REDUCED_STAKE',
    pattern: `{Ss}{_12}(?:再次|继续|大幅|累计|拟|计划|分别)?(?:减持|抛售|出售)(?:了)?{_16}(?:股|股份|股票)(?:的)?{O}`,
    subject: 'Ss',
    object: 'O',
    examples: [{ text: '中国人寿和雅戈尔一季度分别减持<N>万股和<N>万股中信证券,中信国安减持<N>万股,两面针也已宣布减持计划。', expect: ['中国人寿 → 中信证券'] }],
  },
  {
    id: 'stake/ratio-down',
    type: 'REDUCED_STAKE',
    pattern: `{S}(?:在|对|持有){O}(?:的)?(?:整体|总)?(?:持股|股权|股份)${NOT_RETURN}(?:比例|比重|量|数量)?(?:{_20}|{c30})(?:降至|降低至|降低到|减少至|减少到|下降至|减至|减持至)`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '完成交易后,内蒙蒙牛持有赛科星的股权比例将降至<N>.1<N>%,将不再列为蒙牛乳业的联营公司。', expect: ['内蒙蒙牛 → 赛科星'] },
      // The old share and when it changed may stand between (从一开始的<N>%在大家不知道的情况下).
      { text: '高盛在双汇集团的持股已经从一开始的<N>%在大家不知道的情况下减少到了<N>%。', expect: ['高盛 → 双汇集团'] },
    ],
  },
  {
    id: 'stake/increase-share-of',
    type: 'INCREASED_STAKE',
    pattern: `{Ss}{_40}(?:增持|买入|购入|增持了|买入了)(?:了)?(?:其)?{_12}股[，,]?(?:约)?占{O}(?:的)?(?:总股本|股份总额|总股份|已发行股份|股本)`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '澄清声明同时透露,截至<N>年<N>月<N>日,控股股东武钢集团合计增持了<N>.<N>万股,占武钢股份股份总额的<N>.<N>%。', expect: ['武钢集团 → 武钢股份'] },
      { text: '此后,中兆投资于<N>年<N>月<N>日后至当年<N>月<N>日前陆续买入<N>.<N>万股,占渤海物流总股本<N>.<N>%。', expect: ['中兆投资 → 渤海物流'] },
    ],
  },
  {
    id: 'stake/decrease-ratio-of',
    type: 'REDUCED_STAKE',
    pattern: `{Ss}{_12}(?:累计|合计|共)?减持(?:比例|股份|数量)?{_8}(?:已)?(?:达|达到|占|超过)(?:了)?{O}(?:的)?(?:总股本|股份总额|总股份|已发行股份)`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '中国人寿股份与中国人寿集团累计减持比例已达中信证券总股本的<N>%,', expect: ['中国人寿集团 → 中信证券'] },
    ],
  },
  {
    id: 'stake/decrease-share-of',
    type: 'REDUCED_STAKE',
    pattern: `{Ss}{_40}(?:减持|出售|抛售|卖出)(?:了)?(?:其)?{_12}股[，,]?(?:约)?占{O}(?:的)?(?:总股本|股份总额|总股份|已发行股份|股本)`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '<N>月<N>日,银鸽集团通过上交所大宗交易系统出售11<N>1万股,占银鸽投资总股本的<N>.<N>%。', expect: ['银鸽集团 → 银鸽投资'] },
    ],
  },
  {
    id: 'stake/decrease-holding',
    type: 'REDUCED_STAKE',
    pattern: `{Ss}{_8}(?:再次|继续|累计|已|也已|也)?(?:宣布)?(?:减持|抛售)(?:了)?(?:计划|(?:<N>|\\d+)(?:\\.(?:<N>|\\d+))?(?:万|亿)?股)(?![\\ue000-\\ue3ff\\uec00-\\uefff])`,
    subject: 'Ss',
    object: 'holding',
    examples: [
      { text: '中国人寿和雅戈尔一季度分别减持<N>万股和<N>万股中信证券,中信国安减持<N>万股,两面针也已宣布减持计划。', expect: ['中信国安 → 中信证券', '两面针 → 中信证券'] },
    ],
  },
  {
    id: 'stake/decrease-still-holder',
    type: 'REDUCED_STAKE',
    // The seller named after the sale, as the holder it still is: 此次减持后,天津医药集团仍为中新药业第一大股东.
    pattern: `(?:^|[，,；])(?:此次|本次|这次)?减持(?:完成)?(?:后|之后)[，,]?{S}(?:仍|依然|仍然|依旧)(?:为|是){O}(?:的)?(?:第{RANK}|单一|最|控股)?大(?:流通)?股东`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '此次减持后,天津医药集团仍为中新药业第一大股东,持有<N>.<N>亿股,占公司总股本的<N>.<N>%。', expect: ['天津医药集团 → 中新药业'] },
    ],
  },
  {
    id: 'stake/decrease-in',
    type: 'REDUCED_STAKE',
    pattern: `{S}(?:对|在){O}(?:的)?(?:持股|股份|股权)?{_8}减持`,
    subject: 'S',
    object: 'O',
    examples: [{ text: '腾讯对京东进行减持。', expect: ['腾讯 → 京东'] }],
  },
];

/** Joint ventures: each partner to the venture, or partner to partner when the venture has no name. */
export const JOINT_VENTURE_RULES: readonly RelationRule[] = [
  {
    id: 'jv/formed-named',
    type: 'JOINT_VENTURE',
    // A company whose subsidiary is named after it (华菱集团旗下的X和Y共同出资组建了Z) is no partner.
    pattern: `{Ss}(?!(?:的)?(?:旗下|下属)){_12}(?:与|和|同|联合|携手)${OWNER}${DESCRIPTOR}{Os}${EACH_PUTS}${PARTNERS_THEN}(?:共同|合资|联合|联手)?(?:出资|投资|合资)?(?:成立|设立|组建|建立)(?:了|的)?(?:一家)?(?:{c10}(?:的)?(?:合资公司|合资企业|子公司|新公司))?[——“"「]*{O}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '宁德时代已与星云股份成立合资公司时代星云，对大数据软件服务进行研发。', expect: ['宁德时代 → 时代星云'] },
      // Written probe for 共同出资成立了 (the splits have the form only with partners that are not companies).
      { text: '宁德时代与蔚来、国泰君安共同出资成立了武汉蔚能电池资产有限公司。', expect: ['宁德时代 → 武汉蔚能电池资产有限公司'] },
      { text: '去年<N>月,华菱集团旗下的涟钢和华菱矿业投资有限公司已共同出资组建了华菱洞口矿业有限公司,对邵阳市洞口县江口镇黄花坪矿区铁矿资源进行开发和利用。', expect: ['涟钢 → 华菱洞口矿业有限公司'] },
      // Written probe in the form of car news: a count and kind of the partners after the list (三家央企).
      { text: '中国一汽、东风汽车和长安汽车三家央企联合成立了T3出行。', expect: ['一汽 → T3出行', '东风汽车 → T3出行'] },
      { text: '记者了解到,长虹从去年下半年开始与中国台湾面板巨头友达电子建立了液晶模组的合资公司——长智光电,', expect: ['长虹 → 长智光电'] },
      // Written probe in the form of car news: the partner named after its owner (大众汽车集团旗下软件公司CARIAD).
      { text: '地平线与大众汽车集团旗下软件公司CARIAD成立合资公司酷睿程，大众持股60%。', expect: ['地平线 → 酷睿程'] },
      // Written probe in the form of car news: the partners announce the venture (宣布成立).
      { text: '零跑汽车与Stellantis集团宣布成立合资公司零跑国际，其中Stellantis持股51%。', expect: ['零跑汽车 → 零跑国际'] },
    ],
  },
  {
    id: 'jv/formed-named-partner',
    type: 'JOINT_VENTURE',
    pattern: `(?:{S}{_6})?(?:与|和|同|联合|携手)(?:[^\\ue000-\\uefff。；，,]{0,16}——|${OWNER}${DESCRIPTOR})?{Os}${EACH_PUTS}${PARTNERS_THEN}(?:共同|合资|联合|联手)?(?:出资|投资|合资)?(?:成立|设立|组建|建立)(?:了|的)?(?:一家)?(?:{c10}(?:的)?(?:合资公司|合资企业|子公司|新公司))?[——“"「]*{O}`,
    subject: 'Os',
    object: 'O',
    examples: [
      // Written probe in the form of car news: the partner named after its owner (大众汽车集团旗下软件公司CARIAD).
      { text: '地平线与大众汽车集团旗下软件公司CARIAD成立合资公司酷睿程，大众持股60%。', expect: ['CARIAD → 酷睿程'] },
      // Written probe in the form of car news: 联合成立.
      { text: '中国一汽、东风汽车和长安汽车三家央企联合成立了T3出行。', expect: ['长安汽车 → T3出行'] },
      { text: '去年<N>月,福田汽车与全球最大的独立发动机制造商——美国康明斯公司合资成立了北京福田康明斯发动机有限公司。', expect: ['美国康明斯公司 → 北京福田康明斯发动机有限公司'] },
      { text: '交行与施罗德集团合资设立交银施罗德基金管理公司。', expect: ['施罗德集团 → 交银施罗德基金管理公司'] },
      // Written probe, as for jv/formed-named.
      { text: '宁德时代与蔚来、国泰君安共同出资成立了武汉蔚能电池资产有限公司。', expect: ['蔚来 → 武汉蔚能电池资产有限公司', '国泰君安 → 武汉蔚能电池资产有限公司'] },
      { text: '同时,复星与凯雷成立的复星凯雷基金,也获批成为首批试点QFLP之一。', expect: ['凯雷 → 复星凯雷基金'] },
      { text: '辽宁庆阳特种化工有限公司合资设立盘锦锦阳化工公司的相关公告,公告称公司拟与庆阳化工各出资<N>万元合资设立锦阳化工,投资建设“重整及裂解碳九深加工”项', expect: ['庆阳化工 → 锦阳化工'] },
    ],
  },
  {
    // A clause that opens with the partner, its subject the company the sentence opened with (大众…向地平线投资…，与地平线
    // 成立合资企业酷睿程): that company is a partner too.
    id: 'jv/formed-named-clause',
    type: 'JOINT_VENTURE',
    pattern: `(?<=[，,；])(?:去年|今年|前年|此前|早前|近日|日前|随后|此后)?(?:并|同时|还|也|将|拟|计划|已|又|曾)*(?:与|和|同){Os}${EACH_PUTS}(?:(?:共同|合资)(?:出资|投资)?(?:成立|设立|组建|建立)(?:了)?|(?:共同|合资)?(?:出资|投资|合资)?(?:成立|设立|组建|建立)(?:了)?(?:一家)?{c10}(?:的)?(?:合资公司|合资企业|新公司))[——“"「]*{O}`,
    subject: 'clause',
    object: 'O',
    examples: [
      // A written probe.
      { text: '大众汽车集团（中国）宣布向地平线投资约24亿欧元，与地平线成立合资企业酷睿程。', expect: ['大众汽车集团 → 酷睿程'] },
      // Written probe in the form of Taiwanese news: a time word before the partner (去年已与…).
      { text: '法人指出，鸿海近年积极透过投资扩大电动车版图，去年已与裕隆集团合资成立鸿华先进科技。', expect: ['鸿海 → 鸿华先进科技'] },
    ],
  },
  {
    id: 'jv/both-parties-named',
    type: 'JOINT_VENTURE',
    pattern: BOTH_PARTIES_FOUND,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '近日,在线旅游企业驴妈妈母公司景域集团宣布和华策影视集团签约,双方联手成立华策景域旅游传媒公司。', expect: ['景域集团 → 华策景域旅游传媒公司'] },
    ],
  },
  {
    id: 'jv/both-parties-named-partner',
    type: 'JOINT_VENTURE',
    pattern: BOTH_PARTIES_FOUND,
    subject: 'Os',
    object: 'O',
    examples: [
      { text: '近日,在线旅游企业驴妈妈母公司景域集团宣布和华策影视集团签约,双方联手成立华策景域旅游传媒公司。', expect: ['华策影视集团 → 华策景域旅游传媒公司'] },
    ],
  },
  {
    id: 'jv/partners',
    type: 'JOINT_VENTURE',
    pattern: `(?:由)?{As}(?:共同|合资|联合)?(?:出资)?(?:成立|设立|组建|合资成立|合资设立|合资组建|创办|建立)(?:了)?(?:一家|一个)?(?:的)?{_8}(?:合资公司|合资企业)(?![——\\-－:：“"「]*[\\ue000-\\ue3ff])`,
    subject: 'Ss',
    object: 'Ss',
    examples: [{ text: '该公司是由中国国家核电技术公司和西屋创办的合资公司。', expect: ['中国国家核电技术公司 → 西屋'] }],
  },
  {
    id: 'jv/founded-by-before',
    type: 'JOINT_VENTURE',
    // The partners, then the venture they set up: 由交运股份与日本丸红合资成立的上海交运日红国际物流有限公司.
    pattern: `由{As}{_8}(?:共同)?合资(?:成立|设立|组建|创办|兴建|建立)的(?:合资公司|合资企业)?[——“"「]*{O}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '昨日,由交运股份与日本丸红合资成立的上海交运日红国际物流有限公司正式成立。', expect: ['交运股份 → 上海交运日红国际物流有限公司'] },
    ],
  },
  {
    id: 'jv/founded-by-after',
    type: 'JOINT_VENTURE',
    // The venture, then the partners that set it up: 海正辉瑞于<N>年由辉瑞与海正药业合资组建 (the founders' other
    // forms, without 合资, are investment/founders).
    pattern: `{O}{_14}由{As}{_8}(?:共同)?合资(?:成立|设立|组建|创办|兴建|建立)(?!的)`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '据了解,海正辉瑞于<N>年由辉瑞与海正药业及海正药业有限公司合资组建,面向中国和全球市场开发、生产和推广品牌仿制药。', expect: ['辉瑞 → 海正辉瑞', '海正药业有限公司 → 海正辉瑞'] },
    ],
  },
  {
    id: 'jv/formed-unnamed',
    type: 'JOINT_VENTURE',
    pattern: `{S}(?:{_6}|(?:拟|将|计划|已)?(?:出资|投资|斥资){_10})(?:与|和|同|联合|携手)${DESCRIPTOR}{Os}${EACH_PUTS}(?:将|拟|计划|已)?(?:在[\\ue800-\\uebff])?(?:共同|拟|将|合资|联合)?(?:出资)?(?:成立|设立|组建|建立|出资设立|发起设立|发起成立|合资成立|合资设立|投资设立|合资建设|合资组建|合资)(?:了)?(?:一家|一个)?(?:{_8}|{c24})(?:合资公司|合资企业|公司|企业|基金)(?![——\\-－:：“"「]*[\\ue000-\\ue3ff])`,
    subject: 'S',
    object: 'Os',
    examples: [
      { text: '宁德时代已与星云股份成立合资公司时代星云，对大数据软件服务进行研发；宁德时代与科士达成立合资公司开发和生产储能、充电桩及“光储充检”一体化相关产品。', expect: ['宁德时代 → 科士达'] },
      // Written probe in the form of insurers' news: a fund founded (发起设立) by two, the first putting money in first.
      { text: '另据公告，新华保险拟出资50亿元，与中国人寿共同发起设立私募证券投资基金，双方各认缴50%。', expect: ['新华保险 → 中国人寿'] },
      { text: '常高新集团和上海阜兴集团联合成立产业发展基金,有利于提高投资项目选择的市场化、专业化水平;', expect: ['常高新集团 → 上海阜兴集团'] },
      { text: '金龙鱼母公司丰益国际昨日宣布与美国家乐氏公司将在上海成立合资公司,生产并且销售“家乐氏”和“品客”两个品牌的谷物休闲食品。', expect: ['丰益国际 → 美国家乐氏公司'] },
      // The venture described at length, not named (中国首家外商合伙制私人股权投资企业).
      { text: '<N>年<N>月,复星与世界最大的私人股权投资机构凯雷集团成立了中国首家外商合伙制私人股权投资企业,', expect: ['复星 → 凯雷集团'] },
    ],
  },
  {
    // A与B…双方…成立合资公司, the venture not named: the two are partners.
    id: 'jv/both-parties-unnamed',
    type: 'JOINT_VENTURE',
    pattern: `{S}{_12}(?:与|和|同)${DESCRIPTOR}{Os}(?:[（(][^）)。]{0,14}[)）])?[^。；！？]{0,24}?双方{_16}(?:共同|合资|联合|联手)?(?:出资)?(?:成立|设立|组建|创办)(?:了)?(?:一家|一个)?{c12}(?:合资公司|合资企业|新公司|公司|企业|基金)(?![——\\-－:：“"「]*[\\ue000-\\ue3ff])`,
    subject: 'S',
    object: 'Os',
    examples: [
      // A written probe.
      { text: '中国石化与沙特基础工业公司签署协议，双方将各持股50%成立合资公司。', expect: ['中国石化 → 沙特基础工业公司'] },
      // Written probe in the form of Taiwanese news: a word for the partner's kind before its name.
      { text: '鴻海旗下鴻華先進科技也宣布，與台灣電動巴士製造商創奕能源簽署合作備忘錄，雙方將共同成立合資公司，鴻華先進持股60%。', expect: ['鸿华先进科技 → 创奕能源'] },
    ],
  },
  {
    id: 'jv/co-invest',
    type: 'JOINT_VENTURE',
    // (?![是系]): X是A和B共同投资的企业 names the venture and its founders, not two partners.
    pattern: `{S}(?![是系]){_6}(?:与|和|同|联合|携手)${DESCRIPTOR}{Os}[，,]?(?:将|拟|计划|已|已经|已就|就|决定)?(?:共同|联合|合资)(?:出资|投资)(?!了?[\\ue000-\\ue3ff\\uec00-\\uefff]|的|[^。；]{0,16}?(?:认购|入股|收购|增持|参股)|(?:设立|成立|组建|创立|创办|兴建|建立)(?:了)?(?:一家)?(?:合资公司|合资企业|新公司)?[\\ue000-\\ue3ff])`,
    subject: 'S',
    object: 'Os',
    examples: [
      { text: '今日,复星医药宣布与阿根廷金武公司,共同投资<N>亿元,开发单克隆抗体药物。', expect: ['复星医药 → 阿根廷金武公司'] },
      { text: '据了解,东方资产与徐工集团、江苏银行已就共同出资,组建金融租赁公司达成一致意见,正全面推进申请筹建工作的开展。', expect: ['东方资产 → 徐工集团', '东方资产 → 江苏银行'] },
    ],
  },
  {
    // 由A和B共同投资<N>亿元: the two put money in side by side. Not when they found something (由A和B共同投资组建的X
    // names X's founders: investment/founders).
    id: 'jv/co-invest-by',
    type: 'JOINT_VENTURE',
    pattern: `由{A}(?:与|和|同|及)${DESCRIPTOR}{Os}(?:共同|联合|合资)(?:出资|投资)(?!了?[\\ue000-\\ue3ff\\uec00-\\uefff]|的|[^。；，,]{0,12}?(?:设立|成立|组建|组成|创立|创办|发起|兴建|建立))`,
    subject: 'S',
    object: 'Os',
    examples: [
      { text: '此次签约项目由中石化新星石油公司和冰岛恩莱克斯有限公司共同投资<N>亿元人民币,将全面开发雄县地热资源。', expect: ['中石化新星石油公司 → 冰岛恩莱克斯有限公司'] },
    ],
  },
  {
    id: 'jv/with-topic',
    type: 'JOINT_VENTURE',
    pattern: `(?:^|[，,；;])(?:并|还|也|又|同时|此外|另外)?(?:已|将|拟)?(?:通过)?(?:与|和|同|携手|联手)${DESCRIPTOR}{Os}${EACH_PUTS}(?:共同|合资)?(?:出资)?(?:成立|设立|组建|建立)(?:了)?(?:一家|一个)?(?:合资公司|合资企业)(?![——\\-－:：“"「]*[\\ue000-\\ue3ff])`,
    subject: 'topic',
    object: 'Os',
    examples: [
      { text: '除了布局上海快卜，此前，宁德时代已与星云股份成立合资公司时代星云，对大数据软件服务、储能用BMS、系统集成等进行研发；与科士达成立合资公司开发和生产储能、充电桩及“光储充检”一体化相关产品', expect: ['宁德时代 → 科士达'] },
      { text: '在海外战略方面,中海油上半年坚持既定并购策略,通过与BridasEnergyHoldings建立合资公司,为今后在南美洲的业务发展建立了坚实的平台。', expect: ['中海油 → BridasEnergyHoldings'] },
    ],
  },
  {
    id: 'jv/shares-each',
    type: 'JOINT_VENTURE',
    pattern: `{S}(?:与|和|及){O}分别(?:按|以)[^\\ue000-\\uefff。；，,]{0,16}?(?:的)?比例(?:共同)?出资`,
    subject: 'S',
    object: 'O',
    examples: [{ text: '项目总投资<N>亿元,其中大唐发电和大唐集团分别按<N>%和<N>%的比例出资。', expect: ['大唐发电 → 大唐集团'] }],
  },
  {
    id: 'jv/apposition',
    type: 'JOINT_VENTURE',
    pattern: `{Ss}(?:的)?(?:合资企业|合资公司)[——\\-－:：]*{O}`,
    subject: 'Ss',
    object: 'O',
    examples: [{ text: '小米战略入股宁德时代合资企业——上海快卜。', expect: ['宁德时代 → 上海快卜'] }],
  },
];
