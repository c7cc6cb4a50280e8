import { parseArgs } from 'node:util';
import { csv, table } from '../format.ts';
import {
  coInvestors,
  evidence,
  investors,
  MAX_OWNER_DEPTH,
  owners,
  parseParams,
  portfolio,
  relationType,
  runCypher,
  timeline,
  type OwnerChain,
  type OwnerHop,
} from '../queries.ts';
import { parseFormat, positiveInt, withGraph, type Format, type Out } from './common.ts';

const QUERIES = ['co-investors', 'portfolio', 'investors', 'owners', 'timeline', 'evidence', 'cypher'] as const;
type QueryName = (typeof QUERIES)[number];

const FORMATS: readonly Format[] = ['table', 'json', 'csv'];

/** One output column: its header and how a row fills it. */
interface Column<T> {
  readonly header: string;
  readonly cell: (row: T) => string;
}

/**
 * Prints rows as a table (CJK-aligned), CSV or JSON. Tables and CSV may use different columns: CSV keeps numbers
 * and codes apart (amount, currency) for spreadsheets, tables put them together for reading.
 */
function render<T>(out: Out, format: Format, rows: readonly T[], columns: { table: readonly Column<T>[]; csv: readonly Column<T>[] }, empty: string): void {
  if (format === 'json') {
    out(JSON.stringify(rows, null, 2));
    return;
  }
  const chosen = format === 'csv' ? columns.csv : columns.table;
  const cells = rows.map((row) => chosen.map((c) => c.cell(row)));
  const headers = chosen.map((c) => c.header);
  if (format === 'csv') out(csv(headers, cells));
  else out(rows.length === 0 ? empty : table(headers, cells));
}

const text = (value: string | number | boolean | null | undefined): string => (value === null || value === undefined ? '' : String(value));
const amountCell = (r: { amount: number | null; currency: string | null }): string =>
  r.amount === null ? '' : `${r.amount.toLocaleString('en-US')}${r.currency ? ` ${r.currency}` : ''}`;
const stakeCell = (r: { stake: number | null }): string => (r.stake === null ? '' : `${r.stake}%`);
const rankCell = (r: { rank: number | null }): string => (r.rank === null ? '' : `第${r.rank}大股东`);
const list = (values: readonly string[], separator = ', '): string => values.join(separator);

/** `kg query <name> …`: the analyst's questions, answered from the graph. */
export async function queryCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
  const [name, ...rest] = args;
  if (!(QUERIES as readonly string[]).includes(name ?? '')) throw new Error(`expected a query name (${QUERIES.join(', ')}), found "${name ?? ''}"`);
  switch (name as QueryName) {
    case 'co-investors':
      return coInvestorsCommand(rest, out, err);
    case 'portfolio':
      return portfolioCommand(rest, out, err);
    case 'investors':
      return investorsCommand(rest, out, err);
    case 'owners':
      return ownersCommand(rest, out, err);
    case 'timeline':
      return timelineCommand(rest, out, err);
    case 'evidence':
      return evidenceCommand(rest, out, err);
    case 'cypher':
      return cypherCommand(rest, out, err);
  }
}

/** The one NAME a query takes, named in the error when missing or doubled. */
function oneName(positionals: readonly string[], query: string): string {
  const [entity, ...extra] = positionals;
  if (!entity || extra.length > 0) throw new Error(`expected one entity name: kg query ${query} NAME, found ${positionals.length === 0 ? 'none' : JSON.stringify(positionals)}`);
  return entity;
}

async function coInvestorsCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      entity: { type: 'string' },
      since: { type: 'string' },
      'min-shared': { type: 'string' },
      format: { type: 'string', default: 'table' },
    },
  });
  const format = parseFormat(values.format, FORMATS);
  const rows = await withGraph(err, (graph) =>
    coInvestors(graph, {
      ...(values.entity ? { entity: values.entity } : {}),
      ...(values.since ? { since: values.since } : {}),
      ...(values['min-shared'] ? { minShared: positiveInt(values['min-shared'], '--min-shared') } : {}),
    }),
  );
  if (format === 'json') {
    out(JSON.stringify(rows, null, 2));
    return 0;
  }
  const headers = ['investor A', 'investor B', 'shared', 'targets (via)', 'articles'];
  const cells = rows.map((r) => [
    r.investorA,
    r.investorB,
    String(r.sharedCount),
    r.details
      .map((d) => {
        const via = [...d.viaA.map((v) => `${r.investorA} via ${v}`), ...d.viaB.map((v) => `${r.investorB} via ${v}`)];
        return via.length > 0 ? `${d.target} (${via.join('; ')})` : d.target;
      })
      .join(', '),
    String(r.articles.length),
  ]);
  out(format === 'csv' ? csv(headers, cells) : rows.length === 0 ? 'no co-investors found' : table(headers, cells));
  return 0;
}

async function portfolioCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { format: { type: 'string', default: 'table' } } });
  const format = parseFormat(values.format, FORMATS);
  const entity = oneName(positionals, 'portfolio');
  const rows = await withGraph(err, (graph) => portfolio(graph, entity));
  type Row = (typeof rows)[number];
  const details = (r: Row): string => list([rankCell(r), text(r.kind), text(r.status)].filter(Boolean));
  render(
    out,
    format,
    rows,
    {
      table: [
        { header: 'target', cell: (r) => r.target },
        { header: 'type', cell: (r) => r.type },
        { header: 'date', cell: (r) => text(r.date) },
        { header: 'amount', cell: amountCell },
        { header: 'stake', cell: stakeCell },
        { header: 'round', cell: (r) => text(r.round) },
        { header: 'details', cell: details },
        { header: 'via', cell: (r) => (r.via.length > 0 ? `via ${list(r.via, ' → ')}` : '') },
        { header: 'articles', cell: (r) => list(r.articles) },
      ],
      csv: [
        { header: 'target', cell: (r) => r.target },
        { header: 'type', cell: (r) => r.type },
        { header: 'date', cell: (r) => text(r.date) },
        { header: 'datePrecision', cell: (r) => text(r.datePrecision) },
        { header: 'amount', cell: (r) => text(r.amount) },
        { header: 'currency', cell: (r) => text(r.currency) },
        { header: 'stake', cell: (r) => text(r.stake) },
        { header: 'rank', cell: (r) => text(r.rank) },
        { header: 'round', cell: (r) => text(r.round) },
        { header: 'kind', cell: (r) => text(r.kind) },
        { header: 'status', cell: (r) => text(r.status) },
        { header: 'via', cell: (r) => list(r.via, ';') },
        { header: 'articles', cell: (r) => list(r.articles, ';') },
      ],
    },
    `no investments, holdings or acquisitions found for ${entity}`,
  );
  return 0;
}

async function investorsCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { format: { type: 'string', default: 'table' } } });
  const format = parseFormat(values.format, FORMATS);
  const entity = oneName(positionals, 'investors');
  const rows = await withGraph(err, (graph) => investors(graph, entity));
  type Row = (typeof rows)[number];
  const details = (r: Row): string => list([text(r.kind), text(r.status)].filter(Boolean));
  render(
    out,
    format,
    rows,
    {
      table: [
        { header: 'holder', cell: (r) => r.holder },
        { header: 'controlled by', cell: (r) => list(r.parents) },
        { header: 'type', cell: (r) => r.type },
        { header: 'date', cell: (r) => text(r.date) },
        { header: 'stake', cell: stakeCell },
        { header: 'rank', cell: rankCell },
        { header: 'amount', cell: amountCell },
        { header: 'round', cell: (r) => text(r.round) },
        { header: 'details', cell: details },
        { header: 'via', cell: (r) => (r.via ? `via ${r.via}` : '') },
        { header: 'articles', cell: (r) => list(r.articles) },
      ],
      csv: [
        { header: 'holder', cell: (r) => r.holder },
        { header: 'controlledBy', cell: (r) => list(r.parents, ';') },
        { header: 'type', cell: (r) => r.type },
        { header: 'date', cell: (r) => text(r.date) },
        { header: 'datePrecision', cell: (r) => text(r.datePrecision) },
        { header: 'stake', cell: (r) => text(r.stake) },
        { header: 'rank', cell: (r) => text(r.rank) },
        { header: 'amount', cell: (r) => text(r.amount) },
        { header: 'currency', cell: (r) => text(r.currency) },
        { header: 'round', cell: (r) => text(r.round) },
        { header: 'kind', cell: (r) => text(r.kind) },
        { header: 'status', cell: (r) => text(r.status) },
        { header: 'via', cell: (r) => text(r.via) },
        { header: 'articles', cell: (r) => list(r.articles, ';') },
      ],
    },
    `no investors or shareholders found for ${entity}`,
  );
  return 0;
}

/** `HOLDS_STAKE 12%, 第2大股东 | CONTROLS wholly_owned`: every edge type of a hop with what it says. */
function hopLabel(hop: OwnerHop): string {
  const byType = new Map<string, string[]>();
  for (const edge of hop.edges) {
    const facts = byType.get(edge.type) ?? [];
    for (const fact of [stakeCell(edge), rankCell(edge), text(edge.kind)]) if (fact && !facts.includes(fact)) facts.push(fact);
    byType.set(edge.type, facts);
  }
  return [...byType].map(([type, facts]) => (facts.length > 0 ? `${type} ${facts.join(', ')}` : type)).join(' | ');
}

/** `瀚星投资 <-[CONTROLS wholly_owned]- 小米 <-[CONTROLS actual_controller]- 雷军`. */
function chainPath(chain: OwnerChain): string {
  return chain.hops.reduce((path, hop) => `${path} <-[${hopLabel(hop)}]- ${hop.owner}`, chain.entity);
}

function chainNote(chain: OwnerChain, depth: number): string {
  return list([chain.truncated ? `stops at depth ${depth}` : '', chain.cycle ? `cycle: ${chain.top} is owned by an entity on the chain` : ''].filter(Boolean), '; ');
}

async function ownersCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { depth: { type: 'string', default: '5' }, format: { type: 'string', default: 'table' } },
  });
  const format = parseFormat(values.format, FORMATS);
  const entity = oneName(positionals, 'owners');
  const depth = positiveInt(values.depth, '--depth');
  if (depth > MAX_OWNER_DEPTH) throw new Error(`expected --depth from 1 to ${MAX_OWNER_DEPTH}, found "${values.depth}"`);
  const rows = await withGraph(err, (graph) => owners(graph, entity, { depth }));
  const articles = (r: OwnerChain): string[] => [...new Set(r.hops.flatMap((h) => h.articles))].sort();
  render(
    out,
    format,
    rows,
    {
      table: [
        { header: 'ultimate owner', cell: (r) => r.top },
        { header: 'hops', cell: (r) => String(r.hops.length) },
        { header: 'chain', cell: chainPath },
        { header: 'note', cell: (r) => chainNote(r, depth) },
      ],
      csv: [
        { header: 'entity', cell: (r) => r.entity },
        { header: 'top', cell: (r) => r.top },
        { header: 'hops', cell: (r) => String(r.hops.length) },
        { header: 'chain', cell: (r) => list(r.chain, ';') },
        { header: 'path', cell: chainPath },
        { header: 'truncated', cell: (r) => String(r.truncated) },
        { header: 'cycle', cell: (r) => String(r.cycle) },
        { header: 'articles', cell: (r) => list(articles(r), ';') },
      ],
    },
    `no owners or controllers found for ${entity}`,
  );
  return 0;
}

async function timelineCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      'through-control': { type: 'boolean', default: false },
      undated: { type: 'boolean', default: false },
      format: { type: 'string', default: 'table' },
    },
  });
  const format = parseFormat(values.format, FORMATS);
  const entity = oneName(positionals, 'timeline');
  const rows = await withGraph(err, (graph) => timeline(graph, entity, { throughControl: values['through-control'], undated: values.undated }));
  type Row = (typeof rows)[number];
  const facts = (r: Row): string =>
    list([amountCell(r), stakeCell(r), rankCell(r), text(r.round), text(r.role), text(r.kind), text(r.status), r.past ? 'past' : ''].filter(Boolean));
  const vias = (r: Row): string[] => [...new Set([r.vehicle, r.via].filter((v): v is string => v !== null))];
  render(
    out,
    format,
    rows,
    {
      table: [
        { header: 'date', cell: (r) => text(r.date) },
        { header: 'precision', cell: (r) => text(r.datePrecision) },
        { header: 'type', cell: (r) => r.type },
        { header: 'subject', cell: (r) => r.subject },
        { header: 'object', cell: (r) => r.object },
        { header: 'facts', cell: facts },
        { header: 'via', cell: (r) => (vias(r).length > 0 ? `via ${list(vias(r), ' → ')}` : '') },
        { header: 'articles', cell: (r) => list(r.articles) },
      ],
      csv: [
        { header: 'date', cell: (r) => text(r.date) },
        { header: 'datePrecision', cell: (r) => text(r.datePrecision) },
        { header: 'dateText', cell: (r) => list(r.dateTexts, ';') },
        { header: 'type', cell: (r) => r.type },
        { header: 'subject', cell: (r) => r.subject },
        { header: 'object', cell: (r) => r.object },
        { header: 'other', cell: (r) => r.other },
        { header: 'amount', cell: (r) => text(r.amount) },
        { header: 'currency', cell: (r) => text(r.currency) },
        { header: 'stake', cell: (r) => text(r.stake) },
        { header: 'rank', cell: (r) => text(r.rank) },
        { header: 'round', cell: (r) => text(r.round) },
        { header: 'role', cell: (r) => text(r.role) },
        { header: 'kind', cell: (r) => text(r.kind) },
        { header: 'status', cell: (r) => text(r.status) },
        { header: 'past', cell: (r) => text(r.past) },
        { header: 'via', cell: (r) => list(vias(r), ';') },
        { header: 'articles', cell: (r) => list(r.articles, ';') },
      ],
    },
    `no ${values.undated ? '' : 'dated '}events found for ${entity}`,
  );
  return 0;
}

async function evidenceCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      type: { type: 'string' },
      article: { type: 'string' },
      format: { type: 'string', default: 'table' },
    },
  });
  const format = parseFormat(values.format, FORMATS);
  if (values.from === undefined && values.to === undefined && values.article === undefined) {
    throw new Error('expected --from NAME, --to NAME or --article ID (with --type TYPE optional), found none of them');
  }
  const type = values.type === undefined ? undefined : relationType(values.type);
  const rows = await withGraph(err, (graph) =>
    evidence(graph, {
      ...(values.from !== undefined ? { from: values.from } : {}),
      ...(values.to !== undefined ? { to: values.to } : {}),
      ...(type !== undefined ? { type } : {}),
      ...(values.article !== undefined ? { articleId: values.article } : {}),
    }),
  );
  const wanted = [values.type, values.from && `from ${values.from}`, values.to && `to ${values.to}`, values.article && `in article ${values.article}`].filter(Boolean);
  render(
    out,
    format,
    rows,
    {
      table: [
        { header: 'type', cell: (r) => r.type },
        { header: 'subject', cell: (r) => r.subject },
        { header: 'object', cell: (r) => r.object },
        { header: 'article', cell: (r) => r.articleId },
        { header: 'source', cell: (r) => list(r.sources ?? []) },
        { header: 'title', cell: (r) => text(r.title) },
        { header: 'sentence', cell: (r) => String(r.sentenceIndex) },
        { header: 'offsets', cell: (r) => `${r.start}–${r.end}` },
        { header: 'rule', cell: (r) => r.ruleId },
        { header: 'text', cell: (r) => r.sentence },
      ],
      csv: [
        { header: 'type', cell: (r) => r.type },
        { header: 'subject', cell: (r) => r.subject },
        { header: 'object', cell: (r) => r.object },
        { header: 'articleId', cell: (r) => r.articleId },
        { header: 'sources', cell: (r) => list(r.sources ?? [], ';') },
        { header: 'title', cell: (r) => text(r.title) },
        { header: 'publishedAt', cell: (r) => text(r.publishedAt) },
        { header: 'sentenceIndex', cell: (r) => String(r.sentenceIndex) },
        { header: 'start', cell: (r) => String(r.start) },
        { header: 'end', cell: (r) => String(r.end) },
        { header: 'ruleId', cell: (r) => r.ruleId },
        { header: 'sentence', cell: (r) => r.sentence },
      ],
    },
    `no relations found ${wanted.join(' ')}`,
  );
  return 0;
}

/** A cell of an ad-hoc result: text as it is, other values as JSON. */
function valueCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

async function cypherCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { param: { type: 'string', multiple: true, default: [] }, format: { type: 'string', default: 'table' } },
  });
  const format = parseFormat(values.format, FORMATS);
  const [query, ...extra] = positionals;
  if (!query?.trim() || extra.length > 0) {
    throw new Error(`expected one quoted Cypher query: kg query cypher '<query>' [--param name=value …], found ${positionals.length === 0 ? 'none' : JSON.stringify(positionals)}`);
  }
  const params = parseParams(values.param);
  const result = await withGraph(err, (graph) => runCypher(graph, query, params));
  if (format === 'json') {
    out(JSON.stringify(result.rows, null, 2));
    return 0;
  }
  const cells = result.rows.map((row) => result.columns.map((c) => valueCell(row[c])));
  if (format === 'csv') out(csv(result.columns, cells));
  else out(result.rows.length === 0 ? `no rows (columns: ${result.columns.join(', ') || 'none'})` : table(result.columns, cells));
  return 0;
}
