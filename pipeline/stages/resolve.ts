import type { AliasRecord, Entity, Relation } from '../../schemas/index.ts';
import { need, type ArticleDoc, type RawMention, type Stage } from '../doc.ts';
import { loadLexicon } from '../lexicon.ts';
import { DECLARED_SHORT } from '../rules/entities.ts';
import { entityId, joinedForms } from '../rules/names.ts';

/** The declaration itself, without the global flag: `test` must not carry state between calls. */
const DECLARED = new RegExp(DECLARED_SHORT.source);
/**
 * What stands between a company and its former or new name: 同方国芯电子股份有限公司原名晶源电子, X(原名Y), X的前身为Y,
 * X更名为Y. Both names are the one company, under the name it goes by now (`NEW_NAME_AFTER`: the second).
 */
const RENAMED = /^\s*[（(]?\s*(?:的)?(?:原名|原名为|原称|曾用名|旧称|前身为|前身是|已更名为|更名为|改名为|现更名为|现名)[：:]?\s*[“"「]?$/;
const NEW_NAME_AFTER = /更名为|改名为|现名/;

/**
 * Prefers the registered name: a legal form beats a short name, longer beats shorter. Among short names the
 * one the article uses most wins (小米产投 over a one-off 小米产业投资部), then the longer.
 */
function nameRank(name: string, counts: ReadonlyMap<string, number>): number {
  const legal = /(?:有限公司|有限责任公司|股份有限公司|集团|合伙企业|（有限合伙）|\(有限合伙\))$/.test(name) ? 1000 : 0;
  return legal + (legal ? 0 : (counts.get(name) ?? 0) * 20) + name.length;
}

function aliasReason(name: string, canonical: string): string {
  const lexicon = loadLexicon();
  if (lexicon.aliases.has(name)) return 'lexicon-alias';
  if (lexicon.organizations.get(canonical)?.includes(name)) return 'lexicon';
  return 'short-name';
}

/**
 * `resolve`: one entity per real thing in the article, keyed by a stable id (`org:快卜`, `person:雷军`), so
 * that the same company in two articles is one node. Every merged name keeps an alias record saying why.
 */
export const resolveStage: Stage<'entities' | 'relations'> = {
  name: 'resolve',
  requires: ['mentions', 'rawRelations'],
  provides: ['entities', 'relations'],
  run(doc: ArticleDoc) {
    const mentions = need(doc, 'mentions', 'resolve');
    const rawRelations = need(doc, 'rawRelations', 'resolve');
    // Ids by type and name: most names recur within an article, and each id is a look-up in a large cache and a
    // new string. Organisations first, for the short forms below.
    const ids: Record<RawMention['type'], Map<string, string>> = { Organization: new Map(), Person: new Map(), Place: new Map() };
    const idByName = (type: RawMention['type'], name: string): string => {
      const known = ids[type];
      let id = known.get(name);
      if (id === undefined) {
        id = entityId(type, name);
        known.set(name, id);
      }
      return id;
    };
    // Declared short names (以下简称) join the entity of the full name just before them; a stock code may come
    // first in the brackets (中国平安(<N>.SH,下称“平保”)).
    const declared = new Map<string, string>();
    for (const mention of mentions) {
      if (mention.ruleId !== 'entity/org-declared-short') continue;
      const before = mentions
        .filter((m) => m.type === 'Organization' && m.textEnd <= mention.textStart && mention.textStart - m.textEnd <= 28 && m !== mention)
        .at(-1);
      if (before && DECLARED.test(doc.original.slice(before.end, mention.end + 2))) declared.set(mention.name, idByName('Organization', before.name));
    }
    // Two companies named one after the other in a sentence: the second alone in brackets right after the first is its
    // other name (FF（Faraday Future）, 宁德时代（CATL）), declared; a former or new name declared next to it is the same
    // company too (reason `renamed`).
    const renamed = new Set<string>();
    let previous: RawMention | undefined;
    for (const mention of mentions) {
      if (mention.type !== 'Organization') continue;
      if (previous && previous.sentenceIndex === mention.sentenceIndex && previous.name !== mention.name) {
        const between = doc.original.slice(previous.end, mention.start);
        if (/^[（(]$/.test(between) && /^[)）]/.test(doc.original.slice(mention.end, mention.end + 1))) {
          if (!declared.has(mention.name)) declared.set(mention.name, idByName('Organization', previous.name));
        } else {
          const [current, former] = NEW_NAME_AFTER.test(between) ? [mention, previous] : [previous, mention];
          if (RENAMED.test(between) && !declared.has(former.name)) {
            declared.set(former.name, idByName('Organization', current.name));
            renamed.add(former.name);
          }
        }
      }
      previous = mention;
    }
    // Short forms of a company named in full in this article (快卜, 杭州富芯, 富特; 小鹏 for 小鹏汽车) are that
    // company, here; not a form that is itself a known organisation (小米 in 小米汽车 is the group, not the carmaker).
    const lexicon = loadLexicon();
    for (const name of new Set(mentions.filter((m) => m.type === 'Organization').map((m) => m.name))) {
      const id = idByName('Organization', name);
      for (const form of joinedForms(name)) {
        // The form's id is `org:` and its core.
        const formId = idByName('Organization', form);
        const known = lexicon.organizations.has(formId.slice(formId.indexOf(':') + 1)) || lexicon.aliases.has(form);
        if (!declared.has(form) && formId !== id && !known) declared.set(form, id);
      }
    }
    const idOf = (mention: RawMention): string => {
      if (mention.type === 'Organization') {
        const id = declared.get(mention.name);
        if (id !== undefined) return id;
      }
      return idByName(mention.type, mention.name);
    };
    const groups = new Map<string, RawMention[]>();
    for (const mention of mentions) {
      const id = idOf(mention);
      const list = groups.get(id);
      if (list) list.push(mention);
      else groups.set(id, [mention]);
    }
    const entities: Entity[] = [];
    for (const [id, group] of groups) {
      const names = [...new Set(group.map((m) => m.name))];
      const lexicon = loadLexicon();
      const core = id.slice(id.indexOf(':') + 1);
      const isKnown = lexicon.organizations.has(core);
      const counts = new Map<string, number>();
      for (const m of group) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
      // A former name (renamed) never names the entity over the name it goes by now.
      const rank = (n: string): number => nameRank(n, counts) - (renamed.has(n) ? 10_000 : 0);
      const name = isKnown && group[0]!.type === 'Organization' ? core : names.sort((a, b) => rank(b) - rank(a))[0]!;
      const aliases = names.filter((n) => n !== name);
      const aliasRecords: AliasRecord[] = aliases.map((alias) => {
        const first = group.find((m) => m.name === alias)!;
        const reason = renamed.has(alias) ? 'renamed' : declared.has(alias) ? 'declared' : aliasReason(alias, name);
        return {
          alias,
          reason,
          evidence: { articleId: doc.articleId, sentenceIndex: first.sentenceIndex, start: first.start, end: first.end, text: first.surface },
        };
      });
      entities.push({
        id,
        name,
        type: group[0]!.type,
        aliases,
        aliasRecords,
        // The fields of a mention, in the schema's order, without the working-text offsets (validate keeps
        // only these fields anyway); built field by field, which costs less than a rest pattern.
        mentions: group.map((m) => ({
          surface: m.surface,
          name: m.name,
          type: m.type,
          sentenceIndex: m.sentenceIndex,
          start: m.start,
          end: m.end,
          ruleId: m.ruleId,
        })),
      });
    }
    const relations: Relation[] = [];
    const seen = new Set<string>();
    for (const raw of rawRelations) {
      const subject = idOf(raw.subject);
      const object = idOf(raw.object);
      if (subject === object) continue;
      const key = `${raw.type}|${subject}|${object}|${raw.evidence.sentenceIndex}|${raw.role ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { subject: _s, object: _o, via, ...rest } = raw;
      relations.push({ ...rest, subject, object, ...(via ? { via: idOf(via) } : {}) });
    }
    return { entities, relations };
  },
};
