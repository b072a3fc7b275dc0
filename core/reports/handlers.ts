/** `report.council`: the council report from this PC's registers (council-service.ts). */
import type { HandlerMap } from '../api/handler-types.ts';
import type { Services } from '../api/services.ts';
import { councilReport } from './council-service.ts';

export function reportHandlers(s: Services): HandlerMap<'report.council'> {
  return {
    'report.council': async ({ format, ...settings }) => {
      const r = await councilReport(s.db, settings, format);
      return { fileName: r.fileName, mimeType: r.mimeType, data: r.data.toString('base64'), pages: r.pages, problems: r.problems };
    },
  };
}
