import { z } from 'zod';
import { AmountSchema, DateValueSchema, EvidenceSchema, RelationTypeSchema } from './common.ts';

/** The facts a relation may carry beyond its two ends. */
export const RelationFactsSchema = z.object({
  date: DateValueSchema.optional(),
  amount: AmountSchema.optional(),
  /** Percent of shares, 0–100. */
  stake: z.number().min(0).max(100).optional(),
  rank: z.number().int().positive().optional(),
  round: z.string().min(1).optional(),
  role: z.string().min(1).optional(),
  kind: z.string().min(1).optional(),
  status: z.enum(['completed', 'planned']).optional(),
  past: z.boolean().optional(),
  /** Entity id of the vehicle through which the subject acted. */
  via: z.string().min(1).optional(),
});
export type RelationFacts = z.infer<typeof RelationFactsSchema>;

/** A relation between two resolved entities, with the rule and the sentence that produced it. */
export const RelationSchema = z
  .object({
    type: RelationTypeSchema,
    subject: z.string().min(1),
    object: z.string().min(1),
    ruleId: z.string().regex(/^[a-z]+\/[a-z0-9-]+$/, 'expected a rule id like investment/stake-percent'),
    /** Other rules that read the same relation in the same sentence (the first one to read it is `ruleId`). */
    alsoReadBy: z.array(z.string().min(1)).optional(),
    evidence: EvidenceSchema,
  })
  .extend(RelationFactsSchema.shape)
  .refine((relation) => relation.subject !== relation.object, {
    message: 'a relation must join two different entities',
  });
export type Relation = z.infer<typeof RelationSchema>;
