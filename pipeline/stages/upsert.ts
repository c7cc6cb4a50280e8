import { cypher, relationUpsert, write, type Graph, type QueryRunner, type RetryOptions } from '../../neo4j/client.ts';
import { RELATION_TYPES, type Relation } from '../../schemas/index.ts';
import type { ArticleDoc } from '../doc.ts';
import { extractorVersion } from '../version.ts';

/** The key of a relationship: one per article, sentence, type, ends (and role), so re-ingesting changes nothing. */
export function relationKey(relation: Relation): string {
  // A person may hold several roles in one company, stated in one sentence (创始人、董事长兼CEO): one edge each.
  const role = relation.type === 'HAS_ROLE' && relation.role ? `:${relation.role}` : '';
  return `${relation.evidence.articleId}:${relation.evidence.sentenceIndex}:${relation.type}:${relation.subject}:${relation.object}${role}`;
}

/** Flat properties of a relationship: provenance and facts (Neo4j stores no nested maps). */
export function relationProps(relation: Relation): Record<string, unknown> {
  const props: Record<string, unknown> = {
    articleId: relation.evidence.articleId,
    sentenceIndex: relation.evidence.sentenceIndex,
    start: relation.evidence.start,
    end: relation.evidence.end,
    evidence: relation.evidence.text,
    ruleId: relation.ruleId,
    date: relation.date?.value ?? null,
    datePrecision: relation.date?.precision ?? null,
    dateText: relation.date?.text ?? null,
    amount: relation.amount?.value ?? null,
    currency: relation.amount?.currency ?? null,
    amountText: relation.amount?.text ?? null,
    amountApproximate: relation.amount?.approximate ?? null,
    stake: relation.stake ?? null,
    rank: relation.rank ?? null,
    round: relation.round ?? null,
    role: relation.role ?? null,
    kind: relation.kind ?? null,
    status: relation.status ?? null,
    past: relation.past ?? null,
    via: relation.via ?? null,
  };
  return props;
}

/** A row of `upsert-relations.cypher`: the ends, and the properties the relationship is set to. */
export interface RelationRow {
  readonly subject: string;
  readonly object: string;
  /** The key and every property of `relationProps` that has a value: a null is no property in Neo4j. */
  readonly props: { readonly key: string } & Record<string, unknown>;
}

/**
 * The row that writes one relation. Facts the relation does not state are left out rather than sent as nulls:
 * most relations state few of them, and the statement sets the relationship to exactly these properties.
 */
export function relationRow(relation: Relation): RelationRow {
  const props: { key: string } & Record<string, unknown> = { key: relationKey(relation) };
  for (const [name, value] of Object.entries(relationProps(relation))) if (value !== null) props[name] = value;
  return { subject: relation.subject, object: relation.object, props };
}

export interface WriteCounts {
  articles: number;
  entities: number;
  relations: number;
}

export interface GraphWriterOptions {
  /** Entities plus relations per write transaction. Default 2000. */
  readonly batchSize?: number;
  /**
   * Articles per write transaction at most, whatever they hold. Default 200: articles without relations still
   * commit (and are reported `ingested`) as a run goes, rather than all at its end.
   */
  readonly maxArticles?: number;
  /** How a batch is retried when the server is unreachable; see `write`. */
  readonly retry?: Omit<RetryOptions, 'signal'>;
  /** Stops waiting between retries (a run that was interrupted does not wait for the server). */
  readonly signal?: AbortSignal;
  /** Called with the articles of each batch once it has committed. */
  readonly onCommitted?: (docs: readonly ArticleDoc[]) => void;
}

/**
 * The `upsert` stage: buffers processed articles and writes them in batches, each batch one transaction of
 * `UNWIND … MERGE` statements on stable keys (articles, entities, mentions, aliases, relations by type),
 * marking the articles complete last. A crash leaves at most the uncommitted batches unmarked, which the next
 * run redoes.
 *
 * Batches are written one after another: two transactions merging names into the same entity at once would
 * each read the name before the other's commit, and one of the names would be lost.
 *
 * Once a batch fails for good (after its retries), the writer is `failed`: it writes nothing more, and
 * `add`/`flush` throw that failure at once, so a run can stop cleanly instead of waiting on every batch.
 */
export class GraphWriter {
  readonly #graph: Graph;
  readonly #batchSize: number;
  readonly #maxArticles: number;
  readonly #retry: RetryOptions;
  readonly #onCommitted: ((docs: readonly ArticleDoc[]) => void) | undefined;
  #pending: ArticleDoc[] = [];
  #pendingRelations = 0;
  /** The batch being written, if any; the next one waits for it. */
  #writing: Promise<unknown> = Promise.resolve();
  #failure: Error | undefined;
  readonly written: WriteCounts = { articles: 0, entities: 0, relations: 0 };
  /** Ids of the articles whose batch committed. */
  readonly committed = new Set<string>();

  constructor(graph: Graph, options: GraphWriterOptions = {}) {
    this.#graph = graph;
    this.#batchSize = options.batchSize ?? 2000;
    if (!Number.isInteger(this.#batchSize) || this.#batchSize < 1) {
      throw new TypeError(`expected batchSize to be a positive integer, found ${this.#batchSize}`);
    }
    this.#maxArticles = options.maxArticles ?? 200;
    if (!Number.isInteger(this.#maxArticles) || this.#maxArticles < 1) {
      throw new TypeError(`expected maxArticles to be a positive integer, found ${this.#maxArticles}`);
    }
    this.#retry = { ...options.retry, ...(options.signal ? { signal: options.signal } : {}) };
    this.#onCommitted = options.onCommitted;
  }

  /** The error that made the writer stop, if any. */
  get failure(): Error | undefined {
    return this.#failure;
  }

  /** Queues an article; writes a batch when enough entities and relations, or enough articles, are waiting. */
  async add(doc: ArticleDoc): Promise<void> {
    if (this.#failure) throw this.#failure;
    this.#pending.push(doc);
    this.#pendingRelations += (doc.relations?.length ?? 0) + (doc.entities?.length ?? 0);
    if (this.#pendingRelations >= this.#batchSize || this.#pending.length >= this.#maxArticles) await this.flush();
  }

  /** Writes everything queued in one transaction, after the batch being written, if any. */
  async flush(): Promise<void> {
    if (this.#failure) throw this.#failure;
    if (this.#pending.length === 0) return this.#writing.then(() => this.#check());
    const docs = this.#pending;
    this.#pending = [];
    this.#pendingRelations = 0;
    const batch = this.#writing.then(() => this.#write(docs));
    this.#writing = batch.catch(() => undefined);
    await batch;
  }

  #check(): void {
    if (this.#failure) throw this.#failure;
  }

  async #write(docs: readonly ArticleDoc[]): Promise<void> {
    this.#check();
    let counts: WriteCounts;
    try {
      counts = await write(this.#graph, (tx) => writeBatch(tx, docs), this.#retry);
    } catch (error) {
      this.#failure ??= error as Error;
      throw this.#failure;
    }
    this.written.articles += counts.articles;
    this.written.entities += counts.entities;
    this.written.relations += counts.relations;
    for (const doc of docs) this.committed.add(doc.articleId);
    this.#onCommitted?.(docs);
  }
}

/**
 * Which of two names of one entity the graph keeps as its name: the longer, and of two as long the one that
 * sorts first, so the result does not depend on the order articles are written in (the same rule as
 * `upsert-entities.cypher`).
 */
export function preferredName(a: string, b: string): string {
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a <= b ? a : b;
}

/**
 * Writes a batch of articles inside one transaction; see `GraphWriter`.
 *
 * Every statement of `queries/write/` starts with `CYPHER replan=skip`: each one starts from unique-key look-ups,
 * so its plan does not depend on how big the graph is, and the planner's habit of planning a statement again
 * whenever the counts have moved (which an ingest into a growing graph does all the time) only costs time. The
 * plan is still made anew after a schema change.
 */
export async function writeBatch(tx: QueryRunner, docs: readonly ArticleDoc[]): Promise<WriteCounts> {
  const articles = docs.map((doc) => ({
    id: doc.articleId,
    source: doc.source,
    title: doc.meta?.title ?? null,
    publishedAt: doc.meta?.publishedAt?.value ?? null,
    publishedAtPrecision: doc.meta?.publishedAt?.precision ?? null,
    publishedAtSource: doc.meta?.publishedAtSource ?? 'unknown',
    script: doc.working?.script ?? 'simplified',
  }));
  // Only the key and the path: every value sent is packed by the driver and read by the server.
  const sources = articles.map((a) => ({ id: a.id, source: a.source }));
  const replaced = await tx.run(cypher('queries/write/replace-article-at-source.cypher'), { rows: sources });
  const orphaned = (replaced.records[0]?.get('orphaned') as string[] | undefined) ?? [];
  // The statements from here on need no answer: they are sent without waiting for the one before (the server
  // runs them in order), so that the server works on one while the next is built and sent.
  const sent: PromiseLike<unknown>[] = [];
  const send = (statement: string, params: Record<string, unknown>): void => void sent.push(tx.run(statement, params));
  if (orphaned.length > 0) send(cypher('queries/write/delete-articles.cypher'), { ids: orphaned });
  // An article read again by a newer extraction replaces what it wrote before.
  send(cypher('queries/write/clear-articles.cypher'), { ids: articles.map((a) => a.id) });
  send(cypher('queries/write/upsert-articles.cypher'), { rows: articles });

  // Entities sorted by id, so concurrent batches lock nodes in the same order.
  const entities = new Map<string, { id: string; name: string; type: string; aliases: string[] }>();
  const mentions: { id: string; mentions: Record<string, unknown>[] }[] = [];
  const aliases: Record<string, unknown>[] = [];
  for (const doc of docs) {
    const named: Record<string, unknown>[] = [];
    mentions.push({ id: doc.articleId, mentions: named });
    for (const entity of doc.entities ?? []) {
      const known = entities.get(entity.id);
      if (!known) entities.set(entity.id, { id: entity.id, name: entity.name, type: entity.type, aliases: [...entity.aliases] });
      else {
        // Only the articles' own names compete for the name (a lexicon's short name stays the name); the rest are aliases.
        const names = [known.name, ...known.aliases, entity.name, ...entity.aliases];
        known.name = preferredName(known.name, entity.name);
        known.aliases = [...new Set(names)].filter((name) => name !== known.name);
      }
      named.push({
        entityId: entity.id,
        count: entity.mentions.length,
        surfaces: [...new Set(entity.mentions.map((m) => m.surface))],
        firstSentence: Math.min(...entity.mentions.map((m) => m.sentenceIndex)),
      });
      for (const record of entity.aliasRecords) {
        aliases.push({
          entityId: entity.id,
          alias: record.alias,
          articleId: doc.articleId,
          reason: record.reason,
          sentenceIndex: record.evidence?.sentenceIndex ?? null,
          start: record.evidence?.start ?? null,
          end: record.evidence?.end ?? null,
          evidence: record.evidence?.text ?? null,
        });
      }
    }
  }
  const entityRows = [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  send(cypher('queries/write/upsert-entities.cypher'), { rows: entityRows });
  send(cypher('queries/write/upsert-mentions.cypher'), { rows: mentions });
  if (aliases.length > 0) send(cypher('queries/write/upsert-aliases.cypher'), { rows: aliases });
  let relationCount = 0;
  for (const type of RELATION_TYPES) {
    const rows = docs
      .flatMap((doc) => doc.relations ?? [])
      .filter((relation) => relation.type === type)
      .map(relationRow)
      .sort((a, b) => (a.props.key < b.props.key ? -1 : 1));
    if (rows.length === 0) continue;
    send(relationUpsert(type), { rows });
    relationCount += rows.length;
  }
  send(cypher('queries/write/mark-complete.cypher'), { ids: docs.map((doc) => doc.articleId), extractor: extractorVersion() });
  // All of them, so that no failure goes unhandled; the first one fails the batch.
  await Promise.all(sent);
  return { articles: docs.length, entities: entityRows.length, relations: relationCount };
}
