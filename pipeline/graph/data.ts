import { cypher, read, type Graph } from '../../neo4j/client.ts';
import { RELATION_TYPES } from '../../schemas/common.ts';
import { resolveEntity, type CoInvestorRow } from '../queries.ts';

/** One relationship as stored, with the article it came from; a row of `neo4j/queries/graph.cypher`. */
export interface RelationRow {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly key: string | null;
  readonly date: string | null;
  readonly dateText: string | null;
  readonly stake: number | null;
  readonly amount: number | null;
  readonly currency: string | null;
  readonly amountText: string | null;
  readonly role: string | null;
  readonly round: string | null;
  readonly rank: number | null;
  readonly kind: string | null;
  readonly status: string | null;
  readonly past: boolean | null;
  /** Id of the controlled vehicle the investment went through, and its name. */
  readonly via: string | null;
  readonly viaName: string | null;
  readonly evidence: string | null;
  readonly articleId: string | null;
  readonly sentenceIndex: number | null;
  readonly ruleId: string | null;
  readonly articleTitle: string | null;
  readonly articleSource: string | null;
  readonly publishedAt: string | null;
}

export interface EntityRow {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
  /** Relations of the entity in the whole graph, drawn or not. */
  readonly degree: number;
}

/** An entity as drawn. */
export interface GraphNode extends EntityRow {
  /** Names of the drawn investors it shares at least one target with. */
  readonly coInvestors: readonly string[];
}

/** The facts and provenance of one stored relationship behind a drawn edge. */
export interface EdgeEvidence {
  readonly sentence: string | null;
  readonly articleId: string | null;
  readonly articleTitle: string | null;
  readonly articleSource: string | null;
  readonly sentenceIndex: number | null;
  readonly ruleId: string | null;
  readonly date: string | null;
  readonly dateText: string | null;
  readonly stake: number | null;
  readonly amountText: string | null;
  readonly role: string | null;
  readonly round: string | null;
  /** Name of the controlled vehicle the investment went through. */
  readonly via: string | null;
}

/** One drawn arrow: all stored relationships of one type from one entity to another, merged. */
export interface GraphEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  /** Dates, stakes (or roles, for `HAS_ROLE`) as shown on the arrow, e.g. `2022-01 · 12%`. */
  readonly label: string;
  readonly evidence: readonly EdgeEvidence[];
}

/** Two drawn investors with the targets they share (`neo4j/queries/co-investors.cypher`). */
export interface CoInvestorLink {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly shared: number;
  readonly targets: readonly string[];
}

/** Everything the page draws. */
export interface GraphData {
  /**
   * The `--entity` the view is centred on as the user wrote it, the ids it resolved to and their names, and the
   * depth; null for the whole graph.
   */
  readonly focus: { readonly query: string; readonly ids: readonly string[]; readonly names: readonly string[]; readonly depth: number } | null;
  /** Entities that qualified before `maxNodes` cut the least active ones. */
  readonly total: number;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly coInvestors: readonly CoInvestorLink[];
}

export interface GraphDataOptions {
  /** Centre the view on this entity (a name, alias or id), resolved like `kg query … --entity`. */
  readonly entity?: string;
  /** Hops from the entity, in either direction. Default 2. */
  readonly depth?: number;
  /** At most this many entities, the most active first. Default 1500. */
  readonly maxNodes?: number;
}

/** Dates ascending, `null` last. */
function byDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function listLabel(values: readonly string[], max: number): string {
  const unique = [...new Set(values)];
  return unique.length > max ? `${unique.slice(0, max).join(', ')} +${unique.length - max}` : unique.join(', ');
}

/** The text on an arrow: its dates and stakes, or for a role the titles and dates. */
export function edgeLabel(type: string, relations: readonly Pick<RelationRow, 'date' | 'stake' | 'role'>[]): string {
  const dates = relations.map((r) => r.date).filter((d): d is string => d !== null).sort();
  const parts = [listLabel(dates, 2)];
  if (type === 'HAS_ROLE') parts.unshift(listLabel(relations.map((r) => r.role).filter((r): r is string => r !== null), 2));
  else parts.push(listLabel(relations.map((r) => r.stake).filter((s): s is number => s !== null).map((s) => `${s}%`), 2));
  return parts.filter(Boolean).join(' · ');
}

/**
 * Turns the rows of `graph.cypher` and the co-investor pairs into what the page draws: one arrow per
 * (subject, type, object) with every stored relationship as evidence, and co-investor pairs between drawn nodes.
 */
export function buildGraphData(
  rows: { readonly total: number; readonly entities: readonly EntityRow[]; readonly relations: readonly RelationRow[] },
  pairs: readonly Pick<CoInvestorRow, 'investorA' | 'investorB' | 'sharedCount' | 'targets'>[],
  focus: GraphData['focus'],
): GraphData {
  const groups = new Map<string, RelationRow[]>();
  for (const relation of rows.relations) {
    const id = `${relation.type}:${relation.source}->${relation.target}`;
    const group = groups.get(id);
    if (group) group.push(relation);
    else groups.set(id, [relation]);
  }
  const edges: GraphEdge[] = [...groups].map(([id, relations]) => {
    const first = relations[0]!;
    const sorted = [...relations].sort((a, b) => byDate(a.date, b.date));
    return {
      id,
      source: first.source,
      target: first.target,
      type: first.type,
      label: edgeLabel(first.type, sorted),
      evidence: sorted.map((r) => ({
        sentence: r.evidence,
        articleId: r.articleId,
        articleTitle: r.articleTitle,
        articleSource: r.articleSource,
        sentenceIndex: r.sentenceIndex,
        ruleId: r.ruleId,
        date: r.date,
        dateText: r.dateText,
        stake: r.stake,
        amountText: r.amountText,
        role: r.role,
        round: r.round,
        via: r.viaName ?? r.via,
      })),
    };
  });

  // The co-investor query answers with names; investors are organisations, whose names are what it matches.
  const idByName = new Map<string, string>();
  for (const entity of rows.entities) if (entity.type === 'Organization' && !idByName.has(entity.name)) idByName.set(entity.name, entity.id);
  const links: CoInvestorLink[] = [];
  const partners = new Map<string, string[]>();
  for (const pair of pairs) {
    const a = idByName.get(pair.investorA);
    const b = idByName.get(pair.investorB);
    if (!a || !b) continue;
    links.push({ id: `co:${a}<->${b}`, source: a, target: b, shared: pair.sharedCount, targets: pair.targets });
    partners.set(a, [...(partners.get(a) ?? []), pair.investorB]);
    partners.set(b, [...(partners.get(b) ?? []), pair.investorA]);
  }
  return {
    focus,
    total: rows.total,
    nodes: rows.entities.map((e) => ({ ...e, coInvestors: partners.get(e.id) ?? [] })),
    edges,
    coInvestors: links,
  };
}

/** Reads the network to draw from the graph; throws when `entity` names nothing in it. */
export async function loadGraphData(graph: Graph, options: GraphDataOptions = {}): Promise<GraphData> {
  const depth = options.depth ?? 2;
  const maxNodes = options.maxNodes ?? 1500;
  if (!Number.isInteger(depth) || depth < 1) throw new Error(`expected depth to be a whole number >= 1, found ${depth}`);
  if (!Number.isInteger(maxNodes) || maxNodes < 1) throw new Error(`expected maxNodes to be a whole number >= 1, found ${maxNodes}`);
  let focus: GraphData['focus'] = null;
  if (options.entity !== undefined) {
    const ids = await resolveEntity(graph, options.entity);
    if (ids.length === 0) throw new Error(`expected --entity to name an entity in the graph (a name, alias or id), found none named "${options.entity}"`);
    focus = { query: options.entity, ids, names: [], depth };
  }
  const [row] = await read<{ total: number; entities: EntityRow[]; relations: RelationRow[] }>(graph, cypher('queries/graph.cypher'), {
    ids: focus?.ids ?? [],
    depth,
    types: [...RELATION_TYPES],
    maxNodes,
  });
  if (!row) throw new Error('expected one row from queries/graph.cypher, found none');
  // Pairs with at least one drawn investor; buildGraphData keeps those with both drawn.
  const pairs =
    row.entities.length === 0
      ? []
      : await read<CoInvestorRow>(graph, cypher('queries/co-investors.cypher'), { ids: row.entities.map((e) => e.id), since: null, minShared: 1 });
  const names = focus ? row.entities.filter((e) => focus.ids.includes(e.id)).map((e) => e.name) : [];
  return buildGraphData(row, pairs, focus && { ...focus, names });
}
