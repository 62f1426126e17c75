import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../../server/routers';

export type UploadInput = inferRouterInputs<AppRouter>['exchange']['preview'];
export type UploadResult = inferRouterOutputs<AppRouter>['exchange']['preview'];
export type UploadIssue = Extract<UploadResult, { ok: false }>['issues'][number];
export type UploadChanges = Extract<UploadResult, { ok: true }>['changes'];
export type ImportTarget = UploadInput['target'];
