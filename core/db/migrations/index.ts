/**
 * Every migration, in order. The list is explicit (no directory scanning) so a packaged app and
 * the tests run exactly the same steps; each has a test in test/core/db/migrations.test.ts.
 */
import type { Migration } from './migration.ts';
import { migration001 } from './001-registers.ts';
import { migration002 } from './002-sync.ts';
import { migration003 } from './003-links-without-foreign-keys.ts';
import { migration004 } from './004-synced-code-lists.ts';
import { migration005 } from './005-synced-attachments.ts';
import { migration006 } from './006-demo-records.ts';
import { migration007 } from './007-attachment-owner.ts';
import { migration008 } from './008-access-log.ts';
import { migration009 } from './009-training-registers.ts';
import { migration010 } from './010-sealed-sensitive-columns.ts';
import { migration011 } from './011-instructors.ts';
import { migration012 } from './012-destruction.ts';
import { migration013 } from './013-council-registers.ts';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
