// Text selected in the source → "设为字段…": pick a field (filtered as you type, ↑/↓, Enter) and the parsed
// number (or the text, for text fields) becomes that field's value, with the selection as its source.
import { useEffect, useMemo, useRef, useState } from 'react';
import { parseSelectedNumber } from './highlight.js';
import type { ReviewedField, Value } from './field-model.js';
import type { SourceSelection } from './SourcePane.js';
import { t } from '../../i18n/zh-CN.js';

interface Props {
  selection: SourceSelection;
  fields: ReviewedField[];
  defaultKey: string | null;
  onAssign: (key: string, value: Value, span: { start: number; end: number }) => void;
  onClose: () => void;
}

export function valueFromSelection(f: ReviewedField, text: string): Value | undefined {
  if (f.type === 'text' || f.type === 'date' || f.type === 'enum') return text.trim() || undefined;
  const n = parseSelectedNumber(text);
  if (n === null) return undefined;
  if ((f.type === 'int' || f.type === 'signed_int') && !Number.isInteger(n)) return undefined;
  if (f.type !== 'signed_int' && n < 0) return undefined;
  return n;
}

export function AssignPopup({ selection, fields, defaultKey, onAssign, onClose }: Props) {
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [idx, setIdx] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const num = parseSelectedNumber(selection.text);
  const list = useMemo(() => {
    const words = q.trim().split(/\s+/).filter(Boolean);
    const hits = fields.filter((f) => words.every((w) => f.label.includes(w) || f.key.includes(w)));
    if (!q && defaultKey) hits.sort((a, b) => (a.key === defaultKey ? -1 : b.key === defaultKey ? 1 : 0));
    return hits.slice(0, 200);
  }, [q, fields, defaultKey]);
  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  const choose = (f: ReviewedField | undefined) => {
    if (!f) return;
    const v = valueFromSelection(f, selection.text);
    if (v === undefined) return;
    onAssign(f.key, v, { start: selection.start, end: selection.end });
  };
  const left = Math.min(selection.rect.x, window.innerWidth - 360);
  const top = Math.min(selection.rect.y + 6, window.innerHeight - (open ? 320 : 60));

  return (
    <div className="assign-pop" style={{ left, top, width: open ? 340 : 'auto' }} data-testid="assign-popup"
      onMouseUp={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
      }}>
      {!open ? (
        <button className="primary" onClick={() => setOpen(true)}>{t.review.assignTo}</button>
      ) : (
        <>
          <div className="picked">
            「{selection.text.length > 30 ? `${selection.text.slice(0, 30)}…` : selection.text}」
            {num !== null ? ` → ${num}` : ` (${t.review.notANumber})`}
          </div>
          <input ref={inputRef} type="text" placeholder={t.review.assignPick} value={q} aria-label={t.review.assignPick}
            onChange={(e) => { setQ(e.target.value); setIdx(0); }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') { e.preventDefault(); setIdx((i) => Math.min(list.length - 1, i + 1)); }
              else if (e.key === 'ArrowUp') { e.preventDefault(); setIdx((i) => Math.max(0, i - 1)); }
              else if (e.key === 'Enter') { e.preventDefault(); choose(list[idx]); }
            }} />
          <ul role="listbox">
            {list.map((f, i) => {
              const ok = valueFromSelection(f, selection.text) !== undefined;
              return (
                <li key={f.key} role="option" aria-selected={i === idx} className={i === idx ? 'on' : undefined}
                  style={ok ? undefined : { color: '#9ca3af' }} onMouseEnter={() => setIdx(i)} onClick={() => choose(f)}>
                  {f.label}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
