// Layer rules (VS Code style): each runtime imports only what it may. `npm run lint` enforces them.
import tseslint from 'typescript-eslint';
import { layersPlugin } from './scripts/eslint-layers.js';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'];
const pattern = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'dist-electron/**', 'release/**', 'docs/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Relative imports are checked by the folder they reach (scripts/eslint-layers.js).
    files: ['shared/**/*.ts', 'core/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx', 'server/**/*.ts'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/allowed-imports': 'error' },
  },
  {
    // shared/: plain TypeScript used by every side — no Node, no DOM, no React, no Electron, no database.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          pattern([...NODE_BUILTINS, 'electron', 'better-sqlite3', 'react', 'react-dom', 'ag-grid-*'], 'shared/ is used by every layer: keep it free of Node, Electron, React and the database.'),
          pattern(['**/electron/**', '**/renderer/**', '**/server/**'], 'shared/ must not import from any side.'),
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer'],
    },
  },
  {
    // The renderer talks to the core only through the typed API client.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          pattern([...NODE_BUILTINS, 'electron', 'better-sqlite3', 'fastify', 'exceljs', 'iconv-lite'], 'The renderer never reaches Node, Electron or the database: use renderer/src/api/client.ts.'),
          pattern(['**/electron/**', '**/server/**'], 'The renderer imports only shared/ and its own files.'),
        ],
      }],
      // The browser's own dialogs say '127.0.0.1:… says' and cannot name their buttons.
      'no-restricted-properties': ['error', ...['confirm', 'alert', 'prompt'].map((property) => ({ object: 'window', property, message: 'Ask with common/ask.tsx (the app\'s own dialog).' }))],
      'no-restricted-globals': ['error', { name: 'confirm', message: 'Ask with common/ask.tsx.' }, { name: 'alert', message: 'Use a toast or common/ask.tsx.' }, { name: 'prompt', message: 'Ask in a Dialog.' }],
    },
  },
  {
    // The core is plain Node: the CLI, browser mode and tests run it without Electron.
    files: ['core/**/*.ts', 'server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          pattern(['electron', 'electron/*', 'electron-updater'], 'Only electron/main and electron/preload may import Electron.'),
          pattern(['**/renderer/**', 'react', 'react-dom'], 'Node code never imports the renderer.'),
        ],
      }],
    },
  },
  {
    // Only electron/main/ipc.ts touches ipcMain: every handler goes through its one checking wrapper.
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/ipc.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "Identifier[name='ipcMain']", message: 'Register IPC handlers only in electron/main/ipc.ts.' }],
      'no-restricted-imports': ['error', { patterns: [pattern(['**/renderer/**'], 'Main never imports the renderer.')] }],
    },
  },
  {
    // Preload exposes exactly the contract; ipcRenderer never leaves this file.
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [pattern(['**/core/**', 'better-sqlite3', ...NODE_BUILTINS], 'Preload is sandboxed: it may import only electron and shared/.')] }],
    },
  },
);
