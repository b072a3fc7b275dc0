/** How many deleted records a register's 휴지통 holds, for its toolbar button; refreshed on every change. */
import { useEffect, useState } from 'react';
import type { RegisterName } from '../../../../shared/domain/register.ts';
import { api } from '../../api/client.ts';
import { useChangeCounter } from '../../app/dataBus.ts';

export function useTrashCount(register: RegisterName, active: boolean): number | null {
  const [count, setCount] = useState<number | null>(null);
  const changes = useChangeCounter([register]);
  useEffect(() => {
    if (!active) return;
    let live = true;
    api.invoke(`${register}.trash`, { limit: 0 }).then(
      (p) => live && setCount(p.total),
      () => live && setCount(null), // the button still opens the view, which says what went wrong
    );
    return () => {
      live = false;
    };
  }, [register, active, changes]);
  return count;
}
