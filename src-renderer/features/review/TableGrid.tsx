// One official table (二/三/四 or the pre-2019 statistics list) drawn from its shape definition, with the
// report's reviewed values in the value cells. Click or arrow to a cell, Enter/F2 to edit it.
import { memo, useEffect, useRef, useState } from 'react';
import type { TableShape } from './table-shapes.js';
import { correctionTitle, showValue, type Finding, type ReviewedField } from './field-model.js';
import { formatTime } from '../../components/Badges.js';
import { t } from '../../i18n/zh-CN.js';

export interface CellState {
  fields: Map<string, ReviewedField>;
  activeKey: string | null;
  editingKey: string | null;
  /** keys of the finding the reviewer is on */
  findingKeys: Set<string>;
  /** worst severity of any finding per key */
  keySeverity: Map<string, Finding['severity']>;
}

export interface CellActions {
  activate: (key: string) => void;
  edit: (key: string) => void;
  commit: (key: string, raw: string) => void;
  cancel: () => void;
}

export function CellEditor({ initial, onCommit, onCancel, label }: { initial: string; onCommit: (raw: string) => void; onCancel: () => void; label: string }) {
  const [v, setV] = useState(initial);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  return (
    <input ref={ref} value={v} aria-label={label} data-testid="cell-editor"
      onChange={(e) => setV(e.target.value)}
      onBlur={() => onCancel()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') {
          e.preventDefault();
          onCommit(v);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }} />
  );
}

export function cellClass(key: string, f: ReviewedField | undefined, s: CellState, base: string): string {
  const c = [base];
  if (!f || (f.extracted === null && !f.corrected)) c.push('missing');
  else if (f.value === null) c.push('blank');
  if (f?.corrected) c.push('corrected');
  if (f?.approx) c.push('approx');
  if (s.findingKeys.has(key)) c.push('in-finding');
  if (s.keySeverity.get(key) === 'error') c.push('finding-error');
  if (s.activeKey === key) c.push('active');
  return c.join(' ');
}

export function cellTitle(f: ReviewedField | undefined): string | undefined {
  if (!f) return undefined;
  const parts = [f.approx ? `${f.label}${t.review.approx}` : f.label];
  const corr = correctionTitle(f, formatTime);
  if (corr) parts.push(corr);
  else if (f.extracted) parts.push(t.review.extractedFrom(t.review.method[f.extracted.method] ?? f.extracted.method, f.extracted.confidence));
  return parts.join('\n');
}

export const TableGrid = memo(function TableGrid({ shape, state, actions }: { shape: TableShape; state: CellState; actions: CellActions }) {
  return (
    <table className="shape" data-table={shape.id}>
      <colgroup>
        {shape.cols.map((w, i) => (
          <col key={i} style={w ? { width: w } : undefined} />
        ))}
      </colgroup>
      <tbody>
        {shape.rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, c) => {
              if (cell.kind === 'head') {
                return <th key={c} rowSpan={cell.rowSpan} colSpan={cell.colSpan} className={cell.vertical ? 'v' : undefined} title={cell.title}>{cell.text}</th>;
              }
              if (cell.kind === 'label') {
                return <td key={c} rowSpan={cell.rowSpan} colSpan={cell.colSpan} className={`lab${cell.vertical ? ' v' : ''}${cell.group ? ' grp' : ''}`} title={cell.title ?? cell.text}>{cell.text}</td>;
              }
              const f = state.fields.get(cell.key);
              const editing = state.editingKey === cell.key;
              return (
                <td key={c} rowSpan={cell.rowSpan} colSpan={cell.colSpan} className={cellClass(cell.key, f, state, 'val')} data-key={cell.key}
                  title={editing ? t.review.editHint : cellTitle(f)}
                  onClick={() => actions.activate(cell.key)} onDoubleClick={() => actions.edit(cell.key)}>
                  {editing ? (
                    <CellEditor initial={showValue(f?.value, f?.type)} label={f?.label ?? cell.key} onCommit={(raw) => actions.commit(cell.key, raw)} onCancel={actions.cancel} />
                  ) : (
                    showValue(f?.value, f?.type)
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
});
