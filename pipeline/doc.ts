import type { DateValue, Diagnostic, Entity, Mention, Relation } from '../schemas/index.ts';
import type { OffsetMap } from './offsets.ts';

/** A sentence of the working text; `start`/`end` point into the original. */
export interface Sentence {
  readonly index: number;
  /** Range in the working (clean, simplified) text. */
  readonly textStart: number;
  readonly textEnd: number;
  /** Range in the original text. */
  readonly start: number;
  readonly end: number;
  /** Index of the paragraph the sentence belongs to (blank lines and line breaks separate paragraphs). */
  readonly paragraph: number;
}

/** A word from the segmenter with its part-of-speech tag. */
export interface Token {
  readonly word: string;
  readonly tag: string;
  /** Range in the working text. */
  readonly textStart: number;
  readonly textEnd: number;
  readonly sentenceIndex: number;
}

/** A date found in the text, resolved against the publication date where it was relative. */
export interface DateMention extends DateValue {
  readonly sentenceIndex: number;
  /** Range in the working text. */
  readonly textStart: number;
  readonly textEnd: number;
  readonly relative: boolean;
}

/** An entity mention in working-text coordinates, before resolution. */
export interface RawMention extends Mention {
  readonly textStart: number;
  readonly textEnd: number;
  /** For a short form of a name found earlier in the article (富特 after 浙江富特科技股份有限公司): that name. */
  readonly aliasOf?: string;
}

/** A relation between raw mentions, before resolution to entity ids. */
export interface RawRelation extends Omit<Relation, 'subject' | 'object' | 'via'> {
  readonly subject: RawMention;
  readonly object: RawMention;
  readonly via?: RawMention;
}

/** What the markup around the article said about it (front matter, HTML head), before any text rule ran. */
export interface ArticleHeader {
  readonly title: string | null;
  /** The publication date as declared by front matter, HTML metadata or a dateline, unparsed. */
  readonly published: string | null;
  readonly publishedFrom: 'front-matter' | 'text' | null;
  readonly url: string | null;
  readonly site: string | null;
  readonly format: 'text' | 'markdown' | 'html';
}

export interface ArticleMeta {
  readonly title: string | null;
  readonly publishedAt: DateValue | null;
  readonly publishedAtSource: 'front-matter' | 'text' | 'inferred' | 'unknown';
}

/**
 * The one object that flows through the stages. Each stage adds the parts it `provides`;
 * `original` is the decoded text and never changes.
 */
export interface ArticleDoc {
  readonly articleId: string;
  readonly source: string;
  readonly original: string;
  readonly header?: ArticleHeader;
  readonly meta?: ArticleMeta;
  /** Text after cleaning, with its map to `original`. */
  readonly cleaned?: { readonly text: string; readonly map: OffsetMap };
  /** Working text: cleaned and converted to Simplified, with its map straight to `original`. */
  readonly working?: { readonly text: string; readonly map: OffsetMap; readonly script: 'simplified' | 'traditional' };
  readonly sentences?: readonly Sentence[];
  readonly tokens?: readonly Token[];
  readonly mentions?: readonly RawMention[];
  readonly dates?: readonly DateMention[];
  readonly rawRelations?: readonly RawRelation[];
  readonly entities?: readonly Entity[];
  readonly relations?: readonly Relation[];
}

export type DocPart = Exclude<keyof ArticleDoc, 'articleId' | 'source' | 'original'>;

/** What a stage gets besides the document. */
export interface StageContext {
  readonly articleId: string;
  readonly source: string;
  readonly signal?: AbortSignal;
  report(diagnostic: Diagnostic): void;
}

/**
 * A pipeline stage: declares the parts of the document it needs and adds, and returns only what it adds.
 */
export interface Stage<P extends DocPart = DocPart> {
  readonly name: string;
  readonly requires: readonly DocPart[];
  readonly provides: readonly P[];
  run(doc: ArticleDoc, ctx: StageContext): Pick<ArticleDoc, P> | Promise<Pick<ArticleDoc, P>>;
}

/** Reads a required part or fails loudly: a missing part is a bug in the stage list, not bad input. */
export function need<K extends DocPart>(doc: ArticleDoc, part: K, stage: string): NonNullable<ArticleDoc[K]> {
  const value = doc[part];
  if (value === undefined) throw new Error(`stage ${stage} needs doc.${part}, which no earlier stage provided`);
  return value as NonNullable<ArticleDoc[K]>;
}
