import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { APP_ERROR_CODES, AppError } from '../errors';
import { actorOf } from '../procedures/actor';
import { contentDisposition } from '../services/reports/filename';
import { loadReportFile, loadReportHtml, type ReportFile } from '../services/reports/read';
import { requireDownloadUser, type DownloadRouteOptions } from './downloads';

/**
 * The report's files as plain GET downloads: the stored PDF and DOCX (checked against their
 * SHA-256 before sending) and the print view (HTML rendered from the stored snapshot). The same
 * rules as report.detail: drafts for the administration only, nothing of other organisations.
 */

const ZReportId = z.coerce.number().int().positive();

const HTTP_STATUS: Record<(typeof APP_ERROR_CODES)[keyof typeof APP_ERROR_CODES], number> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_REQUEST: 400,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/** The print view may style itself inline but run nothing and load nothing. */
const HTML_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "script-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function sendFile(reply: FastifyReply, file: ReportFile, disposition: 'attachment' | 'inline') {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(disposition, file.fileName))
    .header('content-length', String(file.bytes.length))
    .header('etag', `"${file.sha256}"`)
    .header('cache-control', 'private, no-store')
    .send(file.bytes);
}

function sendError(app: FastifyInstance, reply: FastifyReply, error: unknown) {
  if (error instanceof AppError) {
    const status = HTTP_STATUS[APP_ERROR_CODES[error.code]];
    if (status >= 500) app.log.error({ err: error }, 'report download failed');
    return reply.code(status).send({ error: error.code, message: error.userMessage });
  }
  throw error;
}

export function registerReportDownloadRoutes(app: FastifyInstance, { db }: DownloadRouteOptions): void {
  for (const kind of ['pdf', 'docx', 'html'] as const) {
    app.get<{ Params: { id: string } }>(`/api/reports/:id/${kind}`, async (request, reply) => {
      const user = requireDownloadUser(db, request, reply, 'readReleasedReports');
      if (!user) return reply;
      const id = ZReportId.safeParse(request.params.id);
      if (!id.success) return reply.code(404).send({ error: 'NOT_FOUND', message: 'Der Bericht wurde nicht gefunden.' });
      try {
        if (kind === 'html') {
          const file = loadReportHtml(db, actorOf(user), id.data);
          return sendFile(reply.header('content-security-policy', HTML_CSP), file, 'inline');
        }
        return sendFile(reply, loadReportFile(db, actorOf(user), id.data, kind), 'attachment');
      } catch (error) {
        return sendError(app, reply, error);
      }
    });
  }
}
