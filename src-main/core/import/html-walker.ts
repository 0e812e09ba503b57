// parse5 DOM → block model. Block elements end a paragraph, <br> ends a line, data tables become TableBlocks
// with their grid resolved; layout tables (tables holding tables, single-cell tables) are read as flow.
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { BlockBuilder, type RawCell } from './block-builder.js';
import { attr, chromeVerdict, computeStats, SKIP_TAGS, type El, type TextStats } from './html-chrome.js';

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'center', 'address',
  'figure', 'figcaption', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'hr', 'body', 'html', 'form',
  'fieldset', 'legend', 'details', 'summary', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'table', 'header',
  'footer', 'nav', 'aside',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

interface Sink {
  paragraph(text: string, heading: boolean): void;
  table(rows: RawCell[][]): void;
}

export interface WalkResult {
  images: number;
}

export function walkHtml(root: T.ParentNode, builder: BlockBuilder): WalkResult {
  const stats = computeStats(root);
  const rootStats = stats.get(root);
  const pageText = rootStats ? rootStats.text - rootStats.link : 0;
  const w = new Walker(stats, pageText);
  w.flow(root, builder);
  w.flush(builder);
  return { images: w.images };
}

class Walker {
  images = 0;
  private buf = '';
  private heading = 0;
  private pre = 0;

  constructor(
    private readonly stats: Map<T.ParentNode, TextStats>,
    private readonly pageText: number,
  ) {}

  flush(sink: Sink): void {
    const text = collapse(this.buf);
    this.buf = '';
    if (text) sink.paragraph(text, this.heading > 0);
  }

  flow(node: T.ParentNode, sink: Sink): void {
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') {
        const v = (child as T.TextNode).value;
        if (this.pre > 0 && v.includes('\n')) {
          const lines = v.split(/\r?\n/);
          lines.forEach((l, k) => {
            if (k > 0) this.flush(sink);
            this.buf += l;
          });
        } else this.buf += v;
        continue;
      }
      if (!('tagName' in child)) continue;
      const el = child as El;
      const tag = el.tagName;
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'img') {
        this.images++;
        continue;
      }
      if (tag === 'br') {
        this.flush(sink);
        continue;
      }
      const s = this.stats.get(el);
      if (s && chromeVerdict(el, s, this.pageText) === 'drop') continue;
      if (tag === 'table') {
        this.flush(sink);
        this.tableOrFlow(el, s, sink);
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        this.flush(sink);
        const h = HEADINGS.has(tag);
        if (h) this.heading++;
        if (tag === 'pre') this.pre++;
        this.flow(el, sink);
        this.flush(sink);
        if (h) this.heading--;
        if (tag === 'pre') this.pre--;
        continue;
      }
      this.flow(el, sink);
    }
  }

  private tableOrFlow(table: El, s: TextStats | undefined, sink: Sink): void {
    const rows = collectRows(table);
    const cellCount = rows.reduce((n, r) => n + r.length, 0);
    // Layout tables: hold other tables, or a single cell wrapping content. Read them as ordinary flow.
    if ((s && s.tables > 0) || cellCount <= 1) {
      this.flow(table, sink);
      this.flush(sink);
      return;
    }
    for (const child of table.childNodes) {
      if ('tagName' in child && child.tagName === 'caption') {
        this.flow(child, sink);
        this.flush(sink);
      }
    }
    const raw: RawCell[][] = rows.map((row) =>
      row.map((td) => ({
        text: this.cellText(td),
        rowSpan: parseSpan(attr(td, 'rowspan')),
        colSpan: parseSpan(attr(td, 'colspan')),
      })),
    );
    sink.table(raw);
  }

  /** The text of a cell on one line: its paragraphs joined by a space. */
  private cellText(td: El): string {
    const parts: string[] = [];
    const saved = this.buf;
    this.buf = '';
    const sink: Sink = {
      paragraph: (t) => parts.push(t),
      table: (rows) => parts.push(rows.map((r) => r.map((c) => c.text).join(' ')).join(' ')),
    };
    this.flow(td, sink);
    this.flush(sink);
    this.buf = saved;
    return parts.join(' ');
  }
}

/** The rows of a table (not of tables nested in it), each a list of td/th elements. */
function collectRows(table: El): El[][] {
  const rows: El[][] = [];
  const addRow = (tr: El) => {
    const cells: El[] = [];
    for (const c of tr.childNodes) if ('tagName' in c && (c.tagName === 'td' || c.tagName === 'th')) cells.push(c as El);
    rows.push(cells);
  };
  for (const child of table.childNodes) {
    if (!('tagName' in child)) continue;
    if (child.tagName === 'tr') addRow(child as El);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const tr of child.childNodes) if ('tagName' in tr && tr.tagName === 'tr') addRow(tr as El);
    }
  }
  return rows;
}

function parseSpan(v: string | undefined): number {
  if (v === undefined) return 1;
  const n = parseInt(v, 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

/** HTML whitespace (and &nbsp;) runs → one space; trimmed. Ideographic spaces inside are kept. */
export function collapse(s: string): string {
  return s.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
}
