import { TRPCClientError } from '@trpc/client';

/**
 * Field errors of a refused request: zod's flattened field errors, or the field a domain error
 * names in its details (e.g. a Stichtag in the future).
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof TRPCClientError)) return {};
  const data = error.data as
    | { fieldErrors?: Record<string, string[] | undefined> | null; details?: { field?: string } | null; userMessage?: string }
    | undefined;
  const errors: Record<string, string> = {};
  for (const [field, messages] of Object.entries(data?.fieldErrors ?? {})) {
    if (messages?.[0]) errors[field] = messages[0];
  }
  if (data?.details?.field && data.userMessage) errors[data.details.field] = data.userMessage;
  return errors;
}
