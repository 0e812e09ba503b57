// .docx → HTML (mammoth's, or the same HTML from the fast reader in docx-fast.ts) → the same HTML path → the
// same block model. Images are not embedded (only counted), so a scanned report does not balloon into base64;
// it is imported with a note instead of being dropped.
import mammoth from 'mammoth';
import type { ParsedDocument } from '../document.js';
import { ImportError } from './errors.js';
import { parseHtmlString } from './parse-html.js';
import { docxToHtmlFast } from './docx-fast.js';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export async function parseDocx(bytes: Uint8Array): Promise<ParsedDocument> {
  checkMagic(bytes);
  // The fast reader handles the common document in milliseconds; anything it does not mirror goes to mammoth.
  const fast = docxToHtmlFast(bytes);
  if (fast !== null) return htmlToDocument(fast);
  return parseDocxWithMammoth(bytes);
}

/** mammoth's reading, always (tests compare the fast reader against it). */
export async function parseDocxWithMammoth(bytes: Uint8Array): Promise<ParsedDocument> {
  checkMagic(bytes);
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = await mammoth.convertToHtml({ buffer }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
    html = result.value;
  } catch (e) {
    throw new ImportError('bad-docx', `不是有效的 Word 文档（.docx）：文件已损坏或内容不完整（${shortReason(e)}）`, { cause: e });
  }
  return htmlToDocument(html);
}

function htmlToDocument(html: string): ParsedDocument {
  return parseHtmlString(`<html><body>${html}</body></html>`, 'docx', { text: html, encoding: 'utf-8', confidence: 1 });
}

function checkMagic(bytes: Uint8Array): void {
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new ImportError('bad-docx', '不是有效的 Word 文档（.docx）：这是旧版 .doc 或加密的文档，请在 Word 中另存为 .docx 后再导入');
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new ImportError('bad-docx', '不是有效的 Word 文档（.docx）：文件已损坏或不是 Word 文档');
  }
}

function shortReason(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.length > 120 ? m.slice(0, 120) + '…' : m;
}
