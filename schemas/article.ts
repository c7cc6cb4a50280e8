import { z } from 'zod';
import { DateValueSchema } from './common.ts';
import { DiagnosticSchema } from './diagnostic.ts';
import { EntitySchema } from './entity.ts';
import { RelationSchema } from './relation.ts';

/** What `kg extract --format jsonl` prints for one article, one JSON object per line. */
export const ExtractedArticleSchema = z.object({
  articleId: z.string().regex(/^[0-9a-f]{16}$/),
  source: z.string(),
  title: z.string().nullable(),
  publishedAt: DateValueSchema.nullable(),
  /** `front-matter`, `text` (a dateline), `inferred` (latest date in the text) or `unknown`. */
  publishedAtSource: z.enum(['front-matter', 'text', 'inferred', 'unknown']),
  script: z.enum(['simplified', 'traditional']),
  entities: z.array(
    EntitySchema.pick({ id: true, name: true, type: true, aliases: true }).extend({
      mentionCount: z.number().int().positive(),
    }),
  ),
  relations: z.array(RelationSchema),
  diagnostics: z.array(DiagnosticSchema),
});
export type ExtractedArticle = z.infer<typeof ExtractedArticleSchema>;
