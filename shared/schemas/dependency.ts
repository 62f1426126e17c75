import { z } from 'zod';
import { ZId } from './common';

/** "DMS before E-Akte": the successor depends on the predecessor. */
export const ZDependency = z
  .object({ predecessorId: ZId, successorId: ZId })
  .refine((d) => d.predecessorId !== d.successorId, {
    message: 'Ein Projekt kann nicht von sich selbst abhängen.',
    path: ['predecessorId'],
  });
export type TDependency = z.infer<typeof ZDependency>;
