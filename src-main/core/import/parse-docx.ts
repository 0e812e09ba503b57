import type { ParsedDocument } from '../document.js';
import { ImportError } from './errors.js';
// Placeholder until the docx path lands.
export async function parseDocx(_bytes: Uint8Array): Promise<ParsedDocument> {
  throw new ImportError('internal', '暂不支持 .docx');
}
