/**
 * 내보내기: the clerk picks what (현재 목록 / 선택한 행 / 전체 대장, each with its count) and the
 * format (CSV for Excel, or XLSX). The current list and the selection go in the grid's order with
 * its visible columns; the whole register with every field, ready to import again.
 */
import { useState } from 'react';
import type { ExportScope } from '../../../shared/api/contract.ts';
import { Dialog } from './Dialog.tsx';
import { num } from './format.ts';
import './filters/filters.css';

export interface ScopeCounts {
  list: number;
  selected: number;
  all: number;
}

const SCOPES: ReadonlyArray<{ key: ExportScope; label: string; hint: string }> = [
  { key: 'list', label: '현재 목록', hint: '검색과 필터를 적용한 목록, 화면의 순서와 보이는 열 그대로' },
  { key: 'selected', label: '선택한 행', hint: '체크한 행만, 보이는 열 그대로' },
  { key: 'all', label: '전체 대장', hint: '모든 기록과 모든 항목 (다시 가져올 수 있는 형식)' },
];

interface Props {
  counts: ScopeCounts;
  onClose: () => void;
  /** 개인정보 대장: the clerk writes why the file is made (logged; names and phones stay masked). */
  askReason?: boolean;
  onExport: (scope: ExportScope, format: 'csv' | 'xlsx', reason?: string) => Promise<void>;
}

export function ExportDialog({ counts, askReason = false, onClose, onExport }: Props) {
  const [scope, setScope] = useState<ExportScope>(counts.list < counts.all ? 'list' : counts.selected > 0 ? 'selected' : 'all');
  const [format, setFormat] = useState<'csv' | 'xlsx'>('xlsx');
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  const missingReason = askReason && reason.trim() === '';
  const go = async () => {
    setBusy(true);
    try {
      await onExport(scope, format, askReason ? reason.trim() : undefined);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      title="내보내기"
      onClose={onClose}
      testId="export-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            취소
          </button>
          <button type="button" className="button primary" data-testid="export-go" disabled={busy || counts[scope] === 0 || missingReason} onClick={() => void go()}>
            {busy ? '내보내는 중…' : `${num(counts[scope])}건 내보내기`}
          </button>
        </>
      }
    >
      <fieldset className="gd-choice">
        <legend>무엇을 내보낼까요?</legend>
        {SCOPES.map((s) => (
          <label key={s.key} className={counts[s.key] === 0 && s.key === 'selected' ? 'gd-choice-row disabled' : 'gd-choice-row'}>
            <input
              type="radio"
              name="export-scope"
              value={s.key}
              data-testid={`export-scope-${s.key}`}
              checked={scope === s.key}
              disabled={s.key === 'selected' && counts.selected === 0}
              onChange={() => setScope(s.key)}
            />
            <span className="gd-choice-label">
              {s.label} <strong>{num(counts[s.key])}건</strong>
              <small>{s.key === 'selected' && counts.selected === 0 ? '선택한 행이 없습니다. 행 앞의 확인란을 체크하세요.' : s.hint}</small>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="gd-choice">
        <legend>파일 형식</legend>
        <label className="gd-choice-row">
          <input type="radio" name="export-format" data-testid="export-format-xlsx" checked={format === 'xlsx'} onChange={() => setFormat('xlsx')} />
          <span className="gd-choice-label">엑셀 파일 (XLSX)</span>
        </label>
        <label className="gd-choice-row">
          <input type="radio" name="export-format" data-testid="export-format-csv" checked={format === 'csv'} onChange={() => setFormat('csv')} />
          <span className="gd-choice-label">
            CSV <small>엑셀과 한/글에서 열리는 쉼표 구분 텍스트</small>
          </span>
        </label>
      </fieldset>
      {askReason && (
        <div className="field">
          <label htmlFor="export-reason">내보내는 사유 (개인정보)</label>
          <input id="export-reason" data-testid="export-reason" value={reason} maxLength={200} placeholder="예: 수료자 명단 교육청 제출" onChange={(e) => setReason(e.target.value)} />
          <div className="field-hint">개인정보가 든 대장입니다. 사유는 접속기록에 남고, 이름과 연락처는 가린 채로 내보냅니다.</div>
        </div>
      )}
    </Dialog>
  );
}
