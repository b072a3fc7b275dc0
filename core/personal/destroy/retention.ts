/**
 * 보유 기간 (retention) of the personal registers: the years come from the register's definition
 * (`retention`), unless the clerk changed them (setting `retentionYears/<register>`, 1–10); the
 * date they run from is the register's 'last activity' query, named by `retention.after` and kept
 * in the register's own domain folder (SQL per domain).
 */
import type { Db } from '../../db/open.ts';
import type { RegisterSpec } from '../../../shared/domain/register.ts';
import { AppError } from '../../../shared/api/errors.ts';
import type { SettingsRepository } from '../../settings/settings-repository.ts';
import { instructorsLastTaught, traineesLastClass, type LastActivity } from '../../training/last-activity.ts';

export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 10;

/** The 'last activity' queries a definition's `retention.after` may name. */
const LAST_ACTIVITY: Record<string, (db: Db) => () => LastActivity[]> = {
  lastClass: traineesLastClass,
  lastTaught: instructorsLastTaught,
};

export const retentionSettingKey = (register: string) => `retentionYears/${register}`;

/** The retention years of a register: the clerk's setting, else the definition's. */
export function retentionYears(spec: RegisterSpec, settings: SettingsRepository): number {
  const stored = Number(settings.get(retentionSettingKey(spec.name)));
  if (Number.isInteger(stored) && stored >= MIN_RETENTION_YEARS && stored <= MAX_RETENTION_YEARS) return stored;
  return spec.retention?.years ?? 0;
}

export function setRetentionYears(spec: RegisterSpec, settings: SettingsRepository, years: number): void {
  if (!spec.retention) throw new AppError('invalid_input', `${spec.label} 대장에는 보유 기간이 없습니다.`);
  if (!Number.isInteger(years) || years < MIN_RETENTION_YEARS || years > MAX_RETENTION_YEARS) {
    throw new AppError('invalid_input', `보유 기간은 ${MIN_RETENTION_YEARS}년에서 ${MAX_RETENTION_YEARS}년 사이로 정하세요.`);
  }
  settings.set(retentionSettingKey(spec.name), String(years));
}

/** YYYY-MM-DD plus whole years (29 February → 28 February of a common year). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Every not yet destroyed record of the register with its last activity; [] without retention. */
export function lastActivities(db: Db, spec: RegisterSpec): () => LastActivity[] {
  const after = spec.retention?.after;
  const query = after ? LAST_ACTIVITY[after] : undefined;
  if (after && !query) throw new Error(`대장 정의 ${spec.name}: 보유 기간의 기준 '${after}'을(를) 찾는 질의가 없습니다`);
  return query ? query(db) : () => [];
}
