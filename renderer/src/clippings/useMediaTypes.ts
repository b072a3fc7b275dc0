/** The active 매체구분 codes, re-read whenever the page is shown (the 설정 page may edit them). */
import { useEffect, useRef, useState } from 'react';
import { DEFAULT_MEDIA_TYPES } from '../../../shared/domain/codes.ts';
import { api } from '../api/client.ts';

export function useMediaTypes(active: boolean): { list: readonly string[]; ref: { current: readonly string[] } } {
  const [list, setList] = useState<readonly string[]>(DEFAULT_MEDIA_TYPES);
  const ref = useRef<readonly string[]>(list);
  useEffect(() => {
    if (!active) return;
    let live = true;
    api.invoke('codes.list', { list: 'mediaType' }).then(
      (items) => {
        if (!live) return;
        const codes = [...items].sort((a, b) => a.sort - b.sort).filter((c) => c.active).map((c) => c.code);
        ref.current = codes;
        setList(codes);
      },
      () => undefined, // keep the built-in list; the page still works
    );
    return () => {
      live = false;
    };
  }, [active]);
  return { list, ref };
}
