/**
 * The council report's data, read from its registers (migration 013) in one go: the profile in
 * force on the 기준일 (the latest on or before it) with its rows, and the year's projects with their
 * blocks and 소요예산, in the order the clerk gave them. Deleted records are not reported.
 */
import type { Db } from '../db/open.ts';
import type { BudgetRow, CouncilProject, DepartmentProfile, FacilityRow, ProjectBudget, StaffingRow, TeamDuty } from '../../shared/reports/council-input.ts';

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
const orNone = (n: number) => (n === 0 ? undefined : n);

export interface CouncilData {
  profile?: DepartmentProfile;
  projects: CouncilProject[];
}

export function councilRepository(db: Db) {
  const profileAt = db.prepare<[string], { id: string; as_of: string; office: string; department: string }>(
    'SELECT id, as_of, office, department FROM profiles WHERE deleted_at IS NULL AND as_of <= ? ORDER BY as_of DESC, created_at DESC LIMIT 1',
  );
  const divisions = db.prepare<[string], { name: string; duties: string }>('SELECT name, duties FROM divisions WHERE deleted_at IS NULL AND profile_id = ? ORDER BY position, name');
  const staffing = db.prepare<[string], { staff_group: StaffingRow['group']; grade: StaffingRow['grade']; authorized: number; filled: number }>(
    'SELECT staff_group, grade, authorized, filled FROM staffing WHERE deleted_at IS NULL AND profile_id = ?',
  );
  const facilities = db.prepare<[string], { kind: string; name: string; status: string; note: string }>('SELECT kind, name, status, note FROM facilities WHERE deleted_at IS NULL AND profile_id = ? ORDER BY position, name');
  const budgets = db.prepare<[string], { unit: string; budget: number; spent: number; previous: number }>('SELECT unit, budget, spent, previous FROM budgets WHERE deleted_at IS NULL AND profile_id = ? ORDER BY position, unit');
  const projects = db.prepare<[number], { id: string; name: string; team: string; kind: '계속' | '신규'; priority: number; purpose: string; budget_form: string; source: string; budget: number; spent: number }>(
    'SELECT id, name, team, kind, priority, purpose, budget_form, source, budget, spent FROM projects WHERE deleted_at IS NULL AND year = ? ORDER BY position, name',
  );
  const blocks = db.prepare<[string], { title: string; body: string }>('SELECT title, body FROM blocks WHERE deleted_at IS NULL AND project_id = ? ORDER BY position, title');
  const funds = db.prepare<[string], { source: string; year: number; amount: number }>('SELECT source, year, amount FROM funds WHERE deleted_at IS NULL AND project_id = ? ORDER BY year, source');

  function profile(asOf: string): DepartmentProfile | undefined {
    const p = profileAt.get(asOf);
    if (!p) return undefined;
    return {
      asOf: p.as_of,
      office: p.office,
      department: p.department,
      teams: divisions.all(p.id).map((d): TeamDuty => ({ team: d.name, duties: lines(d.duties) })),
      staffing: staffing.all(p.id).map((s): StaffingRow => ({ group: s.staff_group, grade: s.grade, authorized: s.authorized, filled: s.filled })),
      facilities: facilities.all(p.id).map((f): FacilityRow => ({ kind: f.kind, name: f.name, status: lines(f.status), ...(f.note ? { note: f.note } : {}) })),
      budget: budgets.all(p.id).map((b): BudgetRow => ({ unit: b.unit, budget: b.budget, ...(b.spent ? { spent: b.spent } : {}), ...(b.previous ? { previous: b.previous } : {}) })),
    };
  }

  function budgetOf(p: { id: string; budget_form: string; source: string; budget: number; spent: number }): ProjectBudget | undefined {
    if (p.budget_form === '예산액·집행액') return { kind: 'execution', budget: p.budget, ...(orNone(p.spent) !== undefined ? { spent: p.spent } : {}), ...(p.source ? { source: p.source } : {}) };
    if (p.budget_form !== '재원별·연차별') return undefined;
    const rows = funds.all(p.id);
    const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
    const sources = [...new Set(rows.map((r) => r.source))];
    return { kind: 'plan', years, sources: sources.map((source) => ({ source, amounts: years.map((y) => rows.filter((r) => r.source === source && r.year === y).reduce((s, r) => s + r.amount, 0)) })) };
  }

  return {
    /** What a report for `year` as of `asOf` is built from. */
    load(year: number, asOf: string): CouncilData {
      const list = projects.all(year).map((p): CouncilProject => {
        const budget = budgetOf(p);
        return {
          name: p.name,
          team: p.team,
          kind: p.kind,
          priority: p.priority === 1,
          ...(p.purpose.trim() ? { purpose: p.purpose } : {}),
          blocks: blocks.all(p.id).map((b) => ({ title: b.title, text: b.body })),
          ...(budget ? { budget } : {}),
        };
      });
      const found = profile(asOf);
      return { ...(found ? { profile: found } : {}), projects: list };
    },
  };
}
