import type { RelationRule } from './engine.ts';

/** Shareholdings as stated: percentages and ranks. */
export const STAKE_RULES: readonly RelationRule[] = [
  {
    id: 'stake/holds-percent',
    type: 'HOLDS_STAKE',
    pattern: `{Ss}{_8}(?:分别|合计|共计|直接|间接)?(?<![增减])(?:持有|持)(?:了)?{O}(?:约|超过|近)?{PCT}(?:的)?(?:股权|股份|股)?`,
    subject: 'Ss',
    object: 'O',
    examples: [{ text: '值得一提的是，芯迈半导体持有杭州富芯半导体有限公司15.87%股权。', expect: ['芯迈半导体 → 杭州富芯半导体有限公司'] }],
  },
  {
    id: 'stake/holds-shares-of',
    type: 'HOLDS_STAKE',
    pattern: `{Ss}{_8}(?:分别|合计|共计|直接|间接)?(?<![增减])(?:持有|持)(?:了)?{O}{_10}(?:股权|股份|股票|(?:<N>|\\d+)(?:\\.(?:<N>|\\d+))?(?:万|亿)?股|(?:的)?(?:持股)?比例)`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '腾讯持有京东部分股份。', expect: ['腾讯 → 京东'] },
      { text: '公告显示,本次过户完成之前,中国平安及其控股子公司中国平安人寿保险股份有限公司合计持有深发展逾<N>.<N>亿股股份,约占深发展目前总股本<N>.<N>%。', expect: ['中国平安人寿保险股份有限公司 → 深发展'] },
    ],
  },
  {
    id: 'stake/person-holds',
    type: 'HOLDS_STAKE',
    pattern: `{Ps}{_8}(?:分别|合计|共计|直接|间接)?(?<![增减])(?:持有|持)(?:了)?{O}{_10}(?:股权|股份|股票|%|(?:<N>|\\d+)(?:\\.(?:<N>|\\d+))?(?:万|亿)?股)`,
    subject: 'Ps',
    object: 'O',
    examples: [{ text: '黄光裕持有国美电器<N>.<N>%的股权。', expect: ['黄光裕 → 国美电器'] }],
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
    pattern: `{O}(?:的)?(?:第[一二三四五六七八九十\\d]{1,2}大(?:流通)?股东[、和及])?(?:第{RANK}大(?:发起人|流通)?股东|单一大股东|最大股东|大股东|外资股东|外方大股东)(?:为|是|系)?(?:[、，,]?[^\\ue000-\\uefff。；，,]{1,8}?(?:巨头|集团|公司|企业|机构)|[、，,]?(?:国资委|国资))?{Ss}`,
    subject: 'Ss',
    object: 'O',
    examples: [
      { text: '值得注意的是,*ST迈亚的大股东湖北仙桃毛纺集团(下称毛纺集团)上月末刚刚完成股权转让。', expect: ['湖北仙桃毛纺集团 → *ST迈亚'] },
      { text: '记者在股吧里发现,在长达多年的纷争之后,紫光古汉第一大股东、第二大股东紫光集团和衡阳市国资委已就收回南岳制药股权达成一致意见,', expect: ['紫光集团 → 紫光古汉'] },
    ],
  },
  {
    id: 'stake/percent-of-topic',
    type: 'HOLDS_STAKE',
    pattern: `{Ss}(?:分别|合计|共计|直接|间接)?(?:持股|持有股份|持有股权|持有)(?:比例)?(?:约|超过|近)?(?:为|达|达到)?(?:约)?{PCT}`,
    subject: 'Ss',
    object: 'holding',
    examples: [
      { text: '2020年9月，芯迈半导体股东新增小米产投、宁德时代等8家企业。其中，宁德时代和小米产投分别持股2.04%。', expect: ['宁德时代 → 芯迈半导体', '小米产投 → 芯迈半导体'] },
      { text: '宁德时代为上海快卜第二大股东。最新入股的瀚星投资持股比例约为12.00%，位列第三大股东。', expect: ['瀚星投资 → 上海快卜'] },
    ],
  },
  {
    id: 'stake/rank-of',
    type: 'HOLDS_STAKE',
    pattern: `{S}{_6}(?:系|为|是|成为|位列|位居|跃升为|升至)(?:了)?{O}(?:的)?(?:第{RANK}|单一|最)大(?:流通)?股东`,
    subject: 'S',
    object: 'O',
    examples: [{ text: '最新股权信息显示，百城新能源系上海快卜第一大股东，持股比例约为38.67%。', expect: ['百城新能源 → 上海快卜'] }],
  },
  {
    id: 'stake/rank-of-topic',
    type: 'HOLDS_STAKE',
    pattern: `{S}{_6}(?:系|为|是|成为|位列|位居)(?:公司)?第{RANK}大股东`,
    subject: 'S',
    object: 'holding',
    examples: [{ text: '百城新能源系上海快卜第一大股东。宁德时代为第二大股东，持股比例约为37.15%。', expect: ['宁德时代 → 上海快卜'] }],
  },
  {
    id: 'stake/shareholder-of',
    type: 'HOLDS_STAKE',
    pattern: `{S}(?:系|为|是|成为)(?:了)?{O}(?:的)?(?:主要|重要|战略|第[一二三四五六七八九十]大)?股东`,
    subject: 'S',
    object: 'O',
    examples: [{ text: '大众汽车是国轩高科第一大股东。', expect: ['大众汽车 → 国轩高科'] }],
  },
];
