import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadGraphData } from '../graph/data.ts';
import { renderGraphHtml } from '../graph/html.ts';
import { positiveInt, withGraph, type Out } from './common.ts';

/** `kg graph --html FILE`: the investment network as one self-contained page; see USAGE in `../cli.ts`. */
export async function graphCommand(args: readonly string[], out: Out, err: Out): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      html: { type: 'string' },
      entity: { type: 'string' },
      depth: { type: 'string' },
      'max-nodes': { type: 'string' },
    },
  });
  const file = values.html;
  if (!file) throw new Error('expected --html FILE: kg graph --html FILE [--entity NAME] [--depth N] [--max-nodes N]');
  if (values.depth !== undefined && values.entity === undefined) throw new Error('expected --entity NAME with --depth: the depth counts hops from that entity');
  const data = await withGraph(err, (graph) =>
    loadGraphData(graph, {
      ...(values.entity !== undefined ? { entity: values.entity } : {}),
      ...(values.depth !== undefined ? { depth: positiveInt(values.depth, '--depth') } : {}),
      ...(values['max-nodes'] !== undefined ? { maxNodes: positiveInt(values['max-nodes'], '--max-nodes') } : {}),
    }),
  );
  const html = renderGraphHtml(data);
  await mkdir(dirname(resolve(file)), { recursive: true });
  await writeFile(file, html);
  const cut = data.total > data.nodes.length ? ` (the ${data.nodes.length} most active of ${data.total}; raise --max-nodes for more)` : '';
  out(
    `wrote ${pathToFileURL(resolve(file)).href}: ${data.nodes.length} entities${cut}, ${data.edges.length} relations, ` +
      `${data.coInvestors.length} co-investor pairs, ${Math.round(Buffer.byteLength(html) / 1024)} KB`,
  );
  if (data.nodes.length === 0) err('nothing to draw: the graph has no relations yet (run kg ingest first)');
  return 0;
}
