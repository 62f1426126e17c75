import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Db } from '../../db';
import { AppError } from '../errors';
import { actorOf } from '../procedures/actor';
import {
  EXPORT_CONTENT_TYPES,
  exportProgrammeFile,
  programmeTemplateWorkbook,
  type ExportFile,
} from '../services/programme-export';
import { requireDownloadUser } from './downloads';

export const TEMPLATE_FILE_NAME = 'vorlage-programm.xlsx';
const EXPORT_FILE = /^([1-9]\d{0,15})\.(xlsx|json)$/;

/** RFC 6266: an ASCII fallback plus the UTF-8 name (keys may carry umlauts). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function sendFile(reply: FastifyReply, file: ExportFile) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.body);
}

/**
 * Downloads of the exchange format: a programme as XLSX or JSON for everyone who may read the
 * portfolio (the file shows nothing the application would not), each download on record in the
 * audit log; and the empty workbook template for those who may import.
 */
export function registerExchangeDownloadRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  app.get('/api/exchange/template.xlsx', async (request, reply) => {
    if (!requireDownloadUser(db, request, reply, 'importExport')) return reply;
    return sendFile(reply, {
      fileName: TEMPLATE_FILE_NAME,
      contentType: EXPORT_CONTENT_TYPES.xlsx,
      body: await programmeTemplateWorkbook(),
    });
  });

  app.get<{ Params: { file: string } }>('/api/exchange/:file', async (request, reply) => {
    const user = requireDownloadUser(db, request, reply, 'readPortfolio');
    if (!user) return reply;
    const match = EXPORT_FILE.exec(request.params.file);
    if (!match) {
      return reply.code(404).send({ error: 'Not Found', message: 'Bitte /api/exchange/<Programm-Nr.>.xlsx oder .json abrufen.' });
    }
    const programmeId = Number(match[1]);
    const format = match[2] as 'xlsx' | 'json';
    try {
      return sendFile(reply, await exportProgrammeFile(db, actorOf(user), programmeId, format));
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') {
        return reply.code(404).send({ error: 'Not Found', message: error.userMessage });
      }
      throw error;
    }
  });
}
