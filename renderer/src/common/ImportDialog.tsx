/**
 * Import a CSV/XLSX file in two steps: importPreview shows what would happen (nothing is
 * written), and only "가져오기" runs importCommit with the same file.
 */
import { useState } from 'react';
import type { FilePayload, ImportReport } from '../../../shared/api/contract.ts';
import type { RegisterSpec } from '../../../shared/domain/register.ts';
import { errorMessage } from '../api/client.ts';
import { Dialog } from './Dialog.tsx';
import { readFilePayload } from './files.ts';
import type { RegisterOps } from './registerOps.ts';
import type { RecordMeta } from '../../../shared/domain/register.ts';

const ENCODINGS: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  cp949: 'CP949 (한글 엑셀 CSV)',
  xlsx: '엑셀 통합문서 (xlsx)',
};

interface Props {
  spec: RegisterSpec;
  ops: Pick<RegisterOps<RecordMeta>, 'importPreview' | 'importCommit'>;
  onClose: () => void;
  onCommitted: (report: ImportReport) => void;
}

export function ImportDialog({ spec, ops, onClose, onCommitted }: Props) {
  const [file, setFile] = useState<FilePayload | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<'' | 'preview' | 'commit'>('');
  const [error, setError] = useState('');

  const pick = async (f: File | undefined) => {
    setReport(null);
    setError('');
    if (!f) return setFile(null);
    if (!/\.(csv|xlsx|txt)$/i.test(f.name)) return setError('CSV 또는 엑셀(xlsx) 파일을 선택하세요.');
    setBusy('preview');
    try {
      const payload = await readFilePayload(f);
      setFile(payload);
      setReport(await ops.importPreview(payload));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy('');
    }
  };

  const commit = async () => {
    if (!file) return;
    setBusy('commit');
    setError('');
    try {
      onCommitted(await ops.importCommit(file));
    } catch (e) {
      setError(errorMessage(e));
      setBusy('');
    }
  };

  const label = (key: string) => spec.fields.find((f) => f.key === key)?.label ?? key;
  const sampleKeys = report ? [...new Set(report.sample.flatMap((r) => Object.keys(r)))] : [];

  return (
    <Dialog
      title={`${spec.label} 가져오기`}
      onClose={onClose}
      testId="import-dialog"
      wide
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            취소
          </button>
          <button
            type="button"
            className="button primary"
            data-testid="import-commit"
            disabled={!report || report.toAdd === 0 || busy !== ''}
            onClick={() => void commit()}
          >
            {busy === 'commit' ? '가져오는 중…' : report ? `가져오기 (${report.toAdd.toLocaleString('ko-KR')}건 추가)` : '가져오기'}
          </button>
        </>
      }
    >
      <p className="muted">
        CSV 또는 엑셀(xlsx) 파일을 고르면 먼저 미리 보기를 보여 드립니다. <strong>가져오기</strong>를 누르기 전에는 아무것도 저장되지 않습니다.
      </p>
      <input type="file" data-testid="import-file" accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => void pick(e.target.files?.[0])} />
      {busy === 'preview' && <p className="muted">파일을 확인하는 중…</p>}
      {error && (
        <div className="form-error" role="alert" data-testid="import-error">
          {error}
        </div>
      )}
      {report && (
        <div className="import-report">
          <dl className="summary-grid" data-testid="import-summary">
            <dt>파일</dt>
            <dd>{report.fileName}</dd>
            <dt>인코딩</dt>
            <dd data-testid="import-encoding">{ENCODINGS[report.encoding] ?? report.encoding}</dd>
            <dt>전체 행</dt>
            <dd>{report.totalRows.toLocaleString('ko-KR')}행</dd>
            <dt>추가할 행</dt>
            <dd data-testid="import-to-add">{report.toAdd.toLocaleString('ko-KR')}건</dd>
            <dt>중복(건너뜀)</dt>
            <dd data-testid="import-duplicates">{report.duplicates.toLocaleString('ko-KR')}건</dd>
            <dt>오류(제외)</dt>
            <dd data-testid="import-rejected-count">{report.rejected.length.toLocaleString('ko-KR')}건</dd>
            <dt>인식한 열</dt>
            <dd>{report.columns.join(', ') || '없음'}</dd>
            {report.ignoredColumns.length > 0 && (
              <>
                <dt>무시한 열</dt>
                <dd>{report.ignoredColumns.join(', ')}</dd>
              </>
            )}
          </dl>
          {report.rejected.length > 0 && (
            <RowProblems title="가져오지 않는 행" testId="import-rejected-table" rows={report.rejected} />
          )}
          {report.warnings.length > 0 && <RowProblems title="확인이 필요한 행" testId="import-warnings-table" rows={report.warnings} />}
          <h3 className="section-title">추가될 행 미리 보기 {report.sample.length > 0 && <span className="muted">(처음 {report.sample.length}행)</span>}</h3>
          {report.sample.length === 0 ? (
            <p className="muted">추가될 행이 없습니다.</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table" data-testid="import-preview-table">
                <thead>
                  <tr>
                    {sampleKeys.map((k) => (
                      <th key={k}>{label(k)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {report.sample.map((row, i) => (
                    <tr key={i}>
                      {sampleKeys.map((k) => (
                        <td key={k}>{row[k] ?? ''}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </Dialog>
  );
}

function RowProblems({ title, testId, rows }: { title: string; testId: string; rows: Array<{ row: number; reason: string }> }) {
  return (
    <>
      <h3 className="section-title">
        {title} <span className="muted">({rows.length.toLocaleString('ko-KR')}건)</span>
      </h3>
      <div className="table-scroll short">
        <table className="data-table" data-testid={testId}>
          <thead>
            <tr>
              <th className="num">행 번호</th>
              <th>사유</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, 500).map((r, i) => (
              <tr key={i}>
                <td className="num">{r.row}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > 500 && <p className="muted">처음 500건만 표시합니다.</p>}
    </>
  );
}
