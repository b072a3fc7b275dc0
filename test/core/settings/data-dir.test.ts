import { describe, expect, it } from 'vitest';
import { dataDirFromArgv, resolveDataDir } from '../../../core/settings/data-dir.ts';

const linux = { platform: 'linux' as const, homeDir: '/home/clerk', cwd: '/work' };
const windows = { platform: 'win32' as const, homeDir: 'C:\\Users\\clerk', cwd: 'C:\\Work' };
const mac = { platform: 'darwin' as const, homeDir: '/Users/clerk', cwd: '/tmp' };

describe('resolveDataDir', () => {
  it('uses --data-dir first, then GUDESK_DATA_DIR', () => {
    const env = { GUDESK_DATA_DIR: '/env/dir' };
    expect(resolveDataDir(['node', 'x', '--data-dir', '/usb/gudesk'], env, linux)).toBe('/usb/gudesk');
    expect(resolveDataDir(['node', 'x', '--data-dir=/usb/two'], env, linux)).toBe('/usb/two');
    expect(resolveDataDir(['node', 'x'], env, linux)).toBe('/env/dir');
  });

  it('resolves a relative folder from the current directory', () => {
    expect(resolveDataDir(['--data-dir', 'data'], {}, linux)).toBe('/work/data');
    expect(resolveDataDir(['--data-dir', '자료'], {}, windows)).toBe('C:\\Work\\자료');
  });

  it('falls back to the OS user-data folder', () => {
    expect(resolveDataDir([], {}, linux)).toBe('/home/clerk/.config/GuDesk');
    expect(resolveDataDir([], { XDG_CONFIG_HOME: '/xdg' }, linux)).toBe('/xdg/GuDesk');
    expect(resolveDataDir([], { XDG_CONFIG_HOME: 'relative' }, linux)).toBe('/home/clerk/.config/GuDesk');
    expect(resolveDataDir([], { APPDATA: 'C:\\Users\\clerk\\AppData\\Roaming' }, windows)).toBe(
      'C:\\Users\\clerk\\AppData\\Roaming\\GuDesk',
    );
    expect(resolveDataDir([], {}, windows)).toBe('C:\\Users\\clerk\\AppData\\Roaming\\GuDesk');
    expect(resolveDataDir([], {}, mac)).toBe('/Users/clerk/Library/Application Support/GuDesk');
  });

  it('ignores a --data-dir without a value and blank overrides', () => {
    expect(dataDirFromArgv(['--data-dir'])).toBeUndefined();
    expect(dataDirFromArgv(['--data-dir', '--port', '1'])).toBeUndefined();
    expect(resolveDataDir(['--data-dir='], { GUDESK_DATA_DIR: '  ' }, linux)).toBe('/home/clerk/.config/GuDesk');
  });
});
