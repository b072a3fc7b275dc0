/** 보도자료 grid columns: all from the register definition (widths, pinning and kinds live there). */
import type { ColDef } from 'ag-grid-community';
import { releasesSpec, type Release } from '../../../shared/domain/release.ts';
import { asSpec } from '../../../shared/registers/define.ts';
import { definitionColumns } from '../common/registerFields/registerColumns.ts';

export function releaseColumns(): ColDef<Release>[] {
  return definitionColumns<Release>(asSpec(releasesSpec));
}
