import { z } from 'zod';

/** A half-open `[start, end)` range of UTF-16 offsets into an article's original text. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((span) => span.end >= span.start, { message: 'span end must not precede its start' });
export type Span = z.infer<typeof SpanSchema>;

/** Where a fact was read: the article, the sentence and the exact original text. */
export const EvidenceSchema = z.object({
  articleId: z.string().min(1),
  sentenceIndex: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The evidence as it stands in the original text, `original.slice(start, end)`. */
  text: z.string().min(1),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ENTITY_TYPES = ['Organization', 'Person', 'Place'] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/**
 * Relation types. Investment-like types (those that make co-investors) are listed in `INVESTMENT_TYPES`.
 */
export const RELATION_TYPES = [
  'INVESTED_IN',
  'HOLDS_STAKE',
  'CONTROLS',
  'ACQUIRED',
  'INCREASED_STAKE',
  'REDUCED_STAKE',
  'JOINT_VENTURE',
  'HAS_ROLE',
] as const;
export const RelationTypeSchema = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationTypeSchema>;

/** The relation types through which an organisation becomes an owner of another one. */
export const INVESTMENT_TYPES: readonly RelationType[] = [
  'INVESTED_IN',
  'HOLDS_STAKE',
  'ACQUIRED',
  'INCREASED_STAKE',
  'JOINT_VENTURE',
];

export const DatePrecisionSchema = z.enum(['day', 'month', 'quarter', 'year']);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/** A calendar date as precise as the text is: `2022`, `2022-Q3`, `2022-05`, `2022-05-28`. */
export const DateValueSchema = z.object({
  value: z.string().regex(/^\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD'),
  precision: DatePrecisionSchema,
  text: z.string().min(1),
});
export type DateValue = z.infer<typeof DateValueSchema>;

export const AmountSchema = z.object({
  value: z.number().nonnegative().finite(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  approximate: z.boolean().optional(),
  text: z.string().min(1),
});
export type Amount = z.infer<typeof AmountSchema>;
