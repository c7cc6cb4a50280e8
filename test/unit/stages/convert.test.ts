import { describe, expect, it } from 'vitest';
import { convertKeepingLength, traditionalShare } from '../../../pipeline/stages/convert.ts';
import { extractText } from '../../helpers/pipeline.ts';

describe('convert', () => {
  it.each([
    ['小米產投由小米科技有限責任公司旗下的天津金星創業投資有限公司全資擁有', '小米产投由小米科技有限责任公司旗下的天津金星创业投资有限公司全资拥有'],
    ['實際控制人為雷軍', '实际控制人为雷军'],
  ])('converts %s keeping its length', (traditional, simplified) => {
    const out = convertKeepingLength(traditional);
    expect(out).toBe(simplified);
    expect(out.length).toBe(traditional.length);
  });

  it('tells Simplified from Traditional', () => {
    expect(traditionalShare('小米近日通过实控的瀚星投资，战略入股宁德时代合资企业')).toBeLessThan(0.03);
    expect(traditionalShare('小米產投由小米科技有限責任公司旗下的天津金星創業投資有限公司全資擁有')).toBeGreaterThan(0.2);
  });

  it('reads a Traditional article and points its evidence at the Traditional original', async () => {
    const text = '2024年,小米投資充電樁企業領(lǐng)充新能源。';
    const article = await extractText(text);
    expect(article.script).toBe('traditional');
    const relation = article.relations.find((r) => r.type === 'INVESTED_IN');
    expect(relation).toBeDefined();
    expect(text.slice(relation!.evidence.start, relation!.evidence.end)).toBe(relation!.evidence.text);
    expect(relation!.evidence.text).toContain('領(lǐng)充新能源');
  });
});
