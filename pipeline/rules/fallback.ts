import { NOT_BOUGHT_FROM, NOT_IN_HANDS, NOT_JUST_SOLD, NOT_THROUGH_RELATED, TRADE_PARTNER, type RelationRule } from './engine.ts';

/**
 * Fallback rules: the verb decides the type, the nearest company before it is the subject and the nearest
 * one after it the object, within one clause (no comma between) and with no other company between; a company
 * after 获, 与 or in a list is not taken for the one acting. They run last and only
 * for pairs that no precise rule related in the sentence (see `RelationRule.fallback`).
 */
/**
 * The company acting: nearest before the verb in its clause, or in the clause before when this one goes on with
 * 并/同时/随后…; not right after 获, 与 or a list separator, nor the company bought from.
 */
const ACTOR = `(?<!获|获得|与|和|及|、|同|连同)${NOT_JUST_SOLD}${NOT_BOUGHT_FROM}{S}${NOT_IN_HANDS}${NOT_THROUGH_RELATED}{c30}(?:[，,](?:并且|并|且|还|又|同时|随后|此后|再){c12})?`;

/**
 * After the company a deal names: what it holds, a business, assets or a brand of it (旗下, 有关…资产, 业务),
 * or a partner in trade (经销商), which the deal is about rather than the company. All of it or its stake is still
 * the company (整体资产, 股权项目).
 */
const NOT_THE_COMPANY = `(?!${TRADE_PARTNER}|拥有|持有|所持|旗下|下属|有关|相关|手中|手持|在[^\\ue000-\\uefff。；，,]{1,8}?的|(?:(?!股权|股份|整体|全部|净|总)[^\\ue000-\\uefff。；，,]){0,6}?(?:业务|资产|事业部|部门|项目|工厂|品牌))`;

export const FALLBACK_RULES: readonly RelationRule[] = [
  {
    id: 'fallback/acquire',
    type: 'ACQUIRED',
    pattern: `${ACTOR}(?<![被由遭])(?:收购|并购|购得|买下|竞购|接盘|入主)(?:了)?{c12}{O}${NOT_THE_COMPANY}`,
    subject: 'S',
    object: 'O',
    fallback: true,
    examples: [
      { text: '此次太阳鸟通过收购并整合亚光电子,实现“军工+游艇”双主业布局,', expect: ['太阳鸟 → 亚光电子'] },
      // All its assets or its whole stake is the company; a business of it is not (收购中航工业房地产业务).
      { text: '此前,湖北宜化以<N>.<N>亿收购海吉氯碱整体资产,一个原因就是看中了内蒙古乌海市拥有丰富的煤炭、电力等资源和良好的投资环境。', expect: ['湖北宜化 → 海吉氯碱'] },
    ],
  },
  {
    id: 'fallback/increase',
    type: 'INCREASED_STAKE',
    pattern: `${ACTOR}(?<![被由遭])(?:增持|举牌|买入|购入)(?:了)?{c12}{O}`,
    subject: 'S',
    object: 'O',
    fallback: true,
    examples: [{ text: '据悉,自<N>年<N>月<N>日开始,茂业国际就通过下属子公司陆续买入深国商股票,最后买入日为<N>年<N>月<N>日。', expect: ['茂业国际 → 深国商'] }],
  },
  {
    id: 'fallback/invest',
    type: 'INVESTED_IN',
    pattern: `${ACTOR}(?<![被由遭])(?:入股|参股|注资|增资|投资了|战略投资|领投|出资)(?!方|人|者|机构|公司|收益|回报|价值|计划|协议|建设|兴建|项目){c12}(?<!与|和|同|及){O}${NOT_THE_COMPANY}`,
    subject: 'S',
    object: 'O',
    fallback: true,
    examples: [{ text: '本报讯中石化集团<N>日晚宣布将投资总计大约<N>亿美元入股美国丹佛能源公司以获得后者在美国拥有的五个页岩油气田。', expect: ['中石化集团 → 美国丹佛能源公司'] }],
  },
  {
    id: 'fallback/hold',
    type: 'HOLDS_STAKE',
    pattern: `${ACTOR}(?<![被由遭增减])(?:持有|持股(?!约?(?:<N>|\\d))|拥有)(?:了)?{c12}{O}{_16}(?:股权|股份|股票|%|股)`,
    subject: 'S',
    object: 'O',
    fallback: true,
    examples: [{ text: 'NHK通过持有<N>%OAL的股权而间接参股联众,从<N>年以来双方一直合作愉快,公司目前没有收到NHK准备出售股份的正式书面通知。', expect: ['NHK → OAL'] }],
  },
];
