import { TRPCClientError } from '@trpc/client';
import { userMessageOf } from '../../lib/trpc';

interface ErrorData {
  code?: string;
  userMessage?: string;
  fieldErrors?: Record<string, string[] | undefined> | null;
  details?: { lastEditor?: string | null; currentVersion?: number } | null;
}

function dataOf(error: unknown): ErrorData | null {
  return error instanceof TRPCClientError ? ((error.data as ErrorData | undefined) ?? null) : null;
}

/** The server's field errors (zod, flattened by the error formatter), first message per field. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  const fields = dataOf(error)?.fieldErrors ?? {};
  return Object.fromEntries(
    Object.entries(fields)
      .filter((entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].length > 0)
      .map(([k, v]) => [k, v[0]!]),
  );
}

/** "Inzwischen von steuerung.unna geändert …" when the save hit a newer version; else null. */
export function conflictMessageOf(error: unknown): string | null {
  const data = dataOf(error);
  if (data?.code !== 'CONFLICT') return null;
  return data.userMessage ?? userMessageOf(error);
}

export { userMessageOf };
