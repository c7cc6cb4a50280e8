/**
 * `kg graph --html` in a real headless Chromium: the page draws the seed companies, shows the evidence of a
 * clicked node, fetches nothing from the network, and keeps hostile names as text. Needs Chromium and a
 * Chinese font; `ensureBrowser` installs them on a Debian machine where the tests run as root, and fails with
 * what to install anywhere else. Saves a screenshot to `test/browser/__screenshots__/graph.png`.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, write, type Graph } from '../../neo4j/client.ts';
import { main } from '../../pipeline/cli.ts';
import { buildGraphData } from '../../pipeline/graph/data.ts';
import { renderGraphHtml } from '../../pipeline/graph/html.ts';
import { ensureBrowser } from '../helpers/ensure-browser.ts';

const SCREENSHOTS = resolve('test/browser/__screenshots__');
const HOSTILE = '</script><script>alert(1)</script>';
const SEED_COMPANIES = ['宁德时代', '小米', '上海快卜新能源科技有限公司', '瀚星投资', '芯迈半导体'];

interface DrawnNode {
  id: string;
  name: string;
  type: string;
  x: number;
  y: number;
}

/** What the page's script exposes, as seen from `page.evaluate` (this project compiles without the DOM types). */
interface PageGlobals {
  kgGraph?: {
    ready: boolean;
    positions(): DrawnNode[];
    cy: { edges(selector: string): { map<T>(f: (e: { source(): { data(key: string): string }; target(): { data(key: string): string } }) => T): T[] } };
  };
  document: { getElementById(id: string): { textContent: string } | null };
}

interface Opened {
  page: Page;
  /** Requests for anything but a file: URL (each was aborted). */
  network: string[];
  errors: string[];
  dialogs: string[];
}

let graph: Graph;
let context: BrowserContext;
let work: string;
const pages: Record<string, string> = {};

async function kg(...argv: string[]): Promise<string[]> {
  const lines: string[] = [];
  const code = await main(argv, (line) => lines.push(line), (line) => lines.push(line));
  expect(code, lines.join('\n')).toBe(0);
  return lines;
}

async function open(file: string): Promise<Opened> {
  const page = await context.newPage();
  const opened: Opened = { page, network: [], errors: [], dialogs: [] };
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    opened.network.push(url);
    return route.abort();
  });
  page.on('pageerror', (error) => opened.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).kgGraph?.ready === true, null, { timeout: 30_000 });
  return opened;
}

const drawn = (page: Page): Promise<DrawnNode[]> => page.evaluate(() => (globalThis as unknown as PageGlobals).kgGraph!.positions());

/** The drawing area on the page, in CSS pixels. */
async function canvasBox(page: Page): Promise<{ left: number; top: number; right: number; bottom: number }> {
  const box = await page.locator('#cy').boundingBox();
  if (!box) throw new Error('expected the #cy element to have a box, found none');
  return { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

beforeAll(async () => {
  const browser = await ensureBrowser();
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('expected NEO4J_URI from the global setup: the browser test needs a real Neo4j');
  graph = await connect({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD || undefined, database: undefined, local: false });
  await write(graph, (tx) => tx.run('MATCH (n) DETACH DELETE n'));
  await kg('ingest', 'corpus/articles', '--quiet');

  work = await mkdtemp(join(tmpdir(), 'kg-graph-'));
  pages.all = join(work, 'all.html');
  pages.around = join(work, 'around.html');
  await kg('graph', '--html', pages.all);
  await kg('graph', '--html', pages.around, '--entity', '宁王');

  context = await chromium.launchPersistentContext(join(work, 'chromium-profile'), {
    executablePath: browser.executablePath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1400, height: 900 },
  });
}, 900_000);

afterAll(async () => {
  await context?.close();
  await graph?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('kg graph --html in Chromium', () => {
  it('draws the whole graph, the seed companies inside the view, without touching the network', async () => {
    const { page, network, errors } = await open(pages.all!);
    const nodes = await drawn(page);
    const count = await page.evaluate(() => (JSON.parse((globalThis as unknown as PageGlobals).document.getElementById('kg-data')!.textContent) as { nodes: unknown[] }).nodes.length);
    expect(nodes).toHaveLength(count);
    expect(count).toBeGreaterThan(50);
    const box = await canvasBox(page);
    const viewport = page.viewportSize()!;
    for (const name of SEED_COMPANIES) {
      const node = nodes.find((n) => n.name === name);
      expect(node, `${name} among ${nodes.map((n) => n.name).join(', ')}`).toBeDefined();
    }
    // Every node is laid out inside the drawing area, which is inside the window.
    for (const node of nodes) {
      expect(node.x, node.name).toBeGreaterThanOrEqual(box.left);
      expect(node.x, node.name).toBeLessThanOrEqual(Math.min(box.right, viewport.width));
      expect(node.y, node.name).toBeGreaterThanOrEqual(box.top);
      expect(node.y, node.name).toBeLessThanOrEqual(Math.min(box.bottom, viewport.height));
    }
    expect(network).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('centres on an entity, highlights co-investors, and shows the evidence of a clicked node', async () => {
    const { page, network, errors } = await open(pages.around!);
    const nodes = await drawn(page);
    const names = nodes.map((n) => n.name);
    // Two hops from 宁德时代 (found through its alias 宁王): its targets and their other investors, not the rest of the corpus.
    expect(names).toEqual(expect.arrayContaining(SEED_COMPANIES));
    expect(names).not.toContain('国美电器');
    expect(await page.locator('header h1').textContent()).toBe('Investment network around 宁德时代 (宁王)');
    expect(await page.locator('#summary').textContent()).toMatch(/^2 hops from 宁德时代: \d+ entities, \d+ relations, \d+ co-investor pairs$/);
    const coInvestors = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).kgGraph!.cy.edges('.co-invest').map((e) => [e.source().data('label'), e.target().data('label')].sort().join(' + ')),
    );
    expect(coInvestors).toContain('宁德时代 + 小米');

    const box = await canvasBox(page);
    const xiaomi = nodes.find((n) => n.name === '小米')!;
    expect(xiaomi.x).toBeGreaterThan(box.left);
    expect(xiaomi.x).toBeLessThan(box.right);
    await page.mouse.click(xiaomi.x, xiaomi.y);
    const panel = page.locator('#panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('小米');
    const sentences = await panel.locator('blockquote.evidence-sentence').allTextContents();
    expect(sentences.length).toBeGreaterThan(0);
    expect(sentences.some((s) => s.includes('小米') && s.includes('瀚星投资'))).toBe(true);
    const meta = await panel.locator('.evidence-meta').first().textContent();
    expect(meta).toMatch(/^article [0-9a-f]{16} · corpus\/articles\/\S+ · sentence \d+ · rule [a-z]+\/[a-z0-9-]+$/);
    expect(await panel.textContent()).toContain('Co-investors');

    await mkdir(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'graph.png') });
    expect(network).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows hostile names as text: no script of theirs runs, the page still works', async () => {
    const entity = (id: string, name: string, type = 'Organization') => ({ id, name, type, aliases: [`\`${name}\``], degree: 1 });
    const data = buildGraphData(
      {
        total: 3,
        entities: [entity('org:x', HOSTILE), entity('org:y', '"引号" \'单引号\' `反引号` <!-- & \u2028'), entity('person:z', '<img src=x onerror=alert(2)>', 'Person')],
        relations: [
          {
            source: 'org:x', target: 'org:y', type: 'INVESTED_IN', key: 'k1', date: '2024-01', dateText: null, stake: 5, amount: null, currency: null, amountText: null,
            role: null, round: null, rank: null, kind: null, status: null, past: null, via: null, viaName: null,
            evidence: `${HOSTILE}入股"引号"`, articleId: '0123456789abcdef', sentenceIndex: 0, ruleId: 'investment/verb',
            articleTitle: '<script>alert(3)</script>', articleSource: 'x.txt', publishedAt: null,
          },
        ],
      },
      [],
      null,
    );
    const file = join(work, 'hostile.html');
    await writeFile(file, renderGraphHtml(data));
    const { page, network, errors, dialogs } = await open(file);
    expect((await drawn(page)).map((n) => n.name).sort()).toEqual(data.nodes.map((n) => n.name).sort());
    expect(await page.locator('script').count()).toBe(3);
    expect(await page.locator('img').count()).toBe(0);
    const hostile = (await drawn(page)).find((n) => n.name === HOSTILE)!;
    await page.mouse.click(hostile.x, hostile.y);
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe(HOSTILE);
    expect(await page.locator('#panel blockquote.evidence-sentence').textContent()).toBe(`${HOSTILE}入股"引号"`);
    expect(dialogs).toEqual([]);
    expect(network).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
