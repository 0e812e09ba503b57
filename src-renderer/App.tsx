// The window: top bar (views, 导入, 导出, reviewer), the current view, drag-and-drop import anywhere,
// the import progress panel, and the page-wide shortcuts (? for the sheet).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from './api/context.js';
import { ApiClientError } from './api/client.js';
import { t } from './i18n/zh-CN.js';
import { ReportList } from './features/reports/ReportList.js';
import type { ListFilters } from './features/reports/paged-rows.js';
import { ReviewScreen } from './features/review/ReviewScreen.js';
import { Dashboard } from './features/dashboard/Dashboard.js';
import { ExportDialog } from './features/export/ExportDialog.js';
import { ImportPanel } from './features/import/ImportPanel.js';
import { useImport } from './features/import/use-import.js';
import { collectDropped, fromInput } from './features/import/collect.js';
import { ShortcutSheet } from './components/ShortcutSheet.js';
import { ReviewerModal } from './components/ReviewerModal.js';
import { modalOpen, typingTarget } from './components/Modal.js';
import { useToast } from './components/Toast.js';

type Route = { view: 'list' } | { view: 'dashboard' } | { view: 'review'; id: number };

function parseHash(h: string): Route {
  const m = /^#\/review\/(\d+)/.exec(h);
  if (m) return { view: 'review', id: Number(m[1]) };
  if (h.startsWith('#/dashboard')) return { view: 'dashboard' };
  return { view: 'list' };
}
const toHash = (r: Route) => (r.view === 'review' ? `#/review/${r.id}` : r.view === 'dashboard' ? '#/dashboard' : '#/');

export function App() {
  const api = useApi();
  const toast = useToast();
  const [route, setRouteState] = useState<Route>(() => parseHash(location.hash));
  const [filters, setFilters] = useState<ListFilters>({ sort: { column: 'importedAt', dir: 'desc' } });
  const [tick, setTick] = useState(0);
  const [cursorId, setCursorId] = useState<number | null>(null);
  const [reviewer, setReviewer] = useState<string | null>(null);
  const [askName, setAskName] = useState(false);
  const [showKeys, setShowKeys] = useState(false);
  const [showExport, setShowExport] = useState(false);
  const [menu, setMenu] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [fatal, setFatal] = useState<string | null>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const refresh = useCallback(() => setTick((x) => x + 1), []);
  const imp = useImport(api, refresh);

  const setRoute = useCallback((r: Route) => {
    setRouteState(r);
    if (location.hash !== toHash(r)) history.pushState(null, '', toHash(r));
  }, []);
  useEffect(() => {
    const on = () => setRouteState(parseHash(location.hash));
    window.addEventListener('popstate', on);
    return () => window.removeEventListener('popstate', on);
  }, []);

  useEffect(() => {
    api.invoke('settings.get', {}).then(
      (s) => {
        setReviewer(s.reviewerName);
        // ask on first run: when the service says no name was saved yet (reviewerSet), or it has none
        if (!s.reviewerName || !s.reviewerSet) setAskName(true);
      },
      (e: Error) => {
        if (e instanceof ApiClientError && e.code === 'unauthorized') setFatal(t.errors.unauthorized);
        else toast(e.message, true);
      },
    );
  }, [api, toast]);

  const pickFiles = async (folder: boolean) => {
    setMenu(false);
    if (api.mode === 'electron') {
      try {
        const r = await api.invoke(folder ? 'dialog.openFolder' : 'dialog.openFiles', {});
        await imp.startPaths(r.paths);
      } catch (e) {
        toast((e as Error).message, true);
      }
    } else (folder ? folderInput : filesInput).current?.click();
  };

  useEffect(
    () =>
      api.on('app.menu', ({ command }) => {
        if (command === 'import-files') void pickFiles(false);
        else if (command === 'import-folder') void pickFiles(true);
        else if (command === 'export') setShowExport(true);
        else if (command === 'shortcuts') setShowKeys(true);
      }),
     
    [api],
  );

  // drag and drop anywhere in the window
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const drop = async (e: DragEvent) => {
      if (!e.dataTransfer || !hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const dt = e.dataTransfer;
      if (api.mode === 'electron') {
        const top = Array.from(dt.files);
        const paths = top.map((f) => api.pathOf(f));
        if (paths.length > 0 && paths.every(Boolean)) return void imp.startPaths(paths);
      }
      imp.begin('collecting');
      const { files } = await collectDropped(dt);
      if (files.length === 0) {
        imp.close();
        return toast(t.importer.noFiles, true);
      }
      await imp.startFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !typingTarget(e) && !modalOpen()) {
        e.preventDefault();
        setShowKeys(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const open = (id: number) => {
    setCursorId(id);
    setRoute({ view: 'review', id });
  };

  if (fatal) {
    return (
      <div className="empty">
        <h2>{t.appName}</h2>
        <p>{fatal}</p>
      </div>
    );
  }

  return (
    <div className="app">
      <div className="topbar">
        <span className="brand">{t.appName}</span>
        <nav>
          <button className={route.view !== 'dashboard' ? 'on' : ''} onClick={() => setRoute({ view: 'list' })}>{t.nav.reports}</button>
          <button className={route.view === 'dashboard' ? 'on' : ''} onClick={() => setRoute({ view: 'dashboard' })}>{t.nav.dashboard}</button>
        </nav>
        <span className="spacer" />
        <span className="menu">
          <button className="tb" onClick={() => setMenu((m) => !m)} aria-haspopup="menu" aria-expanded={menu}>{t.importer.button} ▾</button>
          {menu && (
            <div className="items" role="menu" onMouseLeave={() => setMenu(false)}>
              <button role="menuitem" onClick={() => pickFiles(false)}>{t.importer.files}</button>
              <button role="menuitem" onClick={() => pickFiles(true)}>{t.importer.folder}</button>
            </div>
          )}
        </span>
        <button className="tb" onClick={() => setShowExport(true)}>{t.exporter.button}</button>
        <button className="tb" onClick={() => setShowKeys(true)} title={t.keys.title}>?</button>
        <span className="who">
          {t.settings.reviewer}：{reviewer || '—'}
          <button className="link" style={{ color: '#93c5fd' }} onClick={() => setAskName(true)}>{t.settings.change}</button>
        </span>
      </div>
      <input ref={filesInput} type="file" multiple hidden accept=".docx,.html,.htm,.txt,.shtml,.xhtml" data-testid="file-input"
        onChange={(e) => { void imp.startFiles(fromInput(e.target.files)); e.target.value = ''; }} />
      <input ref={folderInput} type="file" multiple hidden data-testid="folder-input"
        {...({ webkitdirectory: '', directory: '' } as Record<string, string>)}
        onChange={(e) => { void imp.startFiles(fromInput(e.target.files)); e.target.value = ''; }} />
      <div className="main">
        {/* the list stays mounted behind the review screen, so its scroll position and loaded pages survive */}
        <div className="view" hidden={route.view !== 'list'}>
          <ReportList active={route.view === 'list'} filters={filters} setFilters={setFilters} onOpen={open} tick={tick} cursorId={cursorId} setCursorId={setCursorId} onImportClick={() => pickFiles(false)} />
        </div>
        {route.view === 'review' && (
          <ReviewScreen id={route.id} filters={filters} onOpen={open} onBack={() => { setRoute({ view: 'list' }); refresh(); }} />
        )}
        {route.view === 'dashboard' && <Dashboard key={tick} />}
      </div>
      {imp.session && <ImportPanel session={imp.session} onCancel={() => void imp.cancel()} onClose={imp.close} />}
      {dragging && <div className="drop-overlay">{t.importer.dropHint}</div>}
      {showKeys && <ShortcutSheet onClose={() => setShowKeys(false)} />}
      {showExport && <ExportDialog onClose={() => setShowExport(false)} onDone={(m) => toast(m)} />}
      {askName && (
        <ReviewerModal initial={reviewer ?? ''} onCancel={reviewer ? () => setAskName(false) : undefined}
          onSave={async (name) => {
            const r = await api.invoke('settings.set', { reviewerName: name });
            setReviewer(r.reviewerName);
            setAskName(false);
          }} />
      )}
    </div>
  );
}
