import type { Diagnostic, Severity } from '../schemas/diagnostic.ts';

/**
 * The catalogue of diagnostic codes. Every problem the pipeline reports has a code here, so users can look
 * one up and tests can assert on it.
 */
export const DIAGNOSTICS = {
  KG001: { severity: 'error', title: 'file cannot be read' },
  KG002: { severity: 'error', title: 'file is empty' },
  KG003: { severity: 'error', title: 'file is not text in a supported encoding' },
  KG004: { severity: 'error', title: 'file exceeds the size limit' },
  KG005: { severity: 'warning', title: 'text contains replacement characters' },
  KG006: { severity: 'warning', title: 'text contains NUL characters' },
  KG010: { severity: 'info', title: 'publication date unknown, inferred from the text' },
  KG011: { severity: 'warning', title: 'publication date unknown and not inferable' },
  KG020: { severity: 'info', title: 'traditional Chinese converted to simplified' },
  KG030: { severity: 'warning', title: 'relation failed validation and was dropped' },
  KG031: { severity: 'warning', title: 'entity failed validation and was dropped' },
  KG040: { severity: 'info', title: 'no relations found' },
  KG090: { severity: 'error', title: 'a stage failed unexpectedly' },
  KG100: { severity: 'error', title: 'database write failed' },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** Builds a diagnostic with the catalogue's severity for `code`. */
export function diagnostic(
  code: DiagnosticCode,
  stage: string,
  message: string,
  extra: Partial<Pick<Diagnostic, 'ruleId' | 'file' | 'place'>> = {},
): Diagnostic {
  return { code, severity: DIAGNOSTICS[code].severity, stage, message, ...extra };
}
