import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateFinre, evaluateGold, FINRE_DIR } from '../eval.ts';
import { table } from '../format.ts';
import type { Out } from './common.ts';

/** `kg eval`: precision, recall and F1 on `corpus/gold/`, and the FinRE figures. */
export async function evalCommand(args: readonly string[], out: Out): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { json: { type: 'boolean', default: false }, finre: { type: 'string' }, 'no-finre': { type: 'boolean', default: false } },
  });
  const gold = await evaluateGold();
  const finre = values['no-finre'] ? undefined : await evaluateFinre(values.finre ?? join(FINRE_DIR, 'valid.txt'));
  if (values.json) {
    out(JSON.stringify({ gold: { articles: gold.articles, byType: gold.byType, overall: gold.overall, planned: gold.planned }, finre }, null, 2));
    return 0;
  }
  const f = (n: number): string => n.toFixed(3);
  out(`gold: ${gold.articles} annotated articles in corpus/gold/`);
  out(
    table(
      ['relation', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1'],
      [...Object.entries(gold.byType), ['ALL', gold.overall] as const].map(([type, s]) => [type, String(s.tp), String(s.fp), String(s.fn), f(s.precision), f(s.recall), f(s.f1)]),
    ),
  );
  const p = gold.planned;
  out(`planned deals, of the relations found: precision ${f(p.precision)}, recall ${f(p.recall)}, F1 ${f(p.f1)} (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`);
  if (finre) {
    out('');
    out(`FinRE (${finre.file}): ${finre.investmentPairs} investment-like pairs, ${finre.neutralPairs} pairs with other relations`);
    out(
      table(
        ['measure', 'value'],
        [
          ['investment recall, direction right', `${f(finre.recall)} (${finre.found}/${finre.investmentPairs})`],
          ['investment recall, any direction/type', `${f(finre.foundAnyDirection / Math.max(1, finre.investmentPairs))}`],
          ['false-investment rate', `${f(finre.falseInvestmentRate)} (${finre.falseInvestments}/${finre.neutralPairs})`],
          ...Object.entries(finre.byLabel).map(([label, s]) => [`  recall ${label}`, `${f(s.found / Math.max(1, s.pairs))} (${s.found}/${s.pairs})`]),
        ],
      ),
    );
  }
  return 0;
}
