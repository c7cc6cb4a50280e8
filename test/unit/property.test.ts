/**
 * Property tests: whatever bytes or text come in, `read` and the CPU stages report instead of throwing, every
 * offset that leaves them points into the original text at what it claims to, and every output passes its
 * schema. A KG090 ("a stage failed") is a bug, so it fails the property. Runs are bounded (short inputs, a
 * fixed seed per run of the suite) so the file takes seconds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../pipeline/doc.ts';
import { runArticle, toExtracted } from '../../pipeline/index.ts';
import { articleIdOf, decodeArticle } from '../../pipeline/stages/read.ts';
import { DiagnosticSchema, EntitySchema, ExtractedArticleSchema, RelationSchema } from '../../schemas/index.ts';

const RUNS = Number(process.env.KG_PROPERTY_RUNS) || 200;

/** Pieces of real news and of the rules' vocabulary, so random text reaches the extraction rules. */
const NEWS = [
  '宁德时代', '小米', '比亚迪', '上海快卜新能源科技有限公司', '瀚星投资', '雷军', '小米產投', '有限公司', '股份有限公司', '集团',
  '投资', '入股', '战略投资了', '持股', '持有', '控股', '全资', '实际控制人为', '收购', '增持', '减持', '合资', '担任', '董事长',
  '完成', '亿元', 'A轮', '融资', '投资方为', '2023年3月', '去年', '5月28日', '51%', '以下简称“', '”', '（', '）', '，', '。', '；',
  '\n', '\n\n', '產(chǎn)業(yè)', '來源：新浪', '责任编辑：王蒙', '原标题：', '打开网易新闻 查看精彩图片', '该公司', '公司',
];
const SCRIPTS = [
  'Xiaomi', 'CATL Ltd.', 'مرحبا', 'שלום', 'Привет', 'ひらがな', 'カタカナ', '한국어', '😀', '👨‍👩‍👧', '🇨🇳', 'e\u0301', '\u0300\u0301\u0302',
  '\u200b', '\u200f', '\u202e', '\ufeff', '\u3000', '\u00a0', '\r\n', '\t', '𠀀𪚥', '\ufffd',
];
const HTML = [
  '<html>', '<body>', '</body>', '<article>', '</article>', '<p>', '</p>', '<div class="ad">', '<div class="share-bar">', '</div>',
  '<script>', '</script>', '<style>', '</style>', '<!--', '-->', '<br/>', '<a href="x">', '</a>', '<title>', '</title>',
  '<meta property="og:title" content="标题">', '<time datetime="2023-05-28">', '&amp;', '&#20013;', '&#x4e2d;', '&#0;', '&#1114112;',
  '&nbsp;', '&bogus;', '<h1>', '</h1>', '<', '>', '"', "'", '---\ntitle: 标题\ndate: 2023-05-28\n---\n', '---\n',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NEWS) },
  { weight: 2, arbitrary: fc.constantFrom(...SCRIPTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: loneSurrogate },
);
/** Mixed scripts with news vocabulary. */
const mixedText = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
const ORGS = ['宁德时代', '小米', '比亚迪', '上海快卜新能源科技有限公司', '瀚星投资', '小米產投', '小米產(chǎn)投', '蔚来汽车', '華為技術有限公司', '騰訊控股', '阿里巴巴集团', 'ABC Capital'];
const VERBS = ['入股', '战略投资了', '持有', '控股', '全资收购', '增持', '减持', '与', '投资', '获得'];
const noise = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom(...SCRIPTS, ...HTML) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: loneSurrogate },
);
/** Sentences the relation rules take, with noise between their parts. */
const newsSentences = fc
  .array(
    fc.tuple(fc.constantFrom('', '2023年3月，', '去年5月，', '2021年'), fc.constantFrom(...ORGS), noise, fc.constantFrom(...VERBS), noise, fc.constantFrom(...ORGS), noise, fc.constantFrom('', '51%的股份', '亿元', 'A轮融资'), fc.constantFrom('。', '；', '\n', '，')),
    { minLength: 1, maxLength: 6 },
  )
  .map((sentences) => sentences.map((parts) => parts.join('')).join(''));
/** HTML-ish: tags, entities and text mixed. */
const htmlText = fc.array(fc.oneof(fc.constantFrom(...HTML), piece, newsSentences), { maxLength: 30 }).map((pieces) => pieces.join(''));
/** Bytes that are nearly text: encoded with or without a byte-order mark, then a few bytes overwritten. */
const nearlyText = fc
  .tuple(
    fc.oneof(mixedText, newsSentences),
    fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom'),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
  )
  .map(([text, encoding, flips]) => {
    const body = encoding.startsWith('utf-16') ? Buffer.from(text, 'utf16le') : Buffer.from(text, 'utf8');
    if (encoding === 'utf-16be-bom') body.swap16();
    const bom = { 'utf-8': [], 'utf-8-bom': [0xef, 0xbb, 0xbf], 'utf-16le-bom': [0xff, 0xfe], 'utf-16be-bom': [0xfe, 0xff] }[encoding]!;
    const bytes = Uint8Array.from([...bom, ...body]);
    for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
    return bytes;
  });
/** Any code points, lone surrogates included. */
const anyText = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), loneSurrogate), maxLength: 80 });

/**
 * What the stages read at `[start, end)` of the original: the working-text characters that came from inside the
 * range. This is the original slice converted to Simplified, without the markup, pinyin and boilerplate the
 * clean stage removed (`test/unit/provenance.test.ts` checks the plain-text case directly).
 */
function workingTextOf(doc: ArticleDoc, start: number, end: number): string {
  const working = doc.working!;
  let text = '';
  for (let i = 0; i < working.text.length; i++) {
    if (working.map.starts[i]! >= start && working.map.ends[i]! <= end && working.map.ends[i]! > working.map.starts[i]!) text += working.text[i];
  }
  return text;
}

interface Checked {
  readonly ok: boolean;
  readonly problems: readonly string[];
}

/** Runs the CPU stages over a document and lists every broken promise; an empty list is a pass. */
async function check(doc: ArticleDoc): Promise<Checked> {
  const problems: string[] = [];
  const result = await runArticle(doc);
  const original = doc.original;
  for (const d of result.diagnostics) {
    if (d.code === 'KG090') problems.push(`a stage threw: ${d.message}`);
    const parsed = DiagnosticSchema.safeParse(d);
    if (!parsed.success) problems.push(`diagnostic fails its schema: ${JSON.stringify(d)}`);
  }
  if (!result.ok && result.diagnostics.length === 0) problems.push('ok:false without a diagnostic');
  if (!result.ok) return { ok: false, problems };
  const inside = (what: string, start: number, end: number): boolean => {
    const good = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= original.length;
    if (!good) problems.push(`${what} [${start}, ${end}) is not inside the original (length ${original.length})`);
    return good;
  };
  for (const sentence of result.doc.sentences ?? []) inside(`sentence ${sentence.index}`, sentence.start, sentence.end);
  for (const entity of result.doc.entities ?? []) {
    const parsed = EntitySchema.safeParse(entity);
    if (!parsed.success) problems.push(`entity ${JSON.stringify(entity.name)} fails its schema: ${parsed.error.message}`);
    for (const mention of entity.mentions) {
      if (!inside(`mention ${JSON.stringify(mention.surface)}`, mention.start, mention.end)) continue;
      const slice = original.slice(mention.start, mention.end);
      if (slice !== mention.surface) problems.push(`mention surface ${JSON.stringify(mention.surface)} is not the original's ${JSON.stringify(slice)}`);
      const read = workingTextOf(result.doc, mention.start, mention.end);
      if (read !== mention.name) problems.push(`mention ${JSON.stringify(slice)} reads ${JSON.stringify(read)}, not its name ${JSON.stringify(mention.name)}`);
    }
  }
  for (const relation of result.doc.relations ?? []) {
    const parsed = RelationSchema.safeParse(relation);
    if (!parsed.success) problems.push(`relation fails its schema: ${parsed.error.message}`);
    const { start, end, text } = relation.evidence;
    if (inside(`evidence of ${relation.ruleId}`, start, end) && original.slice(start, end) !== text) {
      problems.push(`evidence ${JSON.stringify(text)} is not the original's ${JSON.stringify(original.slice(start, end))}`);
    }
  }
  const extracted = ExtractedArticleSchema.safeParse(toExtracted(result));
  if (!extracted.success) problems.push(`extract output fails its schema: ${extracted.error.message}`);
  return { ok: true, problems };
}

/** Bytes through `read`, then the stages. */
async function checkBytes(bytes: Uint8Array): Promise<readonly string[]> {
  let decoded: ReturnType<typeof decodeArticle>;
  try {
    decoded = decodeArticle('prop.txt', bytes);
  } catch (error) {
    return [`read threw: ${(error as Error).message}`];
  }
  if (!decoded.ok) {
    return decoded.diagnostics.length > 0 && decoded.diagnostics.every((d) => DiagnosticSchema.safeParse(d).success && d.severity === 'error')
      ? []
      : [`read refused without an error diagnostic: ${JSON.stringify(decoded.diagnostics)}`];
  }
  return (await check(decoded.doc)).problems;
}

/** Text straight into the stages, as a decoded article (lone surrogates cannot come out of `read`, but must not break a stage). */
async function checkText(text: string): Promise<readonly string[]> {
  if (text.trim() === '') return [];
  return (await check({ articleId: articleIdOf(text), source: 'prop.txt', original: text })).problems;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function holds<T>(arbitrary: fc.Arbitrary<T>, property: (value: T) => Promise<readonly string[]>): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (value) => {
      const problems = await property(value);
      if (problems.length > 0) throw new Error(problems.join('\n'));
    }),
    { numRuns: RUNS },
  );
}

describe('read and the CPU stages on arbitrary input', () => {
  it('random bytes', async () => {
    await holds(fc.uint8Array({ maxLength: 200 }), checkBytes);
  });

  it('nearly text: encoded text with a byte-order mark or not, a few bytes overwritten', async () => {
    await holds(nearlyText, checkBytes);
  });

  it('random Unicode text, as UTF-8 bytes and as decoded text', async () => {
    await holds(anyText, async (text) => [...(await checkBytes(utf8(text))), ...(await checkText(text))]);
  });

  it('mixed scripts with news vocabulary', async () => {
    await holds(mixedText, async (text) => [...(await checkBytes(utf8(text))), ...(await checkText(text))]);
  });

  it('news sentences with noise between their parts', async () => {
    await holds(newsSentences, async (text) => [...(await checkBytes(utf8(text))), ...(await checkText(text))]);
  });

  it('HTML-ish fragments and front matter', async () => {
    await holds(htmlText, async (text) => [...(await checkBytes(utf8(text))), ...(await checkText(text))]);
  });
});

/** Inputs the properties found, each a bug that was fixed; kept as plain examples so they run every time. */
describe('inputs that once broke a stage', () => {
  it.each([
    // convert: a compatibility ideograph outside the BMP became a BMP character and shifted every later offset.
    ['\u{2F804}宁德时代'],
  ])('%j', async (text) => {
    expect(await checkText(text)).toEqual([]);
    expect(await checkBytes(utf8(text))).toEqual([]);
  });
});
