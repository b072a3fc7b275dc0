/**
 * The shell: header, left navigation (언론보도 · 보도자료 · 설정 · 접속기록 점검), the page, and a status bar.
 * Pages are mounted on first visit and then kept (hidden), so a 100,000-row grid is not rebuilt
 * each time the clerk switches pages.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/api/contract.ts';
import type { RegisterName } from '../../../shared/domain/register.ts';
import { api, isElectron } from '../api/client.ts';
import { ClippingsPage } from '../clippings/ClippingsPage.tsx';
import { ErrorBoundary } from '../common/ErrorBoundary.tsx';
import { ReleasesPage } from '../releases/ReleasesPage.tsx';
import { SettingsPage } from '../settings/SettingsPage.tsx';
import { AccessLogPage } from '../personal/AccessLogPage.tsx';
import { useOpenRecordPage } from './navigation.ts';
import { FIRST_RUN_KEY, FirstRunDialog } from './FirstRunDialog.tsx';
import { StatusBar } from './StatusBar.tsx';
import { useToast } from './toast.tsx';
import { useUndoShortcut } from './useUndoShortcut.ts';
import { useSyncStatus } from '../sync/syncStore.ts';

type PageId = 'clippings' | 'releases' | 'settings' | 'accessLog';
const PAGES: Array<{ id: PageId; label: string; hint: string }> = [
  { id: 'clippings', label: '언론보도', hint: 'Alt+1' },
  { id: 'releases', label: '보도자료', hint: 'Alt+2' },
  { id: 'settings', label: '설정', hint: 'Alt+3' },
  { id: 'accessLog', label: '접속기록 점검', hint: 'Alt+4' },
];
const PAGE_KEY = 'gudesk.page';

/** The page a register's records are shown on. */
function pageOfRegister(register: RegisterName): PageId {
  return register === 'releases' ? 'releases' : 'clippings';
}

function initialPage(): PageId {
  const saved = sessionStorage.getItem(PAGE_KEY);
  return PAGES.some((p) => p.id === saved) ? (saved as PageId) : 'clippings';
}

export function App() {
  const toast = useToast();
  const [page, setPage] = useState<PageId>(initialPage);
  const [visited, setVisited] = useState<Set<PageId>>(() => new Set([page]));
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [firstRun, setFirstRun] = useState(false);
  useUndoShortcut(); // Ctrl+Z: the session's undo stack, across pages
  const sync = useSyncStatus();

  const loadInfo = useCallback(async () => {
    try {
      const i = await api.invoke('app.info', {});
      setInfo(i);
      return i;
    } catch (e) {
      toast.error(e);
      return null;
    }
  }, [toast]);

  useEffect(() => {
    void loadInfo().then((i) => {
      if (i?.empty && localStorage.getItem(FIRST_RUN_KEY) !== '1') setFirstRun(true);
    });
  }, [loadInfo]);

  const go = useCallback((id: PageId) => {
    setPage(id);
    sessionStorage.setItem(PAGE_KEY, id);
    setVisited((v) => (v.has(id) ? v : new Set(v).add(id)));
  }, []);
  // A link from another screen (app/navigation.ts) opens its register's page.
  useOpenRecordPage((register) => go(pageOfRegister(register)));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const target = PAGES[Number(e.key) - 1];
      if (target) {
        e.preventDefault();
        go(target.id);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden>
            구
          </span>
          <span className="brand-name">GuDesk</span>
          <span className="brand-ko">구데스크</span>
        </div>
        <span className="brand-sub">구청 홍보·전산 업무대장</span>
        <div className="spacer" />
        {info && !firstRun && (
          <span className="header-user" data-testid="header-user" title="변경 이력에 기록되는 이름 (설정에서 변경)">
            {/* Signed in, history names the account (core.ts actorOf): so does the top bar. Hidden while
                the first run still asks for the name: the OS account ('root') is no clerk's name. */}
            사용자: {sync?.loggedIn ? sync.userName || sync.login : info.actor}
          </span>
        )}
      </header>
      <nav className="app-nav" aria-label="주 메뉴">
        {PAGES.map((p) => (
          <button
            key={p.id}
            type="button"
            className={p.id === page ? 'nav-item active' : 'nav-item'}
            aria-current={p.id === page ? 'page' : undefined}
            data-testid={`nav-${p.id}`}
            title={p.hint}
            onClick={() => go(p.id)}
          >
            {p.label}
          </button>
        ))}
      </nav>
      <main className="app-main">
        {visited.has('clippings') && (
          <section className="page" hidden={page !== 'clippings'} data-testid="page-clippings">
            <ErrorBoundary area="언론보도">
              <ClippingsPage active={page === 'clippings'} />
            </ErrorBoundary>
          </section>
        )}
        {visited.has('releases') && (
          <section className="page" hidden={page !== 'releases'} data-testid="page-releases">
            <ErrorBoundary area="보도자료">
              <ReleasesPage active={page === 'releases'} />
            </ErrorBoundary>
          </section>
        )}
        {visited.has('settings') && (
          <section className="page" hidden={page !== 'settings'} data-testid="page-settings">
            <ErrorBoundary area="설정">
              <SettingsPage active={page === 'settings'} onActorChanged={() => void loadInfo()} />
            </ErrorBoundary>
          </section>
        )}
        {visited.has('accessLog') && (
          <section className="page" hidden={page !== 'accessLog'} data-testid="page-accessLog">
            <ErrorBoundary area="접속기록 점검">
              <AccessLogPage active={page === 'accessLog'} />
            </ErrorBoundary>
          </section>
        )}
      </main>
      <StatusBar info={info} mode={isElectron() ? '데스크톱' : '브라우저 모드'} onOpenSettings={() => go('settings')} />
      {firstRun && <FirstRunDialog onClose={() => { setFirstRun(false); void loadInfo(); }} />}
    </div>
  );
}
