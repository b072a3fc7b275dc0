import pkg from '../../package.json' with { type: 'json' };

/** GuDesk's version, from package.json (the installer and the updater use the same number). */
export const APP_VERSION: string = pkg.version;
