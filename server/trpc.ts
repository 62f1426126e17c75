import { initTRPC } from '@trpc/server';
import { ZodError, z } from 'zod';
import { AppError, fromSqliteError } from './errors';
import type { Context } from './context';

/**
 * The one place the tRPC pieces are built. The error formatter gives every client a precise
 * `message` plus a German `userMessage`, and flattens zod errors into field errors for forms.
 */
const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const appError = cause instanceof AppError ? cause : fromSqliteError(cause);
    const zodError = cause instanceof ZodError ? cause : null;
    let userMessage: string;
    if (appError) userMessage = appError.userMessage;
    else if (zodError) userMessage = zodError.issues[0]?.message ?? 'Die Eingabe ist ungültig.';
    else if (error.code === 'INTERNAL_SERVER_ERROR') userMessage = 'Ein unerwarteter Fehler ist aufgetreten.';
    else if (error.code === 'UNAUTHORIZED') userMessage = 'Bitte melden Sie sich an.';
    else if (error.code === 'FORBIDDEN') userMessage = 'Dafür fehlt Ihnen die Berechtigung.';
    else userMessage = 'Die Anfrage konnte nicht bearbeitet werden.';
    return {
      ...shape,
      message: error.code === 'INTERNAL_SERVER_ERROR' && !appError ? 'Internal server error' : shape.message,
      data: {
        ...shape.data,
        stack: undefined,
        userMessage,
        details: appError?.details ?? null,
        fieldErrors: zodError ? z.flattenError(zodError).fieldErrors : null,
      },
    };
  },
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/** Converts domain and constraint errors into tRPC errors with the right code. */
const errorMapping = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    const appError = cause instanceof AppError ? cause : fromSqliteError(cause);
    if (appError) {
      const mapped = appError.toTRPCError();
      return { ...result, error: mapped };
    }
  }
  return result;
});

export const publicProcedure = t.procedure.use(errorMapping);
