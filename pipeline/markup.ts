import type { Edit } from './offsets.ts';

/** What markup parsing found: edits that strip the markup, and the metadata it carried. */
export interface MarkupResult {
  readonly format: 'text' | 'markdown' | 'html';
  readonly edits: Edit[];
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly site: string | null;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted ? quoted[2]! : trimmed;
}

/** Markdown front matter: simple `key: value` lines (title, source, url, publishedAt or date). */
export function parseFrontMatter(text: string): MarkupResult | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  const fields = new Map<string, string>();
  for (const line of match[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (kv) fields.set(kv[1]!.toLowerCase(), unquote(kv[2]!));
  }
  const pick = (...keys: string[]): string | null => {
    for (const key of keys) {
      const value = fields.get(key);
      if (value) return value;
    }
    return null;
  };
  return {
    format: 'markdown',
    edits: [{ start: 0, end: match[0].length }],
    title: pick('title'),
    published: pick('publishedat', 'published_at', 'published', 'date'),
    url: pick('url', 'link'),
    site: pick('source', 'site'),
  };
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
};

/** Decodes one HTML character reference such as `&amp;` or `&#20013;`; unknown ones stay as they are. */
export function decodeEntity(reference: string): string {
  const numeric = /^&#(x[0-9a-f]+|\d+);$/i.exec(reference);
  if (numeric) {
    const body = numeric[1]!;
    const code = body[0] === 'x' || body[0] === 'X' ? parseInt(body.slice(1), 16) : parseInt(body, 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
  }
  const named = /^&([a-z]+);$/i.exec(reference);
  return (named && NAMED_ENTITIES[named[1]!.toLowerCase()]) || reference;
}

function decodeEntities(text: string): string {
  return text.replace(/&(?:#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity);
}

function stripTags(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

function metaContent(html: string, names: readonly string[]): string | null {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const key = /\b(?:name|property|itemprop)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1]?.toLowerCase();
    if (key && names.includes(key)) {
      const content = /\bcontent\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1];
      if (content) return decodeEntities(content).trim();
    }
  }
  return null;
}

/** Elements whose whole content is page furniture, never article text. */
const DROP_ELEMENTS = ['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'svg', 'template', 'head', 'button', 'select'];
const BLOCK = /^(?:p|div|br|li|h[1-6]|tr|section|article|blockquote|pre|table|ul|ol|dd|dt|figcaption)$/i;
const AD_CLASS = /\b(?:ad|ads|advert\w*|banner|share\w*|related|recommend\w*|comment\w*|breadcrumb\w*|sidebar|footer|copyright|toolbar)\b/i;

export function looksLikeHtml(text: string): boolean {
  // Both patterns need a tag; plain text has none, and is spared a scan for one.
  if (!text.includes('<')) return false;
  return /<(?:!doctype\s+html|html|body|article|head)\b/i.test(text.slice(0, 4096)) || (text.match(/<\/?(?:p|div|span|a)\b[^>]*>/gi)?.length ?? 0) >= 5;
}

/**
 * Saved HTML pages: title and date from the head, the body from `<article>` (or `<body>`), with scripts,
 * navigation, ads and tags removed as edits, so every remaining character still maps to the page source.
 */
export function parseHtml(html: string): MarkupResult {
  const edits: Edit[] = [];
  const lower = html.toLowerCase();
  // Keep only the article element when there is one, else the body.
  let from = 0;
  let to = html.length;
  const article = /<article\b[^>]*>/i.exec(html);
  const body = /<body\b[^>]*>/i.exec(html);
  const container = article ?? body;
  if (container) {
    const tagName = article ? 'article' : 'body';
    from = container.index;
    const close = lower.lastIndexOf(`</${tagName}>`);
    to = close > from ? close + tagName.length + 3 : html.length;
  }
  if (from > 0) edits.push({ start: 0, end: from });
  if (to < html.length) edits.push({ start: to, end: html.length });

  const dropped: { start: number; end: number }[] = [];
  const dropPattern = new RegExp(`<(${DROP_ELEMENTS.join('|')})\\b[^>]*>[\\s\\S]*?<\\/\\1\\s*>`, 'gi');
  for (const match of html.slice(from, to).matchAll(dropPattern)) {
    dropped.push({ start: from + match.index, end: from + match.index + match[0].length });
  }
  // Divs and spans whose class or id says they are ads, share bars or related links.
  const adPattern = /<(div|ul|section|p|span)\b[^>]*\b(?:class|id)\s*=\s*["']([^"']*)["'][^>]*>/gi;
  for (const match of html.slice(from, to).matchAll(adPattern)) {
    if (!AD_CLASS.test(match[2]!)) continue;
    const start = from + match.index;
    const end = closingEnd(html, match[1]!, start + match[0].length, to);
    dropped.push({ start, end });
  }
  dropped.sort((a, b) => a.start - b.start);
  let covered = -1;
  for (const range of dropped) {
    if (range.start < covered) continue;
    edits.push(range);
    covered = range.end;
  }
  const inside = (at: number): boolean => dropped.some((r) => at >= r.start && at < r.end);
  for (const match of html.slice(from, to).matchAll(/<!--[\s\S]*?-->|<\/?([a-z][a-z0-9]*)\b[^>]*>/gi)) {
    const start = from + match.index;
    if (inside(start)) continue;
    const isBlock = match[1] !== undefined && BLOCK.test(match[1]);
    edits.push({ start, end: start + match[0].length, replacement: isBlock ? '\n' : '' });
  }
  for (const match of html.slice(from, to).matchAll(/&(?:#x[0-9a-f]+|#\d+|[a-z]+);/gi)) {
    const start = from + match.index;
    if (inside(start)) continue;
    const decoded = decodeEntity(match[0]);
    if (decoded !== match[0]) edits.push({ start, end: start + match[0].length, replacement: decoded });
  }
  const titleTag = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html.slice(from, to))?.[1];
  const title = metaContent(html, ['og:title', 'headline']) ?? (h1 ? stripTags(h1) : null) ?? (titleTag ? stripTags(titleTag) : null);
  const timeTag = /<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)["']/i.exec(html)?.[1] ?? null;
  return {
    format: 'html',
    edits,
    title: title || null,
    published: metaContent(html, ['article:published_time', 'pubdate', 'publishdate', 'datepublished', 'date']) ?? timeTag,
    url: metaContent(html, ['og:url']) ?? /<link\b[^>]*rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1] ?? null,
    site: metaContent(html, ['og:site_name', 'application-name']),
  };
}

/** End offset of the element opened at `openEnd`, counting nested elements of the same name. */
function closingEnd(html: string, tag: string, openEnd: number, limit: number): number {
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  pattern.lastIndex = openEnd;
  let depth = 1;
  for (let match = pattern.exec(html); match && match.index < limit; match = pattern.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return openEnd;
}
