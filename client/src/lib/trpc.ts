import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpLink, splitLink, TRPCClientError } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { AppRouter } from '../../../server/routers';
import { TIMELINE_PORTFOLIO_PROCEDURE, TRPC_BASE_PATH } from '../../../shared/timeline/request-path';

/** The one tRPC client of the app; only the router's type comes from the server. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => {
          if (error instanceof TRPCClientError) {
            const code = (error.data as { code?: string } | undefined)?.code;
            if (code === 'UNAUTHORIZED' || code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'BAD_REQUEST') return false;
          }
          return failureCount < 2;
        },
      },
    },
  });
}

export function createClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        // The Zeitplan's data travels alone, at the address the server announces in the page's
        // HTML (shared/timeline/request.ts): the browser has loaded it beside the scripts.
        condition: (op) => op.type === 'query' && op.path === TIMELINE_PORTFOLIO_PROCEDURE,
        true: httpLink({ url: TRPC_BASE_PATH }),
        false: httpBatchLink({ url: TRPC_BASE_PATH, maxURLLength: 4000 }),
      }),
    ],
  });
}

/** The German message for any error a tRPC call produced. */
export function userMessageOf(error: unknown): string {
  if (error instanceof TRPCClientError) {
    const data = error.data as { userMessage?: string } | undefined;
    if (data?.userMessage) return data.userMessage;
    if (error.message.includes('Failed to fetch')) return 'Der Server ist nicht erreichbar. Bitte prüfen Sie die Verbindung.';
  }
  return 'Ein unerwarteter Fehler ist aufgetreten.';
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === 'UNAUTHORIZED';
}
