/**
 * PDF → document model. Not built yet (issue: PDF and HTML input); refuses with a clear reason.
 */
import type { DocumentModel } from '../model/document';
import { NdsError } from '../model/diagnostics';
import type { LoadOptions } from './index';

export async function loadPdf(_bytes: Uint8Array, inputName: string, _options: LoadOptions): Promise<DocumentModel> {
  throw new NdsError('input-unsupported', 'PDF input is not supported by this version yet; use the markdown or HTML edition', inputName);
}
