/** How an empty value reads wherever values are listed or counted (filters, charts): one wording. */
export const EMPTY_LABEL = '(비어 있음)';
