import type { Db } from '../../../db';
import type { TMaturity, TStatus } from '../../../shared/schemas/domain';
import type { TBoardScope } from '../../../shared/schemas/status';
import type { BoardGoal, BoardKpi } from './board-data';
import { boardSnapshot } from './cache';
import { assertScope, inScope, programmeInScope, scopeKey } from './scope';

export interface GoalNode {
  id: number;
  key: string;
  kind: BoardGoal['kind'];
  text: string;
  dueDate: string | null;
  kpis: BoardKpi[];
  projects: { id: number; code: string | null; title: string; maturity: TMaturity; status: TStatus }[];
  children: GoalNode[];
}

const bySortOrder = (a: { sortOrder: number; id: number }, b: { sortOrder: number; id: number }) =>
  a.sortOrder - b.sortOrder || a.id - b.id;

/** Ziele & Kennzahlen: per programme the W → L → M tree, KPIs at the goal they measure. */
export function getGoals(db: Db, organisationId: number, asOf: string, scope: TBoardScope) {
  const snapshot = boardSnapshot(db, organisationId, asOf);
  assertScope(snapshot.data, scope);
  return snapshot.derive(`goals:${scopeKey(scope)}`, () => {
    const { data } = snapshot;
    const matches = inScope(scope);
    const kpisByGoal = new Map<number, BoardKpi[]>();
    for (const k of data.kpis) {
      if (k.goalId === null) continue;
      const list = kpisByGoal.get(k.goalId);
      if (list) list.push(k);
      else kpisByGoal.set(k.goalId, [k]);
    }
    const goals = data.goals.filter(matches).sort(bySortOrder);
    const ids = new Set(goals.map((g) => g.id));
    const childrenOf = new Map<number | null, BoardGoal[]>();
    for (const g of goals) {
      const parent = g.parentId !== null && ids.has(g.parentId) ? g.parentId : null;
      const list = childrenOf.get(parent);
      if (list) list.push(g);
      else childrenOf.set(parent, [g]);
    }
    const visited = new Set<number>();
    const node = (g: BoardGoal): GoalNode => {
      visited.add(g.id);
      return {
        id: g.id,
        key: g.key,
        kind: g.kind,
        text: g.text,
        dueDate: g.dueDate,
        kpis: (kpisByGoal.get(g.id) ?? []).sort(bySortOrder),
        projects: g.projectIds
          .map((id) => data.projectById.get(id))
          .filter((p) => p !== undefined)
          .map((p) => ({ id: p.id, code: p.code, title: p.title, maturity: p.maturity, status: p.status })),
        children: (childrenOf.get(g.id) ?? []).filter((c) => !visited.has(c.id)).map(node),
      };
    };
    return {
      asOf,
      programmes: data.programmes.filter(programmeInScope(scope)).map((p) => ({
        id: p.id,
        title: p.title,
        goals: (childrenOf.get(null) ?? []).filter((g) => g.programmeId === p.id).map(node),
        kpisWithoutGoal: data.kpis.filter((k) => k.programmeId === p.id && k.goalId === null).sort(bySortOrder),
      })),
    };
  });
}

export type Goals = ReturnType<typeof getGoals>;
