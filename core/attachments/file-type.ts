/** The attachment types, sniffed the same way on the PC and on the sync server (shared/attachments). */
export * from '../../shared/attachments/file-type.ts';
