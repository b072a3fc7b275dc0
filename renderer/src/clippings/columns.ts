/**
 * 언론보도 grid columns, derived from the register definition. Plain text columns use
 * valueFormatter only (no per-cell components) so a 100,000-row register stays fast; the page adds
 * only what the definition cannot know: the current 매체구분 codes, the 논조 chip, the URL link.
 */
import type { ColDef } from 'ag-grid-community';
import { clippingsSpec, type Clipping } from '../../../shared/domain/clipping.ts';
import { asSpec } from '../../../shared/registers/define.ts';
import type { EditParsers } from '../common/grid/inlineEdit.ts';
import { definitionEditParsers } from '../common/registerFields/definitionColumns.ts';
import { definitionColumns } from '../common/registerFields/registerColumns.ts';
import { ToneChip } from './ToneChip.ts';
import { UrlCell } from '../common/OpenUrl.tsx';

/** The order clerks know (URL and 요약 last, hidden until chosen). */
const ORDER = ['publishedOn', 'outlet', 'mediaType', 'title', 'reporter', 'page', 'department', 'tone', 'tags', 'releaseTitle', 'attachmentCount', 'url', 'summary'];

/** `mediaTypes` is read when an editor opens, so code-list edits apply without new columns. */
export function clippingColumns(mediaTypes: { current: readonly string[] }): ColDef<Clipping>[] {
  return definitionColumns<Clipping>(asSpec(clippingsSpec), {
    order: ORDER,
    overrides: {
      mediaType: { cellEditorParams: () => ({ values: ['', ...mediaTypes.current] }) },
      tone: { cellRenderer: ToneChip },
      url: { cellRenderer: UrlCell },
    },
  });
}

export const clippingEditParsers: EditParsers = definitionEditParsers(asSpec(clippingsSpec));
