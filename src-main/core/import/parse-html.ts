import type { ParsedDocument } from '../document.js';
import { decodeBytes } from './decode.js';
import { parseText } from './parse-text.js';
// Placeholder until the HTML block model lands: treats the page as text.
export function parseHtmlBytes(bytes: Uint8Array): ParsedDocument {
  return { ...parseText(decodeBytes(bytes)), kind: 'html' };
}
