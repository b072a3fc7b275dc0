/** 구의회 보고 (docs/COUNCIL-REPORT.md): the registers a council report is built from, parents before children. */
import { blocksSpec } from './blocks.ts';
import { budgetsSpec } from './budgets.ts';
import { divisionsSpec } from './divisions.ts';
import { facilitiesSpec } from './facilities.ts';
import { fundsSpec } from './funds.ts';
import { profilesSpec } from './profiles.ts';
import { projectsSpec } from './projects.ts';
import { staffingSpec } from './staffing.ts';

export const COUNCIL_REGISTERS = {
  profiles: profilesSpec,
  divisions: divisionsSpec,
  staffing: staffingSpec,
  facilities: facilitiesSpec,
  budgets: budgetsSpec,
  projects: projectsSpec,
  blocks: blocksSpec,
  funds: fundsSpec,
} as const;

export { blocksSpec, budgetsSpec, divisionsSpec, facilitiesSpec, fundsSpec, profilesSpec, projectsSpec, staffingSpec };
