/**
 * Account administration on the server machine (the `user …` CLI commands, and tests or benches
 * that need users): straight to the database, no HTTP. Safe while the server runs (SQLite WAL with
 * a busy timeout; PostgreSQL anyway).
 */
import { hashPassword } from './auth/password.ts';
import { AccountStore } from './store/accounts.ts';
import { openDatabase } from './store/open.ts';
import type { Role } from '../shared/sync/protocol.ts';
import type { User } from './store/accounts.ts';

export interface NewUser {
  login: string;
  name: string;
  team: string;
  role: Role;
  password: string;
}

export const MIN_PASSWORD_LENGTH = 8;
const LOGIN_PATTERN = /^[A-Za-z0-9._@-]{1,100}$/;

export class AccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccountError';
  }
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw new AccountError(`비밀번호는 ${MIN_PASSWORD_LENGTH}자 이상이어야 합니다.`);
}

/** Opens the database, runs `fn` on its accounts, closes it. */
export async function withAccounts<T>(dbUrl: string, fn: (accounts: AccountStore) => Promise<T>): Promise<T> {
  const { db } = await openDatabase(dbUrl);
  try {
    return await fn(new AccountStore(db));
  } finally {
    await db.close();
  }
}

export async function addUser(accounts: AccountStore, u: NewUser, now = Date.now()): Promise<void> {
  if (!LOGIN_PATTERN.test(u.login)) throw new AccountError(`아이디에는 영문, 숫자와 . _ @ - 만 쓸 수 있습니다: ${u.login}`);
  if (!u.name.trim() || !u.team.trim()) throw new AccountError('이름(--name)과 팀(--team)을 입력하세요.');
  checkPassword(u.password);
  const added = await accounts.addUser({ login: u.login, name: u.name.trim(), team: u.team.trim(), role: u.role, passwordHash: await hashPassword(u.password), createdAt: now });
  if (!added) throw new AccountError(`이미 있는 아이디입니다: ${u.login}`);
}

export async function changePassword(accounts: AccountStore, login: string, password: string): Promise<void> {
  checkPassword(password);
  if (!(await accounts.setPassword(login, await hashPassword(password)))) throw new AccountError(`없는 아이디입니다: ${login}`);
}

export async function setUserDisabled(accounts: AccountStore, login: string, disabled: boolean): Promise<void> {
  if (!(await accounts.setDisabled(login, disabled))) throw new AccountError(`없는 아이디입니다: ${login}`);
}

export async function listUsers(accounts: AccountStore): Promise<User[]> {
  return accounts.listUsers();
}
