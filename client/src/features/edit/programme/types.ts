import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../../../server/routers';
import type { Option } from '../EntityFormDialog';

export type ProgrammeStructure = inferRouterOutputs<AppRouter>['programmeInfo']['structure'];

export interface SectionProps {
  structure: ProgrammeStructure;
  /** Steering office: fields, goals, KPIs, obligations, decisions, budget. */
  canEdit: boolean;
  /** Fetches the structure afresh (for "Neu laden" after a conflict). */
  fresh: () => Promise<ProgrammeStructure>;
}

/** The programme's projects as choices, sub-projects marked. */
export function projectOptions(structure: ProgrammeStructure): Option[] {
  return structure.projects.map((p) => ({
    value: String(p.id),
    label: `${p.parentId ? '↳ ' : ''}${p.code ? `${p.code} ` : ''}${p.title}`,
  }));
}

export function projectTitles(structure: ProgrammeStructure, ids: readonly number[]): string {
  const byId = new Map(structure.projects.map((p) => [p.id, p.title]));
  return ids.map((id) => byId.get(id) ?? `#${id}`).join('; ');
}
