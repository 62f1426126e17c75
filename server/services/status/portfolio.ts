import type { Db } from '../../../db';
import type { PortfolioViewRow } from '../../../shared/portfolio/columns';
import type { BoardProject } from './board-data';
import { boardSnapshot } from './cache';

/**
 * Rows per project object: a board patched after a write keeps the objects of the projects it
 * did not touch (board-patch.ts), so only the touched ones are shaped again.
 */
const rows = new WeakMap<BoardProject, PortfolioViewRow>();

function portfolioRow(p: BoardProject): PortfolioViewRow {
  let row = rows.get(p);
  if (!row) {
    row = shapeRow(p);
    rows.set(p, row);
  }
  return row;
}

/** One portfolio row: the project with its rolled-up status and reasons, ready for the table. */
function shapeRow(p: BoardProject): PortfolioViewRow {
  return {
    id: p.id,
    code: p.code,
    title: p.title,
    parentId: p.parentId,
    depth: p.depth,
    programmeId: p.programmeId,
    fieldOfActionId: p.fieldOfActionId,
    fieldOfActionTitle: p.fieldOfActionTitle,
    fieldOfActionOrder: p.fieldOfActionOrder,
    responsibleUnit: p.responsibleUnit,
    responsiblePerson: p.responsiblePerson,
    plannedStart: p.plannedStart,
    plannedEnd: p.plannedEnd,
    maturity: p.maturity,
    status: p.status,
    computed: p.computed,
    reasons: p.reasons.map((r) => ({ level: r.level, message: r.message })),
    override: p.override
      ? {
          status: p.override.status,
          justification: p.override.justification,
          authorName: p.override.authorName,
          expiresAt: p.override.expiresAt,
          active: p.overrideActive,
        }
      : null,
    latestUpdate: p.latestUpdate
      ? { date: p.latestUpdate.date, status: p.latestUpdate.status, text: p.latestUpdate.text, authorName: p.latestUpdate.authorName }
      : null,
  };
}

export function getPortfolio(db: Db, organisationId: number, asOf: string) {
  const snapshot = boardSnapshot(db, organisationId, asOf);
  return snapshot.derive('portfolio', () => {
    const { data } = snapshot;
    const units = [...new Set(data.projects.map((p) => p.responsibleUnit ?? ''))].sort((a, b) =>
      a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'de'),
    );
    return {
      asOf,
      programmes: data.programmes.map((p) => ({ id: p.id, title: p.title })),
      fieldsOfAction: [...data.fieldsOfAction].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id),
      units,
      rows: data.projects.map(portfolioRow),
    };
  });
}

export type Portfolio = ReturnType<typeof getPortfolio>;
