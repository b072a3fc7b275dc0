/** The print operation: a list the renderer sends as shown, back as a PDF file. */
import type { HandlerMap } from '../api/handler-types.ts';
import { printListPdf } from './list-pdf.ts';

export function printHandlers(): HandlerMap<'print.list'> {
  return {
    'print.list': async ({ title, description, columns, rows, fileStem }) => {
      const pdf = await printListPdf({ title, description, columns, rows });
      return { fileName: `${fileStem}.pdf`, mimeType: 'application/pdf', data: pdf.toString('base64'), rowCount: rows.length };
    },
  };
}
