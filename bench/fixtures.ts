/** Bench data: demo clippings written as the CSV a clerk would import (export's headers, UTF-8 BOM). */
import { generateDemo } from '../core/demo/generate.ts';
import { clippingsSpec, type ClippingValues } from '../shared/domain/clipping.ts';
import { exportHeaders, valuesToCells } from '../core/io/mapping.ts';
import { toCsv } from '../core/io/csv.ts';

export function benchClippings(count: number): ClippingValues[] {
  return generateDemo({ clippings: count, seed: 7, today: '2026-11-20' }).clippings.map(({ releaseIndex: _r, ...v }) => v);
}

export function clippingsCsv(rows: readonly ClippingValues[]): Uint8Array {
  const cells = rows.map((r) => valuesToCells(clippingsSpec, r as unknown as Record<string, unknown>));
  return new TextEncoder().encode(toCsv(exportHeaders(clippingsSpec), cells));
}

export function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
