import type { RelationRule } from './engine.ts';

/** Verbs of leaving a post. */
const LEAVE_POST = '(?:辞去|卸去|卸任|离任)';

/** People's roles in organisations. */
export const ROLE_RULES: readonly RelationRule[] = [
  {
    id: 'role/org-title-name',
    type: 'HAS_ROLE',
    // A note may follow the company's name: 鞍钢集团(下称鞍钢)总经理张晓刚.
    pattern: `{O}(?:[（(][^）)。，,]{0,24}[)）])?(?:的)?{TITLE}(?:、|，|为|是)?{Ps}`,
    subject: 'Ps',
    object: 'O',
    examples: [
      { text: '据上海快卜CEO陈盛旺介绍，公司以储能技术为核心。', expect: ['陈盛旺 → 上海快卜'] },
      { text: '疑似实际控制人为小米集团创始人、董事长兼CEO雷军。', expect: ['雷军 → 小米集团'] },
      { text: '前不久，小米总裁王翔对外表示。', expect: ['王翔 → 小米'] },
      { text: '尔雅公告资料中透露,控股股东岩能资本董事长为李轩。', expect: ['李轩 → 岩能资本'] },
      { text: '今年<N>月,鞍钢集团(下称鞍钢)总经理张晓刚将正式担任世界钢铁协会新一届主席,这是世界钢铁协会首次由中国人担任领导人。', expect: ['张晓刚 → 鞍钢集团'] },
    ],
  },
  {
    id: 'role/org-title-name-first',
    type: 'HAS_ROLE',
    // The first of two posts named before the person: 贝恩资本董事总经理、国美非执行董事竺稼.
    pattern: `{O}(?:的)?{TITLE}、[\\ue000-\\ue3ff](?:的)?[^\\ue000-\\uefff，,。；、]{1,10}?{Ps}`,
    subject: 'Ps',
    object: 'O',
    examples: [
      { text: '据与会分析师透露,贝恩资本董事总经理、国美非执行董事竺稼在会上提醒,国美董事会与大股东在备忘谅中用了“建设性”字眼,现时各方正朝“建设性”方向发展。', expect: ['竺稼 → 贝恩资本'] },
    ],
  },
  {
    // A title and a person opening a clause without a company of its own: the company opening a clause before
    // (星海图成立于2023年，创始人兼CEO高继扬此前曾任Waymo研究员).
    id: 'role/clause-title-name',
    type: 'HAS_ROLE',
    pattern: `(?<=[，,；])(?:联合)?{TITLE}(?:、|，)?{Ps}`,
    subject: 'Ps',
    object: 'clause',
    examples: [
      // Written probe in the form of financing news.
      { text: '具身智能公司「星海图」成立于2023年，创始人兼CEO高继扬此前曾任Waymo研究员。', expect: ['高继扬 → 星海图'] },
    ],
  },
  {
    id: 'role/its-title-name',
    type: 'HAS_ROLE',
    // 其 opening a clause is the company named last before it: 中国平安(…,下称“平保”),其首席投资官约翰·皮尔斯.
    pattern: `(?:^|[，,；]|是|为)其{TITLE}(?:、|，)?{Ps}`,
    subject: 'Ps',
    object: 'nearest',
    examples: [
      { text: '《第一财经日报》日前获悉,身处“富通漩涡”的中国平安(<N>.SH,下称“平保”),其首席投资官约翰·皮尔斯已经离职。', expect: ['约翰·皮尔斯 → 中国平安'] },
      { text: '资料显示,ST梅雁的实际控制人是其董事长、总经理杨钦欢,杨钦欢持有梅雁实业<N>.<N>%股权,从而控制着ST梅雁。', expect: ['杨钦欢 → ST梅雁'] },
    ],
  },
  {
    id: 'role/name-serves',
    type: 'HAS_ROLE',
    pattern: `{P}{_16}(?:担任|出任|任职|任|兼任|升任|就任|调任|接任)(?:为)?{O}(?:的)?(?:新一届|新任|首任)?{TITLE}`,
    subject: 'P',
    object: 'O',
    examples: [
      { text: '上海快卜新增的董事之一李肖爽，正是小米造车团队核心人物，担任小米汽车副总裁。', expect: ['李肖爽 → 小米汽车'] },
      { text: '王宜林调任中国海洋石油总公司董事长、党组书记。', expect: ['王宜林 → 中国海洋石油总公司'] },
    ],
  },
  {
    id: 'role/name-serves-also',
    type: 'HAS_ROLE',
    // The second of two posts named together: 傅育宁曾担任中国南山开发集团总经理及深赤湾董事长.
    pattern: `{P}{_16}(?:担任|出任|任职|任|兼任|升任|就任|调任|接任)(?:为)?[\\ue000-\\ue3ff]{c8}(?:及|和|、|以及|兼)(?:任)?{O}(?:的)?{TITLE}`,
    subject: 'P',
    object: 'O',
    examples: [{ text: '<N>年<N>月份前,傅育宁曾担任中国南山开发集团总经理及深赤湾董事长,', expect: ['傅育宁 → 深赤湾'] }],
  },
  {
    id: 'role/resigns',
    type: 'HAS_ROLE',
    pattern: `{P}{_16}${LEAVE_POST}(?:其)?{O}(?:的)?{TITLE}`,
    subject: 'P',
    object: 'O',
    facts: { past: true },
    examples: [{ text: '牛根生于<N>年<N>月宣布辞去蒙牛乳业董事会主席一职。', expect: ['牛根生 → 蒙牛乳业'] }],
  },
  {
    id: 'role/resigned-named',
    type: 'HAS_ROLE',
    // The person named after the post left (卸去国美电器董事长职位的永乐电器创始人陈晓), perhaps with another post between.
    pattern: `${LEAVE_POST}(?:了)?(?:其)?{O}(?:的)?{TITLE}(?:职位|职务|一职)?的(?:[\\ue000-\\ue3ff][^\\ue000-\\uefff，,。；]{0,8})?{Ps}`,
    subject: 'Ps',
    object: 'O',
    facts: { past: true },
    examples: [{ text: '<N>月底,卸去国美电器董事长职位的永乐电器创始人陈晓,转型做投资,关注家居等行业。', expect: ['陈晓 → 国美电器'] }],
  },
  {
    id: 'role/removed',
    type: 'HAS_ROLE',
    // A post taken away by an authority, held until then: 大连市政府免去刑良忠大连港集团董事长职务.
    pattern: `(?:免去|免除|撤销)(?:了)?{P}(?:在)?{O}(?:的)?{TITLE}`,
    subject: 'P',
    object: 'O',
    facts: { past: true },
    examples: [
      { text: '<N>月<N>日,中国银行间市场发布公告称,大连市政府免去刑良忠大连港集团董事长职务,免去于保和大连装备制造投资有限公司董事长、总经理职务。', expect: ['刑良忠 → 大连港集团'] },
    ],
  },
  {
    id: 'role/serves-topic',
    type: 'HAS_ROLE',
    pattern: `(?:担任|出任|任职|兼任|升任|就任|加入){O}(?:的)?{TITLE}`,
    subject: 'person',
    object: 'O',
    examples: [{ text: '孙昌旭正式加入北京小米科技有限责任公司,担任小米产业投资部合伙人。', expect: ['孙昌旭 → 小米产业投资部'] }],
  },
  {
    id: 'role/joined',
    type: 'HAS_ROLE',
    pattern: `(?:正式)?(?:加入|加盟)+(?:了)?{O}`,
    subject: 'person',
    object: 'O',
    examples: [
      { text: '3月19日洛阳市委书记江凌与小米产业投资总经理孙昌旭的一场工作会谈。曾任环球资源旗下《国际电子商情》、《电子系统设计》和《电子工程专辑》首席分析师,2017年9月1日正式加入加入北京小米科技有限责任公司,担任小米产业投资部合伙人。', expect: ['孙昌旭 → 北京小米科技有限责任公司'] },
    ],
  },
  {
    id: 'role/former',
    type: 'HAS_ROLE',
    pattern: `(?:{P}{_6})?曾(?:任|担任|就职于){O}{_8}{TITLE}`,
    subject: 'person',
    object: 'O',
    facts: { past: true },
    examples: [{ text: '孙昌旭是通讯行业分析师。曾任环球资源首席分析师。', expect: ['孙昌旭 → 环球资源'] }],
  },
  {
    id: 'role/board-change',
    type: 'HAS_ROLE',
    pattern: `(?<title>董事|监事|高管)(?:新增|增加|变更为|新任)(?:了)?{Ps}`,
    subject: 'Ps',
    object: 'holding',
    examples: [{ text: '上海快卜新能源科技有限公司发生工商变更，董事新增李肖爽、孟祥峰。', expect: ['李肖爽 → 上海快卜新能源科技有限公司'] }],
  },
];
