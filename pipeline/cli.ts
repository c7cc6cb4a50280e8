import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { connect, resolveSettings, type Graph } from '../neo4j/client.ts';
import { evaluateFinre, evaluateGold, FINRE_DIR } from './eval.ts';
import { csv, table } from './format.ts';
import { listArticleFiles, processFile, toExtracted } from './index.ts';
import { ingest, type FileOutcome } from './ingest.ts';
import { coInvestors } from './queries.ts';
import { join } from 'node:path';

const USAGE = `kg — Chinese business news into a Neo4j graph of who invested in whom

usage:
  kg ingest <dir> [--report FILE] [--concurrency N] [--batch-size N] [--quiet] [--json]
  kg extract <file|dir> [--format jsonl|table]
  kg query co-investors [--entity NAME] [--since DATE] [--min-shared N] [--format table|json|csv]
  kg eval [--json] [--finre FILE] [--no-finre]

Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (or NEO4J_PASSWORD_FILE), NEO4J_DATABASE; without NEO4J_URI the
local server under .cache/neo4j is used and started when needed.`;

type Out = (line: string) => void;

/** Runs the command line; returns the exit code. */
export async function main(argv: readonly string[], out: Out = (l) => process.stdout.write(`${l}\n`), err: Out = (l) => process.stderr.write(`${l}\n`)): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'ingest':
        return await ingestCommand(rest, out, err);
      case 'extract':
        return await extractCommand(rest, out, err);
      case 'query':
        return await queryCommand(rest, out, err);
      case 'eval':
        return await evalCommand(rest, out);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        err(`kg: unknown command "${command}"\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    err(`kg ${command}: ${(error as Error).message}`);
    return 1;
  }
}

async function withGraph<T>(err: Out, work: (graph: Graph) => Promise<T>): Promise<T> {
  const settings = await resolveSettings(process.env, (line) => err(line));
  const graph = await connect(settings);
  try {
    return await work(graph);
  } finally {
    await graph.close();
  }
}

function describe(outcome: FileOutcome): string {
  const problems = outcome.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`);
  switch (outcome.status) {
    case 'ingested':
      return `ingested  ${outcome.file} (${outcome.entities} entities, ${outcome.relations} relations)`;
    case 'unchanged':
      return `unchanged ${outcome.file} (${outcome.reason})`;
    case 'failed':
      return `failed    ${outcome.file}: ${problems.join('; ') || 'see diagnostics'}`;
  }
}

async function ingestCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      report: { type: 'string' },
      concurrency: { type: 'string' },
      'batch-size': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const dir = positionals[0];
  if (!dir) throw new Error('expected a folder of articles: kg ingest <dir>');
  const controller = new AbortController();
  const onSigint = (): void => {
    err('interrupted: finishing the batch in flight, then stopping');
    controller.abort();
  };
  process.once('SIGINT', onSigint);
  try {
    const summary = await withGraph(err, (graph) =>
      ingest(graph, dir, {
        signal: controller.signal,
        ...(values.concurrency ? { concurrency: positiveInt(values.concurrency, '--concurrency') } : {}),
        ...(values['batch-size'] ? { batchSize: positiveInt(values['batch-size'], '--batch-size') } : {}),
        onOutcome: (outcome) => {
          if (!values.quiet && !values.json) (outcome.status === 'failed' ? err : out)(describe(outcome));
        },
      }),
    );
    if (values.report) await writeFile(values.report, `${JSON.stringify(summary.outcomes, null, 2)}\n`);
    const { outcomes: _o, ...counts } = summary;
    if (values.json) out(JSON.stringify(counts));
    else {
      out(
        `files seen ${summary.seen}, ingested ${summary.ingested}, unchanged ${summary.unchanged}, failed ${summary.failed}; ` +
          `entities written ${summary.entitiesWritten}, relations written ${summary.relationsWritten}`,
      );
    }
    return summary.failed > 0 ? 1 : 0;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}

function positiveInt(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`expected ${flag} to be a positive integer, found "${text}"`);
  return value;
}

async function extractCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { format: { type: 'string', default: 'jsonl' } } });
  const target = positionals[0];
  if (!target) throw new Error('expected a file or folder: kg extract <file|dir>');
  if (values.format !== 'jsonl' && values.format !== 'table') throw new Error(`expected --format jsonl or table, found "${values.format}"`);
  let failed = 0;
  for await (const file of listArticleFiles(target)) {
    const result = await processFile(file);
    if (!result.doc || !result.ok) {
      failed++;
      for (const d of result.diagnostics) err(`${d.code} ${d.message}`);
      if (values.format === 'jsonl' && !result.doc) continue;
    }
    if (!result.doc) continue;
    const extracted = toExtracted(result);
    if (values.format === 'jsonl') {
      out(JSON.stringify(extracted));
      continue;
    }
    const names = new Map(extracted.entities.map((e) => [e.id, e.name]));
    out(`# ${file} (${extracted.articleId}) published ${extracted.publishedAt?.value ?? 'unknown'} [${extracted.publishedAtSource}]`);
    out(
      table(
        ['type', 'subject', 'object', 'facts', 'rule', 'sentence'],
        extracted.relations.map((r) => [
          r.type,
          names.get(r.subject) ?? r.subject,
          names.get(r.object) ?? r.object,
          [r.date?.value, r.stake !== undefined ? `${r.stake}%` : undefined, r.amount ? `${r.amount.value} ${r.amount.currency}` : undefined, r.round, r.role, r.via ? `via ${names.get(r.via) ?? r.via}` : undefined]
            .filter(Boolean)
            .join(', '),
          r.ruleId,
          String(r.evidence.sentenceIndex),
        ]),
      ),
    );
    out('');
  }
  return failed > 0 ? 1 : 0;
}

async function queryCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
  const [name, ...rest] = args;
  if (name !== 'co-investors') throw new Error(`expected a query name (co-investors), found "${name ?? ''}"`);
  const { values } = parseArgs({
    args: rest,
    options: {
      entity: { type: 'string' },
      since: { type: 'string' },
      'min-shared': { type: 'string' },
      format: { type: 'string', default: 'table' },
    },
  });
  const format = values.format;
  if (format !== 'table' && format !== 'json' && format !== 'csv') throw new Error(`expected --format table, json or csv, found "${format}"`);
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

async function evalCommand(args: readonly string[], out: Out): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { json: { type: 'boolean', default: false }, finre: { type: 'string' }, 'no-finre': { type: 'boolean', default: false } },
  });
  const gold = await evaluateGold();
  const finre = values['no-finre'] ? undefined : await evaluateFinre(values.finre ?? join(FINRE_DIR, 'valid.txt'));
  if (values.json) {
    out(JSON.stringify({ gold: { articles: gold.articles, byType: gold.byType, overall: gold.overall }, finre }, null, 2));
    return 0;
  }
  const f = (n: number): string => n.toFixed(3);
  out(`gold: ${gold.articles} annotated articles in corpus/gold/`);
  out(
    table(
      ['relation', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1'],
      [...Object.entries(gold.byType), ['ALL', gold.overall] as const].map(([type, s]) => [type, String(s.tp), String(s.fp), String(s.fn), f(s.precision), f(s.recall), f(s.f1)]),
    ),
  );
  if (finre) {
    out('');
    out(`FinRE (${finre.file}): ${finre.investmentPairs} investment-like pairs, ${finre.neutralPairs} pairs with other relations`);
    out(
      table(
        ['measure', 'value'],
        [
          ['investment recall, direction right', `${f(finre.recall)} (${finre.found}/${finre.investmentPairs})`],
          ['investment recall, any direction/type', `${f(finre.foundAnyDirection / Math.max(1, finre.investmentPairs))}`],
          ['false-investment rate', `${f(finre.falseInvestmentRate)} (${finre.falseInvestments}/${finre.neutralPairs})`],
          ...Object.entries(finre.byLabel).map(([label, s]) => [`  recall ${label}`, `${f(s.found / Math.max(1, s.pairs))} (${s.found}/${s.pairs})`]),
        ],
      ),
    );
  }
  return 0;
}
