// .html/.htm → ParsedDocument: decode (a <meta charset> is only a hint), parse with parse5, drop site chrome,
// build the block model. The page is data: scripts and styles are dropped, nothing is executed or fetched.
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { ParsedDocument } from '../document.js';
import { decodeBytes, canonicalCharset, type Decoded } from './decode.js';
import { BlockBuilder } from './block-builder.js';
import { collapse, walkHtml } from './html-walker.js';
import { attr } from './html-chrome.js';
import { EMPTY_NOTE, IMAGES_ONLY_NOTE } from './notes.js';

/** The charset a page declares in its first bytes (<meta charset> or http-equiv content-type), if any. */
export function sniffCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m ? m[1] : null;
}

export function parseHtmlBytes(bytes: Uint8Array): ParsedDocument {
  const declared = sniffCharset(bytes);
  const decoded = decodeBytes(bytes, declared);
  const hint = canonicalCharset(declared ?? undefined);
  // A declaration that agrees with what the bytes say makes us surer; one that disagrees is noted.
  const confidence = hint === decoded.encoding ? Math.min(1, decoded.confidence + 0.05) : decoded.confidence;
  const doc = parseHtmlString(decoded.text, 'html', { ...decoded, confidence });
  if (declared && hint && hint !== decoded.encoding && !(hint === 'utf-8' && decoded.encoding === 'utf-8')) {
    doc.notes.push(`网页声明的编码为 ${declared}，但内容实际按 ${decoded.encoding} 解码`);
  }
  return doc;
}

/**
 * Word-exported pages carry most of their bytes in presentation attributes (style="…" on every span) and
 * scripts; parse5 would build all of that only for it to be dropped. Removed before parsing: script/style
 * elements, and presentation attributes inside tags. class and id stay (chrome detection reads them).
 */
const DROPPED_ELEMENTS = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<[A-Za-z][^<>]*>/g;
const PRESENTATION_ATTR =
  /\s(?:style|face|lang|width|height|valign|align|border|cellpadding|cellspacing|bgcolor|color|size|on[a-z]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)/gi;

export function slimHtml(html: string): string {
  return html
    .replace(DROPPED_ELEMENTS, '')
    .replace(TAG, (tag) => (tag.length > 12 ? tag.replace(PRESENTATION_ATTR, '') : tag));
}

export function parseHtmlString(html: string, kind: 'html' | 'docx', decoded: Decoded, opts: { slim?: boolean } = {}): ParsedDocument {
  const document = parse(opts.slim === false ? html : slimHtml(html));
  const htmlTitle = findTitle(document);
  const body = findBody(document) ?? document;
  const builder = new BlockBuilder();
  // The <title> leads when the page body does not repeat it: it names the agency and the year.
  const { images } = walkHtml(body, builder);
  let blocks = builder.blocks;
  let text = builder.text();
  if (htmlTitle && !text.slice(0, 2000).includes(htmlTitle)) {
    const shift = htmlTitle.length + (text.length > 0 ? 1 : 0);
    for (const b of blocks) {
      b.index += 1;
      b.start += shift;
      b.end += shift;
      if (b.type === 'table') for (const c of b.cells) {
        c.start += shift;
        c.end += shift;
      }
    }
    blocks = [{ type: 'paragraph', index: 0, text: htmlTitle, start: 0, end: htmlTitle.length, heading: true }, ...blocks];
    text = text.length > 0 ? `${htmlTitle}\n${text}` : htmlTitle;
  }
  const notes: string[] = [];
  if (text.trim().length === 0 || blocks.length === 0) notes.push(images > 0 ? IMAGES_ONLY_NOTE : EMPTY_NOTE);
  const doc: ParsedDocument = {
    kind,
    encoding: decoded.encoding,
    encodingConfidence: decoded.confidence,
    text,
    blocks,
    notes,
  };
  if (htmlTitle) doc.htmlTitle = htmlTitle;
  return doc;
}

function findChild(node: T.ParentNode, tag: string): T.Element | undefined {
  for (const c of node.childNodes) if ('tagName' in c && c.tagName === tag) return c as T.Element;
  return undefined;
}

function findBody(document: T.Document): T.Element | undefined {
  const html = findChild(document, 'html');
  return html ? findChild(html, 'body') : undefined;
}

function findTitle(document: T.Document): string | undefined {
  const html = findChild(document, 'html');
  const head = html && findChild(html, 'head');
  if (!head) return undefined;
  const title = findChild(head, 'title');
  let text = title ? collapse(title.childNodes.map((c) => (c.nodeName === '#text' ? (c as T.TextNode).value : '')).join('')) : '';
  if (!text) {
    for (const c of head.childNodes) {
      if ('tagName' in c && c.tagName === 'meta' && /^(ArticleTitle|title)$/i.test(attr(c as T.Element, 'name') ?? '')) {
        text = collapse(attr(c as T.Element, 'content') ?? '');
        if (text) break;
      }
    }
  }
  return text || undefined;
}
