import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateFinre } from '../../pipeline/eval.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-eval-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes FinRE rows (head, tail, label, sentence) to a file and measures it. */
async function measure(rows: readonly (readonly [string, string, string, string])[]): ReturnType<typeof evaluateFinre> {
  const file = join(dir, `rows-${Math.random().toString(36).slice(2)}.txt`);
  await writeFile(file, rows.map((row) => row.join('\t')).join('\n') + '\n');
  return evaluateFinre(file);
}

describe('FinRE measure', () => {
  it('counts partners of one named venture as a joint venture between them', async () => {
    const report = await measure([['交行', '施罗德集团', '合资', '交行与施罗德集团合资设立交银施罗德基金管理公司。']]);
    expect(report.investmentPairs).toBe(1);
    expect(report.found).toBe(1);
    expect(report.foundAnyDirection).toBe(1);
  });

  it('counts partners of one named venture labelled with another relation as a false investment', async () => {
    const report = await measure([['交行', '施罗德集团', '合作', '交行与施罗德集团合资设立交银施罗德基金管理公司。']]);
    expect(report.neutralPairs).toBe(1);
    expect(report.falseInvestments).toBe(1);
    expect(report.falseInvestmentPairs).toEqual([{ head: '交行', tail: '施罗德集团', label: '合作', sentence: '交行与施罗德集团合资设立交银施罗德基金管理公司。' }]);
  });

  it('does not take two companies that each formed a venture with a third for partners', async () => {
    const report = await measure([
      ['小米', '华为', '合资', '小米与TCL成立合资公司,华为也与TCL成立合资公司。'],
      ['小米', '华为', '竞争', '小米与TCL成立合资公司,华为也与TCL成立合资公司。'],
    ]);
    expect(report.found).toBe(0);
    expect(report.foundAnyDirection).toBe(0);
    expect(report.falseInvestments).toBe(0);
  });

  it('counts two founders of one company as partners in it', async () => {
    const sentence = '南昌市燃气有限公司是<N>年<N>月由上海大众燃气、南昌市政公用投资控股有限责任公司等股东共同出资组建的有限责任公司。';
    const report = await measure([['上海大众燃气', '南昌市政公用投资控股有限责任公司', '合资', sentence]]);
    expect(report.found).toBe(1);
  });

  it('does not take two companies that each invested in a third, or two names of one company, for partners', async () => {
    const report = await measure([
      // A written probe: two investments, no founding together.
      ['小米', '华为', '合资', '小米投资了蔚来,华为也投资了蔚来。'],
      ['上海格泰实业发展有限公司', '上海格泰', '自己', '中电钒业由上海格泰实业发展有限公司和上海中电绿科集团有限公司共同出资成立,其中上海格泰持有其<N>%股权,'],
    ]);
    expect(report.found).toBe(0);
    expect(report.falseInvestments).toBe(0);
  });

  it('counts a company that reduced its stake as one that holds shares', async () => {
    const sentence = '<N>日公告称,陈发树和其控股的新华都实业,作为一致行动人,再减持紫金矿业约<N>.<N>亿股。';
    const report = await measure([['新华都实业', '紫金矿业', '持股', sentence]]);
    expect(report.found).toBe(1);
  });

  it('does not count two companies that merely appear together', async () => {
    const report = await measure([
      ['小米', '宁德时代', '合资', '小米与宁德时代的高管在会上见面。'],
      ['小米', '宁德时代', '合作', '小米与宁德时代的高管在会上见面。'],
    ]);
    expect(report.found).toBe(0);
    expect(report.falseInvestments).toBe(0);
  });

  it('lists each missed pair with why it was missed', async () => {
    const report = await measure([
      ['小米', '宁德时代', '入股', '小米与宁德时代的高管在会上见面。'],
      ['宁德时代', '小米', '收购', '小米收购了宁德时代。'],
      ['小米', '甲乙丙', '收购', '小米收购了宁德时代。'],
      ['小米', '宁德时代', '收购', '小米收购了宁德时代。'],
    ]);
    expect(report.found).toBe(1);
    expect(report.missedPairs.map(({ head, tail, why }) => [head, tail, why])).toEqual([
      ['小米', '宁德时代', 'relation'],
      ['宁德时代', '小米', 'direction'],
      ['小米', '甲乙丙', 'entity'],
    ]);
  });
});
