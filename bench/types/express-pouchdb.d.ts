/** Minimal types for express-pouchdb 4 (it ships none): the app is a plain Node request handler. */
declare module 'express-pouchdb' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  interface ExpressPouchDBOptions {
    mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom';
    inMemoryConfig?: boolean;
    configPath?: string;
    logPath?: string;
    overrideMode?: { include?: string[]; exclude?: string[] };
  }

  function expressPouchDB(
    PouchDB: unknown,
    options?: ExpressPouchDBOptions,
  ): (req: IncomingMessage, res: ServerResponse) => void;
  export default expressPouchDB;
}
