/** CSV / 엑셀 export of a whole register, saved through a blob link with the core's file name. */
import { useState } from 'react';
import { useToast } from '../app/toast.tsx';
import { downloadExport } from './files.ts';
import type { ExportedFile } from '../../../shared/api/contract.ts';

export function ExportButtons({ run }: { run: (format: 'csv' | 'xlsx') => Promise<ExportedFile> }) {
  const toast = useToast();
  const [busy, setBusy] = useState<'' | 'csv' | 'xlsx'>('');
  const go = async (format: 'csv' | 'xlsx') => {
    setBusy(format);
    try {
      const file = await run(format);
      downloadExport(file);
      toast.show({ kind: 'success', message: `${file.fileName} 파일로 ${file.rowCount.toLocaleString('ko-KR')}건을 내보냈습니다.` });
    } catch (e) {
      toast.error(e);
    } finally {
      setBusy('');
    }
  };
  return (
    <div className="button-group" role="group" aria-label="내보내기">
      <button type="button" className="button" data-testid="export-csv" disabled={busy !== ''} onClick={() => void go('csv')}>
        {busy === 'csv' ? '내보내는 중…' : 'CSV 내보내기'}
      </button>
      <button type="button" className="button" data-testid="export-xlsx" disabled={busy !== ''} onClick={() => void go('xlsx')}>
        {busy === 'xlsx' ? '내보내는 중…' : '엑셀 내보내기'}
      </button>
    </div>
  );
}
