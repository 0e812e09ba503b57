import { Modal } from './Modal.js';
import { t } from '../i18n/zh-CN.js';

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  return (
    <Modal title={t.keys.title} onCancel={onClose} cancelText={null} onConfirm={onClose} confirmText={t.common.close} testId="shortcuts">
      <table className="keys-table">
        <tbody>
          {t.keys.rows.map(([k, d]) => (
            <tr key={k}>
              <td>{k.split(' ').map((p, i) => (p === '/' || p === '或' ? <span key={i}> {p} </span> : <kbd key={i}>{p}</kbd>))}</td>
              <td>{d}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
