import type { TRole } from '../shared/schemas/domain';
import type { Db } from '../db';

export interface SessionUser {
  id: number;
  organisationId: number;
  organisationName: string;
  username: string;
  displayName: string;
  role: TRole;
  sessionId: string;
}

/** How a procedure touches the session cookie without knowing the HTTP framework. */
export interface SessionCookieJar {
  set(token: string, maxAgeSeconds: number): void;
  clear(): void;
}

export interface Context {
  db: Db;
  user: SessionUser | null;
  cookies: SessionCookieJar;
  clientIp: string;
  /** Calendar "today" for the status engine; tests pin it, the server uses Berlin time. */
  today: () => string;
}
