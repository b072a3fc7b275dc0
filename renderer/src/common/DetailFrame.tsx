/** The side panel's frame: title, close button and tabs (기본 정보 / 첨부파일 / 변경 이력 …). */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { usePanelResize } from './usePanelResize.ts';

export interface DetailTab {
  id: string;
  label: string;
  render: () => ReactNode;
}

export function DetailFrame({ title, onClose, tabs }: { title: string; onClose: () => void; tabs: DetailTab[] }) {
  const [tab, setTab] = useState(tabs[0]?.id ?? '');
  const ref = useRef<HTMLDivElement>(null);
  const current = tabs.find((t) => t.id === tab) ?? tabs[0];
  const resize = usePanelResize(ref);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
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
      <div className="detail-body">{current?.render()}</div>
    </div>
  );
}
