/**
 * The active codes of each code-list field of a definition (교육과정's 과목군 …), by field key, for
 * the form's select. Until the list arrives (or if it cannot be read) a field offers nothing new,
 * and a record's own value is still shown.
 */
import { useEffect, useState } from 'react';
import type { CodeListName } from '../../../shared/domain/codes.ts';
import type { RegisterSpec } from '../../../shared/domain/register.ts';
import { api } from '../api/client.ts';

export function useCodeOptions(spec: RegisterSpec): Readonly<Record<string, readonly string[]>> {
  const [options, setOptions] = useState<Record<string, readonly string[]>>({});
  useEffect(() => {
    let live = true;
    for (const f of spec.fields) {
      if (f.kind !== 'code' || !f.codeList) continue;
      api.invoke('codes.list', { list: f.codeList as CodeListName }).then(
        (items) => {
          if (!live) return;
          const codes = [...items].sort((a, b) => a.sort - b.sort).filter((c) => c.active).map((c) => c.code);
          setOptions((o) => ({ ...o, [f.key]: codes }));
        },
        () => undefined, // the form still works; the core checks the code on save
      );
    }
    return () => {
      live = false;
    };
  }, [spec]);
  return options;
}
