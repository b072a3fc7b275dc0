/**
 * The files of the electron-updater 'generic' feed in `<data-dir>/updates/`: latest.yml, the
 * installers and their blockmaps. A file is written under a temporary dot-name and renamed into
 * place, so a PC never downloads half an upload and a failed upload leaves the old file intact.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

const EXTENSIONS = ['.yml', '.yaml', '.exe', '.blockmap', '.msi', '.zip', '.7z', '.appimage', '.dmg', '.deb', '.rpm'];

/** Plain names only (electron-builder's, e.g. 'GuDesk Setup 0.2.0.exe'): no folders, no dot-files. */
export function isFeedFileName(name: string): boolean {
  if (name.length === 0 || name.length > 200 || name.includes('..')) return false;
  if (!/^[\p{L}\p{N}_][\p{L}\p{N}_ .()+-]*$/u.test(name)) return false;
  return EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
}

/** Upload order: installers first, the latest*.yml that points at them last. */
export function publishOrder(names: readonly string[]): string[] {
  const isYml = (n: string) => /\.ya?ml$/i.test(n);
  return [...names.filter((n) => !isYml(n)), ...names.filter(isYml)];
}

export async function writeFeedFile(dir: string, name: string, content: Readable): Promise<number> {
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.upload-${randomBytes(6).toString('hex')}-${name}`);
  try {
    await pipeline(content, createWriteStream(temp));
    await rename(temp, join(dir, name));
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  return (await stat(join(dir, name))).size;
}
