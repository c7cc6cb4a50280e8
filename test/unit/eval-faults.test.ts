import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { evaluateFinre, evaluateGold } from '../../pipeline/eval.ts';

// A rule table that does not compile, as a rule with two groups of one name would: every article then fails in
// the extract stage. The eval must say so, not score what is left.
vi.mock('../../pipeline/rules/index.ts', async (original) => ({
  ...(await original<typeof import('../../pipeline/rules/index.ts')>()),
  compiledRules: () => {
    throw new Error('relation rule stake/broken: Invalid regular expression: Duplicate capture group name');
  },
}));

describe('eval over a pipeline whose extract stage fails', () => {
  it('fails on the gold articles, naming the article and the fault', async () => {
    await expect(evaluateGold()).rejects.toThrow(/\.txt: .*stage extract failed: relation rule stake\/broken/);
  });

  it('fails on FinRE sentences, naming the sentence and the fault', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kg-eval-faults-'));
    try {
      const file = join(dir, 'rows.txt');
      await writeFile(file, ['交行', '施罗德集团', '合资', '交行与施罗德集团合资设立交银施罗德基金管理公司。'].join('\t') + '\n');
      await expect(evaluateFinre(file)).rejects.toThrow(/FinRE sentence 交行与施罗德集团.*relation rule stake\/broken/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
