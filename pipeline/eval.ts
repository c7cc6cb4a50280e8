import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { GoldFileSchema, RELATION_TYPES, type GoldFile, type RelationType } from '../schemas/index.ts';
import { processFile, runArticle, toExtracted } from './index.ts';
import { REPO_ROOT } from './lexicon.ts';
import { FOUNDER_RULES, NAMED_VENTURE_RULES } from './rules/investments.ts';
import { entityId } from './rules/names.ts';
import { decodeArticle } from './stages/read.ts';

export const GOLD_DIR = join(REPO_ROOT, 'corpus', 'gold');
export const ARTICLES_DIR = join(REPO_ROOT, 'corpus', 'articles');
export const FINRE_DIR = join(REPO_ROOT, 'corpus', 'finre');

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** One scored relation, for reports that name the rule at fault. */
export interface Miss {
  readonly article: string;
  readonly type: RelationType;
  readonly subject: string;
  readonly object: string;
  readonly ruleId?: string;
  readonly evidence: string;
}

export interface GoldReport {
  readonly articles: number;
  readonly byType: Readonly<Record<string, Score>>;
  readonly overall: Score;
  /**
   * Of the relations found and in the gold, those the gold calls planned (拟收购, 将成为…) against those the extractor
   * calls so: a planned deal read as done misleads as much as a missed one.
   */
  readonly planned: Score;
  readonly falsePositives: readonly Miss[];
  readonly falseNegatives: readonly Miss[];
}

/** Keys under which a gold entity may be found: the ids its name and aliases resolve to. */
function goldKeys(gold: GoldFile, name: string): Set<string> {
  const entity = gold.entities.find((e) => e.name === name);
  const type = entity?.type ?? 'Organization';
  return new Set([name, ...(entity?.aliases ?? [])].map((n) => entityId(type, n)));
}

export async function loadGold(dir = GOLD_DIR): Promise<{ file: string; gold: GoldFile }[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.gold.json')).sort();
  const out: { file: string; gold: GoldFile }[] = [];
  for (const file of files) {
    const parsed = GoldFileSchema.safeParse(JSON.parse(await readFile(join(dir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${join(dir, file)}: not a valid gold file: ${parsed.error.message}`);
    out.push({ file, gold: parsed.data });
  }
  return out;
}

/**
 * Scores the extractor against every gold file: a predicted relation matches a gold one of the same type
 * when both ends resolve to the same entities (by id, through names and aliases). One-to-one.
 */
export async function evaluateGold(goldDir = GOLD_DIR, articlesDir = ARTICLES_DIR): Promise<GoldReport> {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>(RELATION_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const falsePositives: Miss[] = [];
  const falseNegatives: Miss[] = [];
  const planned = { tp: 0, fp: 0, fn: 0 };
  const golds = await loadGold(goldDir);
  for (const { gold } of golds) {
    const result = await processFile(join(articlesDir, gold.article));
    // A stage that failed (KG090) is a fault of the pipeline, not of the article: scoring what is left would
    // print figures that hide it.
    if (!result.doc || !result.ok) throw new Error(`${gold.article}: ${result.diagnostics.map((d) => d.message).join('; ')}`);
    const extracted = toExtracted(result);
    const entityKeys = new Map(extracted.entities.map((e) => [e.id, new Set([e.id, ...[e.name, ...e.aliases].map((n) => entityId(e.type, n))])]));
    const used = new Set<number>();
    for (const relation of gold.relations) {
      const subjectKeys = goldKeys(gold, relation.subject);
      const objectKeys = goldKeys(gold, relation.object);
      const hit = extracted.relations.findIndex((r, i) => {
        if (used.has(i) || r.type !== relation.type) return false;
        const s = entityKeys.get(r.subject) ?? new Set([r.subject]);
        const o = entityKeys.get(r.object) ?? new Set([r.object]);
        const symmetric = r.type === 'JOINT_VENTURE';
        const forward = [...s].some((k) => subjectKeys.has(k)) && [...o].some((k) => objectKeys.has(k));
        const backward = symmetric && [...s].some((k) => objectKeys.has(k)) && [...o].some((k) => subjectKeys.has(k));
        return forward || backward;
      });
      const c = counts.get(relation.type)!;
      if (hit >= 0) {
        used.add(hit);
        c.tp++;
        const goldPlanned = relation.status === 'planned';
        const foundPlanned = extracted.relations[hit]!.status === 'planned';
        if (goldPlanned && foundPlanned) planned.tp++;
        else if (goldPlanned) planned.fn++;
        else if (foundPlanned) planned.fp++;
      } else {
        c.fn++;
        falseNegatives.push({ article: gold.article, type: relation.type, subject: relation.subject, object: relation.object, evidence: relation.evidence });
      }
    }
    const names = new Map(extracted.entities.map((e) => [e.id, e.name]));
    extracted.relations.forEach((r, i) => {
      if (used.has(i)) return;
      // The same fact stated again in another sentence is not a false positive when it is in the gold.
      const duplicate = extracted.relations.some((other, j) => used.has(j) && other.type === r.type && other.subject === r.subject && other.object === r.object);
      if (duplicate) return;
      counts.get(r.type)!.fp++;
      falsePositives.push({ article: gold.article, type: r.type, subject: names.get(r.subject) ?? r.subject, object: names.get(r.object) ?? r.object, ruleId: r.ruleId, evidence: r.evidence.text });
    });
  }
  const byType: Record<string, Score> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [type, c] of counts) {
    byType[type] = score(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { articles: golds.length, byType, overall: score(tp, fp, fn), planned: score(planned.tp, planned.fp, planned.fn), falsePositives, falseNegatives };
}

/**
 * FinRE labels that state an investment-like relation, mapped to the extractor's types that state it or imply
 * it: whoever acquired shares of a company, increased them or sold some of them holds (or held) shares of it
 * (持股), and buying a stake is buying into it (入股, 增持). Passive 被X swaps the pair.
 */
export const FINRE_INVESTMENT_LABELS: Readonly<Record<string, readonly RelationType[]>> = {
  注资: ['INVESTED_IN'],
  入股: ['INVESTED_IN', 'HOLDS_STAKE', 'INCREASED_STAKE', 'ACQUIRED'],
  持股: ['HOLDS_STAKE', 'INVESTED_IN', 'CONTROLS', 'ACQUIRED', 'INCREASED_STAKE', 'REDUCED_STAKE'],
  增持: ['INCREASED_STAKE', 'INVESTED_IN', 'HOLDS_STAKE', 'ACQUIRED'],
  收购: ['ACQUIRED'],
  拟收购: ['ACQUIRED'],
  合资: ['JOINT_VENTURE'],
};
/** Relation types an analyst reads as "A invested in B". */
const INVESTMENT_LIKE = new Set<RelationType>(['INVESTED_IN', 'HOLDS_STAKE', 'ACQUIRED', 'INCREASED_STAKE', 'JOINT_VENTURE', 'CONTROLS']);
/**
 * FinRE labels that say the pair is related in some other way (or not at all). The labels FinRE's notes call
 * related to investment (拥有, 成立, 减持, 买资, 转让, 借壳, 合并, 重组) are neither: an ownership found there is no
 * false investment.
 */
const FINRE_NEUTRAL = /^(?:合作|被合作|竞争|被竞争|纠纷|被纠纷|签约|被签约|订单|被订单|unknown|NA|商业|被商业|other|分析|被分析|评级|被评级|人事|自己|夺冠|发行|被发行|帮助|被帮助|失败|被失败|交易|被交易|商讨|被商讨|欠款|被欠款)$/;

export interface FinreReport {
  readonly file: string;
  readonly investmentPairs: number;
  readonly found: number;
  readonly recall: number;
  readonly foundAnyDirection: number;
  readonly neutralPairs: number;
  readonly falseInvestments: number;
  readonly falseInvestmentRate: number;
  /** The pairs behind `falseInvestments`, with their label and sentence, to read what went wrong. */
  readonly falseInvestmentPairs: readonly { readonly head: string; readonly tail: string; readonly label: string; readonly sentence: string }[];
  /**
   * The investment-like pairs not found with direction right, with why: `entity` when the pipeline found no entity
   * under one of the two names, `direction` when it related them another way (type or direction), `relation` when
   * it found both and related them not at all.
   */
  readonly missedPairs: readonly { readonly head: string; readonly tail: string; readonly label: string; readonly why: 'entity' | 'direction' | 'relation'; readonly sentence: string }[];
  readonly byLabel: Readonly<Record<string, { pairs: number; found: number }>>;
}

/**
 * Measures on FinRE: for each sentence labelled with an investment-like relation (with direction), does the
 * pipeline find a relation of a matching type between the two named entities? And for pairs labelled with
 * another relation, how often does it call them an investment? Pairs repeated in both directions count once.
 */
export async function evaluateFinre(file = join(FINRE_DIR, 'valid.txt'), limit = Infinity): Promise<FinreReport> {
  const text = await readFile(file, 'utf8');
  const rows = text.split('\n').map((line) => line.split('\t')).filter((cells) => cells.length === 4);
  const bySentence = new Map<string, { head: string; tail: string; label: string }[]>();
  for (const [head, tail, label, sentence] of rows) {
    const list = bySentence.get(sentence!) ?? [];
    list.push({ head: head!, tail: tail!, label: label! });
    bySentence.set(sentence!, list);
  }
  let investmentPairs = 0;
  let found = 0;
  let foundAny = 0;
  let neutralPairs = 0;
  let falseInvestments = 0;
  const falseInvestmentPairs: { head: string; tail: string; label: string; sentence: string }[] = [];
  const missedPairs: FinreReport['missedPairs'][number][] = [];
  const byLabel: Record<string, { pairs: number; found: number }> = {};
  let n = 0;
  for (const [sentence, pairs] of bySentence) {
    if (n++ >= limit) break;
    const read = decodeArticle('finre', new TextEncoder().encode(sentence));
    if (!read.ok) continue;
    const result = await runArticle(read.doc);
    if (!result.ok) throw new Error(`FinRE sentence ${sentence.slice(0, 40)}…: ${result.diagnostics.map((d) => d.message).join('; ')}`);
    const extracted = toExtracted(result);
    const keysOf = new Map(extracted.entities.map((e) => [e.id, new Set([e.id, ...[e.name, ...e.aliases].map((x) => entityId(e.type, x))])]));
    const has = (a: string, b: string, types: ReadonlySet<RelationType>, anyDirection = false): boolean => {
      const ka = entityId('Organization', a);
      const kb = entityId('Organization', b);
      const pa = entityId('Person', a);
      return extracted.relations.some((r) => {
        if (!types.has(r.type)) return false;
        const s = keysOf.get(r.subject) ?? new Set([r.subject]);
        const o = keysOf.get(r.object) ?? new Set([r.object]);
        const forward = (s.has(ka) || s.has(pa)) && o.has(kb);
        const backward = (s.has(kb) || s.has(entityId('Person', b))) && o.has(ka);
        return forward || ((anyDirection || r.type === 'JOINT_VENTURE') && backward);
      });
    };
    /**
     * Partners in one named venture (A→C and B→C, the graph's form when the venture has a name) are partners, and so
     * are two founders of one company (C由A、B共同出资设立: A→C and B→C by a founders rule). Only the rules that name a
     * venture or its founders count: a partner-to-partner edge (A→B when the venture has no name) is no venture that
     * two others could share, and two companies that each invested in C at some time are not partners.
     */
    const partners = (a: string, b: string): boolean => {
      /** Each venture `name` is a partner in, with the entities under that name that are. */
      const ventures = (name: string): Map<string, Set<string>> => {
        const key = entityId('Organization', name);
        const found = new Map<string, Set<string>>();
        for (const r of extracted.relations) {
          const named = (r.type === 'JOINT_VENTURE' && NAMED_VENTURE_RULES.test(r.ruleId)) || (r.type === 'INVESTED_IN' && FOUNDER_RULES.test(r.ruleId));
          if (!named || !(keysOf.get(r.subject)?.has(key) ?? r.subject === key)) continue;
          found.set(r.object, (found.get(r.object) ?? new Set()).add(r.subject));
        }
        return found;
      };
      // Two names of one company are not partners of each other (上海格泰实业发展有限公司…,其中上海格泰持有其…).
      const theirs = ventures(b);
      return [...ventures(a)].some(([venture, ours]) => [...(theirs.get(venture) ?? [])].some((partner) => !ours.has(partner)));
    };
    const seen = new Set<string>();
    for (const { head, tail, label } of pairs) {
      const passive = label.startsWith('被') && label.length > 1;
      const base = passive ? label.slice(1) : label;
      const [subject, object] = passive ? [tail, head] : [head, tail];
      const pairKey = [subject, object].join('→');
      if (FINRE_INVESTMENT_LABELS[base]) {
        const key = `${base}|${base === '合资' ? [subject, object].sort().join('|') : pairKey}`;
        if (seen.has(key)) continue;
        seen.add(key);
        investmentPairs++;
        const stat = (byLabel[base] ??= { pairs: 0, found: 0 });
        stat.pairs++;
        const any = has(subject, object, INVESTMENT_LIKE, true) || partners(subject, object);
        if (any) foundAny++;
        if (has(subject, object, new Set(FINRE_INVESTMENT_LABELS[base])) || (base === '合资' && partners(subject, object))) {
          found++;
          stat.found++;
        } else {
          const known = (name: string): boolean => [...keysOf.values()].some((keys) => keys.has(entityId('Organization', name)) || keys.has(entityId('Person', name)));
          missedPairs.push({ head, tail, label, why: !known(head) || !known(tail) ? 'entity' : any ? 'direction' : 'relation', sentence });
        }
      } else if (FINRE_NEUTRAL.test(label)) {
        const key = `neutral|${[head, tail].sort().join('|')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        neutralPairs++;
        if (has(head, tail, new Set<RelationType>(['INVESTED_IN', 'HOLDS_STAKE', 'ACQUIRED', 'INCREASED_STAKE', 'JOINT_VENTURE']), true) || partners(head, tail)) {
          falseInvestments++;
          falseInvestmentPairs.push({ head, tail, label, sentence });
        }
      }
    }
  }
  return {
    file,
    investmentPairs,
    found,
    recall: investmentPairs === 0 ? 0 : found / investmentPairs,
    foundAnyDirection: foundAny,
    neutralPairs,
    falseInvestments,
    falseInvestmentPairs,
    missedPairs,
    falseInvestmentRate: neutralPairs === 0 ? 0 : falseInvestments / neutralPairs,
    byLabel,
  };
}
