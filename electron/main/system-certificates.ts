/**
 * The desktop app trusts the certificates Windows trusts, beside Node's bundled ones: a sync
 * server with a certificate from the district's internal CA (distributed by group policy) or a
 * self-signed one registered on the PC is reached over HTTPS without further setup. The usual
 * escape, NODE_EXTRA_CA_CERTS, is ignored in the packaged app (the NODE_OPTIONS fuse is off).
 */
import tls from 'node:tls';

export function trustSystemCertificates(warn: (message: string) => void = console.warn): void {
  // Node ≥ 22.19 / 24.5; an older runtime keeps Node's bundled list.
  if (typeof tls.getCACertificates !== 'function' || typeof tls.setDefaultCACertificates !== 'function') return;
  try {
    const merged = new Set([...tls.getCACertificates('default'), ...tls.getCACertificates('system')]);
    tls.setDefaultCACertificates([...merged]);
  } catch (err) {
    warn(`[인증서] 이 PC의 인증서 저장소를 읽지 못해 기본 인증서만 씁니다: ${err instanceof Error ? err.message : String(err)}`);
  }
}
