import { QueryClientProvider } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import type { AppRouter } from '../../../server/routers';
import { timelineInputOf } from '../features/schedule/schedule-url';
import { createClient, createQueryClient, TRPCProvider } from '../lib/trpc';
import { createAppRouter } from './router';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(createClient);
  const [router] = useState(() => {
    const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
    return createAppRouter({
      session: () => void queryClient.prefetchQuery(trpc.auth.me.queryOptions()),
      // The same query (key and all) as the page's own: the page finds it in flight or done.
      schedule: (searchParams) => void queryClient.prefetchQuery(trpc.timeline.portfolio.queryOptions(timelineInputOf(searchParams))),
    });
  });
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <RouterProvider router={router} />
      </TRPCProvider>
    </QueryClientProvider>
  );
}
