/**
 * 접속기록 점검: the admins' monthly review of who opened, revealed, exported or printed personal
 * data — a month picker, the entries (who, when, which PC, register, person masked, what, why),
 * counts per actor, and the month as CSV. On a PC signed in to the central server only an admin
 * account may read it; the core says so in Korean otherwise.
 */
import { useCallback, useEffect, useState } from 'react';
import { ACCESS_ACTION_LABELS, monthRange, type AccessLogEntry, type AccessLogPage as Page } from '../../../shared/domain/access-log.ts';
import { REGISTERS, isRegisterName } from '../../../shared/domain/registers.ts';
import { accessLogCsv, kstMinute } from '../../../shared/personal/access-log-csv.ts';
import { api, errorMessage } from '../api/client.ts';
import { downloadBlob } from '../common/files.ts';
import { num } from '../common/format.ts';
import { MonthInput } from '../common/MonthInput.tsx';
import './access-log.css';

/** Rows shown at once; the CSV holds the whole month whatever its size. */
const SHOWN = 2000;

function thisMonth(): string {
  return new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 7);
}

/** A register's Korean name; registers this PC does not know (yet) by their code name. */
function registerLabel(name: string): string {
  return isRegisterName(name) ? REGISTERS[name].label : name;
}

async function wholeMonth(month: string): Promise<AccessLogEntry[]> {
  const all: AccessLogEntry[] = [];
  for (;;) {
    const page = await api.invoke('accessLog.list', { ...monthRange(month), limit: 10_000, offset: all.length });
    all.push(...page.entries);
    if (page.entries.length === 0 || all.length >= page.total) return all;
  }
}

export function AccessLogPage({ active }: { active: boolean }) {
  const [month, setMonth] = useState(thisMonth);
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (m: string) => {
    setError('');
    try {
      setPage(await api.invoke('accessLog.list', { ...monthRange(m), limit: SHOWN }));
    } catch (e) {
      setPage(null);
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => {
    if (active && /^\d{4}-\d{2}$/.test(month)) void load(month);
  }, [active, month, load]);

  const exportCsv = async () => {
    setBusy(true);
    try {
      const csv = accessLogCsv(await wholeMonth(month), registerLabel);
      downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `접속기록-${month}.csv`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="access-log-page" data-testid="access-log-page">
      <div className="page-header">
        <h1>접속기록 점검</h1>
      </div>
      <div className="access-log-body">
        <p className="muted">
          개인정보가 든 기록을 열람하거나 마스킹을 해제하거나 내보내고 인쇄한 내역입니다. 매달 점검하세요. 기록은 고치거나 지울 수 없으며 2년 이상 보관됩니다.
        </p>
        <div className="access-log-toolbar">
          <span className="access-log-month">
            점검할 달 <MonthInput value={month} onChange={setMonth} label="점검할 달" testId="access-log-month" />
          </span>
          <button type="button" className="button" onClick={() => void exportCsv()} disabled={busy || !page || page.total === 0} data-testid="access-log-export">
            이 달 CSV로 내보내기
          </button>
          {page && <span className="muted" data-testid="access-log-total">모두 {num(page.total)}건</span>}
        </div>
        {error && <div className="form-error" data-testid="access-log-error">{error}</div>}
        {page && page.byActor.length > 0 && (
          <section className="access-log-actors" aria-label="사용자별 건수" data-testid="access-log-actors">
            {page.byActor.map((a) => (
              <span key={a.actor} className="access-log-actor">
                {a.actor} <strong>{num(a.count)}</strong>건
              </span>
            ))}
          </section>
        )}
        {page && page.total === 0 && <p className="muted" data-testid="access-log-empty">이 달의 접속기록이 없습니다.</p>}
        {page && page.entries.length > 0 && (
          <div className="access-log-table-wrap">
            <table className="data-table access-log-table" data-testid="access-log-table">
              <thead>
                <tr>
                  <th>일시</th>
                  <th>사용자</th>
                  <th>PC</th>
                  <th>대장</th>
                  <th>대상</th>
                  <th>작업</th>
                  <th>항목</th>
                  <th>사유</th>
                </tr>
              </thead>
              <tbody>
                {page.entries.map((e) => (
                  <tr key={e.id}>
                    <td className="nowrap">{kstMinute(e.at)}</td>
                    <td>{e.login && e.login !== e.actor ? `${e.actor} (${e.login})` : e.actor}</td>
                    <td>{e.pcName}</td>
                    <td>{registerLabel(e.register)}</td>
                    <td>{e.person || (e.count > 1 ? `${num(e.count)}건` : '')}</td>
                    <td className="nowrap">{ACCESS_ACTION_LABELS[e.action]}</td>
                    <td>{e.field}</td>
                    <td>{e.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {page.total > page.entries.length && (
              <p className="muted">최근 {num(page.entries.length)}건만 보입니다. 이 달 전체는 CSV로 내보내 확인하세요.</p>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
