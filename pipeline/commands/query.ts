import { parseArgs } from 'node:util';
import { csv, table } from '../format.ts';
import { coInvestors } from '../queries.ts';
import { positiveInt, withGraph, type Out } from './common.ts';

/** `kg query <name> …`: the analyst's questions, answered from the graph. */
export async function queryCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
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
