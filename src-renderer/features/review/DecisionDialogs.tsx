// The dialogs of the review screen: approve (asks first, and says so when errors are still open), return
// (comment required), reject (comment optional) and dismissing a finding (reason required).
import { useState } from 'react';
import { Modal } from '../../components/Modal.js';
import { t } from '../../i18n/zh-CN.js';
import type { Finding } from './field-model.js';

export type Dialog =
  | { kind: 'approve'; openErrors: number }
  | { kind: 'return' }
  | { kind: 'reject' }
  | { kind: 'dismiss'; finding: Finding };

export interface DecisionDialogsProps {
  dialog: Dialog;
  onCancel: () => void;
  onApprove: (force: boolean) => void;
  onComment: (kind: 'return' | 'reject', comment: string | undefined) => void;
  onDismiss: (finding: Finding, reason: string) => void;
}

export function DecisionDialogs({ dialog, onCancel, onApprove, onComment, onDismiss }: DecisionDialogsProps) {
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);

  if (dialog.kind === 'approve') {
    return (
      <Modal title={dialog.openErrors > 0 ? t.review.approveWithErrorsTitle : t.review.approveConfirmTitle} confirmText={t.review.approve} confirmClass="ok"
        onCancel={onCancel} onConfirm={() => onApprove(dialog.openErrors > 0)} testId="approve-dialog">
        {dialog.openErrors > 0 ? t.review.approveWithErrors(dialog.openErrors) : t.review.approveConfirm}
      </Modal>
    );
  }
  const k = dialog.kind;
  const required = k === 'return' || k === 'dismiss';
  const placeholder = k === 'return' ? t.review.returnComment : k === 'reject' ? t.review.rejectComment : t.review.dismissReason;
  return (
    <Modal
      title={k === 'return' ? t.review.returnTitle : k === 'reject' ? t.review.rejectTitle : t.review.dismissReason}
      confirmText={k === 'return' ? t.review.return : k === 'reject' ? t.review.reject : t.review.findingDismiss}
      confirmClass={k === 'reject' ? 'danger' : 'primary'}
      onCancel={onCancel}
      onConfirm={() => {
        const c = comment.trim();
        if (required && !c) return setMissing(true);
        if (dialog.kind === 'dismiss') onDismiss(dialog.finding, c);
        else onComment(k as 'return' | 'reject', c || undefined);
      }}>
      {dialog.kind === 'dismiss' && <p style={{ marginTop: 0 }}>{dialog.finding.message}</p>}
      <textarea rows={4} value={comment} placeholder={placeholder} aria-label={placeholder}
        onChange={(e) => { setComment(e.target.value); setMissing(false); }} />
      {missing && <div className="err">{k === 'dismiss' ? t.review.reasonRequired : t.review.commentRequired}</div>}
      <div className="muted" style={{ fontSize: 12 }}>Ctrl+Enter {t.common.ok}</div>
    </Modal>
  );
}
