/** Application-wide operations: info, demo data, settings, code lists, saved views, undo, attachments. */
import type { HandlerMap } from './handler-types.ts';
import type { Services } from './services.ts';
import { LATEST_SCHEMA_VERSION } from '../db/migrate.ts';
import { undoBatch } from '../records/undo.ts';
import { seedDemo } from './seed-demo.ts';
import { APP_VERSION } from './version.ts';
import { AppError } from '../../shared/api/errors.ts';
import { MAX_LAYOUT_CHARS } from '../settings/layout-repository.ts';

type AppOps =
  | 'app.info' | 'app.seedDemo' | 'settings.get' | 'settings.set' | 'codes.list' | 'codes.save'
  | 'views.list' | 'views.save' | 'views.delete' | 'history.undo' | 'layout.get' | 'layout.save'
  | 'attachments.list' | 'attachments.add' | 'attachments.get' | 'attachments.delete';

export function appHandlers(s: Services): HandlerMap<AppOps> {
  return {
    'app.info': (_args, ctx) => {
      const flat = Object.fromEntries(Object.entries(s.flat).map(([name, r]) => [name, r.repo.count()])) as Record<keyof typeof s.flat, number>;
      const counts = { clippings: s.clippings.repo.count(), releases: s.releases.repo.count(), ...flat };
      return {
        version: APP_VERSION,
        dataDir: s.dataDir,
        schemaVersion: LATEST_SCHEMA_VERSION,
        actor: ctx.actor,
        empty: Object.values(counts).every((n) => n === 0),
        counts,
      };
    },
    'app.seedDemo': ({ rows }, ctx) => seedDemo(s, rows, ctx.actor),
    'settings.get': () => s.settings.all(),
    'settings.set': ({ key, value }) => {
      s.settings.set(key, value);
      return s.settings.all();
    },
    'codes.list': ({ list }) => s.codes.items(list),
    'codes.save': ({ list, items }, ctx) => {
      s.codes.save(list, items, ctx.actor);
      return s.codes.items(list);
    },
    'views.list': ({ grid }) => s.views.list(grid),
    'views.save': ({ grid, name, state }) => s.views.save(grid, name, state),
    'views.delete': ({ id }) => ({ count: s.views.delete(id) }),
    'history.undo': ({ batchId }, ctx) => undoBatch(s.db, s.stores, batchId, ctx.actor),
    'layout.get': ({ key }, ctx) => ({ state: s.layouts.get(s.layouts.ownerFor(ctx.actor), key) }),
    'layout.save': ({ key, state }, ctx) => {
      if (JSON.stringify(state ?? null).length > MAX_LAYOUT_CHARS) throw new AppError('invalid_input', '화면 배치가 너무 커서 기억하지 못했습니다.');
      s.layouts.save(s.layouts.ownerFor(ctx.actor), key, state);
      return { saved: true as const };
    },
    'attachments.list': ({ owner }) => s.attachments.list(owner),
    'attachments.add': ({ owner, file }, ctx) => s.attachments.add(owner, file.fileName, Buffer.from(file.data, 'base64'), ctx.actor),
    'attachments.get': ({ id }) => s.attachments.get(id),
    'attachments.delete': ({ id }, ctx) => ({ count: s.attachments.delete(id, ctx.actor) }),
  };
}
