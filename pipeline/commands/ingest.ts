import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ingest, type FileOutcome } from '../ingest.ts';
import { positiveInt, withGraph, type Out } from './common.ts';

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

/** `kg ingest <dir>`: see USAGE in `../cli.ts`. */
export async function ingestCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
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
