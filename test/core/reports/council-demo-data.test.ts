/** The demo's projects quote live figures: every one of them names a statistic the registry has. */
import { describe, expect, it } from 'vitest';
import { councilDemo } from '../../../core/demo/council-demo-data.ts';
import { figureRefs, parseOutline } from '../../../shared/reports/outline-text.ts';
import { parseFigure } from '../../../shared/reports/report-figures.ts';

describe('council demo data', () => {
  it('writes figures the statistics registry can answer', () => {
    const demo = councilDemo(2026);
    const written = demo.projects.flatMap((p) => p.blocks.flatMap((b) => [...figureRefs(b.body).map((r) => r.name), ...parseOutline(b.body).flatMap((i) => (i.kind === 'figureTable' ? [i.ref.name] : []))]));
    expect(written.length).toBeGreaterThanOrEqual(5);
    for (const name of written) expect(() => parseFigure(name), name).not.toThrow();
    expect(parseFigure('정보화교육 실적 과목군별, 2025. 1. 1. ~ 2025. 12. 31.')).toEqual({ stat: 'training-runs', by: ['subjectGroup'], period: { from: '2025-01-01', to: '2025-12-31' } });
  });
});
