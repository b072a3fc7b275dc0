/**
 * Which records a user sees. Department-wide registers (clippings, releases: public material)
 * and the code lists are shared by everyone; a register holding personal data is team-scoped — a user sees and edits
 * only records created by someone of the same team. A register this server does not know is
 * team-scoped too, so a newer PC cannot widen who sees its data by accident.
 */
import { SYNCED, SYNCED_NAMES } from '../../shared/domain/synced.ts';
import type { ScopeSql } from '../store/records.ts';

export class RegisterScope {
  /** Set when overridden: exactly these registers are team-scoped. */
  private readonly teamScoped: ReadonlySet<string> | undefined;
  private readonly wide: readonly string[];

  constructor(teamScopedOverride?: readonly string[]) {
    this.teamScoped = teamScopedOverride ? new Set(teamScopedOverride) : undefined;
    this.wide = SYNCED_NAMES.filter((r) => !SYNCED[r].personalData);
  }

  isTeamScoped(register: string): boolean {
    return this.teamScoped ? this.teamScoped.has(register) : !this.wide.includes(register);
  }

  /** Registers a user of any team may have records of (their checksums are always sent). */
  knownRegisters(): string[] {
    return [...SYNCED_NAMES];
  }

  /** An admin sees every team's records (the 접속기록 review and support need them); others their team's. */
  sqlForUser(user: { team: string; role: string }): ScopeSql {
    return user.role === 'admin' ? { sql: '1 = 1', params: [] } : this.sqlFor(user.team);
  }

  sqlFor(team: string): ScopeSql {
    if (this.teamScoped) {
      const list = [...this.teamScoped];
      if (list.length === 0) return { sql: '1 = 1', params: [] };
      return { sql: `(team = ? OR register NOT IN (${list.map(() => '?').join(', ')}))`, params: [team, ...list] };
    }
    if (this.wide.length === 0) return { sql: 'team = ?', params: [team] };
    return { sql: `(team = ? OR register IN (${this.wide.map(() => '?').join(', ')}))`, params: [team, ...this.wide] };
  }
}
