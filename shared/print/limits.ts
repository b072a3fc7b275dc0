/**
 * Rows one print may hold (~100 A4 pages). pdfmake lays out some 300–1,000 rows a second on the
 * PC's core process, which answers nothing else meanwhile: a longer list is narrowed first
 * (npm run bench -- --only lists measures a full print).
 * (Its own file: the renderer checks it before sending, without loading the API contract.)
 */
export const PRINT_MAX_ROWS = 2000;
