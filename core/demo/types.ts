/** Shapes shared by the demo catalog and the headline writer. */

/** One 구정 project or recurring event, as a department announces it. */
export interface Project {
  dept: string;
  tags: readonly string[];
  /**
   * Programme names with the headline verbs that fit them: 'name@verb,verb'. Verbs are
   * 하다-nouns ('운영'); 'title=lead' when the lead sentence needs another predicate, where '~'
   * stands for the name with its object particle (을/를). Name placeholders: {Y} year,
   * {NY} next year, {K} 기수 (year − 2018), {AN} 개청 주년 (year − 1995), {H} 상반기/하반기.
   */
  names: readonly string[];
  /** Purpose noun phrases: '디지털 격차 해소'. */
  hooks: readonly string[];
  /** Remarks ending in a -다 form, so that '"…"고 말했다' reads right. */
  quotes: readonly string[];
  /** Months in which the project makes news; every month when absent. */
  months?: readonly number[];
  weight?: number;
}

export interface Verb {
  title: string;
  /** Lead predicate without the tense ending: '키오스크 체험존을 운영' */
  lead: string;
}

/** One news item: a project, phrased once, which a release and its clippings all share. */
export interface Story {
  project: Project;
  name: string;
  /** The quoted programme name when there is one ('키오스크 체험존'), else the name. */
  short: string;
  verb: Verb;
  hook: string;
  award: readonly [string, string] | null;
  /** Day of the month the district announced it, for '…고 2일 밝혔다'. */
  day: number;
}
