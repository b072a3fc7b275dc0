/**
 * The print operation: a list the renderer sends as shown, back as a PDF file. A list of a register
 * holding personal data is printed only with a reason, and the print is written to the access log
 * (the names in it are the masked texts the grid shows).
 */
import { AppError } from '../../shared/api/errors.ts';
import { isRegisterName, registerDefinition } from '../../shared/domain/registers.ts';
import { holdsPersonalData } from '../../shared/personal/personal-record.ts';
import { maskName } from '../../shared/personal/mask.ts';
import type { HandlerMap } from '../api/handler-types.ts';
import type { AccessLogRepository } from '../personal/access-log.ts';
import { reasonRequiredMessage } from '../personal/masked-reads.ts';
import { printListPdf } from './list-pdf.ts';

export function printHandlers(accessLog: AccessLogRepository): HandlerMap<'print.list'> {
  return {
    'print.list': async ({ title, description, columns, rows, fileStem, register, reason }, ctx) => {
      if (!isRegisterName(register)) throw new AppError('invalid_input', `알 수 없는 대장입니다: ${register}`);
      const personal = holdsPersonalData(registerDefinition(register));
      if (personal && !reason) throw new AppError('invalid_input', reasonRequiredMessage('인쇄'));
      // The grid sends what it shows (masked by the core); a name column is masked once more, so no
      // caller can put a full name on paper through this path (masking a masked name changes nothing).
      const spec = registerDefinition(register);
      const nameColumns = columns.flatMap((c, j) => (spec.fields.some((f) => f.personal === 'name' && f.label === c.label) ? [j] : []));
      const printed = nameColumns.length === 0 ? rows : rows.map((r) => r.map((cell, j) => (nameColumns.includes(j) ? maskName(cell) : cell)));
      const pdf = await printListPdf({ title, description, columns, rows: printed });
      if (personal) accessLog.record({ register, action: 'print', reason, count: rows.length }, ctx.actor);
      return { fileName: `${fileStem}.pdf`, mimeType: 'application/pdf', data: pdf.toString('base64'), rowCount: rows.length };
    },
  };
}
