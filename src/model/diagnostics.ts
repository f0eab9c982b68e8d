/**
 * One shape for every problem a stage reports, and one error class for input that cannot be used.
 *
 * Stages return `{ value, diagnostics }`; only unusable input throws (`NdsError`, with a code).
 * Codes are a closed union so that tests and users can rely on them; messages are for people.
 */
import type { SourcePlace } from './document';

export const DIAGNOSTIC_CODES = [
  'action-absent',
  'action-column-shift',
  'action-continued',
  'action-shared-cell',
  'action-split-text',
  'action-orphan-fragment',
  'action-unparsed-row',
  'owner-ocr-fix',
  'owner-unknown',
  'owner-named',
  'section-inferred',
  'section-missing',
  'priority-section-mismatch',
  'table-total-mismatch',
  'table-unparsed',
  'table-form-unknown',
  'table-unit-scaled',
  'table-year-marked',
  'connectivity-inherited',
  'connectivity-moved-cell',
  'connectivity-row-cut',
  'column-absent',
  'proeftuin-unparsed-line',
  'proeftuin-no-priority',
  'proeftuin-priority-inferred',
  'place-unknown',
  'footnote-unreferenced',
  'footnote-missing',
  'record-invalid',
  'record-duplicate',
  'pdf-structure',
  'pdf-page-damaged',
  'pdf-page-image',
  'pdf-warning',
  'pdf-text-clipped',
  'pdf-text-past-edge',
  'pdf-text-cut-at-edge',
  'pdf-text-hidden',
  'pdf-text-watermark',
  'pdf-text-undecodable',
  'pdf-euro-restored',
  'pdf-text-misnamed',
  'pdf-text-letter-spaced',
  'content-unread',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/**
 * Errors that say the input holds content that did not become records (as opposed to records that
 * failed their schema), or became two records of one key (content read twice, or two rows run
 * into one key). They block a run unless `--partial` is given; then document.json says
 * `allRead: false` and lists them under `unread`.
 */
export const UNREAD_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['pdf-page-damaged', 'pdf-text-undecodable', 'content-unread', 'record-duplicate']);

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  place?: SourcePlace;
  /**
   * The pieces of text the problem is said of, on the place's page, when its bbox is their union
   * (pdf-text-clipped: each piece of text that runs past the page's edge, as far as it was read).
   */
  pieces?: { text: string; bbox: [number, number, number, number] }[];
  /** Path into the record that the problem concerns, e.g. ['actions', 36, 'text']. */
  path?: (string | number)[];
}

/** A stage's result: the value and what the stage noticed while producing it. */
export interface StageResult<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export const ERROR_CODES = [
  'input-missing',
  'input-directory',
  'input-empty',
  'input-unreadable',
  'input-not-regular',
  'input-too-large',
  'input-encoding',
  'input-unsupported',
  'input-encrypted',
  'input-corrupt',
  'input-no-text',
  'input-not-nds',
  'usage',
  'output-unwritable',
  'output-not-dataset',
  'dataset-unusable',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Input or arguments that cannot be used at all. The CLI turns it into exit status 2. */
export class NdsError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;

  constructor(code: ErrorCode, message: string, file?: string) {
    super(message);
    this.name = 'NdsError';
    this.code = code;
    this.file = file;
  }
}

/** A place in words, for reasons written into records and reports: `line 1190`, `p.47`. */
export function describePlace(place: SourcePlace | undefined): string {
  if (place?.line !== undefined) return `line ${place.line}`;
  if (place?.page !== undefined) return `p.${place.page}`;
  return '?';
}

/** Formats a place for a message: `nds-2020.md:1190`, `nds-2020.pdf p.47`. */
export function formatPlace(inputName: string, place: SourcePlace | undefined): string {
  if (!place) return inputName;
  if (place.page !== undefined) return `${inputName} p.${place.page}`;
  if (place.line !== undefined) return `${inputName}:${place.line}`;
  return inputName;
}
