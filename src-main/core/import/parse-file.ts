// parseFile: bytes of one file → ParsedDocument. Throws ImportError with a Chinese message on bad input.
// Async because mammoth (.docx) is.
import type { ParsedDocument, SourceKind } from '../document.js';
import { decodeBytes } from './decode.js';
import { ImportError, SIZE_LIMITS, tooLarge } from './errors.js';
import { parseText } from './parse-text.js';
import { parseHtmlBytes } from './parse-html.js';
import { parseDocx } from './parse-docx.js';

/** The kind a file name says, or null for a file we do not import. */
export function kindOf(fileName: string): SourceKind | null {
  const m = /\.([^./\\]+)$/.exec(fileName);
  const ext = m ? m[1].toLowerCase() : '';
  if (ext === 'txt') return 'txt';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'docx') return 'docx';
  return null;
}

export async function parseFile(bytes: Uint8Array, fileName: string): Promise<ParsedDocument> {
  const kind = kindOf(fileName);
  if (!kind) throw new ImportError('unsupported', '不支持的文件类型（只导入 .docx、.html、.htm、.txt）');
  if (bytes.length > SIZE_LIMITS[kind]) throw tooLarge(SIZE_LIMITS[kind]);
  if (bytes.length === 0) throw new ImportError('empty', '文件为空');
  if (kind === 'txt') return parseText(decodeBytes(bytes));
  if (kind === 'html') return parseHtmlBytes(bytes);
  return parseDocx(bytes);
}
