import { cypher, read, type Graph } from '../neo4j/client.ts';
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

/** Pairs of investors with the targets they share; see `neo4j/queries/co-investors.cypher`. */
export async function coInvestors(graph: Graph, options: CoInvestorOptions = {}): Promise<CoInvestorRow[]> {
  const ids = options.entity ? await resolveEntity(graph, options.entity) : [];
  if (options.entity && ids.length === 0) return [];
  return read<CoInvestorRow>(graph, cypher('queries/co-investors.cypher'), {
    ids,
    since: options.since ?? null,
    minShared: options.minShared ?? 1,
  });
}
