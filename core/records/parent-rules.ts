/**
 * Parents and children between registers (course → classes → sessions). Deleting a parent that
 * still has live children is refused, or takes the children along in the same history batch (one
 * undo restores them all), as the child register's definition says (`parent.onDelete`). 'keep'
 * leaves the children and their link as they are.
 */
import { AppError } from '../../shared/api/errors.ts';
import { objectParticle } from '../../shared/text/particle.ts';
import { parentLinks, type ParentLink, type RegisterSpec } from '../../shared/domain/register.ts';
import type { LinksRepository } from './links-repository.ts';
import type { RecordStore, Stamp } from './record-store.ts';

export interface ChildRegister {
  spec: RegisterSpec;
  store: RecordStore;
}

/** The registers whose definition names `parent` as a parent, each with the link that does. */
function childrenOf(parent: string, registers: readonly ChildRegister[]): Array<ChildRegister & { link: ParentLink }> {
  return registers.flatMap((r) => parentLinks(r.spec).filter((l) => l.register === parent).map((link) => ({ ...r, link })));
}

export function parentRules(links: LinksRepository, registers: () => readonly ChildRegister[]) {
  /** Refuses (AppError) when a 'refuse' child register still has live children of these parents. */
  function assertDeletable(parent: RegisterSpec, ids: readonly string[]): void {
    for (const child of childrenOf(parent.name, registers())) {
      if (child.link.onDelete !== 'refuse') continue;
      const field = child.link.field;
      const live = ids.filter((id) => !parentDeleted(parent, id));
      const count = live.reduce((n, id) => n + links.liveChildIds(child.spec, field, id).length, 0);
      if (count === 0) continue;
      const owner = live.length === 1 ? `이 ${parent.label}에` : `선택한 ${parent.label} ${live.length.toLocaleString('ko-KR')}건에`;
      throw new AppError('conflict', `${owner} 연결된 ${child.spec.label} ${count.toLocaleString('ko-KR')}건이 있어 삭제할 수 없습니다. 먼저 ${child.spec.label}${objectParticle(child.spec.label)} 옮기거나 지우세요.`);
    }
  }

  function parentDeleted(parent: RegisterSpec, id: string): boolean {
    return links.displayOf(parent, id)?.deleted ?? true;
  }

  /** Deletes the 'cascade' children of a parent being deleted (and theirs), with the parent's stamp. */
  function cascade(parent: RegisterSpec, id: string, stamp: Stamp): number {
    let n = 0;
    for (const child of childrenOf(parent.name, registers())) {
      if (child.link.onDelete !== 'cascade') continue;
      for (const childId of links.liveChildIds(child.spec, child.link.field, id)) {
        n += cascade(child.spec, childId, stamp);
        assertDeletable(child.spec, [childId]);
        if (child.store.delete(childId, stamp)) n++;
      }
    }
    return n;
  }

  return { assertDeletable, cascade };
}

export type ParentRules = ReturnType<typeof parentRules>;
