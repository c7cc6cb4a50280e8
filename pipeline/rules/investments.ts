import type { RelationRule } from './engine.ts';

/** Words that say money went in. */
const INVEST = '(?:战略入股|入股|参股|注资|增资|投资|出资|领投|跟投|参投|战略投资|独家投资|联合投资|共同投资|追加投资)';
/** A company named by what it is before its name: 宁德时代合资企业——上海快卜, 充电桩企业领充新能源. */
const APPOSITION = '(?:(?:[^\\ue000-\\uefff。；，]{0,6}?(?:企业|公司|厂商|品牌|机构)|[\\ue000-\\ue3ff](?:的)?(?:合资企业|合资公司|子公司|旗下公司))[——\\-－:：]*)?';

/** Investment rules: who put money into whom. */
export const INVESTMENT_RULES: readonly RelationRule[] = [
  {
    id: 'investment/via-vehicle',
    type: 'INVESTED_IN',
    pattern: `{S}{_}通过(?:其)?(?:实控|控股|旗下|全资子公司|全资持股)?(?:的)?{V}[，,]?{_6}${INVEST}(?:了)?${APPOSITION}{O}`,
    subject: 'S',
    object: 'O',
    examples: [
      { text: '小米近日通过实控的瀚星投资，战略入股宁德时代合资企业——上海快卜。', expect: ['小米 → 上海快卜', '瀚星投资 → 上海快卜'] },
    ],
  },
  {
    id: 'investment/verb',
    type: 'INVESTED_IN',
    pattern: `{Ss}{_8}(?:已|曾|均|分别|共同|联合|一起|再次|先后|相继)?(?:对|向)?${INVEST}(?:了)?(?:充电桩|芯片|电池|半导体|汽车|新能源)?${APPOSITION}{Os}`,
    subject: 'Ss',
    object: 'Os',
    examples: [
      { text: '2024年,小米投资充电樁企業領充新能源。', expect: ['小米 → 领充新能源'] },
      { text: '于是，小米投资上海快卜，也就不足为奇了。', expect: ['小米 → 上海快卜'] },
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
    pattern: `{Ss}{_8}(?:对|向|在){Os}(?:进行|实施|完成)?(?:了)?{_8}${INVEST}`,
    subject: 'Ss',
    object: 'Os',
    examples: [{ text: '腾讯向京东注资人民币二十亿元。', expect: ['腾讯 → 京东'] }],
  },
  {
    id: 'investment/receive',
    type: 'INVESTED_IN',
    pattern: `{O}{_8}(?:获得?|获取|迎来|接受|引入)(?:了)?{_4}{Ss}{_12}(?:的)?(?:战略)?(?:投资|注资|增资|入股|融资)`,
    subject: 'Ss',
    object: 'O',
    examples: [{ text: '蔚来获得合肥市政府70亿元投资。', expect: ['合肥市政府 → 蔚来'] }],
  },
  {
    id: 'investment/led-round',
    type: 'INVESTED_IN',
    pattern: `{O}{_20}(?:完成|获得?|宣布完成|宣布获得)(?:了)?{_20}融资[，,]?{_8}(?:由)?{Ss}(?:共同)?(?:领投|跟投|参投|投资|联合领投)`,
    subject: 'Ss',
    object: 'O',
    examples: [{ text: '极氪完成A轮融资，由宁德时代领投。', expect: ['宁德时代 → 极氪'] }],
  },
  {
    id: 'investment/followers',
    type: 'INVESTED_IN',
    pattern: `(?:领投|投资)[，,、](?:老股东)?{Ss}(?:等)?(?:跟投|参投|参与投资)`,
    subject: 'Ss',
    object: 'holding',
    examples: [{ text: '极氪完成A轮融资，由宁德时代领投，小米产投跟投。', expect: ['小米产投 → 极氪'] }],
  },
  {
    id: 'investment/investor-is',
    type: 'INVESTED_IN',
    pattern: `(?:投资方|投资人|投资机构|参投方|领投方|出资方)(?:为|是|包括|有)(?:产业投资机构|知名投资机构|投资机构)?{Ss}`,
    subject: 'Ss',
    object: 'holding',
    examples: [{ text: '2022年1月，富特科技完成亿元战略轮融资，投资方为产业投资机构小米产投。', expect: ['小米产投 → 富特科技'] }],
  },
  {
    id: 'investment/new-shareholder',
    type: 'INVESTED_IN',
    pattern: `{O}{_30}(?:股东)?新增(?:了)?{Ss}{_6}(?:为|成为)?(?:其)?(?:新)?(?:股东)?`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '今年5月28日，上海快卜新能源科技有限公司发生工商变更，新增瀚星投资为股东。', expect: ['瀚星投资 → 上海快卜新能源科技有限公司'] },
      { text: '2020年9月，芯迈半导体股东新增小米产投、宁德时代等8家企业。', expect: ['小米产投 → 芯迈半导体', '宁德时代 → 芯迈半导体'] },
    ],
  },
  {
    id: 'investment/contribute',
    type: 'INVESTED_IN',
    pattern: `{S}(?:认缴)?(?:出资|增资|注资|认缴){AMT}`,
    subject: 'S',
    object: 'holding',
    examples: [{ text: '上海快卜新能源科技有限公司新增瀚星投资为股东。据了解，瀚星投资出资791.35万元。', expect: ['瀚星投资 → 上海快卜新能源科技有限公司'] }],
  },
  {
    id: 'investment/become-shareholder',
    type: 'INVESTED_IN',
    pattern: `{S}{_8}(?:入股|参股|成为){O}(?:的)?(?:新)?股东`,
    subject: 'S',
    object: 'O',
    examples: [{ text: '宁德时代成为蔚来的股东。', expect: ['宁德时代 → 蔚来'] }],
  },
];

/** Acquisitions, planned or done. */
export const ACQUISITION_RULES: readonly RelationRule[] = [
  {
    id: 'acquisition/planned',
    type: 'ACQUIRED',
    pattern: `{S}{_12}(?:拟|将|计划|筹划|拟以|正筹划|有意|欲){_12}(?:收购|并购|全资收购|控股收购|吸收合并|购买)(?:了)?{O}`,
    subject: 'S',
    object: 'O',
    facts: { status: 'planned' },
    examples: [{ text: '安泰科技拟收购北京海淀科技有限公司51%股权。', expect: ['安泰科技 → 北京海淀科技有限公司'] }],
  },
  {
    id: 'acquisition/verb',
    type: 'ACQUIRED',
    pattern: `{S}{_12}(?:成功|完成|已|正式|全资)?(?:收购|并购|吸收合并|控股收购)(?:了)?{O}`,
    subject: 'S',
    object: 'O',
    facts: { status: 'completed' },
    examples: [{ text: '吉利控股集团收购了沃尔沃汽车公司。', expect: ['吉利控股集团 → 沃尔沃汽车公司'] }],
  },
  {
    id: 'acquisition/passive',
    type: 'ACQUIRED',
    pattern: `{O}{_8}(?:被|由|遭){S}{_8}(?:收购|并购|全资收购|吸收合并)`,
    subject: 'S',
    object: 'O',
    facts: { status: 'completed' },
    examples: [{ text: '沃尔沃汽车公司被吉利控股集团收购。', expect: ['吉利控股集团 → 沃尔沃汽车公司'] }],
  },
  {
    id: 'acquisition/bring-under',
    type: 'ACQUIRED',
    pattern: `{S}(?:将|把|已将){O}{_8}(?:纳入|收入|收归)(?:其)?麾下`,
    subject: 'S',
    object: 'O',
    facts: { status: 'completed' },
    examples: [{ text: '美的集团将库卡集团纳入麾下。', expect: ['美的集团 → 库卡集团'] }],
  },
];

/** Changes of an existing holding. */
export const STAKE_CHANGE_RULES: readonly RelationRule[] = [
  {
    id: 'stake/increase',
    type: 'INCREASED_STAKE',
    pattern: `{Ss}{_12}(?:再次|继续|大幅|累计|首次)?增持(?:了)?{O}`,
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
    id: 'stake/decrease',
    type: 'REDUCED_STAKE',
    pattern: `{Ss}{_12}(?:再次|继续|大幅|累计|拟|计划)?减持(?:了)?{O}`,
    subject: 'Ss',
    object: 'O',
    examples: [{ text: '腾讯减持京东股份。', expect: ['腾讯 → 京东'] }],
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
    pattern: `{Ss}{_6}(?:与|和|同|联合|携手){Os}(?:共同|合资)?(?:成立|设立|组建|出资设立|合资成立|合资设立|投资成立)(?:了)?(?:一家)?(?:合资公司|合资企业|子公司|新公司)?[“"「]?{O}`,
    subject: 'Ss',
    object: 'O',
    examples: [{ text: '宁德时代已与星云股份成立合资公司时代星云，对大数据软件服务进行研发。', expect: ['宁德时代 → 时代星云', '星云股份 → 时代星云'] }],
  },
  {
    id: 'jv/formed-unnamed',
    type: 'JOINT_VENTURE',
    pattern: `{S}{_6}(?:与|和|同|联合|携手){Os}(?:共同|拟|将)?(?:成立|设立|组建|出资设立|合资成立|合资设立|投资设立|合资建设|合资)(?:了)?(?:一家)?(?:合资公司|合资企业)`,
    subject: 'S',
    object: 'Os',
    examples: [{ text: '与科士达成立合资公司开发和生产储能、充电桩产品。', expect: [] }],
  },
  {
    id: 'jv/apposition',
    type: 'JOINT_VENTURE',
    pattern: `{S}(?:的)?(?:合资企业|合资公司)[——\\-－:：]*{O}`,
    subject: 'S',
    object: 'O',
    examples: [{ text: '小米战略入股宁德时代合资企业——上海快卜。', expect: ['宁德时代 → 上海快卜'] }],
  },
];
