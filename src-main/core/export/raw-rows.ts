// A fast path for data rows: the row's SpreadsheetML written straight into exceljs's worksheet stream, in
// the same shape exceljs writes (<row r><c r s><v>…), instead of building a Row and a Cell object per value
// and rendering each through exceljs's xforms — which took most of a 20,000-report export's time.
// It relies on a few internals of exceljs's streaming WorksheetWriter (stream, startedData, _rowZero, the
// comments writer) and is used only when they are all there: otherwise the caller falls back to the
// public row API, which gives the same file, only slower.
import type ExcelJS from 'exceljs';
import type { FieldValue } from '../fields.js';

interface WriterInternals {
  stream: { write(chunk: string): unknown };
  startedData: boolean;
  _rowZero: number;
  _rows: unknown[];
  hasComments: boolean;
  _sheetCommentsWriter: { addComments(comments: unknown[]): void };
  _workbook: { styles: { addStyleModel(style: Partial<ExcelJS.Style>, cellType?: number): number } };
}

/** exceljs's ValueType codes the styles registry takes (doc/enums.js). */
const VALUE_TYPE = { Number: 2, String: 3, Date: 4 } as const;

export interface RawCell {
  value: FieldValue | Date | undefined;
  style: Partial<ExcelJS.Style>;
  note?: string;
}

// what exceljs's Note model adds to every note (doc/note.js DEFAULT_CONFIGS), so notes look the same
const NOTE_DEFAULTS = {
  margins: { insetmode: 'auto', inset: [0.13, 0.13, 0.25, 0.25] },
  protection: { locked: 'True', lockText: 'True' },
  editAs: 'absolute',
};

// characters XML 1.0 does not allow (exceljs drops them too): matching control characters is the point
// eslint-disable-next-line no-control-regex
const INVALID = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/g;
// eslint-disable-next-line no-control-regex
const SPECIAL = /[<>&"\x00-\x08\x0B\x0C\x0E-\x1F\x7F\uFFFE\uFFFF]/;
export function xmlText(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return s.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const LETTERS: string[] = [];
function letter(col: number): string {
  let l = LETTERS[col];
  if (l === undefined) {
    l = '';
    for (let x = col; x > 0; x = Math.floor((x - 1) / 26)) l = String.fromCharCode(65 + ((x - 1) % 26)) + l;
    LETTERS[col] = l;
  }
  return l;
}

export class RawRowWriter {
  private readonly styleIds = new Map<Partial<ExcelJS.Style>, number[]>();

  private constructor(private readonly ws: WriterInternals) {}

  /** The fast path for this worksheet, or undefined if exceljs's internals are not as expected. */
  static for(ws: ExcelJS.Worksheet): RawRowWriter | undefined {
    const w = ws as unknown as Partial<WriterInternals>;
    const ok =
      typeof w.stream?.write === 'function' &&
      typeof w.startedData === 'boolean' &&
      typeof w._rowZero === 'number' &&
      Array.isArray(w._rows) &&
      typeof w._sheetCommentsWriter?.addComments === 'function' &&
      typeof w._workbook?.styles?.addStyleModel === 'function';
    return ok ? new RawRowWriter(w as WriterInternals) : undefined;
  }

  /** Usable now: the header is written and no row waits uncommitted in exceljs. */
  get ready(): boolean {
    return this.ws.startedData && this.ws._rows.length === 0;
  }

  private styleId(style: Partial<ExcelJS.Style>, type: number): number {
    let ids = this.styleIds.get(style);
    if (!ids) this.styleIds.set(style, (ids = []));
    return (ids[type] ??= this.ws._workbook.styles.addStyleModel(style, type));
  }

  /** Writes row `r`; later exceljs rows continue after it. */
  write(r: number, cells: ReadonlyArray<RawCell | undefined>): void {
    let xml = `<row r="${r}">`;
    let notes: unknown[] | undefined;
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (!c || c.value === undefined || c.value === null) continue;
      const ref = `${letter(i + 1)}${r}`;
      const v = c.value;
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) continue;
        xml += `<c r="${ref}" s="${this.styleId(c.style, VALUE_TYPE.Number)}"><v>${v}</v></c>`;
      } else if (v instanceof Date) {
        xml += `<c r="${ref}" s="${this.styleId(c.style, VALUE_TYPE.Date)}"><v>${25569 + v.getTime() / 86_400_000}</v></c>`;
      } else {
        const text = xmlText(v);
        const space = text !== text.trim() ? ' xml:space="preserve"' : '';
        xml += `<c r="${ref}" s="${this.styleId(c.style, VALUE_TYPE.String)}" t="inlineStr"><is><t${space}>${text}</t></is></c>`;
      }
      if (c.note) (notes ??= []).push({ type: 'note', note: { texts: [{ text: c.note }], ...NOTE_DEFAULTS }, ref });
    }
    this.ws.stream.write(`${xml}</row>`);
    if (notes) {
      this.ws.hasComments = true;
      this.ws._sheetCommentsWriter.addComments(notes);
    }
    this.ws._rowZero = r + 1;
  }
}
