// The right-hand pane of the review screen: metadata, the official tables, findings, extraction notes and
// the history of corrections and decisions.
import { memo } from 'react';
import { CellEditor, cellClass, cellTitle, TableGrid, type CellActions, type CellState } from './TableGrid.js';
import { showValue, type Finding, type HistoryEntry, type ReportData } from './field-model.js';
import type { TableShape } from './table-shapes.js';
import { RelatedReports } from './RelatedReports.js';
import { formatTime } from '../../components/Badges.js';
import { t } from '../../i18n/zh-CN.js';

export const META_KEYS = ['agency', 'year', 'published', 'format'] as const;

const TABLE_TITLE: Record<TableShape['id'], string> = { t2: t.review.t2, t3: t.review.t3, t4: t.review.t4, stat: t.review.stat };

function Metadata({ state, actions }: { state: CellState; actions: CellActions }) {
  return (
    <div className="meta">
      {META_KEYS.map((k) => {
        const f = state.fields.get(k);
        const editing = state.editingKey === k;
        return (
          <div className="meta-row" key={k}>
            <span className="k">{t.meta[k]}</span>
            <span className={cellClass(k, f, state, 'val')} data-key={k} title={editing ? t.review.editHint : cellTitle(f)}
              onClick={() => actions.activate(k)} onDoubleClick={() => actions.edit(k)}>
              {editing ? (
                <CellEditor initial={showValue(f?.value)} label={t.meta[k]} onCommit={(raw) => actions.commit(k, raw)} onCancel={actions.cancel} />
              ) : (
                showValue(f?.value, f?.type) || <span className="muted">—</span>
              )}
            </span>
          </div>
        );
      })}
    </div>
  );
}

export function FindingsList(p: {
  findings: Finding[];
  activeId: number | null;
  onPick: (f: Finding) => void;
  onDecide: (f: Finding, decision: 'confirmed' | 'dismissed' | 'reset') => void;
}) {
  if (p.findings.length === 0) return <p className="muted">{t.review.noFindings}</p>;
  return (
    <ul className="findings" data-testid="findings">
      {p.findings.map((f) => (
        <li key={f.id} className={`${f.id === p.activeId ? 'on' : ''}${f.decision ? ' decided' : ''}`} data-finding={f.id} data-rule={f.ruleId} onClick={() => p.onPick(f)}>
          <span className={`badge ${f.severity}`}>{t.severity[f.severity]}</span>
          <div>
            <div className="msg">{f.message}</div>
            <div className="rule">
              {t.rules[f.ruleId] ?? f.ruleId} · {f.ruleId}
              {f.decision && ` · ${f.decision.decision === 'confirmed' ? t.review.findingConfirmed : t.review.findingDismissed}（${f.decision.reviewer}${f.decision.reason ? `：${f.decision.reason}` : ''}）`}
            </div>
          </div>
          <div className="acts" onClick={(e) => e.stopPropagation()}>
            {f.decision ? (
              <button onClick={() => p.onDecide(f, 'reset')}>{t.review.findingReset}</button>
            ) : (
              <>
                <button onClick={() => p.onDecide(f, 'confirmed')} title={t.review.findingConfirm}>{t.review.findingConfirm}</button>
                <button onClick={() => p.onDecide(f, 'dismissed')} title={t.review.findingDismiss}>{t.review.findingDismiss}</button>
              </>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}

function historyText(h: HistoryEntry, labelOf: (k: string) => string): string {
  const kind = t.history[h.kind] ?? h.kind;
  if (h.kind === 'correction') {
    const fmt = (v: HistoryEntry['old']) => (v === undefined ? t.common.none : v === null ? t.common.empty : String(v));
    return `${kind}「${h.key ? labelOf(h.key) : ''}」${fmt(h.old)} → ${fmt(h.new)}`;
  }
  return h.detail ? `${kind}：${h.detail}` : kind;
}

export const History = memo(function History({ history, labelOf }: { history: HistoryEntry[]; labelOf: (k: string) => string }) {
  if (history.length === 0) return <p className="muted">{t.review.noHistory}</p>;
  return (
    <ul className="history" data-testid="history">
      {[...history].reverse().map((h, i) => (
        <li key={i}>
          <span className="when">{formatTime(h.at)}</span>
          <span className="who">{h.reviewer}</span>
          <span className="what">{historyText(h, labelOf)}</span>
        </li>
      ))}
    </ul>
  );
});

export interface FieldsPaneProps {
  data: ReportData;
  shapes: TableShape[];
  state: CellState;
  actions: CellActions;
  labelOf: (k: string) => string;
  onOpen: (id: number) => void;
  onChanged: () => void;
}

/** The findings of the report, docked above the fields so they stay in view while cells scroll. */
export function FindingsDock(p: {
  findings: Finding[];
  activeFindingId: number | null;
  onPickFinding: (f: Finding) => void;
  onDecideFinding: (f: Finding, d: 'confirmed' | 'dismissed' | 'reset') => void;
}) {
  const open = p.findings.filter((f) => !f.decision);
  return (
    <div className="findings-dock">
      <h3>
        {t.review.findings}
        <span className="muted">{t.review.openCount(open.length, p.findings.length)} · <kbd>[</kbd> <kbd>]</kbd></span>
      </h3>
      <FindingsList findings={p.findings} activeId={p.activeFindingId} onPick={p.onPickFinding} onDecide={p.onDecideFinding} />
    </div>
  );
}

export function FieldsPane(p: FieldsPaneProps) {
  return (
    <div className="fields" data-testid="fields">
      <div className="sec">
        <h3>{t.review.metadata}</h3>
        <Metadata state={p.state} actions={p.actions} />
      </div>
      {p.shapes.map((s) => (
        <div className="sec" key={s.id}>
          <h3>{TABLE_TITLE[s.id]}</h3>
          {s.id === 'stat' && <p className="muted" style={{ margin: '0 0 6px' }}>{t.review.statHint}</p>}
          <TableGrid shape={s} state={p.state} actions={p.actions} />
        </div>
      ))}
      <div className="sec">
        <h3>{t.review.notes}</h3>
        {p.data.extractionNotes.length === 0 && p.data.document.notes.length === 0 ? (
          <p className="muted">{t.review.noNotes}</p>
        ) : (
          <ul className="notes">
            {p.data.document.notes.map((n, i) => <li key={`d${i}`}>{n}</li>)}
            {p.data.extractionNotes.map((n, i) => (
              <li key={i}>{n.message}{n.keys.length > 0 && <span className="muted">（{n.keys.map(p.labelOf).join('、')}）</span>}</li>
            ))}
          </ul>
        )}
      </div>
      <RelatedReports data={p.data} onOpen={p.onOpen} onChanged={p.onChanged} />
      <div className="sec">
        <h3>{t.review.history}</h3>
        <History history={p.data.history} labelOf={p.labelOf} />
      </div>
    </div>
  );
}
