import type { Db } from '../../../db';
import type { TBoardScope } from '../../../shared/schemas/status';
import type { BoardObligation } from './board-data';
import { boardSnapshot } from './cache';
import { assertScope, inScope, scopeKey } from './scope';

/** Overdue first (oldest deadline first), then by deadline; obligations without one last. */
export function compareObligations(a: BoardObligation, b: BoardObligation): number {
  const overdue = (o: BoardObligation) => (o.fulfilment === 'overdue' ? 0 : 1);
  if (overdue(a) !== overdue(b)) return overdue(a) - overdue(b);
  if (a.deadline !== b.deadline) {
    if (a.deadline === null) return 1;
    if (b.deadline === null) return -1;
    return a.deadline < b.deadline ? -1 : 1;
  }
  return a.label.localeCompare(b.label, 'de', { numeric: true }) || a.id - b.id;
}

/** The Fristen matrix: every legal obligation with the projects that fulfil it. */
export function getDeadlines(db: Db, organisationId: number, asOf: string, scope: TBoardScope) {
  const snapshot = boardSnapshot(db, organisationId, asOf);
  assertScope(snapshot.data, scope);
  return snapshot.derive(`deadlines:${scopeKey(scope)}`, () => {
    const { data } = snapshot;
    const obligations = data.obligations.filter(inScope(scope)).sort(compareObligations);
    return {
      asOf,
      programmes: data.programmes.map((p) => ({ id: p.id, title: p.title })),
      obligations: obligations.map((o) => ({
        id: o.id,
        programmeId: o.programmeId,
        key: o.key,
        label: o.label,
        law: o.law,
        paragraph: o.paragraph,
        title: o.title,
        deadline: o.deadline,
        daysLeft: o.daysLeft,
        bindingness: o.bindingness,
        fulfilment: o.fulfilment,
        projects: o.projectIds.map((id) => {
          const p = data.projectById.get(id)!;
          return { id: p.id, code: p.code, title: p.title, maturity: p.maturity, status: p.status };
        }),
      })),
    };
  });
}

export type Deadlines = ReturnType<typeof getDeadlines>;
