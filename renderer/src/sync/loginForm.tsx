/**
 * The sync login form's checks and messages: each problem under its own field (서버 주소,
 * 아이디, 비밀번호), checked with the core's own schema before anything is sent (so an address
 * typed without https:// is completed here exactly as the core and the CLI complete it), and a
 * refusal from the core or the server put under the field it is about. Before logging in, the
 * clerk is told that demo records stay on this PC.
 */
import { useEffect, useState } from 'react';
import { syncLoginSchema } from '../../../shared/domain/sync.ts';
import { api, ApiError } from '../api/client.ts';
import { num } from '../common/format.ts';
import { subscribeChanges } from '../app/dataBus.ts';
import { DEMO_CARD_ID } from '../settings/DemoDataCard.tsx';

export type LoginField = 'serverUrl' | 'login' | 'password';
export type LoginFieldErrors = Partial<Record<LoginField, string>>;
type LoginValues = Record<LoginField, string>;

/** The core names fields by their Korean labels in `details` (api/validation.ts). */
const FIELD_BY_LABEL: Readonly<Record<string, LoginField>> = { '서버 주소': 'serverUrl', 아이디: 'login', 비밀번호: 'password' };

export function validLogin(values: LoginValues): { ok: true; value: LoginValues } | { ok: false; errors: LoginFieldErrors } {
  const parsed = syncLoginSchema.safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: LoginFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as LoginField;
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** A failed login's message under the field it is about; null when it is about none (shown for the form). */
export function loginFieldErrors(e: unknown): LoginFieldErrors | null {
  if (!(e instanceof ApiError)) return null;
  const details = e.details ?? {};
  const errors: LoginFieldErrors = {};
  for (const [label, message] of Object.entries(details)) {
    const field = FIELD_BY_LABEL[label];
    if (field) errors[field] = message;
  }
  if (details.syncCode === 'network') errors.serverUrl = e.message;
  if (details.syncCode === 'bad_credentials') errors.password = e.message;
  return Object.keys(errors).length > 0 ? errors : null;
}

export function LoginFieldError({ field, errors }: { field: LoginField; errors: LoginFieldErrors }) {
  const message = errors[field];
  if (!message) return null;
  return (
    <div className="field-error" id={`sync-error-${field}`} role="alert" data-testid={`sync-error-${field}`}>
      {message}
    </div>
  );
}

/** '예시 데이터 N건은 서버로 보내지 않습니다…' when this PC holds demo records. */
export function DemoNotSentNote() {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const load = () => void api.invoke('demo.summary', {}).then((s) => setCount(s.clippings + s.releases), () => setCount(0));
    load();
    return subscribeChanges(load);
  }, []);
  if (count === 0) return null;
  return (
    <p className="sync-demo-note" role="note" data-testid="sync-demo-note">
      예시 데이터 {num(count)}건은 서버로 보내지 않습니다. 지우려면{' '}
      <a
        href={`#${DEMO_CARD_ID}`}
        onClick={(e) => {
          e.preventDefault();
          document.getElementById(DEMO_CARD_ID)?.scrollIntoView({ block: 'start' });
        }}
      >
        설정 &gt; 예시 데이터
      </a>
      에서 지우세요.
    </p>
  );
}
