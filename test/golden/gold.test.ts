import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { evaluateGold, loadGold } from '../../pipeline/eval.ts';
import { table } from '../../pipeline/format.ts';

/**
 * The recorded baseline: F1 per relation type, and of the planned status on the relations found (PLANNED); a drop
 * below it fails. Update it when a change improves it.
 */
const BASELINE_FILE = new URL('./baseline.json', import.meta.url);
const TOLERANCE = 0.005;

describe('gold regression', () => {
  it('every gold file is valid and its evidence is in its article', async () => {
    const golds = await loadGold();
    expect(golds.length).toBeGreaterThanOrEqual(22);
    for (const { file, gold } of golds) {
      const article = await readFile(new URL(`../../corpus/articles/${gold.article}`, import.meta.url), 'utf8');
      for (const relation of gold.relations) expect(article.includes(relation.evidence), `${file}: ${relation.evidence}`).toBe(true);
    }
  });

  it('scores at least the recorded baseline per relation type', async () => {
    const report = await evaluateGold();
    const baseline = JSON.parse(await readFile(BASELINE_FILE, 'utf8')) as { f1: Record<string, number> };
    const rows = [...Object.entries(report.byType), ['ALL', report.overall] as const].map(([type, s]) => [
      type,
      String(s.tp),
      String(s.fp),
      String(s.fn),
      s.precision.toFixed(3),
      s.recall.toFixed(3),
      s.f1.toFixed(3),
      (baseline.f1[type] ?? 0).toFixed(3),
    ]);
    console.log(`\n${table(['relation', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1', 'baseline F1'], rows)}\n`);
    rows.push(['PLANNED', String(report.planned.tp), String(report.planned.fp), String(report.planned.fn), report.planned.precision.toFixed(3), report.planned.recall.toFixed(3), report.planned.f1.toFixed(3), (baseline.f1.PLANNED ?? 0).toFixed(3)]);
    const drops = Object.entries(baseline.f1)
      .map(([type, f1]) => ({ type, f1, now: type === 'ALL' ? report.overall.f1 : type === 'PLANNED' ? report.planned.f1 : (report.byType[type]?.f1 ?? 0) }))
      .filter(({ f1, now }) => now < f1 - TOLERANCE);
    const misses = report.falseNegatives.slice(0, 20).map((m) => `missed ${m.type} ${m.subject} → ${m.object} (${m.article})`);
    expect(drops, `F1 dropped below the baseline:\n${drops.map((d) => `${d.type}: ${d.now.toFixed(3)} < ${d.f1.toFixed(3)}`).join('\n')}\n${misses.join('\n')}`).toEqual([]);
  });
});
