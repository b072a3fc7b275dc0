/**
 * The council report (docs/COUNCIL-REPORT.md) through the `report.council` op, as the app and the
 * CLI ask for it: the first-run demo (profile, projects with live figures over its clippings,
 * releases and 정보화교육) scaled with more projects like the demo's — a ~30-page and a ~120-page
 * report, each as PDF and DOCX. Goals: 30 pages ≤ 2 s per format; 120 pages ≤ 4.5× the 30-page
 * time of the same format in the same run (the writers grow with the pages, not faster).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../core/api/core.ts';
import type { Core } from '../core/api/core-types.ts';
import { councilDemo } from '../core/demo/council-demo-data.ts';
import { koreaToday } from '../core/training/korea-today.ts';
import { ms } from './fixtures.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** Projects added to the demo's three for each size (about one page each; measured: see the printout). */
const EXTRA_PROJECTS = { 30: 16, 120: 82 } as const;

export interface ReportRun {
  projects: number;
  pages: number;
  pdfMs: number;
  docxMs: number;
  pdfBytes: number;
  docxBytes: number;
}

/** The demo's projects again, numbered, each with its blocks (live figures included) and 소요예산. */
async function addProjects(core: Core, year: number, count: number): Promise<void> {
  const demo = councilDemo(year).projects;
  for (let i = 0; i < count; i++) {
    const d = demo[i % demo.length]!;
    const project = (await core.call('projects.create', { values: { ...d.project, position: 10 + i, name: `${d.project.name} (${i + 2})`, priority: i % 5 === 4 } })).record;
    for (const b of d.blocks) await core.call('blocks.create', { values: { ...b, projectId: project.id } });
    for (const f of d.funds) await core.call('funds.create', { values: { ...f, projectId: project.id } });
  }
}

const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

async function measure(core: Core, year: number, asOf: string, format: 'pdf' | 'docx', runs: number): Promise<{ ms: number; data: Buffer }> {
  const once = async () => Buffer.from((await core.call('report.council', { type: '보고', year, asOf, format })).data, 'base64');
  let data = await once(); // warm-up: fonts loaded, statements prepared
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    data = await once();
    samples.push(ms(t));
  }
  return { ms: median(samples), data };
}

async function run(size: 30 | 120): Promise<ReportRun> {
  const dir = mkdtempSync(join(tmpdir(), 'gudesk-bench-report-'));
  const core = createCore({ dataDir: dir, actor: 'bench' });
  try {
    const today = koreaToday();
    const year = Number(today.slice(0, 4));
    await core.call('app.seedDemo', { rows: 3000 });
    await addProjects(core, year, EXTRA_PROJECTS[size]);
    const pdf = await measure(core, year, today, 'pdf', 3);
    const docx = await measure(core, year, today, 'docx', 3);
    return { projects: 3 + EXTRA_PROJECTS[size], pages: pdfPageCount(pdf.data), pdfMs: pdf.ms, docxMs: docx.ms, pdfBytes: pdf.data.length, docxBytes: docx.data.length };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function reportsBench(): Promise<{ small: ReportRun; large: ReportRun }> {
  return { small: await run(30), large: await run(120) };
}
