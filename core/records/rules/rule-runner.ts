/**
 * Runs the cross-record rules of one register around a write (inside its transaction) and
 * collects what they said, so the write's result can tell the clerk ('대기 3번으로 신청했습니다').
 */
import type { Db } from '../../db/open.ts';
import type { CrossRecordRule, RuleViolation, RuleWrite } from './cross-record-rule.ts';

export interface RuleRun {
  /** The values to store: the rules' adjustments applied in order. A refusal throws. */
  before(write: RuleWrite): Record<string, unknown>;
  after(write: RuleWrite & { id: string }): void;
  /** The notes of this run, in order, without repeats. */
  notes(): string[];
}

export function ruleRunner(db: Db, rules: readonly CrossRecordRule[], register: string) {
  const mine = rules.filter((r) => r.register === register);
  return {
    has: mine.length > 0,
    start(): RuleRun {
      const notes: string[] = [];
      const say = (note: string | void | undefined) => {
        if (note && !notes.includes(note)) notes.push(note);
      };
      return {
        before(write) {
          let values = { ...write.values };
          for (const rule of mine) {
            const out = rule.check?.(db, { ...write, values });
            if (!out) continue;
            if (out.values) values = { ...values, ...out.values };
            say(out.note);
          }
          return values;
        },
        after(write) {
          for (const rule of mine) say(rule.after?.(db, write));
        },
        notes: () => notes,
      };
    },
  };
}

/** Every rule's violations now (확인할 항목 reads this after every pull and write). */
export function recheckAll(db: Db, rules: readonly CrossRecordRule[], ids?: readonly string[]): Array<RuleViolation & { rule: CrossRecordRule }> {
  return rules.flatMap((rule) => rule.recheck(db, ids).map((v) => ({ ...v, rule })));
}
