/**
 * The class form's prints: '출석부 인쇄' (names masked, or '실명으로 인쇄'), '수료증 인쇄' (real names;
 * '수료 가능 포함' adds those whose 출석률 reaches the 수료 기준) and '명단 인쇄' (masked). Each one
 * asks the reason first — even a masked list tells who is in the class — and the core logs it.
 * Each PDF is saved like a printed list.
 */
import { useState } from 'react';
import type { ExportedFile } from '../../../shared/api/contract.ts';
import { api } from '../api/client.ts';
import { useToast } from '../app/toast.tsx';
import { downloadExport } from '../common/files.ts';
import { num } from '../common/format.ts';
import { PrintReasonDialog } from '../common/PrintReasonDialog.tsx';

type Asking = 'attendance' | 'certificates' | 'roster' | null;

export function ClassPrintButtons({ classId }: { classId: string }) {
  const toast = useToast();
  const [asking, setAsking] = useState<Asking>(null);
  const [realNames, setRealNames] = useState(false);
  const [includePassing, setIncludePassing] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async (make: () => Promise<ExportedFile>, what: string) => {
    setBusy(true);
    try {
      const file = await make();
      downloadExport(file);
      setAsking(null);
      toast.show({ kind: 'success', message: `${what}(${file.fileName})를 만들었습니다: ${num(file.rowCount)}${what === '수료증' ? '장' : '명'}. 파일을 열어 인쇄하세요.` });
    } catch (e) {
      toast.error(e);
    } finally {
      setBusy(false);
    }
  };
  const open = (what: Exclude<Asking, null>) => {
    setRealNames(false);
    setIncludePassing(false);
    setAsking(what);
  };

  return (
    <div className="button-group" role="group" aria-label="교육반 인쇄" data-testid="class-prints">
      <button type="button" className="button" data-testid="print-attendance" disabled={busy} onClick={() => open('attendance')}>
        출석부 인쇄
      </button>
      <button type="button" className="button" data-testid="print-certificates" disabled={busy} onClick={() => open('certificates')}>
        수료증 인쇄
      </button>
      <button type="button" className="button" data-testid="print-roster" disabled={busy} onClick={() => open('roster')}>
        명단 인쇄
      </button>
      {asking === 'attendance' && (
        <PrintReasonDialog
          title="출석부 인쇄"
          hint={realNames ? '실명으로 인쇄합니다. 사유와 인원수가 접속기록에 남습니다.' : '이름은 가려(김*용) 인쇄합니다. 실명이 필요하면 위를 고르세요. 사유와 인원수는 접속기록에 남습니다.'}
          needsReason
          placeholder={realNames ? '예: 출석 서명 받기' : '예: 교육장 출석 확인'}
          goLabel="PDF 만들기"
          onClose={() => setAsking(null)}
          onPrint={(reason) => save(() => api.invoke('training.printAttendance', { classId, realNames, reason: reason ?? '' }), '출석부')}
        >
          <label className="checkbox-inline">
            <input type="checkbox" data-testid="print-real-names" checked={realNames} onChange={(e) => setRealNames(e.target.checked)} /> 실명으로 인쇄
          </label>
        </PrintReasonDialog>
      )}
      {asking === 'certificates' && (
        <PrintReasonDialog
          title="수료증 인쇄"
          hint="수료증에는 실명과 생년월일이 들어갑니다. 사유와 장수는 접속기록에 남습니다. 상태가 '수료'인 수강생마다 한 장씩 만듭니다."
          needsReason
          placeholder="예: 수료식 배부"
          goLabel="PDF 만들기"
          onClose={() => setAsking(null)}
          onPrint={(reason) => save(() => api.invoke('training.printCertificates', { classId, includePassing, reason: reason ?? '' }), '수료증')}
        >
          <label className="checkbox-inline">
            <input type="checkbox" data-testid="print-include-passing" checked={includePassing} onChange={(e) => setIncludePassing(e.target.checked)} /> 수료 가능(출석률이 수료 기준 이상인 수강 중인 사람)도 포함
          </label>
        </PrintReasonDialog>
      )}
      {asking === 'roster' && (
        <PrintReasonDialog
          title="명단 인쇄"
          hint="이 반의 수강생 명단을 이름을 가려(김*용) 인쇄합니다. 사유와 인원수는 접속기록에 남습니다."
          needsReason
          placeholder="예: 교육 안내 전화 명단"
          goLabel="PDF 만들기"
          onClose={() => setAsking(null)}
          onPrint={(reason) => save(() => api.invoke('training.printRoster', { classId, reason: reason ?? '' }), '수강생 명단')}
        />
      )}
    </div>
  );
}
