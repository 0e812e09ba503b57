// The review screen: source on the left (drawn from the block model), extracted fields on the right.
// Owns the reviewer's position (field, finding), editing, text-selection assignment and the decisions.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApi, useLoad } from '../../api/context.js';
import { ApiClientError } from '../../api/client.js';
import { t } from '../../i18n/zh-CN.js';
import { StatusTag, formatTime } from '../../components/Badges.js';
import { modalOpen, typingTarget } from '../../components/Modal.js';
import { DecisionDialogs, type Dialog } from './DecisionDialogs.js';
import { useToast } from '../../components/Toast.js';
import type { ListFilters } from '../reports/paged-rows.js';
import { SourcePane, type SourceSelection } from './SourcePane.js';
import { FieldsPane, FindingsDock, META_KEYS } from './FieldsPane.js';
import { AssignPopup } from './AssignPopup.js';
import { moveInShape, shapeKeys, shapesFor, type Direction, type TableShape } from './table-shapes.js';
import { findingsByKey, parseInput, sortFindings, SEVERITY_ORDER, type Finding, type ReportData, type Value } from './field-model.js';
import { blocksOverlapping, type Span } from './highlight.js';

const SECTION_NO = ['一', '二', '三', '四', '五', '六'];
import type { CellActions, CellState } from './TableGrid.js';


/** Fields the report has that no official table shows (e.g. a report whose format was not detected). */
function extraShape(data: ReportData, shapes: TableShape[]): TableShape | null {
  const shown = new Set<string>([...META_KEYS, ...shapes.flatMap(shapeKeys)]);
  const rest = data.fields.filter((f) => !shown.has(f.key) && (f.extracted || f.corrected));
  if (rest.length === 0) return null;
  return { id: 'stat', cols: [undefined, 110], rows: rest.map((f) => [{ kind: 'label', text: f.label }, { kind: 'value', key: f.key }]) };
}

export function ReviewScreen({ id, filters, onOpen, onBack }: { id: number; filters: ListFilters; onOpen: (id: number) => void; onBack: () => void }) {
  const api = useApi();
  const toast = useToast();
  const { data, error, set, reload } = useLoad(() => api.invoke('report.get', { id, neighboursIn: filters }), [id]);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [editingKey, setEditingKey] = useState<string | null>(null);
  const [activeFinding, setActiveFinding] = useState<number | null>(null);
  const [scrollSeq, setScrollSeq] = useState(0);
  const [selection, setSelection] = useState<SourceSelection | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const fieldsRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setActiveKey(null);
    setEditingKey(null);
    setActiveFinding(null);
    setSelection(null);
  }, [id]);

  // while the next report loads the previous one stays on screen, dimmed and inert
  const stale = !!data && data.summary.id !== id;

  const shapes = useMemo(() => {
    if (!data) return [];
    const s = shapesFor(data.summary.format);
    const extra = extraShape(data, s);
    return extra ? [...s, extra] : s;
  }, [data]);
  const order = useMemo(() => [...META_KEYS, ...shapes.flatMap(shapeKeys)], [shapes]);
  const fields = useMemo(() => new Map((data?.fields ?? []).map((f) => [f.key, f])), [data]);
  const findings = useMemo(() => sortFindings(data?.findings ?? []), [data]);
  const byKey = useMemo(() => findingsByKey(findings), [findings]);
  const finding = findings.find((f) => f.id === activeFinding) ?? null;
  const labelOf = useCallback((k: string) => fields.get(k)?.label ?? t.meta[k] ?? k, [fields]);

  const state: CellState = useMemo(() => {
    const keySeverity = new Map<string, Finding['severity']>();
    for (const [k, list] of byKey) {
      const open = list.filter((f) => !f.decision);
      if (open.length) keySeverity.set(k, open.reduce((a, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[a] ? f.severity : a), open[0].severity));
    }
    return { fields, activeKey, editingKey, findingKeys: new Set(finding?.keys ?? []), keySeverity };
  }, [fields, activeKey, editingKey, finding, byKey]);

  const spans: Span[] = useMemo(() => {
    const out: Span[] = [];
    const srcOf = (k: string) => {
      const f = fields.get(k);
      return f?.correction?.source ?? f?.extracted?.source ?? null;
    };
    for (const k of finding?.keys ?? []) {
      // pseudo-keys of structure rules name a section of the report: mark it lightly
      const sec = /^section\.(\d)$/.exec(k);
      const section = sec ? data?.sections.find((x) => x.no === Number(sec[1])) : undefined;
      if (section) {
        out.push({ start: section.start, end: section.end, kind: 'related' });
        continue;
      }
      const s = srcOf(k);
      if (s) out.push({ start: s.start, end: s.end, kind: 'finding' });
    }
    // the text the finding quotes (e.g. the narrative sentence that disagrees with the table, injected spam)
    if (finding?.quote && data) {
      const at = data.document.text.indexOf(finding.quote);
      if (at >= 0 && !out.some((x) => x.start <= at && x.end >= at + finding.quote!.length)) {
        out.push({ start: at, end: at + finding.quote.length, kind: 'finding' });
      }
    }
    if (activeKey) {
      const s = srcOf(activeKey);
      if (s) out.push({ start: s.start, end: s.end, kind: 'active' });
    }
    return out;
  }, [fields, finding, activeKey, data]);

  /** scrolls a cell into the middle of the fields pane, unless it is already well in view */
  const reveal = (key: string) => {
    requestAnimationFrame(() => {
      const box = fieldsRef.current;
      const el = box?.querySelector(`[data-key="${CSS.escape(key)}"]`);
      if (!box || !el) return;
      const a = box.getBoundingClientRect();
      const b = el.getBoundingClientRect();
      if (b.top < a.top + 40 || b.bottom > a.bottom - 20) el.scrollIntoView({ block: 'center' });
    });
  };
  const activate = useCallback((key: string) => {
    // keep keyboard focus in the fields pane, not on a button clicked earlier (Enter must edit, not click)
    if (document.activeElement instanceof HTMLButtonElement || document.activeElement === document.body) fieldsRef.current?.focus({ preventScroll: true });
    setActiveKey(key);
    setScrollSeq((s) => s + 1);
    reveal(key);
  }, []);

  const correct = async (key: string, value: Value, source?: { start: number; end: number }) => {
    if (!data) return;
    try {
      const res = await api.invoke('field.correct', { id: data.summary.id, key, value, source });
      set({
        ...data,
        summary: res.summary,
        status: res.summary.status,
        fields: data.fields.map((f) => (f.key === key ? res.field : f)),
        findings: res.findings,
      });
      if (activeFinding !== null && !res.findings.some((f) => f.id === activeFinding)) setActiveFinding(null);
      toast(`${t.review.saved}：${labelOf(key)}`);
      reload(); // history and neighbours
    } catch (e) {
      toast((e as Error).message, true);
    }
  };

  const actions: CellActions = useMemo(() => ({
    activate,
    edit: (key) => {
      setActiveKey(key);
      setEditingKey(key);
    },
    cancel: () => setEditingKey(null),
    commit: (key, raw) => {
      const f = fields.get(key);
      const parsed = parseInput(f?.type ?? 'text', raw);
      if (!parsed.ok) {
        toast(parsed.message, true);
        return;
      }
      setEditingKey(null);
      if (f && parsed.value === f.value) return;
      void correct(key, parsed.value);
    },
     
  }), [activate, fields, data]);

  /** scrolls the source to the block holding a document offset (section buttons) */
  const jumpTo = (offset: number) => {
    const b = blocksOverlapping(data?.document.blocks ?? [], offset, Number.MAX_SAFE_INTEGER)[0];
    if (b) document.querySelector(`[data-testid="source"] [data-run="b${b.index}"], [data-testid="source"] [data-block="${b.index}"]`)?.scrollIntoView({ block: 'start' });
  };

  const pickFinding = (f: Finding) => {
    setActiveFinding(f.id);
    const first = f.keys.find((k) => fields.has(k)) ?? null;
    setActiveKey(first);
    setScrollSeq((s) => s + 1);
    if (first) reveal(first);
    requestAnimationFrame(() => document.querySelector(`[data-finding="${f.id}"]`)?.scrollIntoView({ block: 'nearest' }));
  };

  const decideFinding = async (f: Finding, decision: 'confirmed' | 'dismissed' | 'reset', reason?: string) => {
    if (!data) return;
    if (decision === 'dismissed' && !reason) {
      setDialog({ kind: 'dismiss', finding: f });
      return;
    }
    try {
      const res = await api.invoke('finding.decide', { id: data.summary.id, fingerprint: f.fingerprint, decision, reason });
      set({ ...data, findings: res.findings, summary: res.summary });
      reload();
    } catch (e) {
      toast((e as Error).message, true);
    }
  };

  const decide = async (action: 'approve' | 'return' | 'reject' | 'reopen', opts: { comment?: string; force?: boolean } = {}) => {
    if (!data) return;
    try {
      const res = await api.invoke('report.decide', { id: data.summary.id, action, ...opts });
      setDialog(null);
      set({ ...data, summary: res.summary, status: res.summary.status });
      toast(`${t.status[res.summary.status]}${data.neighbours.nextId ? ' · N 下一份' : ''}`);
      reload();
    } catch (e) {
      if (e instanceof ApiClientError && e.code === 'needs-force') {
        setDialog({ kind: 'approve', openErrors: Number(e.details?.openErrors ?? data.summary.openErrors) });
      } else toast((e as Error).message, true);
    }
  };

  /** approve: asks first when errors are open (always when asked from the keyboard) */
  const approve = (fromKeyboard: boolean) => {
    if (!data) return;
    if (data.summary.openErrors > 0 || fromKeyboard) setDialog({ kind: 'approve', openErrors: data.summary.openErrors });
    else void decide('approve');
  };
  const openComment = (kind: 'return' | 'reject') => {
    setDialog({ kind });
  };

  const move = (dir: Direction | 'next' | 'prev') => {
    const cur = activeKey ?? order[0];
    if (!activeKey) return activate(order[0]);
    let next: string | undefined;
    if (dir === 'next' || dir === 'prev') {
      const i = order.indexOf(cur);
      next = order[Math.max(0, Math.min(order.length - 1, i + (dir === 'next' ? 1 : -1)))];
    } else {
      const shape = shapes.find((s) => shapeKeys(s).includes(cur));
      next = shape ? moveInShape(shape, cur, dir) : undefined;
      if (!next) {
        const i = order.indexOf(cur);
        const step = dir === 'down' || dir === 'right' ? 1 : -1;
        // leave the table (or metadata) for the next one in reading order
        if (shape && (dir === 'down' || dir === 'up')) {
          const keys = shapeKeys(shape);
          next = dir === 'down' ? order[order.indexOf(keys[keys.length - 1]) + 1] : order[order.indexOf(keys[0]) - 1];
        } else next = order[i + step];
      }
    }
    if (next) activate(next);
  };

  const stepFinding = (d: 1 | -1) => {
    if (findings.length === 0) return;
    const i = findings.findIndex((f) => f.id === activeFinding);
    const n = i < 0 ? (d > 0 ? 0 : findings.length - 1) : (i + d + findings.length) % findings.length;
    pickFinding(findings[n]);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (modalOpen() || typingTarget(e) || editingKey || stale) return;
      // a focused button or link handles its own Enter/Space
      const tag = (e.target as HTMLElement | null)?.tagName;
      if ((tag === 'BUTTON' || tag === 'A' || tag === 'INPUT') && (e.key === 'Enter' || e.key === ' ')) return;
      const k = e.key;
      const nav = data?.neighbours;
      if ((e.altKey && k === 'ArrowRight') || (!e.ctrlKey && !e.altKey && (k === 'n' || k === 'N'))) {
        if (nav?.nextId) onOpen(nav.nextId);
      } else if ((e.altKey && k === 'ArrowLeft') || (!e.ctrlKey && !e.altKey && (k === 'p' || k === 'P'))) {
        if (nav?.prevId) onOpen(nav.prevId);
      } else if ((e.ctrlKey || e.metaKey) && k === 'Enter') approve(true);
      else if (k === 'a' || k === 'A') approve(true);
      else if (k === 'r' || k === 'R') openComment('return');
      else if (k === 'ArrowUp') move('up');
      else if (k === 'ArrowDown') move('down');
      else if (k === 'ArrowLeft') move('left');
      else if (k === 'ArrowRight') move('right');
      else if (k === 'Tab') move(e.shiftKey ? 'prev' : 'next');
      else if ((k === 'Enter' || k === 'F2') && activeKey) setEditingKey(activeKey);
      else if (k === ']' || k === 'j' || k === 'J') stepFinding(1);
      else if (k === '[' || k === 'k' || k === 'K') stepFinding(-1);
      else if (k === 'Escape') {
        if (selection) setSelection(null);
        else if (activeFinding !== null || activeKey !== null) {
          setActiveFinding(null);
          setActiveKey(null);
        } else onBack();
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (error) {
    return (
      <div className="empty">
        <h2>{t.review.loadFailed}</h2>
        <p>{error.message}</p>
        <button onClick={onBack}>{t.review.back}</button>
      </div>
    );
  }
  if (!data) return <div className="empty">{t.common.loading}</div>;

  const s = data.summary;
  const tampered = data.findings.some((f) => f.ruleId === 'TAMPERED-CONTENT' && f.decision?.decision !== 'dismissed');
  return (
    <div className={`review${stale ? ' stale' : ''}`} data-testid="review" aria-busy={stale}>
      <div className="review-head">
        <button onClick={onBack} title="Esc">← {t.review.back}</button>
        <h1>{s.agency ?? t.common.unknown} {s.year ?? ''}</h1>
        <StatusTag status={s.status} />
        <span className="sub" title={data.document.paths.join('\n')}>{data.document.fileName} · {t.format[s.format ?? 'none']} · {t.review.fileInfo(data.document.encoding)}{data.decision.by ? ` · ${t.review.decidedBy(data.decision.by, formatTime(data.decision.at))}` : ''}{data.decision.comment ? ` · ${t.review.comment}${data.decision.comment}` : ''}</span>
        <button disabled={!data.neighbours.prevId} onClick={() => data.neighbours.prevId && onOpen(data.neighbours.prevId)} title="Alt+← / P">‹ {t.review.prev}</button>
        <button disabled={!data.neighbours.nextId} onClick={() => data.neighbours.nextId && onOpen(data.neighbours.nextId)} title="Alt+→ / N">{t.review.next} ›</button>
        <span className="decision-bar">
          {s.status !== 'pending' && <button onClick={() => decide('reopen')}>{t.review.reopen}</button>}
          <button className="danger" onClick={() => openComment('reject')}>{t.review.reject}</button>
          <button onClick={() => openComment('return')} title="R">{t.review.return}</button>
          <button className="ok" onClick={() => approve(false)} title="Ctrl+Enter / A" disabled={s.status === 'approved'}>{t.review.approve}</button>
        </span>
      </div>
      <div className="review-body">
        <div className="pane">
          <div className="pane-title">
            {t.review.source}<span className="muted">{data.document.kind.toUpperCase()} · {data.document.text.length.toLocaleString('zh-CN')} 字</span>
            <span className="sections">
              {[...data.sections].sort((a, b) => a.no - b.no).map((x) => (
                <button key={x.no} className="link" title={x.title} onClick={() => jumpTo(x.start)}>{SECTION_NO[x.no - 1]}</button>
              ))}
            </span>
          </div>
          <SourcePane blocks={data.document.blocks} spans={spans} scrollSeq={scrollSeq} notice={tampered ? t.review.tampered : undefined} onSelect={setSelection} />
        </div>
        <div className="pane right">
          <div className="pane-title">{t.review.fields}<span className="muted">↑↓←→ 移动 · Enter 修改 · ? 帮助</span></div>
          <FindingsDock findings={findings} activeFindingId={activeFinding} onPickFinding={pickFinding} onDecideFinding={(f, d) => void decideFinding(f, d)} />
          <div className="fields-scroll" ref={fieldsRef} tabIndex={-1}>
            <FieldsPane data={data} shapes={shapes} state={state} actions={actions} labelOf={labelOf} onOpen={onOpen} onChanged={reload} />
          </div>
        </div>
      </div>
      {selection && (
        <AssignPopup selection={selection} fields={order.map((k) => fields.get(k)).filter((f) => f !== undefined)} defaultKey={activeKey}
          onClose={() => setSelection(null)}
          onAssign={(key, value, span) => {
            setSelection(null);
            window.getSelection()?.removeAllRanges();
            activate(key);
            void correct(key, value, span);
          }} />
      )}
      {dialog && (
        <DecisionDialogs key={dialog.kind} dialog={dialog} onCancel={() => setDialog(null)}
          onApprove={(force) => void decide('approve', { force })}
          onComment={(kind, comment) => void decide(kind, { comment })}
          onDismiss={(f, reason) => {
            setDialog(null);
            void decideFinding(f, 'dismissed', reason);
          }} />
      )}
    </div>
  );
}
