import type { Db } from '../../../db';
import type { TMaturity, TStatus } from '../../../shared/schemas/domain';
import type { TBoardScope } from '../../../shared/schemas/status';
import { rollUpStatuses } from '../../../shared/status';
import type { BoardData, BoardKpi, BoardObligation, BoardProject } from './board-data';
import { boardSnapshot } from './cache';
import { computeChanges, type ChangesSummary } from './changes';
import { assertScope, inScope, programmeInScope, scopeKey } from './scope';

/**
 * The Übersicht for the board: counts, the red and amber projects with their reasons, legal
 * deadlines at risk, KPI plan vs actual, and what changed in the last 30 days. Counts and lists
 * are over projects (top level); sub-projects are inside their parent's rolled-up status.
 */

export const ATTENTION_LIST_MAX = 100;
export const REASONS_SHOWN_MAX = 8;
export const DEADLINE_LIST_MAX = 50;
export const OVERVIEW_KPI_MAX = 8;
const PROJECTS_PER_DEADLINE_MAX = 10;

function attentionItem(p: BoardProject) {
  return {
    id: p.id,
    code: p.code,
    title: p.title,
    fieldOfActionTitle: p.fieldOfActionTitle,
    maturity: p.maturity,
    status: p.status,
    computed: p.computed,
    override: p.override && p.overrideActive ? { status: p.override.status, justification: p.override.justification, authorName: p.override.authorName } : null,
    reasons: p.reasons.slice(0, REASONS_SHOWN_MAX).map((r) => ({ level: r.level, message: r.message })),
    moreReasons: Math.max(0, p.reasons.length - REASONS_SHOWN_MAX),
    latestUpdate: p.latestUpdate,
  };
}

function deadlineItem(o: BoardObligation, data: BoardData) {
  return {
    id: o.id,
    label: o.label,
    title: o.title,
    deadline: o.deadline,
    daysLeft: o.daysLeft,
    bindingness: o.bindingness,
    fulfilment: o.fulfilment,
    projectCount: o.projectIds.length,
    projects: o.projectIds.slice(0, PROJECTS_PER_DEADLINE_MAX).map((id) => {
      const p = data.projectById.get(id)!;
      return { id: p.id, code: p.code, title: p.title, maturity: p.maturity, status: p.status };
    }),
  };
}

/** The first date no longer "in the next 12 months". */
function oneYearLater(date: string): string {
  const year = Number(date.slice(0, 4)) + 1;
  const rest = date.slice(4) === '-02-29' ? '-02-28' : date.slice(4);
  return `${year}${rest}`;
}

/** KPIs most behind plan first (by the value the KPI rule judges), then in programme order. */
function overviewKpis(kpis: readonly BoardKpi[]): BoardKpi[] {
  const attainment = (k: BoardKpi) => k.latest?.attainmentPercent ?? Number.POSITIVE_INFINITY;
  return [...kpis]
    .sort((a, b) => attainment(a) - attainment(b) || a.sortOrder - b.sortOrder || a.id - b.id)
    .slice(0, OVERVIEW_KPI_MAX);
}

/**
 * Sorting 2,000 KPIs is a good part of an overview after a write; a patched board keeps its KPI
 * list unless KPIs changed, so the ranking is kept per list (and scope).
 */
const rankedKpis = new WeakMap<readonly BoardKpi[], Map<string, { total: number; items: BoardKpi[] }>>();

function kpiSummary(all: readonly BoardKpi[], scope: TBoardScope) {
  let byScope = rankedKpis.get(all);
  if (!byScope) rankedKpis.set(all, (byScope = new Map()));
  const key = scopeKey(scope);
  let summary = byScope.get(key);
  if (!summary) {
    const kpis = all.filter(inScope(scope));
    summary = { total: kpis.length, items: overviewKpis(kpis) };
    byScope.set(key, summary);
  }
  return summary;
}

function buildOverview(db: Db, data: BoardData, scope: TBoardScope) {
  const matches = inScope(scope);
  const projects = data.projects.filter((p) => p.parentId === null && matches(p));
  const rollup = rollUpStatuses(projects.map((p) => p.status));
  const byMaturity: Record<TMaturity, number> = { 1: 0, 2: 0, 3: 0 };
  for (const p of projects) byMaturity[p.maturity] += 1;

  const withStatus = (status: TStatus) => projects.filter((p) => p.status === status);
  const red = withStatus('red');
  const amber = withStatus('amber');

  const obligations = data.obligations.filter(matches);
  const byDeadline = (a: BoardObligation, b: BoardObligation) => (a.deadline! < b.deadline! ? -1 : a.deadline! > b.deadline! ? 1 : a.id - b.id);
  const overdue = obligations.filter((o) => o.fulfilment === 'overdue').sort(byDeadline);
  const horizon = oneYearLater(data.asOf);
  const upcoming = obligations
    .filter((o) => o.deadline !== null && o.deadline >= data.asOf && o.deadline < horizon && o.fulfilment !== 'fulfilled')
    .sort(byDeadline);

  const programmeIds = new Set(data.programmes.filter(programmeInScope(scope)).map((p) => p.id));
  const changes: ChangesSummary = computeChanges(db, data, programmeIds);

  return {
    asOf: data.asOf,
    programmes: data.programmes.map((p) => ({ id: p.id, title: p.title })),
    counts: { total: rollup.total, byStatus: rollup.distribution, worst: rollup.worst, byMaturity },
    attention: {
      red: { total: red.length, projects: red.slice(0, ATTENTION_LIST_MAX).map(attentionItem) },
      amber: { total: amber.length, projects: amber.slice(0, ATTENTION_LIST_MAX).map(attentionItem) },
    },
    deadlines: {
      horizon,
      overdue: { total: overdue.length, items: overdue.slice(0, DEADLINE_LIST_MAX).map((o) => deadlineItem(o, data)) },
      upcoming: { total: upcoming.length, items: upcoming.slice(0, DEADLINE_LIST_MAX).map((o) => deadlineItem(o, data)) },
    },
    kpis: kpiSummary(data.kpis, scope),
    changes,
  };
}

export type Overview = ReturnType<typeof buildOverview>;

export function getOverview(db: Db, organisationId: number, asOf: string, scope: TBoardScope): Overview {
  const snapshot = boardSnapshot(db, organisationId, asOf);
  assertScope(snapshot.data, scope);
  // "What changed" reads the audit log: derived again after audit rows were added.
  return snapshot.derive(`overview:${scopeKey(scope)}`, () => buildOverview(db, snapshot.data, scope), { readsAuditLog: true });
}
