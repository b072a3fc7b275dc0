/** 파기 as the API returns it (contract ops `personal.destroyPlan`, `personal.destroy`). */

export interface DestroyPlanRow {
  register: string;
  id: string;
  /** Masked (김*용). */
  name: string;
  /** The date the retention runs from (YYYY-MM-DD): the last class's end, else the record's creation. */
  lastActivity: string;
  /** lastActivity plus the retention years. */
  dueOn: string;
  /** In the 휴지통: deleted records are erased too. */
  deleted: boolean;
}

export interface DestroyPlan {
  /** The day the plan was made for (Korean time). */
  today: string;
  registers: Array<{ register: string; label: string; years: number; count: number; rows: DestroyPlanRow[] }>;
  count: number;
}

export interface DestroyResult {
  register: string;
  /** Records erased. */
  count: number;
  /** Old values erased from the change history, and conflict marks. */
  history: number;
  conflicts: number;
  batchId: string;
}
