// @vitest-environment happy-dom
// The source pane draws the block model as React text: imported markup stays text, table cells keep their
// spans, highlights cut the exact characters, and a text selection maps back to document offsets.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Block } from '../../../../src-main/core/document.js';
import { SourcePane, type SourceSelection } from '../../../../src-renderer/features/review/SourcePane.js';
import { TableGrid, type CellState } from '../../../../src-renderer/features/review/TableGrid.js';
import { t4Shape } from '../../../../src-renderer/features/review/table-shapes.js';
import type { ReviewedField } from '../../../../src-renderer/features/review/field-model.js';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  Element.prototype.scrollIntoView ??= () => {};
});

let root: Root | undefined;
let host: HTMLElement;
function render(node: React.ReactNode) {
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
  act(() => root!.render(node));
}
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

const text = '标题<script>alert(1)</script>\n项目 | 数量\n本年新收 | 12';
const blocks: Block[] = [
  { type: 'paragraph', index: 0, text: '标题<script>alert(1)</script>', start: 0, end: 27, heading: true },
  {
    type: 'table', index: 1, start: 28, end: text.length, rowCount: 2, colCount: 2,
    cells: [
      { row: 0, col: 0, rowSpan: 1, colSpan: 2, text: '项目 | 数量', start: 28, end: 35 },
      { row: 1, col: 0, rowSpan: 1, colSpan: 1, text: '本年新收', start: 36, end: 40 },
      { row: 1, col: 1, rowSpan: 1, colSpan: 1, text: '12', start: 43, end: 45 },
    ],
    grid: [[0, 0], [1, 2]],
  },
];

describe('SourcePane', () => {
  it('draws imported markup as text and tables as real tables with spans', () => {
    expect(text.slice(43, 45)).toBe('12');
    render(<SourcePane blocks={blocks} spans={[]} scrollSeq={0} onSelect={() => {}} />);
    expect(host.querySelector('script')).toBeNull();
    expect(host.querySelector('p')!.textContent).toBe('标题<script>alert(1)</script>');
    const tds = host.querySelectorAll('td');
    expect(tds).toHaveLength(3);
    expect(tds[0].getAttribute('colspan')).toBe('2');
  });

  it('marks exactly the characters of a span, in paragraphs and cells', () => {
    render(<SourcePane blocks={blocks} spans={[{ start: 43, end: 45, kind: 'active' }, { start: 0, end: 2, kind: 'finding' }]} scrollSeq={1} onSelect={() => {}} />);
    expect([...host.querySelectorAll('mark.active')].map((m) => m.textContent)).toEqual(['12']);
    expect([...host.querySelectorAll('mark.finding')].map((m) => m.textContent)).toEqual(['标题']);
  });

  it('maps a selection back to document offsets', () => {
    let got: SourceSelection | null = null;
    render(<SourcePane blocks={blocks} spans={[]} scrollSeq={0} onSelect={(s) => (got = s)} />);
    const cell = host.querySelectorAll('td')[2].querySelector('[data-o]')!;
    const range = document.createRange();
    range.setStart(cell.firstChild!, 0);
    range.setEnd(cell.firstChild!, 2);
    const sel = window.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    act(() => host.querySelector('[data-testid=source]')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true })));
    expect(got).toMatchObject({ start: 43, end: 45, text: '12' });
  });
});

describe('TableGrid', () => {
  const field = (key: string, over: Partial<ReviewedField> = {}): ReviewedField => ({
    key, label: key, type: 'int', value: 0, approx: false, corrected: false,
    extracted: { value: 0, approx: false, method: 'table-cell', confidence: 1, source: null }, correction: null, ...over,
  });

  it('marks corrected cells and tells what extraction gave, who changed it and when', () => {
    const corrected = field('t4.review.upheld', {
      value: 3, corrected: true,
      correction: { id: 1, value: 3, oldValue: 0, extractedValue: 0, source: null, reviewer: '李审核', at: '2026-01-05T08:00:00.000Z' },
    });
    const state: CellState = {
      fields: new Map([[corrected.key, corrected], ['t4.review.total', field('t4.review.total', { value: null })]]),
      activeKey: 't4.review.total', editingKey: null, findingKeys: new Set(['t4.review.total']), keySeverity: new Map([['t4.review.total', 'error']]),
    };
    render(<TableGrid shape={t4Shape()} state={state} actions={{ activate: () => {}, edit: () => {}, commit: () => {}, cancel: () => {} }} />);
    const cell = host.querySelector('td[data-key="t4.review.upheld"]')!;
    expect(cell.textContent).toBe('3');
    expect(cell.className).toContain('corrected');
    expect(cell.getAttribute('title')).toMatch(/原提取值：0\n修改人：李审核\n时间：2026-01-05/);
    const total = host.querySelector('td[data-key="t4.review.total"]')!;
    expect(total.className).toMatch(/blank/);
    expect(total.className).toMatch(/in-finding/);
    expect(total.className).toMatch(/finding-error/);
    expect(total.className).toMatch(/active/);
    // a key the report does not carry shows as missing
    expect(host.querySelector('td[data-key="t4.suit_after.total"]')!.className).toContain('missing');
    expect(host.querySelectorAll('td.val')).toHaveLength(15);
  });
});
