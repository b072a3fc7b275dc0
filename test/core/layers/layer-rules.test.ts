/**
 * The layer rules hold for relative paths too: `npm run lint` refuses a core file that reaches into
 * electron/main by '../', not only one that names the 'electron' package.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules on relative imports', () => {
  it.each([
    ['core/db/probe.ts', "import { x } from '../../electron/main/window.ts';\nexport const y = x;\n", /core may not import electron\/main/],
    ['core/probe.ts', "export { main } from '../core/cli/main.ts';\n", /core may not import core\/cli/],
    ['core/sync/probe.ts', "const m = await import('../../server/main.ts');\nexport default m;\n", /core may not import server/],
    ['core/api/probe.ts', "import { x } from '../../renderer/src/api/client.ts';\nexport const y = x;\n", /core may not import renderer/],
    ['renderer/src/probe.ts', "import { x } from '../../core/api/core.ts';\nexport const y = x;\n", /renderer may not import core/],
    ['shared/domain/probe.ts', "import { x } from '../../core/db/open.ts';\nexport const y = x;\n", /shared may not import core/],
    ['electron/main/probe.ts', "import { x } from '../../core/web/server.ts';\nexport const y = x;\n", /electron\/main may not import core\/web/],
    ['server/probe.ts', "import { x } from '../core/records/ids.ts';\nexport const y = x;\n", /server may not import core/],
    ['core/print/probe.ts', "import { app } from 'electron';\nexport const y = app;\n", /Only electron\/main and electron\/preload may import Electron/],
  ])('%s: %s is refused', async (file, code, message) => {
    expect((await problems(file, code)).join('\n')).toMatch(message);
  });

  it.each([
    ['core/db/probe.ts', "import { x } from '../../shared/domain/register.ts';\nimport { y } from '../records/ids.ts';\nexport const z = [x, y];\n"],
    ['core/cli/probe.ts', "import { x } from '../api/core.ts';\nimport { y } from '../web/server.ts';\nexport const z = [x, y];\n"],
    ['electron/main/probe.ts', "import { x } from '../../core/api/core.ts';\nimport { y } from '../../shared/api/security-headers.ts';\nexport const z = [x, y];\n"],
  ])('%s: allowed imports pass', async (file, code) => {
    expect((await problems(file, code)).filter((p) => p.startsWith('layers/') || p.includes('restricted'))).toEqual([]);
  });
});
