import { createRequire } from 'node:module';

const pkg = createRequire(import.meta.url)('../../../package.json') as { version: string };

/** GuDesk's version, from package.json (the installer and the updater use the same number). */
export const APP_VERSION: string = pkg.version;
