import { z } from 'zod';
import { EntityTypeSchema, EvidenceSchema } from './common.ts';

/** One place where an entity is named in an article. */
export const MentionSchema = z.object({
  surface: z.string().min(1),
  /** The name in Simplified Chinese as the extractor read it (equal to `surface` for Simplified text). */
  name: z.string().min(1),
  type: EntityTypeSchema,
  sentenceIndex: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  ruleId: z.string().min(1),
});
export type Mention = z.infer<typeof MentionSchema>;

/** Why two names were taken for the same entity. */
export const AliasRecordSchema = z.object({
  alias: z.string().min(1),
  /** `lexicon`, `short-name`, `declared` (以下简称), `abbreviation`. */
  reason: z.string().min(1),
  evidence: EvidenceSchema.optional(),
});
export type AliasRecord = z.infer<typeof AliasRecordSchema>;

/** An entity resolved within one article, keyed so that the same real thing has the same id everywhere. */
export const EntitySchema = z.object({
  id: z.string().regex(/^(org|person|place):.+$/),
  name: z.string().min(1),
  type: EntityTypeSchema,
  aliases: z.array(z.string().min(1)),
  aliasRecords: z.array(AliasRecordSchema),
  mentions: z.array(MentionSchema).min(1),
});
export type Entity = z.infer<typeof EntitySchema>;
