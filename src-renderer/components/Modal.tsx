// A dialog: Esc cancels, Enter (outside a textarea) confirms, the first input or the confirm button gets focus.
import { useEffect, useRef, type ReactNode } from 'react';
import { t } from '../i18n/zh-CN.js';

export interface ModalProps {
  title: string;
  children?: ReactNode;
  onCancel: () => void;
  onConfirm?: () => void;
  confirmText?: string;
  confirmClass?: string;
  cancelText?: string | null;
  confirmDisabled?: boolean;
  wide?: boolean;
  testId?: string;
}

export function Modal(p: ModalProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    const first = el?.querySelector<HTMLElement>('input, textarea, select') ?? el?.querySelector<HTMLElement>('button.confirm');
    first?.focus();
  }, []);
  const onKey = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      p.onCancel();
    } else if (e.key === 'Enter' && p.onConfirm && !p.confirmDisabled && !(e.target instanceof HTMLTextAreaElement && !e.ctrlKey)) {
      if (e.target instanceof HTMLButtonElement && !e.target.classList.contains('confirm')) return;
      e.preventDefault();
      p.onConfirm();
    }
  };
  return (
    <div className="backdrop" onMouseDown={(e) => e.target === e.currentTarget && p.onCancel()}>
      <div className={`modal${p.wide ? ' wide' : ''}`} role="dialog" aria-modal="true" aria-label={p.title} ref={ref} onKeyDown={onKey} data-testid={p.testId}>
        <header>{p.title}</header>
        <div className="body">{p.children}</div>
        <footer>
          {p.cancelText !== null && <button onClick={p.onCancel}>{p.cancelText ?? t.common.cancel}</button>}
          {p.onConfirm && (
            <button className={`confirm ${p.confirmClass ?? 'primary'}`} onClick={p.onConfirm} disabled={p.confirmDisabled}>
              {p.confirmText ?? t.common.ok}
            </button>
          )}
        </footer>
      </div>
    </div>
  );
}

/** True while a dialog is open: page-wide shortcuts stand still then. */
export function modalOpen(): boolean {
  return document.querySelector('.backdrop') !== null;
}

/** True when the key event comes from a text field (shortcuts must not steal typing). */
export function typingTarget(e: KeyboardEvent | React.KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.tagName === 'INPUT') return !['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color'].includes((el as HTMLInputElement).type);
  return el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable;
}
