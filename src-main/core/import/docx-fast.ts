// A fast reader for the common .docx: word/document.xml → the same HTML mammoth makes for it (paragraphs,
// headings, tables with gridSpan/vMerge resolved the way mammoth resolves them), in a few milliseconds
// instead of mammoth's ~100 ms of DOM building. Whenever the document uses something this reader does not
// mirror (footnotes, text boxes, odd table structure, ZIP64 …) it returns null and mammoth does the work.
// Tests check that both give the same block model on every .docx we have.
import { openZip } from './zip-reader.js';

class Unsupported extends Error {}

const TOKEN = /<(\/?)([A-Za-z][\w.-]*:?[\w.-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|([^<]+)/g;

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'amp') return '&';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Paragraph style ids and names that mammoth's default style map turns into headings. */
function headingLevels(stylesXml: string | null): Map<string, number> {
  const levels = new Map<string, number>();
  for (let i = 1; i <= 6; i++) levels.set(`Heading${i}`, i);
  levels.set('Heading', 1);
  if (!stylesXml) return levels;
  const re = /<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g;
  for (let m = re.exec(stylesXml); m; m = re.exec(stylesXml)) {
    if (attr(m[1], 'w:type') !== 'paragraph') continue;
    const id = attr(m[1], 'w:styleId');
    const nm = /<w:name\b([^>]*)\/?>/.exec(m[2]);
    const name = nm ? attr(nm[1], 'w:val') : undefined;
    if (!id || !name) continue;
    const h = /^[Hh]eading ([1-6])$/.exec(name);
    if (h) levels.set(id, Number(h[1]));
    else if (name === 'Heading') levels.set(id, 1);
  }
  return levels;
}

interface Cell {
  colSpan: number;
  vMerge: boolean | null;
  rowSpan: number;
  html: string[];
}

interface TableCtx {
  rows: Cell[][];
}

/** The HTML mammoth would produce for this .docx, or null when mammoth should read it. */
export function docxToHtmlFast(bytes: Uint8Array): string | null {
  const zip = openZip(bytes);
  if (!zip) return null;
  const mainPath = mainDocumentPath(zip.read('_rels/.rels')?.toString('utf8') ?? null);
  const main = zip.read(mainPath);
  if (!main) return null;
  const stylesBuf = zip.read(mainPath.replace(/[^/]+$/, 'styles.xml'));
  try {
    return convert(main.toString('utf8'), headingLevels(stylesBuf ? stylesBuf.toString('utf8') : null));
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

function mainDocumentPath(rels: string | null): string {
  if (rels) {
    const re = /<Relationship\b([^>]*)\/?>/g;
    for (let m = re.exec(rels); m; m = re.exec(rels)) {
      if ((attr(m[1], 'Type') ?? '').endsWith('/officeDocument')) {
        const target = attr(m[1], 'Target');
        if (target) return target.replace(/^\//, '');
      }
    }
  }
  return 'word/document.xml';
}

/**
 * mammoth reads only the elements it knows and drops everything else with its content; this reader does the
 * same. Containers whose children are read:
 */
const WALK = new Set([
  'w:document', 'w:body', 'w:r', 'w:hyperlink', 'w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:sdt',
  'w:sdtContent', 'mc:AlternateContent', 'mc:Fallback', 'w:drawing', 'wp:inline', 'wp:anchor', 'a:graphic',
  'a:graphicData', 'pic:pic', 'pic:blipFill', 'w:fldChar', 'w:bookmarkStart', 'w:bookmarkEnd',
]);
/** Features mammoth renders in ways this reader does not mirror: mammoth reads such a document. */
const BAIL = new Set([
  'w:footnoteReference', 'w:endnoteReference', 'w:commentReference', 'w:sym', 'w:pict', 'w:object',
  'w:txbxContent', 'v:imagedata', 'w:altChunk', 'w:subDoc',
]);

/** Elements this reader handles itself (besides the WALK containers). */
const HANDLED = new Set(['w:p', 'w:t', 'w:tab', 'w:br', 'w:noBreakHyphen', 'w:softHyphen', 'a:blip', 'w:tbl', 'w:tr', 'w:tc', 'w:tcPr']);

function convert(xml: string, headings: Map<string, number>): string {
  const body: string[] = [];
  const sinks: string[][] = [body];
  const tables: TableCtx[] = [];
  const stack: string[] = [];
  let skipDepth = 0;
  let para: string[] | null = null;
  let paraLevel = 0;
  let inText = false;
  let cell: Cell | null = null;
  const cellStack: Array<Cell | null> = [];

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const text = m[5];
    if (text !== undefined) {
      if (inText && skipDepth === 0 && para) para.push(escapeHtml(decodeXml(text)));
      continue;
    }
    const name = m[2];
    if (!name) continue; // processing instruction or comment
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    const attrs = m[3] ?? '';

    if (closing) {
      if (stack.pop() !== name) throw new Unsupported('unbalanced');
      if (skipDepth > 0) {
        skipDepth--;
        continue;
      }
      if (name === 'w:t') inText = false;
      else if (name === 'w:p') {
        if (para && para.length) {
          const tag = paraLevel ? `h${paraLevel}` : 'p';
          sinks[sinks.length - 1].push(`<${tag}>${para.join('')}</${tag}>`);
        }
        para = null;
        paraLevel = 0;
      } else if (name === 'w:tc') {
        sinks.pop();
        cell = cellStack.pop() ?? null;
      } else if (name === 'w:tbl') {
        const t = tables.pop();
        if (!t) throw new Unsupported('table');
        sinks[sinks.length - 1].push(renderTable(t));
      }
      continue;
    }

    if (skipDepth > 0) {
      if (!selfClosing) {
        stack.push(name);
        skipDepth++;
      }
      continue;
    }
    if (BAIL.has(name)) throw new Unsupported(name);
    if (name === 'w:pPr') {
      // the paragraph style sits in pPr; a deleted paragraph mark (pPr/rPr/del) merges paragraphs: mammoth's job
      const end = xml.indexOf('</w:pPr>', TOKEN.lastIndex);
      const pPr = selfClosing ? '' : xml.slice(TOKEN.lastIndex, end < 0 ? undefined : end);
      if (/<w:del\b/.test(pPr)) throw new Unsupported('deleted paragraph mark');
      const st = /<w:pStyle\b([^>]*)\/?>/.exec(pPr);
      const id = st ? attr(st[1], 'w:val') : undefined;
      if (para) paraLevel = (id && headings.get(id)) || 0;
    } else if (name === 'w:trPr' && !selfClosing) {
      const end = xml.indexOf('</w:trPr>', TOKEN.lastIndex);
      if (/<w:del\b/.test(xml.slice(TOKEN.lastIndex, end < 0 ? undefined : end))) throw new Unsupported('deleted row');
    } else if (name === 'w:sdtPr' && !selfClosing) {
      const end = xml.indexOf('</w:sdtPr>', TOKEN.lastIndex);
      if (/checkbox/i.test(xml.slice(TOKEN.lastIndex, end < 0 ? undefined : end))) throw new Unsupported('checkbox');
    }
    const handled = HANDLED.has(name) || WALK.has(name);
    if (!handled) {
      // unknown to mammoth (or properties): dropped with its content
      if (!selfClosing) {
        stack.push(name);
        skipDepth = 1;
      }
      continue;
    }

    switch (name) {
      case 'w:p':
        if (para) throw new Unsupported('nested paragraph');
        para = [];
        paraLevel = 0;
        if (selfClosing) para = null;
        break;
      case 'w:t':
        inText = !selfClosing;
        break;
      case 'w:tab':
        if (para && stack[stack.length - 1] === 'w:r') para.push('\t');
        break;
      case 'w:br': {
        const type = attr(attrs, 'w:type');
        if (para && (!type || type === 'textWrapping')) para.push('<br>');
        break;
      }
      case 'w:noBreakHyphen':
        if (para) para.push('\u2011');
        break;
      case 'w:softHyphen':
        if (para) para.push('\u00ad');
        break;
      case 'a:blip':
        if (para && stack.includes('pic:blipFill')) para.push('<img>');
        break;
      case 'w:tbl':
        if (para) throw new Unsupported('table in paragraph');
        tables.push({ rows: [] });
        break;
      case 'w:tr': {
        const t = tables[tables.length - 1];
        if (!t || stack[stack.length - 1] !== 'w:tbl') throw new Unsupported('row outside table');
        t.rows.push([]);
        break;
      }
      case 'w:tc': {
        const t = tables[tables.length - 1];
        if (!t || stack[stack.length - 1] !== 'w:tr') throw new Unsupported('cell outside row');
        cellStack.push(cell);
        cell = { colSpan: 1, vMerge: null, rowSpan: 1, html: [] };
        t.rows[t.rows.length - 1].push(cell);
        sinks.push(cell.html);
        break;
      }
      case 'w:tcPr': {
        if (!cell || selfClosing) break;
        const end = xml.indexOf('</w:tcPr>', TOKEN.lastIndex);
        const tcPr = xml.slice(TOKEN.lastIndex, end < 0 ? undefined : end);
        const gs = /<w:gridSpan\b([^>]*)\/?>/.exec(tcPr);
        const span = gs ? parseInt(attr(gs[1], 'w:val') ?? '', 10) : NaN;
        cell.colSpan = Number.isFinite(span) && span > 0 ? span : 1;
        const vm = /<w:vMerge\b([^>]*?)\/?>/.exec(tcPr);
        if (vm) {
          const val = attr(vm[1], 'w:val');
          cell.vMerge = val === 'continue' || !val;
        }
        stack.push(name);
        skipDepth = 1;
        continue;
      }
      default:
        break;
    }
    if (!selfClosing) stack.push(name);
  }
  if (stack.length || tables.length || para) throw new Unsupported('truncated');
  return body.join('');
}

/** mammoth's row-span rule: a continuing vMerge cell extends the cell that started at the same cell index. */
function renderTable(t: TableCtx): string {
  const columns = new Map<number, Cell>();
  for (const row of t.rows) {
    let index = 0;
    for (const c of row) {
      const start = columns.get(index);
      if (c.vMerge && start) start.rowSpan++;
      else {
        columns.set(index, c);
        c.vMerge = false;
      }
      index += c.colSpan;
    }
  }
  const out: string[] = ['<table>'];
  for (const row of t.rows) {
    out.push('<tr>');
    for (const c of row) {
      if (c.vMerge) continue;
      const span = (c.colSpan > 1 ? ` colspan="${c.colSpan}"` : '') + (c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : '');
      out.push(`<td${span}>${c.html.join('')}</td>`);
    }
    out.push('</tr>');
  }
  out.push('</table>');
  return out.join('');
}
