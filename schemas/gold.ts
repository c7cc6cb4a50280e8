import { z } from 'zod';
import { EntityTypeSchema, RelationTypeSchema } from './common.ts';

const GoldDateSchema = z.object({
  value: z.string(),
  precision: z.string().optional(),
  text: z.string().optional(),
});

/** A hand-annotated relation; `subject` and `object` are names from the file's `entities`. */
export const GoldRelationSchema = z.looseObject({
  type: RelationTypeSchema,
  subject: z.string().min(1),
  object: z.string().min(1),
  evidence: z.string().min(1),
  stake: z.number().nullable().optional(),
  rank: z.number().nullable().optional(),
  role: z.string().nullable().optional(),
  kind: z.string().nullable().optional(),
  status: z.string().nullable().optional(),
  via: z.string().nullable().optional(),
  round: z.string().nullable().optional(),
  date: GoldDateSchema.nullable().optional(),
  notes: z.string().optional(),
});
export type GoldRelation = z.infer<typeof GoldRelationSchema>;

/** One gold file in `corpus/gold/`: what a person read in one article. See corpus/README.md. */
export const GoldFileSchema = z
  .looseObject({
    article: z.string().min(1),
    publishedAt: z.string().nullable().optional(),
    entities: z.array(
      z.object({
        name: z.string().min(1),
        type: EntityTypeSchema,
        aliases: z.array(z.string()).default([]),
      }),
    ),
    relations: z.array(GoldRelationSchema),
  })
  .superRefine((gold, ctx) => {
    const names = new Set(gold.entities.map((entity) => entity.name));
    gold.relations.forEach((relation, index) => {
      for (const end of ['subject', 'object'] as const) {
        if (!names.has(relation[end])) {
          ctx.addIssue({
            code: 'custom',
            path: ['relations', index, end],
            message: `expected a declared entity name, found "${relation[end]}"`,
          });
        }
      }
    });
  });
export type GoldFile = z.infer<typeof GoldFileSchema>;
