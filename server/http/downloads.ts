import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db';

export interface DownloadRouteOptions {
  db: Db;
  databasePath: string | null;
}

/**
 * Binary downloads (backup, report files, exports) are plain GET routes: the browser saves
 * them directly. Each checks the session and the role itself.
 */
export function registerDownloadRoutes(_app: FastifyInstance, _options: DownloadRouteOptions): void {}
