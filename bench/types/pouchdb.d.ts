/**
 * Minimal types for the PouchDB 9 modules bench/pouchdb-sync.ts uses. Written here because
 * @types/pouchdb-core pulls `lib="dom"` into the whole Node program (and breaks its Buffer types).
 */
declare module 'pouchdb-core' {
  namespace PouchDB {
    interface Plugin {
      readonly __pouchPlugin?: never;
    }
    interface DatabaseOptions {
      adapter?: string;
      prefix?: string;
      skip_setup?: boolean;
    }
    interface Response {
      ok?: boolean;
      id: string;
      rev: string;
    }
    interface Error {
      error: string | boolean;
      id?: string;
      reason?: string;
      status?: number;
    }
    interface DatabaseInfo {
      db_name: string;
      doc_count: number;
      update_seq: number | string;
    }
    type Document<Content> = Content & { _id: string; _rev?: string };
    interface AllDocsOptions {
      keys?: string[];
      include_docs?: boolean;
    }
    interface AllDocsRow<Content> {
      id: string;
      key: string;
      value: { rev: string; deleted?: boolean };
      doc?: Document<Content> & { _rev: string };
    }
    interface AllDocsResponse<Content> {
      total_rows: number;
      offset: number;
      rows: Array<AllDocsRow<Content> | { key: string; error: string }>;
    }
    interface Database<Content extends object = object> {
      info(): Promise<DatabaseInfo>;
      bulkDocs(docs: Array<Document<Content>>): Promise<Array<Response | Error>>;
      allDocs(options?: AllDocsOptions): Promise<AllDocsResponse<Content>>;
      close(): Promise<void>;
      destroy(): Promise<void>;
    }
    interface ReplicateOptions {
      batch_size?: number;
      batches_limit?: number;
      checkpoint?: false | 'source' | 'target';
    }
    interface ReplicationResult {
      ok: boolean;
      docs_read: number;
      docs_written: number;
      doc_write_failures: number;
      errors: unknown[];
    }
    interface Static {
      new <Content extends object = object>(name: string, options?: DatabaseOptions): Database<Content>;
      plugin(plugin: Plugin): Static;
      defaults(options: DatabaseOptions): Static;
      /** Added by pouchdb-replication; the returned emitter is also a promise of the result. */
      replicate(source: Database | string, target: Database | string, options?: ReplicateOptions): Promise<ReplicationResult>;
    }
  }
  const PouchDB: PouchDB.Static;
  export default PouchDB;
}

declare module 'pouchdb-adapter-http' {
  import type PouchDB from 'pouchdb-core';
  const plugin: PouchDB.Plugin;
  export default plugin;
}

declare module 'pouchdb-replication' {
  import type PouchDB from 'pouchdb-core';
  const plugin: PouchDB.Plugin;
  export default plugin;
}

declare module 'pouchdb-adapter-leveldb' {
  import type PouchDB from 'pouchdb-core';
  const plugin: PouchDB.Plugin;
  export default plugin;
}

declare module 'pouchdb-adapter-memory' {
  import type PouchDB from 'pouchdb-core';
  const plugin: PouchDB.Plugin;
  export default plugin;
}
