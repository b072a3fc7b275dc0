/**
 * Users, their devices and the tokens bound to those devices. Tokens are stored only as SHA-256
 * digests (auth/tokens.ts), so a copied database holds no usable session.
 */
import type { Role } from '../../shared/sync/protocol.ts';
import type { SqlDriver, SqlExecutor } from './driver.ts';

export interface User {
  login: string;
  name: string;
  team: string;
  role: Role;
  passwordHash: string;
  createdAt: number;
  disabled: boolean;
}

interface UserRow {
  login: string;
  name: string;
  team: string;
  role: Role;
  password_hash: string;
  created_at: number;
  disabled: number;
}

const USER_COLUMNS = 'u.login, u.name, u.team, u.role, u.password_hash, u.created_at, u.disabled';

function toUser(r: UserRow): User {
  return { login: r.login, name: r.name, team: r.team, role: r.role, passwordHash: r.password_hash, createdAt: Number(r.created_at), disabled: Number(r.disabled) !== 0 };
}

export type RotateOutcome =
  | { kind: 'ok'; user: User }
  /** Unknown, expired, or bound to another device. */
  | { kind: 'invalid' }
  /** Already used once: someone holds a copy, so every token of the device was revoked. */
  | { kind: 'reused' };

export class AccountStore {
  private readonly db: SqlDriver;
  constructor(db: SqlDriver) {
    this.db = db;
  }

  async addUser(u: Omit<User, 'disabled'>): Promise<boolean> {
    const existing = await this.getUser(u.login);
    if (existing) return false;
    await this.db.run('INSERT INTO users (login, name, team, role, password_hash, created_at, disabled) VALUES (?, ?, ?, ?, ?, ?, 0)', [
      u.login, u.name, u.team, u.role, u.passwordHash, u.createdAt,
    ]);
    return true;
  }

  async getUser(login: string): Promise<User | undefined> {
    const row = await this.db.get<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.login = ?`, [login]);
    return row && toUser(row);
  }

  /** The login a device is bound to (it logged in as that user last), if any. */
  async deviceLogin(deviceId: string): Promise<string | undefined> {
    return (await this.db.get<{ login: string }>('SELECT login FROM devices WHERE id = ?', [deviceId]))?.login;
  }

  async listUsers(): Promise<User[]> {
    return (await this.db.all<UserRow>(`SELECT ${USER_COLUMNS} FROM users u ORDER BY u.login`)).map(toUser);
  }

  /** A new password also ends every session of the user's devices: whoever knew the old one is out. */
  async setPassword(login: string, passwordHash: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const n = await tx.run('UPDATE users SET password_hash = ? WHERE login = ?', [passwordHash, login]);
      await endSessionsOf(tx, login);
      return n === 1;
    });
  }

  /** Disabling also ends every session of the user's devices at once. */
  async setDisabled(login: string, disabled: boolean): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const n = await tx.run('UPDATE users SET disabled = ? WHERE login = ?', [disabled ? 1 : 0, login]);
      if (disabled) await endSessionsOf(tx, login);
      return n === 1;
    });
  }

  /**
   * Registers the device for `login` (a PC passed to another clerk is re-bound, and the previous
   * user's tokens for it end), then stores the new session's tokens.
   */
  async startSession(deviceId: string, login: string, deviceName: string, now: number, access: TokenRecord, refresh: TokenRecord): Promise<void> {
    await this.db.transaction(async (tx) => {
      const device = await tx.get<{ login: string }>('SELECT login FROM devices WHERE id = ?', [deviceId]);
      if (!device) {
        await tx.run('INSERT INTO devices (id, login, name, last_seq, created_at, last_seen_at) VALUES (?, ?, ?, 0, ?, ?)', [deviceId, login, deviceName, now, now]);
      } else {
        if (device.login !== login) await revokeDevice(tx, deviceId);
        await tx.run('UPDATE devices SET login = ?, name = ?, last_seen_at = ? WHERE id = ?', [login, deviceName, now, deviceId]);
      }
      await tx.run('DELETE FROM access_tokens WHERE device_id = ? AND expires_at < ?', [deviceId, now]);
      await tx.run('DELETE FROM refresh_tokens WHERE device_id = ? AND expires_at < ?', [deviceId, now]);
      await insertTokens(tx, deviceId, now, access, refresh);
    });
  }

  /**
   * One use per refresh token: a second use means a copy exists, and the device is signed out —
   * except the PC's own retry of a refresh whose reply it never got (lost on the network, or a
   * duplicated request): within `retryGraceMs` of the first use, while nothing issued by it has
   * been used, the retry gets a fresh pair and the pair it missed stays valid until the next
   * rotation. Rotating ends every other unused refresh token of the device.
   */
  async rotateRefresh(oldHash: string, deviceId: string, now: number, access: TokenRecord, refresh: TokenRecord, retryGraceMs = REFRESH_RETRY_GRACE_MS): Promise<RotateOutcome> {
    return this.db.transaction(async (tx) => {
      const row = await tx.get<{ device_id: string; expires_at: number; used_at: number | null }>(
        'SELECT device_id, expires_at, used_at FROM refresh_tokens WHERE token_hash = ?', [oldHash]);
      if (!row || row.device_id !== deviceId) return { kind: 'invalid' } as const;
      if (row.used_at !== null && !(await isRetryOfLostRefresh(tx, deviceId, Number(row.used_at), now, retryGraceMs))) {
        await revokeDevice(tx, deviceId);
        return { kind: 'reused' } as const;
      }
      if (Number(row.expires_at) <= now) return { kind: 'invalid' } as const;
      const userRow = await tx.get<UserRow>(`SELECT ${USER_COLUMNS} FROM users u JOIN devices d ON d.login = u.login WHERE d.id = ?`, [deviceId]);
      if (!userRow || Number(userRow.disabled) !== 0) return { kind: 'invalid' } as const;
      if (row.used_at === null) {
        await tx.run('UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ?', [now, oldHash]);
        await endOtherUnusedRefreshTokens(tx, deviceId, oldHash);
      }
      await tx.run('UPDATE devices SET last_seen_at = ? WHERE id = ?', [now, deviceId]);
      await insertTokens(tx, deviceId, now, access, refresh);
      return { kind: 'ok', user: toUser(userRow) } as const;
    });
  }

  /** The device and user behind a live access token (one indexed join per request). */
  async authenticate(accessHash: string, now: number): Promise<{ deviceId: string; user: User } | undefined> {
    const row = await this.db.get<UserRow & { device_id: string; expires_at: number; used: number }>(
      `SELECT a.device_id, a.expires_at, a.used, ${USER_COLUMNS} FROM access_tokens a JOIN devices d ON d.id = a.device_id JOIN users u ON u.login = d.login WHERE a.token_hash = ?`,
      [accessHash],
    );
    if (!row || Number(row.expires_at) <= now) return undefined;
    // Only the first use writes: it closes the window in which a refresh may be retried.
    if (Number(row.used) === 0) await this.db.run('UPDATE access_tokens SET used = 1 WHERE token_hash = ?', [accessHash]);
    return { deviceId: row.device_id, user: toUser(row) };
  }
}

export interface TokenRecord {
  hash: string;
  expiresAt: number;
}

/** How long after a refresh its PC may retry it (the reply was lost) without being signed out. */
export const REFRESH_RETRY_GRACE_MS = 60_000;

async function insertTokens(tx: SqlExecutor, deviceId: string, now: number, access: TokenRecord, refresh: TokenRecord): Promise<void> {
  await tx.run('INSERT INTO access_tokens (token_hash, device_id, expires_at, used) VALUES (?, ?, ?, 0)', [access.hash, deviceId, access.expiresAt]);
  await tx.run('INSERT INTO refresh_tokens (token_hash, device_id, created_at, expires_at, used_at, access_hash) VALUES (?, ?, ?, ?, NULL, ?)', [refresh.hash, deviceId, now, refresh.expiresAt, access.hash]);
}

/**
 * A used refresh token presented again is the PC's own retry only if it comes soon after the
 * first use and nothing issued since then (refresh or access token) has been used: whoever holds
 * a copy could not have used the missed pair, and the PC never received it.
 */
async function isRetryOfLostRefresh(tx: SqlExecutor, deviceId: string, usedAt: number, now: number, graceMs: number): Promise<boolean> {
  if (now - usedAt > graceMs || now < usedAt) return false;
  const issued = await tx.all<{ used_at: number | null; access_hash: string | null; access_used: number | null }>(
    `SELECT r.used_at, r.access_hash, a.used AS access_used FROM refresh_tokens r LEFT JOIN access_tokens a ON a.token_hash = r.access_hash
     WHERE r.device_id = ? AND r.created_at >= ?`,
    [deviceId, usedAt],
  );
  return issued.every((t) => t.used_at === null && t.access_hash !== null && Number(t.access_used ?? 0) === 0);
}

/** A device has one live refresh token: the pairs a retried refresh left behind end here. */
async function endOtherUnusedRefreshTokens(tx: SqlExecutor, deviceId: string, keepHash: string): Promise<void> {
  await tx.run(
    'DELETE FROM access_tokens WHERE token_hash IN (SELECT access_hash FROM refresh_tokens WHERE device_id = ? AND used_at IS NULL AND token_hash <> ? AND access_hash IS NOT NULL)',
    [deviceId, keepHash],
  );
  await tx.run('DELETE FROM refresh_tokens WHERE device_id = ? AND used_at IS NULL AND token_hash <> ?', [deviceId, keepHash]);
}

async function endSessionsOf(tx: SqlExecutor, login: string): Promise<void> {
  await tx.run('DELETE FROM access_tokens WHERE device_id IN (SELECT id FROM devices WHERE login = ?)', [login]);
  await tx.run('DELETE FROM refresh_tokens WHERE device_id IN (SELECT id FROM devices WHERE login = ?)', [login]);
}

async function revokeDevice(tx: SqlExecutor, deviceId: string): Promise<void> {
  await tx.run('DELETE FROM access_tokens WHERE device_id = ?', [deviceId]);
  await tx.run('DELETE FROM refresh_tokens WHERE device_id = ?', [deviceId]);
}
