import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraphData, edgeLabel, type EntityRow, type GraphData, type RelationRow } from '../../pipeline/graph/data.ts';
import { cytoscapeSource, embedJson, renderGraphHtml, scriptText } from '../../pipeline/graph/html.ts';

const HOSTILE = '</script><script>alert(1)</script>';

function relation(source: string, target: string, type: string, facts: Partial<RelationRow> = {}): RelationRow {
  return {
    source,
    target,
    type,
    key: `a1:0:${type}:${source}:${target}`,
    date: null,
    dateText: null,
    stake: null,
    amount: null,
    currency: null,
    amountText: null,
    role: null,
    round: null,
    rank: null,
    kind: null,
    status: null,
    past: null,
    via: null,
    viaName: null,
    evidence: '小米近日通过实控的瀚星投资，战略入股宁德时代合资企业——上海快卜。',
    articleId: '20ca086d04cdbec9',
    sentenceIndex: 2,
    ruleId: 'investment/verb',
    articleTitle: null,
    articleSource: 'corpus/articles/000_2ccb9beaaa57fb3a.txt',
    publishedAt: '2022-01',
    ...facts,
  };
}

const entity = (id: string, name: string, degree: number, type = 'Organization'): EntityRow => ({ id, name, type, aliases: [], degree });

const ENTITIES = [entity('org:小米', '小米', 3), entity('org:宁德时代', '宁德时代', 2), entity('org:快卜', '上海快卜新能源科技有限公司', 3), entity('org:瀚星', '瀚星投资', 2), entity('person:雷军', '雷军', 1, 'Person')];
const RELATIONS = [
  relation('org:小米', 'org:快卜', 'INVESTED_IN', { date: '2022-01', via: 'org:瀚星', viaName: '瀚星投资', ruleId: 'investment/via-vehicle' }),
  relation('org:小米', 'org:快卜', 'INVESTED_IN', { sentenceIndex: 17, evidence: '于是，小米投资上海快卜，也就不足为奇了。' }),
  relation('org:瀚星', 'org:快卜', 'HOLDS_STAKE', { stake: 12, ruleId: 'stake/share-ratio' }),
  relation('org:宁德时代', 'org:快卜', 'JOINT_VENTURE', { date: '2022-01' }),
  relation('org:小米', 'org:瀚星', 'CONTROLS'),
  relation('person:雷军', 'org:小米', 'HAS_ROLE', { role: '董事长兼CEO', ruleId: 'role/org-title-name' }),
];
const PAIRS = [
  { investorA: '宁德时代', investorB: '小米', sharedCount: 2, targets: ['上海快卜新能源科技有限公司', '芯迈半导体'] },
  // 芯迈半导体 is not drawn: its pair must not be either.
  { investorA: '宁德时代', investorB: '芯迈半导体', sharedCount: 1, targets: ['x'] },
];

describe('buildGraphData', () => {
  const data = buildGraphData({ total: 5, entities: ENTITIES, relations: RELATIONS }, PAIRS, null);

  it('draws one arrow per subject, type and object, with every stored relationship as evidence', () => {
    expect(data.edges.map((e) => e.id)).toEqual([
      'INVESTED_IN:org:小米->org:快卜',
      'HOLDS_STAKE:org:瀚星->org:快卜',
      'JOINT_VENTURE:org:宁德时代->org:快卜',
      'CONTROLS:org:小米->org:瀚星',
      'HAS_ROLE:person:雷军->org:小米',
    ]);
    const invested = data.edges[0]!;
    expect(invested.label).toBe('2022-01');
    expect(invested.evidence.map((e) => [e.sentenceIndex, e.ruleId, e.via])).toEqual([
      [2, 'investment/via-vehicle', '瀚星投资'],
      [17, 'investment/verb', null],
    ]);
    expect(data.edges.find((e) => e.type === 'HOLDS_STAKE')!.label).toBe('12%');
    expect(data.edges.find((e) => e.type === 'HAS_ROLE')!.label).toBe('董事长兼CEO');
  });

  it('links co-investors only when both are drawn, and tells each node its partners', () => {
    expect(data.coInvestors).toEqual([{ id: 'co:org:宁德时代<->org:小米', source: 'org:宁德时代', target: 'org:小米', shared: 2, targets: ['上海快卜新能源科技有限公司', '芯迈半导体'] }]);
    expect(data.nodes.find((n) => n.id === 'org:小米')!.coInvestors).toEqual(['宁德时代']);
    expect(data.nodes.find((n) => n.id === 'org:瀚星')!.coInvestors).toEqual([]);
  });

  it.each([
    ['INVESTED_IN', [{ date: '2022-05-28', stake: null, role: null }, { date: '2022-01', stake: 12, role: null }], '2022-01, 2022-05-28 · 12%'],
    ['INVESTED_IN', [{ date: '2021', stake: null, role: null }, { date: '2022', stake: null, role: null }, { date: '2023', stake: null, role: null }], '2021, 2022 +1'],
    ['HOLDS_STAKE', [{ date: null, stake: 2.04, role: null }, { date: null, stake: 2.04, role: null }], '2.04%'],
    ['HAS_ROLE', [{ date: '2017-09-01', stake: null, role: '合伙人' }], '合伙人 · 2017-09-01'],
    ['CONTROLS', [{ date: null, stake: null, role: null }], ''],
  ])('labels %s %j as %j', (type, relations, label) => {
    expect(edgeLabel(type, relations)).toBe(label);
  });
});

/** The text of every `<script>` element, found the way an HTML parser finds their ends. */
function scripts(html: string): { attributes: string; text: string }[] {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script/gi)].map((m) => ({ attributes: m[1]!, text: m[2]! }));
}

describe('renderGraphHtml', () => {
  // A small stand-in for cytoscape keeps these tests fast; one test checks the real build is inlined.
  const fakeLibrary = 'window.cytoscape = function () { return {}; }; // "</script>" in a comment';
  const hostileData = buildGraphData(
    {
      total: 3,
      entities: [entity('org:x', HOSTILE, 2), entity('org:y', '`${alert(2)}` "quoted" \'single\' <!-- & \u2028', 1), entity('person:z', '雷军</SCRIPT >', 1, 'Person')],
      relations: [relation('org:x', 'org:y', 'INVESTED_IN', { evidence: `${HOSTILE}入股`, articleTitle: '<img src=x onerror=alert(3)>' }), relation('person:z', 'org:x', 'HAS_ROLE', { role: HOSTILE })],
    },
    [],
    { query: HOSTILE, ids: ['org:x'], names: [HOSTILE], depth: 2 },
  );
  const html = renderGraphHtml(hostileData, { cytoscape: fakeLibrary });

  it('keeps hostile names inside the data block: exactly three scripts, the data parses back whole', () => {
    const found = scripts(html);
    expect(found.map((s) => s.attributes)).toEqual([' type="application/json" id="kg-data"', '', '']);
    expect(JSON.parse(found[0]!.text) as GraphData).toEqual(hostileData);
    expect(found[0]!.text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(found[1]!.text).toBe(scriptText(fakeLibrary));
    expect(html).not.toContain('<img');
  });

  it('escapes the title', () => {
    expect(html).toContain('<title>Investment network around &#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62;</title>');
  });

  it('allows only its own two scripts and no network access', () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]?.replaceAll('&#39;', "'");
    const [, library, page] = scripts(html);
    const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(policy).toBe(`default-src 'none'; script-src ${hash(library!.text)} ${hash(page!.text)}; style-src 'unsafe-inline'; img-src data: blob:`);
    // Nothing in the markup points anywhere: no src or href attributes at all.
    expect(html.replace(/<script[\s\S]*?<\/script>/gi, '')).not.toMatch(/\s(?:src|href)\s*=/i);
  });

  it('round-trips any string through embedJson, with no character that could end the element', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (a, b) => {
        const text = embedJson({ a, b });
        expect(text).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(text)).toEqual({ a, b });
      }),
    );
  });

  it('inlines the real cytoscape build from node_modules', () => {
    const source = cytoscapeSource();
    expect(source.length).toBeGreaterThan(100_000);
    const page = renderGraphHtml(hostileData);
    expect(scripts(page)[1]!.text).toBe(scriptText(source));
    expect(scripts(page)).toHaveLength(3);
  });

  it('refuses script text that could change where the HTML parser ends the element', () => {
    expect(() => scriptText('var a = "<!--"; var b = "<script>";')).toThrow('expected script text without both "<!--" and "<script", found both');
    expect(scriptText('var s = "</script>";')).toBe('var s = "<\\/script>";');
  });
});
