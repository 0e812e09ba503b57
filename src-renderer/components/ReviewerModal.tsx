// Asked once (first run), kept with settings.set: the name written into every correction and decision.
import { useState } from 'react';
import { Modal } from './Modal.js';
import { t } from '../i18n/zh-CN.js';

export function ReviewerModal({ initial, onSave, onCancel }: { initial: string; onSave: (name: string) => Promise<void>; onCancel?: () => void }) {
  const [name, setName] = useState(initial);
  const [err, setErr] = useState<string>();
  const save = async () => {
    if (!name.trim()) return setErr(t.settings.reviewerRequired);
    try {
      await onSave(name.trim());
    } catch (e) {
      setErr((e as Error).message);
    }
  };
  return (
    <Modal title={t.settings.reviewerTitle} onCancel={onCancel ?? (() => {})} cancelText={onCancel ? t.common.cancel : null} onConfirm={save} confirmText={t.common.save} testId="reviewer-modal">
      <p style={{ marginTop: 0 }}>{t.settings.reviewerPrompt}</p>
      <input type="text" value={name} onChange={(e) => { setName(e.target.value); setErr(undefined); }} aria-label={t.settings.reviewerLabel} placeholder={t.settings.reviewerLabel} maxLength={100} />
      {err && <div className="err">{err}</div>}
    </Modal>
  );
}
