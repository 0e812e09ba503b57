// The block model: what every importer (.txt, .html, .docx) produces and what extraction, the review
// screen's source pane and the database share. Offsets are UTF-16 code-unit indices into `text`,
// the document text ("original text"), so a span can be highlighted in what the reviewer sees.

export type SourceKind = 'docx' | 'html' | 'txt';

export interface ParagraphBlock {
  type: 'paragraph';
  /** position of this block in ParsedDocument.blocks */
  index: number;
  text: string;
  start: number;
  end: number;
  /** h1–h6, or a paragraph the source marks as a title */
  heading?: boolean;
}

export interface TableCell {
  /** top-left grid position of the cell */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  start: number;
  end: number;
}

export interface TableBlock {
  type: 'table';
  index: number;
  start: number;
  end: number;
  rowCount: number;
  colCount: number;
  cells: TableCell[];
  /** grid[r][c] = index into `cells` of the cell covering that position (rowspan/colspan resolved), or -1 */
  grid: number[][];
}

export type Block = ParagraphBlock | TableBlock;

export interface ParsedDocument {
  kind: SourceKind;
  /** the encoding the bytes were decoded with (e.g. utf-8, gb18030, big5, utf-16le) */
  encoding: string;
  /** 0..1: how sure the decoder was */
  encodingConfidence: number;
  /**
   * The document text. For .txt the decoded file (line breaks normalised to \n); for .html/.docx the
   * text of the blocks: paragraphs one per line, table rows one per line with cells joined by " | ".
   */
  text: string;
  blocks: Block[];
  /** <title> of an HTML page, when present: a hint for agency and year */
  htmlTitle?: string;
  /** notes for the reviewer in Chinese (e.g. the .docx holds only images) */
  notes: string[];
}

/**
 * Normalised text (pinyin stripped, traditional→simplified, full-width→half-width, whitespace folded)
 * with a map back to the document text: normalised char i came from text[startMap[i], endMap[i]).
 */
export interface NormalizedText {
  text: string;
  startMap: Int32Array;
  endMap: Int32Array;
}

/** A normalised-text span mapped to the document text. */
export function toOriginalSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < norm.startMap.length ? norm.startMap[start] : (norm.endMap[norm.endMap.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: norm.startMap[start], end: norm.endMap[end - 1] };
}
