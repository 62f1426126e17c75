import { TRPCError } from '@trpc/server';

/**
 * The one domain error: a code, a precise internal message for logs and API clients, and a
 * German message for the people using the app. The tRPC error formatter maps it (trpc.ts).
 */
export const APP_ERROR_CODES = {
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_INPUT: 'BAD_REQUEST',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const satisfies Record<string, TRPCError['code']>;

export type AppErrorCode = keyof typeof APP_ERROR_CODES;

export interface AppErrorOptions {
  userMessage?: string;
  /** Extra data for the client, e.g. the current version and editor on a conflict. */
  details?: Record<string, unknown>;
  cause?: unknown;
}

const DEFAULT_USER_MESSAGES: Record<AppErrorCode, string> = {
  UNAUTHORIZED: 'Bitte melden Sie sich an.',
  FORBIDDEN: 'Dafür fehlt Ihnen die Berechtigung.',
  NOT_FOUND: 'Der Eintrag wurde nicht gefunden.',
  CONFLICT: 'Der Eintrag wurde inzwischen geändert.',
  INVALID_INPUT: 'Die Eingabe ist ungültig.',
  TOO_MANY_REQUESTS: 'Zu viele Versuche. Bitte warten Sie einige Minuten.',
  INTERNAL: 'Ein unerwarteter Fehler ist aufgetreten.',
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.userMessage = options.userMessage ?? DEFAULT_USER_MESSAGES[code];
    this.details = options.details;
  }

  toTRPCError(): TRPCError {
    return new TRPCError({ code: APP_ERROR_CODES[this.code], message: this.message, cause: this });
  }
}

export function notFound(entity: string, id: number | string): AppError {
  return new AppError('NOT_FOUND', `${entity} ${id} not found`);
}

/** SQLite constraint failures are the database refusing impossible data. */
export function fromSqliteError(error: unknown): AppError | null {
  if (!(error instanceof Error) || !('code' in error)) return null;
  const code = String((error as { code: unknown }).code);
  if (!code.startsWith('SQLITE_CONSTRAINT')) return null;
  const userMessage =
    code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
      ? 'Ein Eintrag mit diesem Schlüssel existiert bereits.'
      : code === 'SQLITE_CONSTRAINT_FOREIGNKEY'
        ? 'Der Eintrag verweist auf etwas, das es nicht gibt oder das zu einer anderen Organisation gehört.'
        : 'Die Daten verletzen eine Regel der Datenbank.';
  return new AppError('INVALID_INPUT', `${code}: ${error.message}`, { userMessage, cause: error });
}
