import { CHANGED_TO, WHOLE_OF, type RelationRule } from './engine.ts';

/** How a holder's own shares are named before the company: 所持有的, 手中的. */
const HELD = '(?:所持有的|所持有|所持的|所持|持有的|手持的|手中的)';
/** Not right after a verb of holding: a company held (通过持有X<N>%的股权,间接持有Y) does not hold the next. */
const NOT_HELD = '(?<!持有的?|持股|持的?)';
/** Not right after a verb of selling or buying: the company sold (新桥转让深发展后,持有平安H股) holds nothing here. */
const NOT_DEALT = '(?<!转让|出售|收购|受让|抛售)';
/**
 * A shareholder's rank as news state it: 第二大股东, 第二股东, 第一大流通股股东, 单一最大股东, 最大股东.
 */
const RANKED = '(?:第{RANK}大?|单一最?大|最大)(?:流通股?)?股东';

/** How a holder holds, before its verb of holding (分别持有, 直接持有); never a change of the holding (增持, 减持). */
const HOLDS_AS = '(?:分别|合计|共计|直接|间接)?(?<![增减])';

/**
 * A venture two partners founded, then each one's stake in it said of both (A与B合资成立C，双方各持股51%及49%): from
 * 与 to the first stake.
 */
const VENTURE_THEN_EACH =
  '(?:与|和|同){Os}[^\\ue000-\\uefff。；]{0,12}?(?:成立|设立|组建|建立)(?:了|的)?(?:一家)?(?:[^\\ue000-\\uefff。；，,]{0,10}?(?:合资公司|合资企业|新公司))?[——“"「]*{O}[^\\ue000-\\uefff。；]{0,30}?[，,；](?:其中)?(?:双方|两家公司|两家|两者|二者)(?:将)?(?:各|分别)(?:持股|持有|占股|出资)(?:比例)?(?:为)?(?:约)?';

/** Shareholdings as stated: percentages and ranks. */
export const STAKE_RULES: readonly RelationRule[] = [
  {
    // The first partner's stake in the venture, said of both (双方各持股51%及49%: 51%).
    id: 'stake/venture-each-first',
    type: 'HOLDS_STAKE',
    pattern: `{Ss}{_12}${VENTURE_THEN_EACH}{PCT}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      // Written probe in the form of Taiwanese news.
      { text: '鸿海与裕隆集团合资成立鸿华先进科技，双方各持股51%及49%。', expect: ['鸿海 → 鸿华先进科技'] },
    ],
  },
  {
    // The second partner's: the second stake when two are given, else the one said of each (双方各持股50%).
    id: 'stake/venture-each-second',
    type: 'HOLDS_STAKE',
    pattern: `${VENTURE_THEN_EACH}(?:(?:\\d|<N>)(?:[\\d.]|<N>)*%(?:及|和|与|、)(?:约)?)?{PCT}`,
    subject: 'Os',
    object: 'O',
    examples: [
      // Written probes in the form of Taiwanese and car news.
      { text: '鸿海与裕隆集团合资成立鸿华先进科技，双方各持股51%及49%。', expect: ['裕隆集团 → 鸿华先进科技'] },
      { text: '比亚迪与丰田汽车成立合资公司比亚迪丰田电动车科技有限公司，双方各持股50%。', expect: ['丰田 → 比亚迪丰田电动车科技有限公司'] },
    ],
  },
  {
    id: 'stake/holds-percent',
    type: 'HOLDS_STAKE',
    pattern: `${NOT_HELD}${NOT_DEALT}{Ss}{_24}${HOLDS_AS}(?:持有|持股|持)(?:了)?{O}(?:约|超过|近)?{PCT}(?:的)?(?:股权|股份|股)?`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '值得一提的是，芯迈半导体持有杭州富芯半导体有限公司15.87%股权。', expect: ['芯迈半导体 → 杭州富芯半导体有限公司'] },
      { text: '截至<N>月<N>日,宝能系持股万科<N>.<N>%,华润、万科工会委员会构成一致行动人,合计持股<N>.<N>%,安邦保险持有<N>.<N>%。', expect: ['宝能系 → 万科'] },
      // 后者 is the company named last before it, 其 the one the sentence opens with.
      { text: '目前日升公司控股股东及法人实际控制人为湖北裕东科技有限公司,后者持有其<N>.<N>%股权。', expect: ['湖北裕东科技有限公司 → 日升公司'] },
      // A holder and its affiliate named together both hold.
      { text: '如果股权转让经有关部门批准通过,嘉士伯香港与其关联公司嘉士伯重庆有限公司将共同持有重庆啤酒<N>.<N>%的股权,', expect: ['嘉士伯香港 → 重庆啤酒', '嘉士伯重庆有限公司 → 重庆啤酒'] },
    ],
  },
  {
    // The holder through its vehicle: both hold, and the holder controls the vehicle. Not a market the shares were
    // bought on (通过上海证券交易所交易系统).
    id: 'stake/holds-through',
    type: 'HOLDS_STAKE',
    pattern: `{S}{_}通过(?:其)?(?:实控|控股|旗下|全资子公司|控股子公司|子公司)?(?:的)?{V}(?!交易|系统|集中竞价|竞价|大宗|二级市场){_6}(?<![增减])(?:持有|持股|持)(?:了)?{O}(?:的)?(?:约|超过|近)?(?:{PCT})?(?:的)?(?:股权|股份|股)`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '由于重组后国水投集团成为三峡总公司的子公司,所以三峡总公司也就通过国水投集团间接持有金风科技的<N>.<N>%股权。', expect: ['三峡总公司 → 金风科技', '国水投集团 → 金风科技'] },
    ],
  },
  {
    id: 'stake/holds-shares-of',
    type: 'HOLDS_STAKE',
    pattern: `${NOT_HELD}${NOT_DEALT}{Ss}{_24}${HOLDS_AS}(?:持有|持|拥有)(?:了)?{Os}{_10}(?:股权|股份|股票|权益|[AHB]股|限售股|流通股|(?:<N>|\\d+)(?:\\.(?:<N>|\\d+))?(?:万|亿)?股|(?:的)?(?:持股)?比例)(?!的(?:控股股东|大股东|股东)?[\\ue000-\\ue3ff])`,
    subject: 'Ss',
    object: 'Os',
    examples: [
      { text: '腾讯持有京东部分股份。', expect: ['腾讯 → 京东'] },
      { text: '除了支付宝之外,小微金服还拥有众安保险1<N>.<N>%的股权,以及浙江阿里巴巴小额贷款有限公司<N>%的股权,', expect: ['小微金服 → 众安保险'] },
      { text: '针对高盛持有工行H股延期限售股将于<N>月<N>日到期,', expect: ['高盛 → 中国工商银行'] },
      { text: '目前,新湖中宝在金融领域斩获颇多,持有盛京银行、新湖期货及锦泰保险等股权。', expect: ['新湖中宝 → 盛京银行', '新湖中宝 → 锦泰保险'] },
      { text: '公告显示,本次过户完成之前,中国平安及其控股子公司中国平安人寿保险股份有限公司合计持有深发展逾<N>.<N>亿股股份,约占深发展目前总股本<N>.<N>%。', expect: ['中国平安人寿保险股份有限公司 → 深发展'] },
    ],
  },
  {
    // The share before the company it is of: 所持大约<N>%的阿里巴巴股份, where 阿里巴巴股份 may read as one name.
    // The buyer it is sold to may stand between (向阿里巴巴出售所持…); a buyer before it holds nothing yet
    // (平安收购新桥所持<N>%的深发展股份: 新桥 holds them).
    id: 'stake/holds-pct-of',
    type: 'HOLDS_STAKE',
    pattern: `${NOT_HELD}${NOT_DEALT}{Ss}(?![^。；！？，,]{0,24}?(?:收购|受让|购买|买入|认购)){_24}(?:向[\\ue000-\\ue3ff\\uec00-\\uefff][^\\ue000-\\uefff。；！？，,]{0,8}?)?${HOLDS_AS}(?:持有|持)(?:了)?的?(?:约|大约|近|逾|超过)?{PCT}(?:的)?{Os}`,
    subject: 'Ss',
    object: 'Os',
    examples: [
      { text: '雅虎CEO卡罗尔巴茨上周五称,雅虎并不打算向阿里巴巴出售所持大约<N>%的阿里巴巴股份,', expect: ['雅虎 → 阿里巴巴'] },
      { text: '华润以每股<N>元的价格将所持<N>.<N>%的万科股权协议转让给深圳地铁,交易总额3<N>.<N>亿元。', expect: ['华润 → 万科'] },
    ],
  },
  {
    // A later clause with no subject of its own goes on holding (汇金持有建行股份…,而持有中行股份…; …的股权、持有X…):
    // the subject of the clause before holds.
    id: 'stake/holds-continued',
    type: 'HOLDS_STAKE',
    pattern: `(?:[，,](?:而|并|且|同时|也|还|另|另外)+|、)(?:直接|间接)?持有(?:了)?{Os}{_6}(?:股权|股份|股票|[AHB]股|(?:的)?持股比例|(?:<N>|\\d)[^\\ue000-\\uefff，,。；]{0,8}?股)`,
    subject: 'clause',
    object: 'Os',
    examples: [
      { text: '截至一季度末,汇金持有建行股份比例为<N>.<N>%,而持有中行股份比例则高达<N>.<N>%,这是汇金对待两者融资计划态度有差异的主要原因。', expect: ['汇金 → 中国银行'] },
      { text: '此次转让完成后,鑫茂集团将持有丹东菊花公司<N>.<N>%的股权、持有天大天久公司<N>%股权。', expect: ['鑫茂集团 → 天大天久公司'] },
    ],
  },
  {
    // A later clause that gives the share of the company the clause before took (…出资<N>万元参股领汇创投,占该公司股比<N>%):
    // the subject of the clause before holds it.
    id: 'stake/share-continued',
    type: 'HOLDS_STAKE',
    // The clause before names a company, no person, and puts money in (董明珠个人出资…,占X注册资本的5%: no company holds).
    pattern: `(?<=[\\ue000-\\ue3ff\\uec00-\\uefff][^\\ue400-\\ue7ff，,。；]{0,30}?(?:出资|参股|入股|增资|认缴|投资)[^\\ue400-\\ue7ff，,。；]{0,30})[，,](?:约)?占{O}(?:的)?(?:股比|股权比例|出资比例|注册资本(?:的)?(?:比例)?)(?:为|达)?(?:约)?{PCT}`,
    subject: 'clause',
    object: 'O',
    examples: [
      { text: '<N>年<N>月,根据当时公司的董事会决定,天目药业出资<N>万元参股领汇创投,占该公司股比<N>%,位列第三大股东。', expect: ['天目药业 → 领汇创投'] },
    ],
  },
  {
    // A sentence that opens with 持有 goes on from the one before (a semicolon ends a sentence): its subject holds.
    id: 'stake/holds-continued-topic',
    type: 'HOLDS_STAKE',
    pattern: `^(?:而|并|且|同时|也|还|另|另外)*(?:直接|间接)?持有(?:了)?{Os}{_6}(?:股权|股份|股票|[AHB]股|(?:的)?持股比例|(?:<N>|\\d)[^\\ue000-\\uefff，,。；]{0,8}?股)`,
    subject: 'topic',
    object: 'Os',
    examples: [
      { text: '其中,领汇创投持有双林股份<N>万股,占发行后股本<N>.1<N>%;持有国腾电子<N>万股,占发行后股本的<N>.<N>%;持有泰胜风能<N>万股,', expect: ['领汇创投 → 国腾电子', '领汇创投 → 泰胜风能'] },
    ],
  },
  {
    // A holder of the company's own shares, whose name follows as the company of the total (平原实业尚持有公司股份…,
    // 占宏达股份总股本的<N>%).
    id: 'stake/holds-own-shares',
    type: 'HOLDS_STAKE',
    pattern: `{S}{_8}(?<![增减])(?:持有|持)(?:[\\uec00-\\uefff]|公司|该公司|本公司)(?:股份|股票|股权)?{_16}占{O}(?:的)?(?:总股本|股本|股份总数|总股份|已发行股份)`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '此次减持后,平原实业尚持有公司股份<N>,<N>万股,占宏达股份总股本的<N>.<N>%,全部为无限售条件流通股。', expect: ['平原实业 → 宏达股份'] },
    ],
  },
  {
    // A second holder named after the first, with its count of the same company's shares (新豪时持有中国平安<N>亿股,
    // 景傲实业持有<N>亿股).
    id: 'stake/holds-alongside',
    type: 'HOLDS_STAKE',
    pattern: `[\\ue000-\\ue3ff]{_4}(?<![增减])(?:持有|持股){O}(?:约)?(?:<N>|\\d)[^\\ue000-\\uefff，,。；]{0,12}?股[，,；](?:而)?{S}(?:则|也|亦|同样)?(?:持有|持股)(?:约)?(?:<N>|\\d)`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '公告指出,截至<N>年<N>月<N>日,新豪时持有中国平安<N>.<N>亿股,景傲实业持有<N>.<N>亿股,', expect: ['景傲实业 → 平安'] },
    ],
  },
  {
    id: 'stake/held-shares',
    type: 'HOLDS_STAKE',
    pattern: `{Ss}{_6}${HELD}(?:的)?${WHOLE_OF}{Os}{_24}(?:股权|股份|股票|权益|股)`,
    subject: 'Ss',
    object: 'Os',
    examples: [
      { text: '四、三鹿集团所持有的石家庄君乐宝乳业有限公司<N>.<N>%的投资权益。', expect: ['三鹿集团 → 石家庄君乐宝乳业有限公司'] },
      { text: '<N>月<N>日,兴业银行曾将所持兴业证券<N>.20<N>4亿抵债股权公开挂牌转让,转让价格为每股<N>.<N>元,', expect: ['兴业银行 → 兴业证券'] },
      { text: '红塔创投和云南工投分别持有的天达光伏<N>.<N>%和<N>.<N>%的股权。', expect: ['红塔创投 → 天达光伏', '云南工投 → 天达光伏'] },
      { text: '除上述两个矿山外,公司拟受让中金集团持有的夹皮沟矿业、石湖矿业、嵩县金牛矿业、嵩县前河矿业<N>家企业全部股权,', expect: ['中金集团 → 夹皮沟矿业', '中金集团 → 石湖矿业', '中金集团 → 嵩县金牛矿业', '中金集团 → 嵩县前河矿业'] },
    ],
  },
  {
    // A holder described by what it holds, named after it: 持有神州泰岳股份的中信证券 (the segmenter may take 股份 into
    // the name). With no company right before 持有, which would be the holder itself (新大洲A持有<N>%股权的…).
    id: 'stake/holder-described',
    type: 'HOLDS_STAKE',
    pattern: `(?<![\\ue000-\\ue3ff\\uec00-\\uefff])(?:同时|还|也|一直|仍|分别|合计|共同|直接|间接)*持有(?:了)?{c10}{Os}(?:{_16}(?:股权|股份|股票))?的(?:控股股东|大股东|第[一二三四五六七八九十]大股东|股东)?(?<S>[\\ue000-\\ue3ff])`,
    subject: 'S',
    object: 'Os',
    examples: [
      { text: '天下没有免费的午餐,中信证券确保神州泰岳的成功,甚至不排除神州泰岳为了成功上市,用原始股套牢中信证券,持有神州泰岳股份的中信证券将获得丰厚回报。', expect: ['中信证券 → 神州泰岳'] },
      { text: ',由于久事公司和上海电气都已经符合“一参一控”的标准,还同时持有东方证券、国泰君安和海通证券四家券商股权的申能有限公司有可能退出。', expect: ['申能有限公司 → 东方证券', '申能有限公司 → 国泰君安', '申能有限公司 → 海通证券'] },
    ],
  },
  {
    // A stake stated after the deal, in a clause without a subject of its own: the buyer, who opens the clause of the
    // deal, holds it in the company the deal named (入股小鹏汽车，持股4.99%; 向X增资扩股,获得其<N>%的股份).
    id: 'stake/holds-after-deal',
    type: 'HOLDS_STAKE',
    // What the company is may stand before it (战略投资澳大利亚锂矿企业Pilbara，持股8.5%). Not a parent whose unnamed
    // company the deal is in (入股福特旗下电池公司，持股比例为20%).
    pattern: `(?:(?:入股|战略入股|投资|增资|注资|参股|认购|受让|收购)(?:了)?|向(?=[^。；！？，,]{1,24}?(?:增资|注资|投资)))(?:[\\ue800-\\uebff]?[^\\ue000-\\uefff。；，,]{0,6}?(?:企业|公司|厂商|品牌|机构))?{O}(?!(?:的)?(?:旗下|下属|子公司|全资子公司|控股子公司))[^\\ue000-\\uefff。；！？，,]{0,20}[，,](?:并|目前|合计|共|从而|由此|(?:本次)?(?:交易|增资|收购|入股|认购|发行)?完成后)*(?:将)?(?:持股|持有|获得|取得)(?:了)?(?:其|前者|该公司|[\\uec00-\\uefff])?(?:的)?(?:股权|股份)?(?:比例)?(?:增至|升至|提升至|提高至|达到|达|为|约|约为)*{PCT}(?!的?[\\ue000-\\ue3ff])`,
    subject: 'clause',
    object: 'O',
    examples: [
      { text: '上海电气集团股份有限公司日前宣布,西门子有限公司向上海电气电站设备有限公司增资<N>.<N>亿元,持股比例增至<N>%。', expect: ['西门子有限公司 → 上海电气电站设备有限公司'] },
      // Written probe in the form of battery news: the clause says when (增资完成后).
      { text: '比亚迪以8.1亿元增资入股上海电池公司，增资完成后持有其35%股权。', expect: ['比亚迪 → 上海电池公司'] },
      { text: '根据新的协议,五矿通过旗下刚刚注册的中国五矿有色控股有限公司,以<N>.<N>亿元向湖南有色控股增资扩股,获得其<N>%的股份。', expect: ['五矿 → 湖南有色控股'] },
      { text: '光明乳业发布公告称,拟以<N>万新西兰元,认购新西兰Synlait乳业公司<N>万股新增普通股,从而获得后者<N>%股权。', expect: ['光明乳业 → 新西兰Synlait乳业公司'] },
      // Written probe in the form of car news.
      { text: '2023年，大众汽车以7亿美元入股小鹏汽车，持股4.99%。', expect: ['大众 → 小鹏汽车'] },
      // Written probe in the form of battery news: what the company is, before it.
      { text: '宁德时代以约2.2亿元战略投资澳大利亚锂矿企业Pilbara，持股8.5%。', expect: ['宁德时代 → Pilbara'] },
    ],
  },
  {
    // The stake a deal gave, in the next clause, naming the company again: the subject of the deal's clause holds it
    // (大众汽车集团向小鹏汽车投资约7亿美元，获得小鹏汽车约4.99%的股份).
    id: 'stake/obtained-continued',
    type: 'HOLDS_STAKE',
    pattern: `[，,](?:并|从而|由此|以此)*(?:获得|取得)(?:了)?{O}(?:约|近|超过)?{PCT}(?:的)?(?:股权|股份)`,
    subject: 'clause',
    object: 'O',
    examples: [
      { text: '<N>年<N>月<N>日,沈阳慧旭与华宝信托签署《股权转让协议》,获得东软集团有限公司<N>.<N>%股权;', expect: ['沈阳慧旭 → 东软集团有限公司'] },
      // Written probe in the form of car news.
      { text: '大众汽车集团向小鹏汽车投资约7亿美元，获得小鹏汽车约4.99%的股份。', expect: ['大众汽车集团 → 小鹏汽车'] },
    ],
  },
  {
    // The clause after an increase says what the buyer now holds, its subject left out: 增持后持有公司股份…. What
    // was bought may be named between (增持公司股份…).
    id: 'stake/holds-after-increase',
    type: 'HOLDS_STAKE',
    pattern: `{S}{c40}增持[^。；！？，,]{0,40}[，,](?:本次)?增持(?:完成)?后[，,]?(?:共|合计|累计|仍)?(?:持有|持股)(?:了)?{O}`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '青岛啤酒控股股东青岛啤酒集团有限公司于<N>月<N>日通过上证所证券交易系统增持公司股份187<N><N>50股,增持后持有公司股份4016<N><N><N>50股。', expect: ['青岛啤酒集团有限公司 → 青岛啤酒'] },
    ],
  },
  {
    // A holding after its change, from the holder's stake in the company (在力拓的持股权将由<N>.<N>%增至<N>%): what it
    // holds now.
    id: 'stake/holds-after-change',
    type: 'HOLDS_STAKE',
    pattern: `{S}(?:在|对|持有|所持)(?:的)?{O}(?:的)?(?:整体|总|合计)?(?:持股|股权|股份)(?:比例|比重|量|权)?(?:将|已|已经|由此|进一步|也)?(?:(?:由|从)(?:目前的|此前的|原来的|原)?(?:约)?(?:\\d|<N>)(?:[\\d.]|<N>)*%)?${CHANGED_TO}(?:约)?{PCT}`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '基于上述交易,中铝将提名<N>位非执行董事进入力拓集团董事会,考虑可转债换股的话,中铝在力拓的持股权将由<N>.<N>%增至<N>%。', expect: ['中铝 → 力拓'] },
      { text: '完成交易后,内蒙蒙牛持有赛科星的股权比例将降至<N>.1<N>%,将不再列为蒙牛乳业的联营公司。', expect: ['内蒙蒙牛 → 赛科星'] },
    ],
  },
  {
    id: 'stake/held-to-sell',
    type: 'HOLDS_STAKE',
    pattern: `{Ss}{_24}(?:将|把)(?:其)?${HELD}(?:的)?{O}{_16}(?:股权|股份|股票|权益)`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '北京产权交易所公告,光大金控资产管理有限公司拟以<N>.<N>万元的挂牌价格,将持有的光大金控财富投资有限公司<N>.<N>%股权悉数挂牌转让。', expect: ['光大金控资产管理有限公司 → 光大金控财富投资有限公司'] },
    ],
  },
  {
    id: 'stake/held-by-relative',
    type: 'HOLDS_STAKE',
    pattern: `{O}(?:则|也|即|就)?(?:是|为|系)(?:由)?{S}(?:间接|直接)?(?:持股|参股)的`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '此次中铝公司得以收入囊中的江钨控股集团则是江西省国资委持股的大型国有独资工业集团,已拥有和控制的有色金属资源储量超过<N>万吨。', expect: ['江西省国资委 → 江钨控股集团'] },
    ],
  },
  {
    id: 'stake/second-to',
    type: 'HOLDS_STAKE',
    pattern: `(?:成为|是|为|系|位列)(?:了)?(?:公司)?仅次于{S}的第[二三四五六七八九十]大(?:流通)?股东`,
    subject: 'S',
    object: 'holding',
    examples: [
      { text: '王建宙表示,中国移动或旗下子公司将认购浦发银行<N>%股权,入股后,中移动将成为仅次于上海国际集团的第二大股东,而广东移动承担收购股票工作。', expect: ['上海国际集团 → 浦发银行'] },
    ],
  },
  {
    id: 'stake/still-holds-after-sale',
    type: 'HOLDS_STAKE',
    pattern: `{S}{_8}减持(?:了)?{O}{_16}(?:还余|尚余|仍余|仍持有|仍持|还持有|尚持有)`,
    subject: 'S',
    object: 'O',
    examples: [{ text: '国寿减持中信证券<N>亿股还余<N>亿股', expect: ['中国人寿 → 中信证券'] }],
  },
  {
    id: 'stake/holds-percent-relative',
    type: 'HOLDS_STAKE',
    pattern: `{S}(?:直接|间接|合计)?(?:持有|持股|参股|拥有)(?:其)?(?:约)?{PCT}(?:的)?(?:股权|股份|权益)?的(?:[^\\ue000-\\uefff。；，,]{0,6}?(?:公司|企业|子公司)(?:——|—|－|-|：|:)?)?{O}`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: 'SST合金持有<N>%股权的子公司——大连宝原核设备有限公司<N>月<N>日起搬迁改造,新址将正式落户大连保税区。', expect: ['SST合金 → 大连宝原核设备有限公司'] },
      { text: '其中,本报告期内,新大洲A持有<N>%股权的新大洲本田摩托有限公司累计实现净利润预计为1<N>0万元,从而使公司按持股比例确认的投资收益大幅增长。', expect: ['新大洲A → 新大洲本田摩托有限公司'] },
    ],
  },
  {
    id: 'stake/invested-in-named',
    type: 'INVESTED_IN',
    pattern: `{S}{_16}(?:参股|入股|投资|注资)(?:了(?=的))?(?:的(?:[^\\ue000-\\uefff，。,；]{0,6}?(?:公司|企业|银行|基金|项目))?|(?:的)?(?:公司|企业|银行|基金|项目)(?:包括|主要有|有|分别为|还有)[：:]?)[“"「]?{Os}`,
    subject: 'S',
    object: 'Os',
    examples: [
      { text: '公告还表示,金龙汽车参股的厦门雅讯网络股份有限公司在国内创业板上市的准备工作一直在进行之中,', expect: ['金龙汽车 → 厦门雅讯网络股份有限公司'] },
      { text: '歌华有线于<N>年投资<N>万元参股的北京数码视讯科技股份有限公司即将于<N>年<N>月<N>日被证监会审核创业板IPO申请,', expect: ['歌华有线 → 北京数码视讯科技股份有限公司'] },
      { text: '以三家上市险企为例,根据三家公司<N>年年报,截至<N>年底,国寿参股银行包括民生银行、招商银行、杭州银行、广发银行。', expect: ['中国人寿 → 招商银行', '中国人寿 → 广发银行'] },
    ],
  },
  {
    id: 'stake/rank-listed',
    type: 'HOLDS_STAKE',
    pattern: `(?:^|[，,、；：:])(?:其中)?[，,]?(?:其|公司)?第{RANK}大(?:流通)?股东(?:为|是|系)?{Ss}`,
    subject: 'Ss',
    object: 'topic',
    examples: [
      { text: '<N>年<N>月<N>日,赛格三星<N>.<N>亿限售股上市,其中,第一大股东ST赛格、第二大股东三星康宁和第三大股东三星康宁马来西亚公司均承诺继续持有。', expect: ['ST赛格 → 赛格三星', '三星康宁 → 赛格三星'] },
    ],
  },
  {
    id: 'stake/shareholder-named',
    type: 'HOLDS_STAKE',
    pattern: `(?<![\\ue000-\\ue3ff\\uec00-\\uefff的第一二三四五六七八九十\\d老]|新增|引入|新进|控股)(?:其|公司)?(?:第{RANK}大|第[一二三四五六七八九十]|前[一二三四五六七八九十]大|大|二|主要|法人)?(?:流通)?股东(?:单位)?(?:为|是|系)?{Ss}`,
    subject: 'Ss',
    object: 'nearest',
    examples: [
      { text: '和讯网讯<N>月<N>日午间,人人乐发布公告,称公司第二大股东新余众乐通投资有限公司与董事长何金明签订了股份转让协议,', expect: ['新余众乐通投资有限公司 → 人人乐'] },
      { text: '嘉凯城同时公告,公司股东北京鑫世龙腾投资有限公司于<N>年1<N>月<N>日-<N>年<N>月<N>日,累计减持408<N>.<N>万股,占公司总股本<N>.<N><N>%。', expect: ['北京鑫世龙腾投资有限公司 → 嘉凯城'] },
      { text: '此次同力水泥拟向大股东河南投资集团、新乡水泥厂等<N>家特定对象非公开发行<N>万股,', expect: ['河南投资集团 → 同力水泥'] },
      { text: '建发股份发迹厦门,控股着联发集团和建发房产,其大股东为厦门建发集团,实际控制人是厦门国资委。', expect: ['厦门建发集团 → 建发股份'] },
      { text: 'TCL集团指出,截至目前,集团前三大股东惠州控股、飞利浦公司以及集团董事长李东生持股数量并未发生变化,', expect: ['飞利浦公司 → TCL集团'] },
    ],
  },
  {
    id: 'stake/person-holds',
    type: 'HOLDS_STAKE',
    // Not where the holding describes a company after it (…向记者证实,目前拥有X<N>%股权的Y): Y holds it.
    pattern: `{Ps}{_8}${HOLDS_AS}(?:持有|持|拥有)(?:了)?{O}(?:(?:约)?{PCT})?{_10}(?:股权|股份|股票|%|(?:<N>|\\d+)(?:\\.(?:<N>|\\d+))?(?:万|亿)?股)(?![^，,。；]{0,4}的[\\ue000-\\ue3ff])`,
    subject: 'Ps',
    object: 'O',
    examples: [
      { text: '黄光裕持有国美电器<N>.<N>%的股权。', expect: ['黄光裕 → 国美电器'] },
      { text: '中创信测<N>年年报称,公司实际控制人张春光、贾林共同拥有英诺维公司股权。', expect: ['张春光 → 英诺维公司', '贾林 → 英诺维公司'] },
    ],
  },
  {
    id: 'stake/person-percent-of-topic',
    type: 'HOLDS_STAKE',
    pattern: `{Ps}(?:则|也|仍|分别|合计|直接|间接)?(?:持股|持有股份)(?:比例)?(?:约|超过|近)?(?:为|达|达到)?{PCT}`,
    subject: 'Ps',
    object: 'holding',
    examples: [{ text: '黄光裕持有国美电器<N>.<N>%的股权,陈晓则持股<N>.<N>%。', expect: ['陈晓 → 国美电器'] }],
  },
  {
    id: 'stake/share-ratio',
    type: 'HOLDS_STAKE',
    pattern: `{Ss}(?:的)?(?:股权|持股)(?:占比|比例)(?:为|达|达到|约为)?{PCT}`,
    subject: 'Ss',
    object: 'holding',
    examples: [{ text: '黄光裕持有国美电器<N>.<N>%的股权,贝恩资本的股权占比为<N>.<N>%。', expect: ['贝恩资本 → 国美电器'] }],
  },
  {
    id: 'stake/rank-named',
    type: 'HOLDS_STAKE',
    pattern: `{O}(?:的)?(?:第[一二三四五六七八九十\\d]{1,2}大(?:流通)?股东[、和及])?(?:第{RANK}大(?:发起人|流通股?)?股东|前[一二三四五六七八九十\\d]{1,2}大(?:流通股?)?股东(?:分别)?|单一大股东|最大股东|大股东|外资股东|外方大股东|[二三]股东|(?:主要|现有|其他|其余|新|机构)?股东(?:阵容|名单)?|(?:最大的|第[一二三四五六七八九十]大)(?:机构)?投资者|(?:另一|其他|主要)?发起人(?:股东)?)(?:(?:将|已|也)?(?:变更为|变为|变成|换成)|为|是|系|包括|有|——)?(?:[、，,]?[^\\ue000-\\uefff。；，,]{1,8}?(?:巨头|集团|公司|企业|机构)|[、，,]?(?:国资委|国资))?{Ss}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '值得注意的是,*ST迈亚的大股东湖北仙桃毛纺集团(下称毛纺集团)上月末刚刚完成股权转让。', expect: ['湖北仙桃毛纺集团 → *ST迈亚'] },
      // Written probe in the form of battery news: the shareholder a change of rank names.
      { text: '国轩高科第一大股东变更为大众汽车（中国）投资有限公司。', expect: ['大众汽车（中国）投资有限公司 → 国轩高科'] },
      // 二股东: the second shareholder, as news say it.
      { text: '宝石A今日披露,截止<N>年<N>月2<N>日,宝石集团二股东东旭集团成为石家庄国资委挂牌出让宝石集团<N>.<N>%国有股权的唯一受让方。', expect: ['东旭集团 → 宝石集团'] },
      { text: '记者在股吧里发现,在长达多年的纷争之后,紫光古汉第一大股东、第二大股东紫光集团和衡阳市国资委已就收回南岳制药股权达成一致意见,', expect: ['紫光集团 → 紫光古汉'] },
      { text: '国华人寿的其他股东有上海汉晟信投资有限公司、上海合邦投资有限公司、海南凯益实业投资公司。。', expect: ['上海汉晟信投资有限公司 → 国华人寿', '海南凯益实业投资公司 → 国华人寿'] },
      // Written probe in the form of car news: the list of shareholders as a line-up (股东阵容).
      { text: '蔚来汽车的股东阵容包括腾讯、高瓴资本、红杉中国等。', expect: ['腾讯 → 蔚来', '高瓴资本 → 蔚来'] },
      { text: '截至<N>月底,陕国投的前三大流通股东分别为陕西省高速公路建设集团、中国工商银行-中银持续增长股票型证券投资基金和中国人民保险公司陕西省分公司。', expect: ['陕西省高速公路建设集团 → 陕国投'] },
      { text: '会议现场共有<N>名股东及股东代表出席,这其中有长航油运最大的机构投资者广发基金。。', expect: ['广发基金 → 长航油运'] },
      // A founder (发起人) of a company holds its shares.
      { text: '鑫科材料的另一发起人合肥工大复合材料高新技术开发有限公司相关人士透露,', expect: ['合肥工大复合材料高新技术开发有限公司 → 鑫科材料'] },
      { text: '表决权股份数共计110<N>.<N>万股,占ST东源总股本的<N>.<N>%,包括了ST东源的前三大股东——重庆渝富、四川宏信和四川奇峰以及另外三名中小投资者,', expect: ['重庆渝富 → ST东源'] },
    ],
  },
  {
    id: 'stake/shareholders-include',
    type: 'HOLDS_STAKE',
    pattern: `{O}{_12}(?:共有|拥有|有)(?:<N>|\\d+|[一二三四五六七八九十两几数多]+)(?:家|名|个)(?:股东|投资方|投资者)[，,：:]?(?:分别)?(?:包括|为|是|有)?{Ss}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '资料显示,中油金鸿目前共有<N>家股东,包括新能国际投资有限公司、北京盛世景投资管理有限公司和自然人陈义和。', expect: ['新能国际投资有限公司 → 中油金鸿'] },
    ],
  },
  {
    id: 'stake/holds-count-of',
    type: 'HOLDS_STAKE',
    pattern: `(?<!减持|收购|入股|增持)(?<!减持了|收购了|入股了|增持了){Ss}{c30}(?<![增减])(?:共|合计|累计|共计)?(?:持有|持)(?:约)?(?:<N>|\\d)(?:[\\d.]|<N>)*(?:万|亿)?股{O}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '中国恒大表示,连同前收购,公司于本公布日期共持有<N>.<N>亿股万科A,占万科已发行股本总额的<N>.<N>%。', expect: ['中国恒大 → 万科'] },
    ],
  },
  {
    id: 'stake/held-by-each',
    type: 'HOLDS_STAKE',
    // The stake may come before the verb: 由华为技术有限公司100%持股.
    pattern: `{O}(?:分别|则|也|将|仍)?由{As}(?:分别|合计|共同)?(?:(?:持股|持有)(?:其)?|(?=(?:约)?(?:\\d|<N>)[^，。,；]{0,12}?(?:持股|持有|控股)))(?:约)?{PCT}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '建柏投资有限公司由在港上市的首长四方有限公司全资拥有,而首长四方分别由长江实业有限公司和首钢控股有限公司持股<N>.<N>%和<N>.<N>%。', expect: ['长江实业有限公司 → 首长四方有限公司', '首钢控股有限公司 → 首长四方有限公司'] },
      { text: '交易完成后,中国铁塔将由中国移动持有<N>%股份、中国国新持有<N>%股份。', expect: ['中国移动 → 中国铁塔'] },
      // Written for the form (no dataset sentence has the stake before the verb).
      { text: '天眼查显示,深圳哈勃科技投资合伙企业(有限合伙)由华为技术有限公司100%持股。', expect: ['华为技术有限公司 → 深圳哈勃科技投资合伙企业(有限合伙)'] },
    ],
  },
  {
    id: 'stake/held-by-together',
    type: 'HOLDS_STAKE',
    // The company first, then its holders: 捷星香港也成为由澳洲航空、东方航空及信德集团三家共同持有的低成本航空公司.
    pattern: `{O}{_12}由{As}(?:(?:两|三|四|五|六|<N>)家)?(?:共同|分别|联合)?(?:持有|持股|拥有)的`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '而捷星香港也成为由澳洲航空、东方航空及信德集团三家共同持有的低成本航空公司。', expect: ['澳洲航空 → 捷星香港', '东方航空 → 捷星香港', '信德集团 → 捷星香港'] },
    ],
  },
  {
    // The same as a state, closing the clause (该公司现由A、B等共同持股).
    id: 'stake/held-by-now',
    type: 'HOLDS_STAKE',
    pattern: `{O}(?:目前|现|现在|仍|均|则)?由{As}(?:(?:两|三|四|五|六|<N>)家)?(?:股东)?(?:共同|分别|联合|合计)?(?:持有|持股|拥有)(?=$|[，,。；])`,
    subject: 'Ss',
    object: 'O',
    examples: [
      // Written probe in the form of business-registry news.
      { text: '上海禾赛科技有限公司成立于2014年。股东信息显示，该公司现由HESAI GROUP、宁波梅山保税港区禾赛投资管理合伙企业（有限合伙）等共同持股。', expect: ['HESAI GROUP → 上海禾赛科技有限公司', '宁波梅山保税港区禾赛投资管理合伙企业（有限合伙） → 上海禾赛科技有限公司'] },
    ],
  },
  {
    id: 'stake/holds-in',
    type: 'HOLDS_STAKE',
    // The holder's stake in a company named after 在 (古井集团在上市公司古井贡酒的持股比例为…, AES在该合资企业中持股…).
    pattern: `{Ss}(?:在|于|对){_8}{O}(?:中|里|内)?(?:的)?(?:直接|间接|合计|总)?(?:持股|持有股份|持有股权|股权|占股)(?:比例|比重)?(?:约|超过|近)?(?:为|达|达到|约为|是)?(?:约)?{PCT}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '目前,古井集团在上市公司古井贡酒的持股比例为<N>.<N>%。', expect: ['古井集团 → 古井贡酒'] },
      { text: '<N>年,AES的子公司AES黑海控股公司与国华能源投资公司组建合资企业国华爱依斯风电有限公司,AES在该合资企业中持股<N>%。', expect: ['AES → 国华爱依斯风电有限公司'] },
    ],
  },
  {
    id: 'stake/shareholders-counted',
    type: 'HOLDS_STAKE',
    // Shareholders counted and named after a dash or 为 (工行两位洋股东——美国运通和安联集团).
    pattern: `{O}(?:的)?(?:另)?(?:[一二三四五六七八九十两几]|<N>)(?:位|家|名|个)(?:洋|外资|外方|境外|海外|国有|民营|战略|机构|大)?股东(?:——|—|：|:|分别为|分别是|为|是|包括)[“"「]?{Ss}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '为打消市场顾虑,工行两位洋股东——美国运通和安联集团昨晚做出承诺,近期不会减持工行H股。', expect: ['美国运通 → 工行', '安联集团 → 工行'] },
    ],
  },
  {
    id: 'stake/percent-of-topic',
    type: 'HOLDS_STAKE',
    // What the holder put in may come first, in a clause of its own (其中比亚迪汽车以货币出资6亿元，持股60%).
    pattern: `{Ss}(?:(?:以|拟以)[^\\ue000-\\uefff。；！？，,]{0,16}?(?:出资|认缴)[^\\ue000-\\uefff。；！？，,]{0,10}[，,])?(?:分别|合计|共计|直接|间接)?(?:持股|持有股份|持有股权|持有|占股)(?:比例)?(?:约|超过|近)?(?:为|达|达到)?(?:约)?{PCT}`,
    subject: 'Ss',
    object: 'holding',
    examples: [
      { text: '截至<N>月<N>日,宝能系持股万科<N>.<N>%,华润、万科工会委员会构成一致行动人,合计持股<N>.<N>%,安邦保险持有<N>.<N>%。', expect: ['安邦保险 → 万科'] },
      { text: '2020年9月，芯迈半导体股东新增小米产投、宁德时代等8家企业。其中，宁德时代和小米产投分别持股2.04%。', expect: ['宁德时代 → 芯迈半导体', '小米产投 → 芯迈半导体'] },
      { text: '宁德时代为上海快卜第二大股东。最新入股的瀚星投资持股比例约为12.00%，位列第三大股东。', expect: ['瀚星投资 → 上海快卜'] },
      { text: '交易完成后,中国铁塔将由中国移动持有<N>%股份、中国国新持有<N>%股份。', expect: ['中国国新 → 中国铁塔'] },
      // Written probe: the stakes in a venture its partners have just formed.
      { text: '宁德时代与一汽集团共同出资设立时代一汽动力电池有限公司，注册资本10亿元，其中宁德时代持股51%，一汽集团持股49%。', expect: ['宁德时代 → 时代一汽动力电池有限公司', '一汽集团 → 时代一汽动力电池有限公司'] },
      // Written probe in the form of an announcement: what each put in before its stake.
      { text: '比亚迪汽车拟与深投控共同出资设立深圳比亚迪新能源科技有限公司，其中比亚迪汽车以货币出资6亿元，持股60%；深投控以货币出资4亿元，持股40%。', expect: ['比亚迪汽车 → 深圳比亚迪新能源科技有限公司', '深投控 → 深圳比亚迪新能源科技有限公司'] },
    ],
  },
  {
    // The stake a new shareholder takes, said right after it (…工商变更，新增股东字节跳动，持股比例约为5%): in the
    // company named before, not a related company of it (蔚来汽车关联公司新增股东…).
    id: 'stake/new-shareholder-percent',
    type: 'HOLDS_STAKE',
    pattern: `(?<!关联公司|关联企业|关联方|子公司)新增(?:了)?(?:股东|投资人|投资方)?{Ss}(?:为(?:其)?(?:新)?股东)?[，,](?:其)?(?:持股比例|持股|占股|认缴出资比例|出资比例)(?:约|超过|近)?(?:为|达)?(?:约)?{PCT}`,
    subject: 'Ss',
    object: 'nearest',
    examples: [
      // Written probe in the form of business-registry news.
      { text: '天眼查显示，理想汽车关联公司北京车和家信息技术有限公司发生工商变更，新增股东字节跳动，持股比例约为5%。', expect: ['字节跳动 → 北京车和家信息技术有限公司'] },
    ],
  },
  {
    id: 'stake/rank-of',
    type: 'HOLDS_STAKE',
    // The stake said right after the rank is the holder's (…第一大股东，持股比例约为38.67%).
    pattern: `{S}(?:(?:紧随|紧跟|跟随|继)[\\ue000-\\ue3ff](?:之后)?[，,]?)?{_6}(?:系|为|是|成为|位列|位居|跃升为|升至|变身为|变身)(?:了)?{O}(?:的)?(?:并列)?${RANKED}(?:[，,](?:其)?(?:持股比例|持股|持有股份比例|所持股份比例)(?:约)?(?:为|达|达到)?(?:约)?{PCT})?`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '最新股权信息显示，百城新能源系上海快卜第一大股东，持股比例约为38.67%。', expect: ['百城新能源 → 上海快卜'] },
      { text: '小米紧随宁德时代，成为上海快卜第三大股东。', expect: ['小米 → 上海快卜'] },
      { text: '罗牛山将成为海胶集团并列第三大股东,所持股份占海胶集团总股份的<N>.<N>%。', expect: ['罗牛山 → 海胶集团'] },
      { text: '定向增发成功后,大连港将变身锦州港的第二大股东,持股比例为<N>.<N>%,与第一大股东东方集团1<N>.<N>%的持股比例仅相差<N>.<N>个百分点。', expect: ['大连港 → 锦州港'] },
      // 第二股东 without 大, and a rank among holders of tradable shares (流通股股东).
      { text: '转让完成后,金科投资将成为ST东源第二股东。', expect: ['金科投资 → ST东源'] },
      { text: '<N>年一季度,付云桃成为ST方源第二大流通股股东,', expect: ['付云桃 → ST方源'] },
    ],
  },
  {
    id: 'stake/becomes-major',
    type: 'HOLDS_STAKE',
    // How it came to be may stand between (义煤集团凭借<N>.<N>%的持股比例,一跃成为欣网视讯的大股东).
    pattern: `{S}{_24}(?:一跃|将|已|正式|由此|从而|进而)?(?:成为|跃升为|跃居|晋升为|变身为)(?:了)?{O}(?:的)?(?:${RANKED}|(?:控股)?大(?:流通股?)?股东)`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '重组完成后,义煤集团凭借<N>.<N>%的持股比例,一跃成为欣网视讯的大股东。', expect: ['义煤集团 → 欣网视讯'] },
      { text: '而海通证券则以约<N>.<N>亿股的持股量,晋升为浦发银行第五大股东,持股比例为<N>.<N>%。', expect: ['海通证券 → 浦发银行'] },
    ],
  },
  {
    // A later clause with no subject of its own: the subject of the clause before became the holder.
    id: 'stake/became-rank-clause',
    type: 'HOLDS_STAKE',
    pattern: `[，,](?:并|且|从而|进而|由此|一举|随后|也|还|将|已)*(?:成为|跃升为|跃居|晋升为)(?:了)?{O}(?:的)?${RANKED}`,
    subject: 'clause',
    object: 'O',
    examples: [
      { text: '两年前,松下完成了对三洋的收购,成为三洋的最大股东;但时隔不到两年,松下又将三洋白电业务转手海尔;而三洋又是合肥三洋的第二大股东,', expect: ['松下 → 三洋'] },
      { text: '首泰公司拟通过本次股权收购,持有东润公司不低于<N>%的股权,成为东润公司的第一大股东,最终拥有对新潮实业的间接控股权', expect: ['首泰公司 → 东润公司'] },
    ],
  },
  {
    id: 'stake/rank-of-continued',
    type: 'HOLDS_STAKE',
    // What the subject is may name another party (是惠州市政府授权经营管理国有资产的一家公司): it describes the subject.
    pattern: `{S}(?:(?:是|为|系)[^。；！？，,]{0,30}?的(?:一家|一个)?[^\\ue000-\\uefff。；！？，,]{0,6}?(?:公司|企业|平台|机构)|{c30})[，,](?:它|其)?(?:也|同时|还|并且|且|亦)(?:是|为|系|成为)(?:了)?{O}(?:的)?${RANKED}`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '惠州控股是惠州市政府授权经营管理国有资产的一家公司,也是TCL集团的第一大股东,这次作为战略投资者参与认购。', expect: ['惠州控股 → TCL集团'] },
    ],
  },
  {
    id: 'stake/rank-of-topic',
    type: 'HOLDS_STAKE',
    pattern: `{S}{_6}(?:系|为|是|成为|位列|位居)(?:公司)?(?:仅次于[\\ue000-\\ue3ff\\uec00-\\uefff]的)?第{RANK}大股东`,
    subject: 'S',
    object: 'holding',
    examples: [
      { text: '百城新能源系上海快卜第一大股东。宁德时代为第二大股东，持股比例约为37.15%。', expect: ['宁德时代 → 上海快卜'] },
      { text: '王建宙表示,中国移动或旗下子公司将认购浦发银行<N>%股权,入股后,中移动将成为仅次于上海国际集团的第二大股东,而广东移动承担收购股票工作。', expect: ['中国移动 → 浦发银行'] },
    ],
  },
  {
    id: 'stake/shareholder-of',
    type: 'HOLDS_STAKE',
    pattern: `{S}(?:系|为|是|成为)(?:了)?{O}(?:的)?(?:主要|重要|战略|第[一二三四五六七八九十]大)?股东`,
    subject: 'S',
    object: 'O',
    examples: [{ text: '大众汽车是国轩高科第一大股东。', expect: ['大众汽车 → 国轩高科'] }],
  },
  {
    // 作为X的大股东,Y…: the clause that follows names the holder first (after whoever controls it).
    id: 'stake/as-holder',
    type: 'HOLDS_STAKE',
    pattern: `作为{O}(?:的)?(?:长期的)?(?:第{RANK}|控股|最|单一最|单一|主要|重要)?大?(?:流通)?股东[，,](?:由[\ue400-\ue7ff](?:所)?(?:实际)?控制的)?{S}`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '发银行的定向增发方案中,上海国际集团有限公司再次现身——浦发银行董事长吉晓辉在股东大会上表示,作为浦发银行的大股东,上海国际集团肯定会参与此次定向增发,', expect: ['上海国际集团有限公司 → 浦发银行'] },
      { text: '事实上,据记者调查,作为四川金顶的股东,由陈建龙实际控制的华伦集团可能涉嫌隐瞒多项关联交易,并有掏空上市公司之嫌。', expect: ['华伦集团 → 四川金顶'] },
    ],
  },
];
