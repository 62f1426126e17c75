import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from '../../lib/trpc';
import type { ProjectDetail } from './types';

/** Fetches the project afresh (not from the cache): what "Neu laden" after a conflict needs. */
export function useFreshDetail(projectId: number): () => Promise<ProjectDetail> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.fetchQuery({ ...trpc.project.detail.queryOptions({ id: projectId }), staleTime: 0 }),
    [queryClient, trpc, projectId],
  );
}
