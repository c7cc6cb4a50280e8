import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, read, write, type Graph } from '../../neo4j/client.ts';
import { ingest } from '../../pipeline/ingest.ts';
import { coInvestors } from '../../pipeline/queries.ts';
import { RELATION_TYPES } from '../../schemas/common.ts';

const SEEDS = ['000_2ccb9beaaa57fb3a.txt', '001_f9b6eda91b359453.txt'];

let graph: Graph;
let dir: string;

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await read<{ nodes: number; relationships: number }>(
    graph,
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row!;
}

beforeAll(async () => {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('expected NEO4J_URI from the global setup: the integration tests need a real Neo4j');
  graph = await connect({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD || undefined, database: undefined, local: false });
  await write(graph, (tx) => tx.run('MATCH (n) DETACH DELETE n'));
  dir = await mkdtemp(join(tmpdir(), 'kg-seeds-'));
  for (const seed of SEEDS) await copyFile(join('corpus/articles', seed), join(dir, seed));
});

afterAll(async () => {
  await graph?.close();
});

describe('ingest into a real Neo4j', () => {
  it('ingests the seeds, and a second ingest changes nothing', async () => {
    const first = await ingest(graph, dir);
    expect(first).toMatchObject({ seen: 2, ingested: 2, unchanged: 0, failed: 0 });
    expect(first.relationsWritten).toBeGreaterThan(10);
    const before = await counts();
    expect(before.nodes).toBeGreaterThan(20);

    const second = await ingest(graph, dir);
    expect(second).toMatchObject({ seen: 2, ingested: 0, unchanged: 2, failed: 0, relationsWritten: 0 });
    expect(await counts()).toEqual(before);
  });

  it('reads an article again when the extraction changed, replacing what the older one wrote', async () => {
    const before = await counts();
    // What an older extraction would have left: the articles marked with another fingerprint, and one
    // relationship the current rules do not read.
    await write(graph, async (tx) => {
      await tx.run("MATCH (a:Article) SET a.extractor = 'older'");
      await tx.run("MATCH (a:Article)-[:MENTIONS]->(e:Entity), (a)-[:MENTIONS]->(f:Entity) WHERE e <> f WITH a, e, f LIMIT 1 CREATE (e)-[:ACQUIRED {key: 'stale', articleId: a.id, ruleId: 'older/rule'}]->(f)");
    });
    const again = await ingest(graph, dir);
    expect(again).toMatchObject({ seen: 2, ingested: 2, unchanged: 0, failed: 0 });
    const [stale] = await read<{ n: number }>(graph, "MATCH ()-[r {ruleId: 'older/rule'}]->() RETURN count(r) AS n");
    expect(stale!.n).toBe(0);
    expect(await counts()).toEqual(before);
    expect(await ingest(graph, dir)).toMatchObject({ ingested: 0, unchanged: 2 });
  });

  it('gives every file a SourceFile node holding its article, also in a graph written before there were any', async () => {
    const count = async (): Promise<number> => (await read<{ n: number }>(graph, 'MATCH (:SourceFile)-[:HOLDS]->(:Article) RETURN count(*) AS n'))[0]!.n;
    expect(await count()).toBe(SEEDS.length);
    await write(graph, (tx) => tx.run('MATCH (f:SourceFile) DETACH DELETE f'));
    expect(await ingest(graph, dir)).toMatchObject({ unchanged: 2, ingested: 0 });
    expect(await count()).toBe(SEEDS.length);
  });

  it('answers the co-investor question: 小米 and 宁德时代 share 上海快卜 and 芯迈半导体', async () => {
    const rows = await coInvestors(graph, { entity: '宁王' });
    const pair = rows.find((r) => [r.investorA, r.investorB].includes('小米') && [r.investorA, r.investorB].includes('宁德时代'));
    expect(pair, JSON.stringify(rows, null, 1)).toBeDefined();
    expect(pair!.targets).toEqual(expect.arrayContaining(['上海快卜新能源科技有限公司', '芯迈半导体']));
    const kuaibu = pair!.details.find((d) => d.target === '上海快卜新能源科技有限公司')!;
    expect([...kuaibu.viaA, ...kuaibu.viaB]).toContain('瀚星投资');
    // 小米产投 belongs to the 小米 family (小米科技 → 天津金星 → 小米产投; 小米科技 and 小米 both control 瀚星投资): its
    // stake in 芯迈半导体 counts for 小米, and no company of the family is paired with 宁德时代 on its own.
    const xinmai = pair!.details.find((d) => d.target === '芯迈半导体')!;
    expect([...xinmai.viaA, ...xinmai.viaB].join(' ')).toMatch(/小米产/);
    const others = rows.filter((r) => r !== pair).map((r) => `${r.investorA} + ${r.investorB}`);
    expect(others.filter((p) => /小米/.test(p) && /宁德时代/.test(p))).toEqual([]);
  });

  it('keeps provenance on every relationship, with types from the schema only', async () => {
    const rows = await read<{ type: string; articleId: string | null; ruleId: string | null; evidence: string | null; start: number | null; end: number | null; source: string | null }>(
      graph,
      `MATCH (s:Entity)-[r]->(o:Entity)
       OPTIONAL MATCH (a:Article {id: r.articleId})
       RETURN type(r) AS type, r.articleId AS articleId, r.ruleId AS ruleId, r.evidence AS evidence, r.start AS start, r.end AS end, a.sources[0] AS source`,
    );
    expect(rows.length).toBeGreaterThan(10);
    const { readFile } = await import('node:fs/promises');
    for (const row of rows) {
      expect(RELATION_TYPES as readonly string[]).toContain(row.type);
      expect(row.articleId).toMatch(/^[0-9a-f]{16}$/);
      expect(row.ruleId).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      expect(row.source).not.toBeNull();
      const original = await readFile(row.source!, 'utf8');
      expect(original.slice(row.start!, row.end!)).toBe(row.evidence);
    }
  });

  it('replaces a changed article’s relations and leaves the others alone', async () => {
    const file = join(dir, 'changing.txt');
    await writeFile(file, '2022年1月，富特科技完成亿元战略轮融资，投资方为产业投资机构小米产投。');
    await ingest(graph, dir);
    const invested = async (target: string): Promise<number> =>
      (await read<{ n: number }>(graph, 'MATCH (:Entity)-[r:INVESTED_IN]->(t:Entity) WHERE t.name = $target RETURN count(r) AS n', { target }))[0]!.n;
    const fromSeeds = await invested('芯迈半导体');
    await writeFile(file, '2023年3月，比亚迪入股上海快卜新能源科技有限公司。');
    const summary = await ingest(graph, dir);
    expect(summary).toMatchObject({ ingested: 1, unchanged: 2, failed: 0 });
    const articles = await read<{ n: number }>(graph, "MATCH (a:Article) WHERE any(s IN a.sources WHERE s ENDS WITH 'changing.txt') RETURN count(a) AS n");
    expect(articles[0]!.n).toBe(1);
    expect(await invested('芯迈半导体')).toBe(fromSeeds);
    const byd = await read(graph, "MATCH (:Entity {name: '比亚迪'})-[r:INVESTED_IN]->(t:Entity) RETURN t.name AS target");
    expect(byd).toEqual([{ target: '上海快卜新能源科技有限公司' }]);
  });

  it('fails a broken file alone, naming it, and ingests the rest', async () => {
    const mixed = await mkdtemp(join(tmpdir(), 'kg-mixed-'));
    await writeFile(join(mixed, 'empty.txt'), '');
    await writeFile(join(mixed, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff]));
    await writeFile(join(mixed, 'good.txt'), '宁德时代成为蔚来的股东。');
    const summary = await ingest(graph, mixed);
    expect(summary).toMatchObject({ seen: 3, failed: 2 });
    expect(summary.ingested + summary.unchanged).toBe(1);
    const failed = summary.outcomes.filter((o) => o.status === 'failed');
    for (const outcome of failed) expect(outcome.diagnostics[0]!.message).toContain(outcome.file);
  });
});
