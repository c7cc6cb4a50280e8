import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, read, write, type Graph } from '../../neo4j/client.ts';
import { main } from '../../pipeline/cli.ts';
import { ingest } from '../../pipeline/ingest.ts';
import { csv as csvText, table as tableText } from '../../pipeline/format.ts';
import { parseParams, resolveEntity } from '../../pipeline/queries.ts';

/** Short articles in plain sentence shapes: a group, its vehicle, a battery maker, a cross-holding, and a sale. */
const ARTICLES: Record<string, string> = {
  'hanxing.md': [
    '---',
    'title: 小米旗下瀚星投资入股星驰储能',
    'date: 2023-06-15',
    '---',
    '小米科技有限责任公司董事长雷军表示，公司将继续投资新能源。雷军为小米科技有限责任公司的实际控制人。' +
      '瀚星投资是小米科技有限责任公司的全资子公司。2021年7月，北辰能源获得小米科技有限责任公司2亿元投资。' +
      '2023年5月，瀚星投资出资5000万元入股星驰储能。目前瀚星投资持有星驰储能20%的股权，宁德时代持有星驰储能12%的股权。',
    '',
  ].join('\n'),
  'ningde.md': [
    '---',
    'title: 宁德时代增持星驰储能',
    'date: 2024-03-02',
    '---',
    '2024年2月，宁德时代增持星驰储能股份。宁德时代为星驰储能第二大股东。2022年8月，极光动力科技有限公司完成1亿元A轮融资，由宁德时代领投。' +
      '此外，极光动力科技有限公司持有星驰储能3%的股权，星驰储能持有极光动力科技有限公司8%的股权。',
    '',
  ].join('\n'),
  // A sale between two banks: the seller and the buyer are no co-investors in what changed hands.
  'icbc.md': [
    '---',
    'title: 工商银行与东亚银行达成协议',
    'date: 2009-07-16',
    '---',
    '工商银行昨天与东亚银行达成协议,工商银行将收购加拿大东亚银行<N>%股权,并向东亚银行出售其所持工商东亚金融控股有限公司<N>%股权。',
    '',
  ].join('\n'),
};

let graph: Graph;
let dir: string;
/** Article id by file name. */
const ids: Record<string, string> = {};

interface Found {
  readonly id: string;
  readonly name: string;
}
/**
 * The entities of the articles as the graph holds them. Which name is canonical (小米 or 小米科技有限责任公司) and
 * which id an organisation gets are the resolver's business; these tests look them up once and assert the rows.
 */
const E = {} as Record<'xiaomi' | 'hanxing' | 'xingchi' | 'beichen' | 'catl' | 'jiguang' | 'leijun', Found>;
const SURFACES = {
  xiaomi: '小米科技有限责任公司',
  hanxing: '瀚星投资',
  xingchi: '星驰储能',
  beichen: '北辰能源',
  catl: '宁德时代',
  jiguang: '极光动力科技有限公司',
  leijun: '雷军',
} as const;

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs `kg …` end to end with captured output. */
async function kg(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, (line) => out.push(line), (line) => err.push(line));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs a `--format json` query and returns its rows. */
async function json<T = Record<string, unknown>>(...argv: string[]): Promise<T[]> {
  const run = await kg(...argv, '--format', 'json');
  expect(run.err, run.err).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.out) as T[];
}

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await read<{ nodes: number; relationships: number }>(
    graph,
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return row!;
}

const FACTS = { date: null, datePrecision: null, amount: null, currency: null, stake: null, rank: null, round: null, kind: null, status: null };

beforeAll(async () => {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('expected NEO4J_URI from the global setup: the integration tests need a real Neo4j');
  graph = await connect({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD || undefined, database: undefined, local: false });
  await write(graph, (tx) => tx.run('MATCH (n) DETACH DELETE n'));
  dir = await mkdtemp(join(tmpdir(), 'kg-queries-'));
  for (const [name, text] of Object.entries(ARTICLES)) await writeFile(join(dir, name), text);
  const summary = await ingest(graph, dir);
  expect(summary).toMatchObject({ seen: 3, ingested: 3, failed: 0 });
  for (const outcome of summary.outcomes) ids[outcome.file.split('/').pop()!] = outcome.articleId!;
  for (const [key, surface] of Object.entries(SURFACES)) {
    const found = await resolveEntity(graph, surface);
    expect(found, surface).toHaveLength(1);
    const [row] = await read<Found>(graph, 'MATCH (e:Entity {id: $id}) RETURN e.id AS id, e.name AS name', { id: found[0] });
    E[key as keyof typeof SURFACES] = row!;
  }
});

afterAll(async () => {
  await graph?.close();
});

describe('kg query portfolio', () => {
  it('lists what 小米 holds, its vehicle’s investments shown via 瀚星投资', async () => {
    const rows = await json('query', 'portfolio', '小米科技有限责任公司');
    const h = ids['hanxing.md'];
    // Cypher orders names by code point: 北 (U+5317) < 星 (U+661F) < 瀚 (U+701A).
    expect(rows).toEqual([
      { ...FACTS, target: E.beichen.name, targetId: E.beichen.id, type: 'INVESTED_IN', date: '2021-07', datePrecision: 'month', amount: 200_000_000, currency: 'CNY', via: [], articles: [h] },
      { ...FACTS, target: E.xingchi.name, targetId: E.xingchi.id, type: 'INVESTED_IN', date: '2023-05', datePrecision: 'month', amount: 50_000_000, currency: 'CNY', via: [E.hanxing.name], articles: [h] },
      { ...FACTS, target: E.xingchi.name, targetId: E.xingchi.id, type: 'HOLDS_STAKE', stake: 20, via: [E.hanxing.name], articles: [h] },
      { ...FACTS, target: E.hanxing.name, targetId: E.hanxing.id, type: 'CONTROLS', kind: 'wholly_owned', via: [], articles: [h] },
    ]);
  });

  it('looks through two levels of control for 雷军', async () => {
    const rows = await json<{ target: string; type: string; via: string[] }>('query', 'portfolio', '雷军');
    expect(rows.map((r) => [r.target, r.type, r.via.join(' → ')])).toEqual([
      [E.beichen.name, 'INVESTED_IN', E.xiaomi.name],
      [E.xiaomi.name, 'CONTROLS', ''],
      [E.xingchi.name, 'INVESTED_IN', `${E.xiaomi.name} → ${E.hanxing.name}`],
      [E.xingchi.name, 'HOLDS_STAKE', `${E.xiaomi.name} → ${E.hanxing.name}`],
      [E.hanxing.name, 'CONTROLS', E.xiaomi.name],
    ]);
  });

  it('resolves 宁王 to 宁德时代 and prints an aligned table and CSV', async () => {
    const table = await kg('query', 'portfolio', '宁王');
    expect(table.code).toBe(0);
    const n = ids['ningde.md']!;
    const h = ids['hanxing.md']!;
    expect(table.out.split('\n')).toEqual([
      'target                type             date     amount           stake  round  details    via  articles',
      '--------------------  ---------------  -------  ---------------  -----  -----  ---------  ---  ----------------',
      `星驰储能              INCREASED_STAKE  2024-02                                                 ${n}`,
      `星驰储能              HOLDS_STAKE                                12%                           ${h}`,
      `星驰储能              HOLDS_STAKE                                              第2大股东       ${n}`,
      `极光动力科技有限公司  INVESTED_IN      2022-08  100,000,000 CNY         A轮                    ${n}`,
    ]);
    const csv = await kg('query', 'portfolio', '宁王', '--format', 'csv');
    expect(csv.out.split('\n')).toEqual([
      'target,type,date,datePrecision,amount,currency,stake,rank,round,kind,status,via,articles',
      `星驰储能,INCREASED_STAKE,2024-02,month,,,,,,,,,${n}`,
      `星驰储能,HOLDS_STAKE,,,,,12,,,,,,${h}`,
      `星驰储能,HOLDS_STAKE,,,,,,2,,,,,${n}`,
      `极光动力科技有限公司,INVESTED_IN,2022-08,month,100000000,CNY,,,A轮,,,,${n}`,
    ]);
  });
});

describe('kg query investors', () => {
  it('lists the holders of 星驰储能 with stakes, rank and the parents of a vehicle', async () => {
    const rows = await json('query', 'investors', '星驰储能');
    const h = ids['hanxing.md'];
    const n = ids['ningde.md'];
    const parents = [E.xiaomi.name, E.leijun.name];
    expect(rows).toEqual([
      { ...FACTS, holder: E.catl.name, holderId: E.catl.id, type: 'INCREASED_STAKE', date: '2024-02', datePrecision: 'month', via: null, parents: [], articles: [n] },
      { ...FACTS, holder: E.catl.name, holderId: E.catl.id, type: 'HOLDS_STAKE', stake: 12, via: null, parents: [], articles: [h] },
      { ...FACTS, holder: E.catl.name, holderId: E.catl.id, type: 'HOLDS_STAKE', rank: 2, via: null, parents: [], articles: [n] },
      { ...FACTS, holder: E.jiguang.name, holderId: E.jiguang.id, type: 'HOLDS_STAKE', stake: 3, via: null, parents: [], articles: [n] },
      { ...FACTS, holder: E.hanxing.name, holderId: E.hanxing.id, type: 'INVESTED_IN', date: '2023-05', datePrecision: 'month', amount: 50_000_000, currency: 'CNY', via: null, parents, articles: [h] },
      { ...FACTS, holder: E.hanxing.name, holderId: E.hanxing.id, type: 'HOLDS_STAKE', stake: 20, via: null, parents, articles: [h] },
    ]);
    const table = await kg('query', 'investors', '星驰储能');
    const vehicleLine = table.out.split('\n').find((line) => line.startsWith(E.hanxing.name) && line.includes('HOLDS_STAKE'));
    expect(vehicleLine).toContain(`${E.xiaomi.name}, ${E.leijun.name}`);
  });
});

describe('kg query owners', () => {
  it('follows 瀚星投资 up to 雷军, with the edge on each hop', async () => {
    const run = await kg('query', 'owners', '瀚星投资');
    expect(run.code).toBe(0);
    const chain = `瀚星投资 <-[CONTROLS wholly_owned]- ${E.xiaomi.name} <-[CONTROLS actual_controller]- 雷军`;
    expect(run.out).toBe(tableText(['ultimate owner', 'hops', 'chain', 'note'], [['雷军', '2', chain, '']]));
  });

  it('stops at a cross-holding and at the depth limit', async () => {
    const rows = await json<{ chain: string[]; top: string; truncated: boolean; cycle: boolean }>('query', 'owners', '星驰储能');
    expect(rows.map((r) => ({ chain: r.chain, truncated: r.truncated, cycle: r.cycle }))).toEqual([
      { chain: [E.xingchi.name, E.catl.name], truncated: false, cycle: false },
      { chain: [E.xingchi.name, E.jiguang.name], truncated: false, cycle: true },
      { chain: [E.xingchi.name, E.hanxing.name, E.xiaomi.name, E.leijun.name], truncated: false, cycle: false },
    ]);
    const shallow = await kg('query', 'owners', '星驰储能', '--depth', '2', '--format', 'csv');
    expect(shallow.out).toBe(
      csvText(
        ['entity', 'top', 'hops', 'chain', 'path', 'truncated', 'cycle', 'articles'],
        [
          ['星驰储能', '宁德时代', '1', '星驰储能;宁德时代', '星驰储能 <-[HOLDS_STAKE 12%, 第2大股东]- 宁德时代', 'false', 'false', [ids['hanxing.md'], ids['ningde.md']].sort().join(';')],
          ['星驰储能', '极光动力科技有限公司', '1', '星驰储能;极光动力科技有限公司', '星驰储能 <-[HOLDS_STAKE 3%]- 极光动力科技有限公司', 'false', 'true', ids['ningde.md']!],
          [
            '星驰储能',
            E.xiaomi.name,
            '2',
            `星驰储能;瀚星投资;${E.xiaomi.name}`,
            `星驰储能 <-[HOLDS_STAKE 20%]- 瀚星投资 <-[CONTROLS wholly_owned]- ${E.xiaomi.name}`,
            'true',
            'false',
            ids['hanxing.md']!,
          ],
        ],
      ),
    );
    // The path with its comma is quoted in CSV.
    expect(shallow.out).toContain('"星驰储能 <-[HOLDS_STAKE 12%, 第2大股东]- 宁德时代"');
  });

  it('refuses a depth outside 1..10', async () => {
    const run = await kg('query', 'owners', '瀚星投资', '--depth', '11');
    expect(run.code).toBe(1);
    expect(run.err).toContain('expected --depth from 1 to 10, found "11"');
  });
});

describe('kg query timeline', () => {
  it('orders the dated events of 宁德时代', async () => {
    const rows = await json<{ date: string; datePrecision: string; dateTexts: string[]; type: string; other: string; round: string | null }>('query', 'timeline', '宁德时代');
    expect(rows.map((r) => [r.date, r.datePrecision, r.dateTexts.join(), r.type, r.other, r.round])).toEqual([
      ['2022-08', 'month', '2022年8月', 'INVESTED_IN', '极光动力科技有限公司', 'A轮'],
      ['2024-02', 'month', '2024年2月', 'INCREASED_STAKE', '星驰储能', null],
    ]);
  });

  it('adds the events of controlled vehicles with --through-control, undated ones with --undated', async () => {
    type Event = { date: string | null; type: string; subject: string; object: string; vehicle: string | null };
    const own = await json<Event>('query', 'timeline', '小米科技有限责任公司');
    expect(own.map((r) => [r.date, r.subject, r.object, r.vehicle])).toEqual([['2021-07', E.xiaomi.name, '北辰能源', null]]);
    const through = await json<Event>('query', 'timeline', '小米科技有限责任公司', '--through-control');
    expect(through.map((r) => [r.date, r.subject, r.object, r.vehicle])).toEqual([
      ['2021-07', E.xiaomi.name, '北辰能源', null],
      ['2023-05', '瀚星投资', '星驰储能', '瀚星投资'],
    ]);
    const all = await json<Event>('query', 'timeline', '小米科技有限责任公司', '--undated');
    expect(all.map((r) => [r.date, r.type, r.subject, r.object])).toEqual([
      ['2021-07', 'INVESTED_IN', E.xiaomi.name, '北辰能源'],
      [null, 'CONTROLS', E.xiaomi.name, '瀚星投资'],
      [null, 'CONTROLS', '雷军', E.xiaomi.name],
      [null, 'HAS_ROLE', '雷军', E.xiaomi.name],
    ]);
  });
});

describe('kg query evidence', () => {
  it('gives the article, sentence, offsets and rule of an edge; the offsets point into the file', async () => {
    const rows = await json<Record<string, unknown>>('query', 'evidence', '--from', '瀚星投资', '--to', '星驰储能', '--type', 'INVESTED_IN');
    const file = join(dir, 'hanxing.md');
    expect(rows).toEqual([
      {
        type: 'INVESTED_IN',
        subject: '瀚星投资',
        object: '星驰储能',
        articleId: ids['hanxing.md'],
        sources: [file],
        title: '小米旗下瀚星投资入股星驰储能',
        publishedAt: '2023-06-15',
        sentenceIndex: 4,
        start: expect.any(Number),
        end: expect.any(Number),
        sentence: '2023年5月，瀚星投资出资5000万元入股星驰储能。',
        ruleId: 'investment/verb',
        date: '2023-05',
        amount: 50_000_000,
        currency: 'CNY',
        stake: null,
        rank: null,
        round: null,
        role: null,
        kind: null,
        status: null,
        via: null,
      },
    ]);
    const original = await readFile(file, 'utf8');
    expect(original.slice(rows[0]!.start as number, rows[0]!.end as number)).toBe('2023年5月，瀚星投资出资5000万元入股星驰储能。');
  });

  it('lists every edge of an article, and takes --type only from the schema’s list', async () => {
    const rows = await json<{ type: string; subject: string; object: string; ruleId: string }>('query', 'evidence', '--article', ids['ningde.md']!);
    expect(rows.map((r) => `${r.type} ${r.subject} → ${r.object}`)).toEqual([
      'HOLDS_STAKE 宁德时代 → 星驰储能',
      'INCREASED_STAKE 宁德时代 → 星驰储能',
      'INVESTED_IN 宁德时代 → 极光动力科技有限公司',
      'HOLDS_STAKE 星驰储能 → 极光动力科技有限公司',
      'HOLDS_STAKE 极光动力科技有限公司 → 星驰储能',
    ]);
    const bad = await kg('query', 'evidence', '--from', '宁德时代', '--type', 'OWNS');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('expected a relation type (INVESTED_IN, HOLDS_STAKE, CONTROLS, ACQUIRED, INCREASED_STAKE, REDUCED_STAKE, JOINT_VENTURE, HAS_ROLE), found "OWNS"');
    const none = await kg('query', 'evidence', '--type', 'INVESTED_IN');
    expect(none.code).toBe(1);
    expect(none.err).toContain('expected --from NAME, --to NAME or --article ID');
    const unknownArticle = await kg('query', 'evidence', '--article', '0000000000000000');
    expect(unknownArticle.code).toBe(1);
    expect(unknownArticle.err).toContain('"0000000000000000"');
  });
});

describe('unknown names', () => {
  it.each([
    ['portfolio', '星驰储能集团子虚乌有'],
    ['investors', '子虚乌有公司'],
    ['owners', '子虚乌有公司'],
    ['timeline', '子虚乌有公司'],
  ])('kg query %s %s fails, naming it', async (query, name) => {
    const run = await kg('query', query, name);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toBe(`kg query: expected the name of an entity in the graph, found "${name}": no entity, alias or id matches it`);
  });

  it('fails for evidence --to and co-investors --entity too', async () => {
    expect((await kg('query', 'evidence', '--to', '子虚乌有公司')).err).toContain('found "子虚乌有公司"');
    const co = await kg('query', 'co-investors', '--entity', '子虚乌有公司');
    expect(co.code).toBe(1);
    expect(co.err).toContain('found "子虚乌有公司"');
  });
});

describe('kg query co-investors', () => {
  it('still pairs 宁德时代 and 小米 over 星驰储能, via 瀚星投资', async () => {
    const rows = await json<{ investorA: string; investorB: string; details: { target: string; viaA: string[]; viaB: string[] }[] }>('query', 'co-investors', '--entity', '宁王');
    const pair = rows.find((r) => r.investorA === '宁德时代' && r.investorB === E.xiaomi.name);
    expect(pair?.details, JSON.stringify(rows)).toContainEqual({ target: '星驰储能', viaA: [], viaB: ['瀚星投资'], date: '2024-02' });
  });

  it('does not pair a seller with its buyer over the stake sold', async () => {
    const edges = await json<{ type: string }>('query', 'evidence', '--from', '东亚银行');
    expect(edges.map((e) => e.type), 'the buyer takes a stake in the article').toContain('INCREASED_STAKE');
    const rows = await json<{ investorA: string; investorB: string }>('query', 'co-investors', '--entity', '东亚银行');
    expect(rows.filter((r) => [r.investorA, r.investorB].includes('工商银行'))).toEqual([]);
  });
});

describe('kg query cypher', () => {
  it('runs a read query with parameters parsed as JSON or kept as text', async () => {
    const rows = await json(
      'query',
      'cypher',
      'MATCH (s:Entity)-[r:HOLDS_STAKE]->(t:Entity {name: $name}) WHERE r.stake >= $min RETURN s.name AS holder, r.stake AS stake, $tags AS tags ORDER BY stake DESC',
      '--param',
      'name=星驰储能',
      '--param',
      'min=10',
      '--param',
      'tags=["a",1]',
    );
    expect(rows).toEqual([
      { holder: '瀚星投资', stake: 20, tags: ['a', 1] },
      { holder: '宁德时代', stake: 12, tags: ['a', 1] },
    ]);
    const table = await kg('query', 'cypher', "MATCH (e:Entity {name: '雷军'}) RETURN e.name AS name, labels(e) AS labels");
    expect(table.out.split('\n')).toEqual(['name  labels', '----  -------------------', '雷军  ["Entity","Person"]']);
  });

  it('returns nodes as labels and properties', async () => {
    const rows = await json<{ e: unknown }>('query', 'cypher', 'MATCH (e:Entity {id: $id}) RETURN e', '--param', `id=${E.hanxing.id}`);
    expect(rows).toEqual([{ e: { labels: ['Entity', 'Organization'], properties: expect.objectContaining({ id: E.hanxing.id, name: '瀚星投资', type: 'Organization' }) } }]);
  });

  it.each([
    'CREATE (n:Probe {at: 1}) RETURN n',
    "MERGE (n:Entity {name: '瀚星投资'}) SET n.name = 'x'",
    "MATCH (n:Entity {name: '瀚星投资'}) SET n.name = 'x'",
    "MATCH (n:Entity {name: '瀚星投资'}) REMOVE n:Organization",
    'MATCH (n:Entity) DETACH DELETE n',
    'CALL () { CREATE (:Probe) } RETURN 1 AS one',
    "UNWIND ['a'] AS x CALL (x) { MERGE (:Probe {name: x}) } RETURN x",
    "LOAD CSV FROM 'file:///probe.csv' AS row CREATE (:Probe {name: row[0]})",
    'FOREACH (x IN [1] | CREATE (:Probe))',
    'CREATE INDEX probe_name IF NOT EXISTS FOR (p:Probe) ON (p.name)',
  ])('refuses a write: %s', async (query) => {
    const before = await counts();
    const run = await kg('query', 'cypher', query);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toContain('kg query: expected a read-only query, found one that writes');
    expect(await counts()).toEqual(before);
  });

  it('refuses TERMINATE TRANSACTIONS and PROFILE, and passes syntax errors on', async () => {
    expect((await kg('query', 'cypher', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'")).err).toContain('found one that changes the server (TerminateTransactions)');
    expect((await kg('query', 'cypher', 'PROFILE MATCH (n) RETURN count(n)')).err).toContain('expected a query without PROFILE');
    const syntax = await kg('query', 'cypher', 'MATC (n) RETURN n');
    expect(syntax.code).toBe(1);
    expect(syntax.err).toContain('Neo4j rejected the query (Neo.ClientError.Statement.SyntaxError)');
    expect(syntax.err).toContain('"MATC (n) RETURN n"');
  });

  it('parses --param values', () => {
    expect(parseParams(['n=3', 'x=null', 'ids=["org:小米"]', 'name=宁德时代', 'eq=a=b', 'empty='])).toEqual({ n: 3, x: null, ids: ['org:小米'], name: '宁德时代', eq: 'a=b', empty: '' });
    expect(() => parseParams(['novalue'])).toThrow('expected --param name=value with a name like ids or min_shared, found "novalue"');
  });
});
