/**
 * Response headers every page of GuDesk is served with, in browser mode and in Electron alike
 * (electron/main/window.ts imports this, so both shells enforce one policy).
 * The renderer is fully bundled: no remote scripts, no inline scripts; the only frames are blob:
 * URLs the page made itself (a PDF attachment's preview). Inline styles
 * stay allowed because ag-grid and React set style attributes; data:/blob: images cover ag-grid's
 * SVG icons and attachment previews; fonts may be bundled or inlined as data: URLs.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "frame-src blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
