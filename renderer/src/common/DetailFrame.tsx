/** The side panel's frame: title, close button and tabs (기본 정보 / 첨부파일 / 변경 이력 …). */
import { createContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { usePanelResize } from './usePanelResize.ts';

export interface DetailTab {
  id: string;
  label: string;
  render: () => ReactNode;
  /**
   * Mounted (hidden) while another tab is shown, so that it can act for the whole panel: the
   * 첨부파일 tab takes a file dropped or a screenshot pasted anywhere on the open record.
   */
  keepMounted?: boolean;
}

/** Lets a tab bring itself to the front (e.g. the attachments when a file arrives). */
export const DetailTabContext = createContext<{ show: () => void } | null>(null);

export function DetailFrame({ title, onClose, tabs }: { title: string; onClose: () => void; tabs: DetailTab[] }) {
  const [tab, setTab] = useState(tabs[0]?.id ?? '');
  const ref = useRef<HTMLDivElement>(null);
  const current = tabs.find((t) => t.id === tab) ?? tabs[0];
  const resize = usePanelResize(ref);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('.detail-tab:not([hidden]) :is(input, select, textarea)')?.focus();
  }, []);
  return (
    <div
      className="detail"
      ref={ref}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.nativeEvent.isComposing) {
          e.stopPropagation();
          e.preventDefault(); // this Esc must not also close the question it may open
          onClose();
        }
      }}
    >
      <div
        className="detail-resize"
        role="separator"
        aria-orientation="vertical"
        aria-label="상세 창 너비 (끌거나 ←/→)"
        title="끌어서 상세 창 너비를 바꿉니다"
        tabIndex={0}
        data-testid="detail-resize"
        onPointerDown={resize.onPointerDown}
        onKeyDown={resize.onKeyDown}
      />
      <header className="detail-header">
        <h2 title={title}>{title}</h2>
        <button type="button" className="icon-button" data-testid="detail-close" aria-label="닫기 (Esc)" onClick={onClose}>
          ×
        </button>
      </header>
      {tabs.length > 1 && (
        <div className="tabs" role="tablist">
          {tabs.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              aria-selected={t.id === current?.id}
              className={t.id === current?.id ? 'tab active' : 'tab'}
              data-testid={`tab-${t.id}`}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
      )}
      <div className="detail-body">
        {tabs.map((t) =>
          t.id === current?.id || t.keepMounted ? (
            <div key={t.id} className="detail-tab" hidden={t.id !== current?.id} data-testid={`tab-body-${t.id}`}>
              <TabShow show={() => setTab(t.id)}>{t.render()}</TabShow>
            </div>
          ) : null,
        )}
      </div>
    </div>
  );
}

function TabShow({ show, children }: { show: () => void; children: ReactNode }) {
  const ref = useRef(show);
  ref.current = show;
  const value = useMemo(() => ({ show: () => ref.current() }), []);
  return <DetailTabContext.Provider value={value}>{children}</DetailTabContext.Provider>;
}
