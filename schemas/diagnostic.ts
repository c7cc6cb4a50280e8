import { z } from 'zod';

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

/** A problem found while processing one article: reported, never thrown. */
export const DiagnosticSchema = z.object({
  code: z.string().regex(/^KG\d{3}$/),
  severity: SeveritySchema,
  stage: z.string().min(1),
  message: z.string().min(1),
  ruleId: z.string().optional(),
  file: z.string().optional(),
  place: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
