/**
 * Whether a connection to the sync server can be read by others on the network: plain HTTP to
 * any machine but this one. Used by the server (may it listen there without TLS?) and by the PC
 * (does its status bar warn that the connection is not encrypted?).
 */

/** 127.x.x.x, ::1 and localhost never leave this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return h === 'localhost' || h === '::1' || h === '::ffff:127.0.0.1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** An http:// address of another machine: passwords and records travel readable. */
export function isUnencryptedRemote(serverUrl: string | null | undefined): boolean {
  // A pattern, not URL: shared/ is compiled without the DOM or Node typings.
  const m = /^http:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]+)/i.exec((serverUrl ?? '').trim());
  return !!m && !isLoopbackHost(m[1]!);
}
