/** 휴지통: a register's deleted records, newest deletion first, with who deleted them and when. */

export interface TrashEntry {
  id: string;
  /** ISO time of the deletion. */
  deletedAt: string;
  deletedBy: string;
  /** Field key → the value as history shows it ('2024-09-02', '예', '복지, 안전'); links left out. */
  fields: Record<string, string>;
}

export interface TrashPage {
  /** The newest `limit` deletions that match. */
  rows: TrashEntry[];
  /** How many deleted records match in all (more than `rows` when capped). */
  total: number;
}
