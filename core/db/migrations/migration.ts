/** A schema step. `up` runs inside one transaction that also sets PRAGMA user_version. */
export interface Migration {
  version: number;
  name: string;
  up: string;
}
