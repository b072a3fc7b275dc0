/**
 * The kernel's shared parts over one database: links by id or display name (ref-links.ts) and
 * the parent/child delete rules (parent-rules.ts) and the rules spanning records (rules/), for the register stores given.
 */
import type { Db } from '../db/open.ts';
import type { RegisterSpec } from '../../shared/domain/register.ts';
import { linksRepository } from './links-repository.ts';
import { refLinks, type NameResolver } from './ref-links.ts';
import { parentRules } from './parent-rules.ts';
import type { RecordStore } from './record-store.ts';
import type { KernelParts } from './register-service.ts';
import type { CrossRecordRule } from './rules/cross-record-rule.ts';

export function registerKernel(
  db: Db,
  stores: Readonly<Record<string, RecordStore>>,
  resolvers: Readonly<Record<string, NameResolver>> = {},
  rules: readonly CrossRecordRule[] = [],
): KernelParts {
  const links = linksRepository(db);
  const specOf = (name: string): RegisterSpec | undefined => stores[name]?.spec;
  const registers = Object.values(stores).map((store) => ({ spec: store.spec, store }));
  return { links: refLinks(links, specOf, resolvers), parents: parentRules(links, () => registers), rules };
}
