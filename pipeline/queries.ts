import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isNode, isPath, isPoint, isRelationship, isTime, type ResultSummary, type Session } from 'neo4j-driver';
import { cypher, read, type Graph } from '../neo4j/client.ts';
import { RELATION_TYPES, type DatePrecision, type RelationType } from '../schemas/common.ts';
import { entityId } from './rules/names.ts';

/** Ids a user's name may stand for: as an organisation (through aliases and short names) or a person. */
export function idsForName(name: string): string[] {
  return [...new Set([entityId('Organization', name), entityId('Person', name)])];
}

/** Resolves a name to entity ids in the graph: by id, canonical name, alias or Alias node. */
export async function resolveEntity(graph: Graph, name: string): Promise<string[]> {
  const rows = await read<{ id: string }>(graph, cypher('queries/resolve-entity.cypher'), { name, ids: idsForName(name) });
  return rows.map((r) => r.id);
}

/** A name that matches no entity: the queries say so instead of answering with nothing. */
export class UnknownEntityError extends Error {
  readonly entity: string;
  constructor(name: string) {
    super(`expected the name of an entity in the graph, found "${name}": no entity, alias or id matches it`);
    this.name = 'UnknownEntityError';
    this.entity = name;
  }
}

/** Like `resolveEntity`, but an unknown name is an `UnknownEntityError`. */
export async function requireEntity(graph: Graph, name: string): Promise<string[]> {
  const ids = await resolveEntity(graph, name);
  if (ids.length === 0) throw new UnknownEntityError(name);
  return ids;
}

/** Checks a relation type against the schema's closed list (`RELATION_TYPES`). */
export function relationType(text: string): RelationType {
  if ((RELATION_TYPES as readonly string[]).includes(text)) return text as RelationType;
  throw new Error(`expected a relation type (${RELATION_TYPES.join(', ')}), found "${text}"`);
}

/** Article ids in the lists the queries return come back sorted, so that output is stable. */
function sortArticles<T extends { readonly articles: readonly string[] }>(rows: readonly T[]): T[] {
  return rows.map((row) => ({ ...row, articles: [...row.articles].sort() }));
}

export interface CoInvestorRow {
  readonly investorA: string;
  readonly investorB: string;
  readonly sharedCount: number;
  readonly targets: readonly string[];
  readonly details: readonly { target: string; viaA: readonly string[]; viaB: readonly string[]; date: string | null }[];
  readonly articles: readonly string[];
}

export interface CoInvestorOptions {
  readonly entity?: string;
  readonly since?: string;
  readonly minShared?: number;
}

/**
 * Pairs of investors with the targets they share; see `neo4j/queries/co-investors.cypher`. An `entity` that
 * matches nothing is an `UnknownEntityError`.
 */
export async function coInvestors(graph: Graph, options: CoInvestorOptions = {}): Promise<CoInvestorRow[]> {
  const ids = options.entity ? await requireEntity(graph, options.entity) : [];
  return read<CoInvestorRow>(graph, cypher('queries/co-investors.cypher'), {
    ids,
    since: options.since ?? null,
    minShared: options.minShared ?? 1,
  });
}

/** The facts an investment-like relation may carry; null when the text does not state them. */
export interface HoldingFacts {
  readonly type: RelationType;
  /** `YYYY`, `YYYY-Qn`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the text. */
  readonly date: string | null;
  readonly datePrecision: DatePrecision | null;
  readonly amount: number | null;
  /** ISO 4217 code of `amount`. */
  readonly currency: string | null;
  /** Percent of shares, 0–100. */
  readonly stake: number | null;
  /** N of 第N大股东. */
  readonly rank: number | null;
  readonly round: string | null;
  /** For CONTROLS: `wholly_owned`, `controlling`, `subsidiary`, `actual_controller`, … */
  readonly kind: string | null;
  /** `planned` for a deal announced or agreed but not done (拟收购, 将成为…控股股东, 交易完成后…); else unset, or `completed` where a rule says so. */
  readonly status: string | null;
}

/** One fact of a portfolio: a target, what the investor (or one of its vehicles) did, and where it is said. */
export interface PortfolioRow extends HoldingFacts {
  readonly target: string;
  readonly targetId: string;
  /** Vehicles between the investor and the target, nearest to the investor first; empty for direct holdings. */
  readonly via: readonly string[];
  readonly articles: readonly string[];
}

/**
 * What an investor invested in, holds, acquired or controls, directly or through the vehicles it controls
 * (1..3 CONTROLS hops); see `neo4j/queries/portfolio.cypher`.
 *
 * @example
 * await portfolio(graph, '小米') // [{ target: '星驰储能', type: 'INVESTED_IN', via: ['瀚星投资'], … }, …]
 */
export async function portfolio(graph: Graph, name: string): Promise<PortfolioRow[]> {
  const ids = await requireEntity(graph, name);
  return sortArticles(await read<PortfolioRow>(graph, cypher('queries/portfolio.cypher'), { ids }));
}

/** One fact about a holder of a company. */
export interface InvestorRow extends HoldingFacts {
  readonly holder: string;
  readonly holderId: string;
  /** The vehicle the relation names, when the holder acted through one. */
  readonly via: string | null;
  /** Entities that control the holder (1..3 CONTROLS hops), nearest first. */
  readonly parents: readonly string[];
  readonly articles: readonly string[];
}

/** Who invested in, holds stakes in, acquired or controls a company; see `neo4j/queries/investors.cypher`. */
export async function investors(graph: Graph, name: string): Promise<InvestorRow[]> {
  const ids = await requireEntity(graph, name);
  return sortArticles(await read<InvestorRow>(graph, cypher('queries/investors.cypher'), { ids }));
}

/** The deepest ownership chain `owners` follows; Cypher needs a literal bound, written in `owners.cypher`. */
export const MAX_OWNER_DEPTH = 10;

/** One edge of an ownership hop. */
export interface OwnerEdge {
  readonly type: 'CONTROLS' | 'HOLDS_STAKE' | 'ACQUIRED';
  readonly kind: string | null;
  readonly stake: number | null;
  readonly rank: number | null;
}

/** One step of a chain: `owner` holds or controls `owned`, as every edge in `edges` says. */
export interface OwnerHop {
  readonly owner: string;
  readonly owned: string;
  readonly edges: readonly OwnerEdge[];
  readonly articles: readonly string[];
}

/** A chain from the entity up to one of its ultimate owners. */
export interface OwnerChain {
  readonly entity: string;
  /** Names from the entity (first) up to the top owner (last). */
  readonly chain: readonly string[];
  readonly top: string;
  /** Bottom-up: `hops[0]` is the entity's direct owner. */
  readonly hops: readonly OwnerHop[];
  /** The chain stopped at the depth limit although the top has owners of its own. */
  readonly truncated: boolean;
  /** The top is owned by an entity already on the chain (a cross-holding). */
  readonly cycle: boolean;
}

export interface OwnersOptions {
  /** Hops to follow upward, 1..`MAX_OWNER_DEPTH`; default 5. */
  readonly depth?: number;
}

/**
 * The ownership and control chains of an entity up to its ultimate owners, along CONTROLS, HOLDS_STAKE and
 * ACQUIRED edges; see `neo4j/queries/owners.cypher`.
 *
 * @example
 * await owners(graph, '瀚星投资') // [{ chain: ['瀚星投资', '小米', '雷军'], top: '雷军', … }]
 */
export async function owners(graph: Graph, name: string, options: OwnersOptions = {}): Promise<OwnerChain[]> {
  const depth = options.depth ?? 5;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_OWNER_DEPTH) {
    throw new Error(`expected a depth from 1 to ${MAX_OWNER_DEPTH}, found ${depth}`);
  }
  const ids = await requireEntity(graph, name);
  const rows = await read<OwnerChain>(graph, cypher('queries/owners.cypher'), { ids, depth });
  return rows.map((row) => ({ ...row, hops: sortArticles(row.hops) }));
}

/** One event in an entity's timeline. */
export interface TimelineRow extends HoldingFacts {
  /** The words the dates were read from (`2022年1月`, `近日`, …). */
  readonly dateTexts: readonly string[];
  readonly subject: string;
  readonly object: string;
  /** The party that is neither the entity nor its vehicle. */
  readonly other: string;
  /** The controlled vehicle this event belongs to, when it is not the entity's own. */
  readonly vehicle: string | null;
  /** The vehicle the relation itself names. */
  readonly via: string | null;
  readonly role: string | null;
  readonly past: boolean | null;
  readonly articles: readonly string[];
}

export interface TimelineOptions {
  /** Include the events of the vehicles the entity controls (1..3 CONTROLS hops). */
  readonly throughControl?: boolean;
  /** Include undated events, after the dated ones. */
  readonly undated?: boolean;
}

/** The dated events of an entity, oldest first; see `neo4j/queries/timeline.cypher`. */
export async function timeline(graph: Graph, name: string, options: TimelineOptions = {}): Promise<TimelineRow[]> {
  const ids = await requireEntity(graph, name);
  return sortArticles(
    await read<TimelineRow>(graph, cypher('queries/timeline.cypher'), {
      ids,
      throughControl: options.throughControl ?? false,
      undated: options.undated ?? false,
    }),
  );
}

/** Where one relationship was read. */
export interface EvidenceRow extends Omit<HoldingFacts, 'datePrecision'> {
  readonly subject: string;
  readonly object: string;
  readonly articleId: string;
  /** Files that hold the article's text. */
  readonly sources: readonly string[] | null;
  readonly title: string | null;
  readonly publishedAt: string | null;
  readonly sentenceIndex: number;
  /** `[start, end)`: UTF-16 offsets of the sentence in the original file text. */
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
  readonly ruleId: string;
  readonly role: string | null;
  readonly via: string | null;
}

export interface EvidenceOptions {
  /** Subject name (resolved through aliases). */
  readonly from?: string;
  /** Object name (resolved through aliases). */
  readonly to?: string;
  readonly type?: RelationType;
  readonly articleId?: string;
}

/**
 * The article, sentence, offsets and rule behind relationships; at least one of `from`, `to`, `articleId`.
 * See `neo4j/queries/evidence.cypher`.
 */
export async function evidence(graph: Graph, options: EvidenceOptions): Promise<EvidenceRow[]> {
  if (options.from === undefined && options.to === undefined && options.articleId === undefined) {
    throw new Error('expected --from NAME, --to NAME or --article ID, found none of them');
  }
  const type = options.type === undefined ? null : relationType(options.type);
  const fromIds = options.from === undefined ? null : await requireEntity(graph, options.from);
  const toIds = options.to === undefined ? null : await requireEntity(graph, options.to);
  const articleId = options.articleId ?? null;
  if (articleId !== null) {
    const found = await read(graph, 'MATCH (a:Article {id: $id}) RETURN a.id AS id', { id: articleId });
    if (found.length === 0) throw new Error(`expected the id of an ingested article, found "${articleId}": no article has it`);
  }
  return read<EvidenceRow>(graph, cypher('queries/evidence.cypher'), { fromIds, toIds, type, articleId });
}

/** The answer to an ad-hoc query: its columns in order and its rows as plain JSON values. */
export interface CypherResult {
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, unknown>[];
}

/** Plan operators that change the server's state although Neo4j plans them as reads. */
const REFUSED_OPERATORS = new Set(['TerminateTransactions']);

function operators(plan: ResultSummary['plan']): string[] {
  if (!plan) return [];
  return [plan.operatorType.split('@')[0]!, ...plan.children.flatMap((child) => operators(child))];
}

/** Turns driver values into JSON: nodes `{labels, properties}`, relationships `{type, properties}`, temporals as ISO text. */
export function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isNode(value)) return { labels: value.labels, properties: plainValue(value.properties) };
  if (isRelationship(value)) return { type: value.type, properties: plainValue(value.properties) };
  if (isPath(value)) {
    return { nodes: [value.start, ...value.segments.map((s) => s.end)].map(plainValue), relationships: value.segments.map((s) => plainValue(s.relationship)) };
  }
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value) || isPoint(value)) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(plainValue);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValue(v)]));
  return value;
}

/** Parameter names Cypher accepts as `$name` without backticks. */
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Parses `name=value` parameters: the value as JSON when it parses (`n=3`, `ids=["org:小米"]`, `x=null`), else as
 * a string (`name=宁德时代`).
 */
export function parseParams(pairs: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    if (eq < 0 || !PARAM_NAME.test(name)) throw new Error(`expected --param name=value with a name like ids or min_shared, found "${pair}"`);
    const text = pair.slice(eq + 1);
    try {
      params[name] = JSON.parse(text);
    } catch {
      params[name] = text;
    }
  }
  return params;
}

/**
 * Runs any read-only Cypher with parameters in a read transaction. A query that writes (CREATE, MERGE, SET,
 * DELETE, REMOVE, index and constraint changes, write procedures, also inside `CALL { … }` or after `LOAD CSV`) is
 * refused by Neo4j in a read transaction; that refusal, and TERMINATE TRANSACTIONS, become a clear error.
 */
export async function runCypher(graph: Graph, query: string, params: Record<string, unknown> = {}): Promise<CypherResult> {
  const session = graph.driver.session({ defaultAccessMode: neo4j.session.READ, ...(graph.database ? { database: graph.database } : {}) });
  try {
    await refuseServerChanges(session, query, params);
    return await session.executeRead(async (tx) => {
      const result = tx.run(query, params);
      const columns = await result.keys();
      const { records } = await result;
      return { columns, rows: records.map((record) => Object.fromEntries(columns.map((c) => [c, plainValue(record.get(c))]))) };
    });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'Neo.ClientError.Statement.AccessMode') {
      throw new Error(
        `expected a read-only query, found one that writes: kg query cypher runs in a read transaction and Neo4j refused the write (${(error as Error).message})`,
      );
    }
    if (typeof code === 'string' && code.startsWith('Neo.ClientError.')) {
      throw new Error(`Neo4j rejected the query (${code}): ${(error as Error).message}`);
    }
    throw error;
  } finally {
    await session.close();
  }
}

/**
 * Plans the query with EXPLAIN and refuses the operators in `REFUSED_OPERATORS`. A query that cannot be planned is
 * left to fail when it runs, so that its error points into the user's text; PROFILE would run the query, so it is
 * refused.
 */
async function refuseServerChanges(session: Session, query: string, params: Record<string, unknown>): Promise<void> {
  let plan: ResultSummary['plan'];
  try {
    plan = (await session.run(`EXPLAIN ${query}`, params)).summary.plan;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'Neo.ClientError.Statement.ArgumentError' && /execution mode/i.test((error as Error).message)) {
      throw new Error('expected a query without PROFILE, found one: kg query cypher plans every query with EXPLAIN before it runs it, and PROFILE would run it');
    }
    return;
  }
  const refused = operators(plan).filter((op) => REFUSED_OPERATORS.has(op));
  if (refused.length > 0) throw new Error(`expected a read-only query, found one that changes the server (${refused.join(', ')})`);
}
