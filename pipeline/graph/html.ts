import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphData } from './data.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The browser build of cytoscape from `node_modules`, inlined into every page. */
export function cytoscapeSource(): string {
  return readFileSync(createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js'), 'utf8');
}

/**
 * JSON that is safe inside a `<script>` element: `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`, so no name
 * can close the element or open a comment; U+2028 and U+2029 escaped too. `JSON.parse` gives the value back.
 *
 * @example
 * embedJson({ name: '</script>' }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JavaScript source that cannot end its `<script>` element early: `</script` becomes `<\/script`, which means the
 * same inside a string, regular expression or comment (the only places it can occur). A source with both `<!--`
 * and `<script` (which would change how the HTML parser finds the end of the element) is refused.
 */
export function scriptText(source: string): string {
  if (source.includes('<!--') && /<script/i.test(source)) throw new Error('expected script text without both "<!--" and "<script", found both');
  return source.replace(/<\/(script)/gi, '<\\/$1');
}

/** `宁德时代 (宁王)`: the names the query resolved to, and the query when it is not one of them. */
function focusName(focus: NonNullable<GraphData['focus']>): string {
  const names = focus.names.length > 0 ? focus.names.join(', ') : focus.query;
  return focus.names.includes(focus.query) || names === focus.query ? names : `${names} (${focus.query})`;
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface GraphPageOptions {
  /** The page title. Default: `Investment network`, with the entity when the view is centred on one. */
  readonly title?: string;
  /** The cytoscape build to inline; read from `node_modules` when not given. */
  readonly cytoscape?: string;
}

/**
 * One self-contained HTML page drawing `data`: cytoscape, the page's script and style and the data all inlined.
 * A Content-Security-Policy allows only those two scripts (by hash) and no network access at all, so even a
 * name that slipped through the escaping could neither run code nor fetch anything.
 */
export function renderGraphHtml(data: GraphData, options: GraphPageOptions = {}): string {
  const library = scriptText(options.cytoscape ?? cytoscapeSource());
  const page = scriptText(readFileSync(join(HERE, 'page.js'), 'utf8'));
  const style = readFileSync(join(HERE, 'page.css'), 'utf8').replace(/<\/(style)/gi, '<\\/$1');
  const title = options.title ?? (data.focus ? `Investment network around ${focusName(data.focus)}` : 'Investment network');
  const policy = [`default-src 'none'`, `script-src ${sha256(library)} ${sha256(page)}`, `style-src 'unsafe-inline'`, `img-src data: blob:`].join('; ');
  return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kg graph --html">
<title>${escapeHtml(title)}</title>
<style>
${style}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><span id="summary"></span><div id="legend"></div></header>
<main><div id="cy"></div><aside id="panel"><p class="hint">Click a company, a person or an arrow to see the sentences behind it.</p></aside></main>
<script type="application/json" id="kg-data">${embedJson(data)}</script>
<script>${library}</script>
<script>${page}</script>
</body>
</html>
`;
}
