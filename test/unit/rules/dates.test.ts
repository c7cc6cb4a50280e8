import { describe, expect, it } from 'vitest';
import { findDates } from '../../../pipeline/rules/dates.ts';
import { parseAmount } from '../../../pipeline/rules/amounts.ts';
import type { DateValue } from '../../../schemas/common.ts';

const published: DateValue = { value: '2022-06-15', precision: 'day', text: '2022-06-15' };

describe('dates', () => {
  it.each([
    ['今年5月28日，上海快卜新能源科技有限公司发生工商变更', '2022-05-28', 'day'],
    ['2020年9月，芯迈半导体股东新增小米产投', '2020-09', 'month'],
    ['双方的首次合作可以追溯到两年前', '2020', 'year'],
    ['半年前，小米也已经在充电补能版块有过出手记录', '2021-12', 'month'],
    ['小米汽车的工程样车预计将在今年三季度亮相', '2022-Q3', 'quarter'],
    ['小米集团2022年第一季度财报显示', '2022-Q1', 'quarter'],
    ['去年，该公司完成了新一轮融资', '2021', 'year'],
    ['3月19日洛阳市委书记江凌与孙昌旭会谈', '2022-03-19', 'day'],
  ])('resolves %s', (text, value, precision) => {
    const [date] = findDates(text);
    expect(date?.resolve(published)).toMatchObject({ value, precision });
  });

  it('leaves relative dates unresolved without a publication date', () => {
    expect(findDates('今年5月28日')[0]!.resolve(null)).toBeUndefined();
  });

  it('marks dates said of the future', () => {
    expect(findDates('预计2023年6月竣工')[0]!.future).toBe(true);
    expect(findDates('2022年1月，富特科技完成融资')[0]!.future).toBeUndefined();
  });
});

describe('amounts', () => {
  it.each([
    ['791.35万元', 7913500, 'CNY', undefined],
    ['约6594.92万人民币', 65949200, 'CNY', true],
    ['5亿美元', 500000000, 'USD', undefined],
    ['亿元', 100000000, 'CNY', true],
    ['数千万元', 30000000, 'CNY', true],
  ])('normalises %s', (text, value, currency, approximate) => {
    expect(parseAmount(text)).toMatchObject({ value, currency, ...(approximate ? { approximate } : {}) });
  });

  it('gives no number for a masked amount', () => {
    expect(parseAmount('<N>亿元')).toBeUndefined();
  });
});
