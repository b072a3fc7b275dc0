/**
 * Builds the renderer (React UI) into dist/renderer. `base: './'` keeps every asset URL relative,
 * so the same build loads from Electron's custom protocol and from browser mode's HTTP server.
 * In `npm run dev:renderer`, /api is proxied to a running browser-mode server (GUDESK_WEB_URL).
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const apiTarget = process.env['GUDESK_WEB_URL'] ?? 'http://127.0.0.1:5174';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    // Chromium (Electron and the clerk's browser) supports modulepreload natively; the polyfill
    // would only add code.
    modulePreload: { polyfill: false },
    // ag-grid alone is ~1.5 MB minified; it is loaded from disk, never over a network.
    chunkSizeWarningLimit: 4000,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': {
        target: apiTarget,
        changeOrigin: true,
        // The web server refuses foreign Origins; in development the dev server is the origin.
        configure: (proxy) => proxy.on('proxyReq', (req) => req.removeHeader('origin')),
      },
    },
  },
});
