// The source document drawn by the app from the block model: paragraphs as text, tables as real <table>s
// with rowSpan/colSpan from the grid. Imported markup is never injected; every character is React text.
// Highlights are <mark>s cut from the text by span; every text piece carries its document offset (data-o)
// so a selection maps back to [start, end) in the document text.
import { memo, useEffect, useMemo, useRef } from 'react';
import type { Block } from '../../../src-main/core/document.js';
import { mapSpans, runId, segments, firstRun, type LocalRange, type Span } from './highlight.js';
import { t } from '../../i18n/zh-CN.js';

export interface SourceSelection {
  start: number;
  end: number;
  text: string;
  rect: { x: number; y: number };
}

interface Props {
  blocks: Block[];
  spans: Span[];
  /** scroll the first span of this kind into view whenever `scrollSeq` changes */
  scrollSeq: number;
  notice?: string;
  onSelect: (sel: SourceSelection | null) => void;
}

function Run({ text, base, ranges }: { text: string; base: number; ranges?: LocalRange[] }) {
  return (
    <>
      {segments(text, ranges).map((s) =>
        s.kind ? (
          <mark key={s.offset} className={s.kind} data-o={base + s.offset}>{s.text}</mark>
        ) : (
          <span key={s.offset} data-o={base + s.offset}>{s.text}</span>
        ),
      )}
    </>
  );
}

const BlockView = memo(function BlockView({ block, ranges }: { block: Block; ranges: Map<string, LocalRange[]> | undefined }) {
  if (block.type === 'paragraph') {
    return (
      <p className={block.heading ? 'h' : undefined} data-run={runId(block.index)}>
        <Run text={block.text} base={block.start} ranges={ranges?.get(runId(block.index))} />
      </p>
    );
  }
  // draw each cell once, at its top-left grid position
  const rows = [];
  for (let r = 0; r < block.rowCount; r++) {
    const tds = [];
    for (let c = 0; c < block.colCount; c++) {
      const ci = block.grid[r]?.[c] ?? -1;
      if (ci < 0) {
        // a hole in a ragged table keeps the columns aligned
        tds.push(<td key={c} />);
        continue;
      }
      const cell = block.cells[ci];
      if (cell.row !== r || cell.col !== c) continue;
      const id = runId(block.index, ci);
      tds.push(
        <td key={c} rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined} colSpan={cell.colSpan > 1 ? cell.colSpan : undefined} data-run={id}>
          <Run text={cell.text} base={cell.start} ranges={ranges?.get(id)} />
        </td>,
      );
    }
    rows.push(<tr key={r}>{tds}</tr>);
  }
  return (
    <table data-block={block.index}>
      <tbody>{rows}</tbody>
    </table>
  );
});

/** Document offset of a DOM point inside the source pane, or null outside the drawn text. */
function offsetOf(node: Node | null, off: number): number | null {
  if (!node) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const host = node.parentElement?.closest<HTMLElement>('[data-o]');
    return host ? Number(host.dataset.o) + off : null;
  }
  const el = node as Element;
  const child = el.childNodes[off] as Element | undefined;
  const probe = (child?.nodeType === Node.ELEMENT_NODE ? child : el).closest?.('[data-o]') ?? (child as Element | undefined)?.querySelector?.('[data-o]');
  return probe instanceof HTMLElement ? Number(probe.dataset.o) : null;
}

export function SourcePane({ blocks, spans, scrollSeq, notice, onSelect }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // group ranges by block so only blocks whose highlights change re-render
  const byBlock = useMemo(() => {
    const all = mapSpans(blocks, spans);
    const m = new Map<number, Map<string, LocalRange[]>>();
    for (const [id, r] of all) {
      const b = Number(/^b(\d+)/.exec(id)![1]);
      (m.get(b) ?? m.set(b, new Map()).get(b)!).set(id, r);
    }
    return m;
  }, [blocks, spans]);

  useEffect(() => {
    const target = spans.find((s) => s.kind === 'active') ?? spans.find((s) => s.kind === 'finding') ?? spans.find((s) => s.kind === 'related');
    if (!target || !ref.current) return;
    const id = firstRun(blocks, target.start, target.end);
    const el = ref.current.querySelector(`[data-run="${id}"] mark.${target.kind}`) ?? ref.current.querySelector(`[data-run="${id}"]`);
    el?.scrollIntoView({ block: 'center', behavior: 'auto' });
     
  }, [scrollSeq]);

  const onMouseUp = () => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return onSelect(null);
    const range = sel.getRangeAt(0);
    if (!ref.current?.contains(range.commonAncestorContainer)) return onSelect(null);
    const a = offsetOf(range.startContainer, range.startOffset);
    const b = offsetOf(range.endContainer, range.endOffset);
    if (a === null || b === null || b <= a) return onSelect(null);
    const rect = range.getBoundingClientRect();
    onSelect({ start: a, end: b, text: sel.toString(), rect: { x: rect.left, y: rect.bottom } });
  };

  return (
    <div className="source" ref={ref} onMouseUp={onMouseUp} data-testid="source">
      {notice && <div className="notice">{notice}</div>}
      {blocks.length === 0 && <p className="muted">{t.review.blocksEmpty}</p>}
      {blocks.map((b) => (
        <BlockView key={b.index} block={b} ranges={byBlock.get(b.index)} />
      ))}
    </div>
  );
}
