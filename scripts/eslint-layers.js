// The layer rule (VS Code style) on resolved paths: an import is checked by the folder it reaches,
// so '../../electron/main/x.ts' from core/ is refused as surely as a bare 'electron'.
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Each layer, the folders it is (first match wins), and the layers it may import. */
export const LAYERS = [
  { name: 'core/cli', dirs: ['core/cli'], may: ['shared', 'core', 'core/cli', 'core/web'] },
  { name: 'core/web', dirs: ['core/web'], may: ['shared', 'core', 'core/web'] },
  { name: 'core', dirs: ['core'], may: ['shared', 'core'] },
  { name: 'electron/main', dirs: ['electron/main'], may: ['shared', 'core', 'electron/main'] },
  { name: 'electron/preload', dirs: ['electron/preload'], may: ['shared', 'electron/preload'] },
  { name: 'renderer', dirs: ['renderer'], may: ['shared', 'renderer'] },
  { name: 'server', dirs: ['server'], may: ['shared', 'server'] },
  { name: 'shared', dirs: ['shared'], may: ['shared'] },
];

const WHY = {
  shared: 'shared/ is used by every side and imports none of them',
  core: 'the core is plain Node: it never imports Electron, the CLI, browser mode, the renderer or the server',
  'core/cli': 'the CLI runs the core and nothing else',
  'core/web': 'browser mode serves the core and nothing else',
  'electron/main': 'main is a thin shell over the core; it never imports the renderer, the server or the CLI',
  'electron/preload': 'preload is sandboxed: it may import only electron and shared/',
  renderer: 'the renderer imports only shared/ and its own files; it reaches the core through the typed API',
  server: 'the sync server shares only shared/ with the PCs',
};

export function layerOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  if (rel.startsWith('..')) return undefined;
  return LAYERS.find((l) => l.dirs.some((d) => rel === d || rel.startsWith(d + '/')));
}

export const layersPlugin = {
  rules: {
    'allowed-imports': {
      meta: { type: 'problem', schema: [], messages: { refused: '{{from}} may not import {{to}} ({{target}}): {{why}}.' } },
      create(context) {
        const from = layerOf(context.filename);
        if (!from) return {};
        const check = (node, source) => {
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const target = path.resolve(path.dirname(context.filename), source);
          const to = layerOf(target);
          const rel = path.relative(ROOT, target).split(path.sep).join('/');
          if (!to && !rel.startsWith('..') && !rel.startsWith('package.json') && !rel.startsWith('resources/')) {
            context.report({ node, messageId: 'refused', data: { from: from.name, to: 'a folder outside the layers', target: rel, why: WHY[from.name] } });
            return;
          }
          if (to && !from.may.includes(to.name)) context.report({ node, messageId: 'refused', data: { from: from.name, to: to.name, target: rel, why: WHY[from.name] } });
        };
        return {
          ImportDeclaration: (node) => check(node.source, node.source.value),
          ExportAllDeclaration: (node) => check(node.source, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
          ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
        };
      },
    },
  },
};
