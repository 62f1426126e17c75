import type { Db } from '../../../db';
import { DEFAULT_STATUS_THRESHOLDS, type StatusKpi, type StatusMilestone } from '../../../shared/status';
import {
  boardIndexOf,
  boardKpiOf,
  boardProjectOf,
  currentOverrides,
  indexBoard,
  milestoneLists,
  obligationFulfilment,
  statusNodeOf,
  type BoardData,
  type BoardObligation,
  type BoardOverride,
  type BoardProject,
  type KpiValueRow,
  type ProjectRow,
} from './board-data';
import type { StatusDataSources } from './compute';
import { boardQueriesFor } from './queries';
import { patchStatusTree, type StatusTreeNode } from './status-tree';

/**
 * The board after a write that touched only some projects' own rows (the project itself, its
 * milestones, overrides, Statusmeldungen) or some KPIs' values — without reloading the
 * organisation. The rows of those projects and KPIs are read again with the very SELECTs of the
 * full load (restricted by id), their lists replaced, and the status tree recomputed where an
 * input changed (status-tree.ts): the changed projects, their ancestors, and the projects
 * serving a changed KPI's goal. Everything else keeps its objects, so derived views can reuse
 * their work per object.
 *
 * Returns null whenever the change is not one the patch knows to be local — a project created,
 * deleted or moved (parent, field of action, programme, sort order), a KPI created, deleted or
 * moved to another goal — and the caller loads everything. board-refresh.integration-test checks
 * that a patched board equals a fresh load after every kind of mutation the API offers.
 */

export interface BoardChanges {
  /** Projects whose own rows were written (projects, milestones, status_overrides, status_updates). */
  projectIds: ReadonlySet<number>;
  /** KPIs whose row or yearly values were written. */
  kpiIds: ReadonlySet<number>;
}

/** Beyond this many projects a full load is about as fast and needs no bookkeeping. */
const PATCH_MAX_PROJECTS = 200;

function sameStructure(row: ProjectRow, old: BoardProject): boolean {
  return (
    row.programmeId === old.programmeId &&
    row.fieldOfActionId === old.fieldOfActionId &&
    row.parentId === old.parentId &&
    row.sortOrder === old.sortOrder
  );
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const id = key(row);
    const list = groups.get(id);
    if (list) list.push(row);
    else groups.set(id, [row]);
  }
  return groups;
}

/** Overrides ordered as the full load orders them: by creation, then id. */
function byCreation(a: BoardOverride, b: BoardOverride): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id;
}

export function patchBoardData(db: Db, prev: BoardData, changes: BoardChanges): BoardData | null {
  const index = boardIndexOf(prev);
  if (!index) return null;
  if (changes.projectIds.size + changes.kpiIds.size > PATCH_MAX_PROJECTS) return null;
  const { organisationId, asOf } = prev;
  const projectIds = [...changes.projectIds];
  const kpiIds = [...changes.kpiIds];
  const q = boardQueriesFor(db, organisationId, asOf, projectIds, kpiIds);

  // Rows of the written projects; a project missing on either side was created or deleted.
  const rows = new Map<number, ProjectRow>();
  if (projectIds.length > 0) {
    for (const row of q.projects.all()) rows.set(row.id, row);
    for (const id of projectIds) {
      const row = rows.get(id);
      const old = prev.projectById.get(id);
      if (!row || !old || !sameStructure(row, old)) return null;
    }
  }

  let milestonesByProject: Map<number, StatusMilestone[]> | null = null;
  let overrides = prev.overrides;
  let overrideNow = new Map<number, BoardOverride>();
  let latestUpdates = new Map<number, BoardProject['latestUpdate']>();
  if (projectIds.length > 0) {
    milestonesByProject = new Map(prev.sources.milestonesByProject);
    const lists = milestoneLists(q.datedMilestoneProjects.all(), q.openMilestones.all());
    for (const id of projectIds) {
      const list = lists.get(id);
      if (list) milestonesByProject.set(id, list);
      else milestonesByProject.delete(id);
    }
    const reloaded = q.overrides.all();
    overrides = [...prev.overrides.filter((o) => !changes.projectIds.has(o.projectId)), ...reloaded].sort(byCreation);
    overrideNow = currentOverrides(reloaded);
    latestUpdates = new Map(q.latestStatusUpdates.all().map((u) => [u.projectId, u]));
  }

  // KPIs: the new values replace the old KPI object in the list of every project serving its goal.
  let kpis = prev.kpis;
  let kpisByProject: Map<number, StatusKpi[]> | null = null;
  let statusKpiById = index.statusKpiById;
  const servingChangedKpi = new Set<number>();
  if (kpiIds.length > 0) {
    kpis = [...prev.kpis];
    kpisByProject = new Map(prev.sources.kpisByProject);
    const nextStatusKpis = new Map(index.statusKpiById);
    const kpiRows = new Map(q.kpis.all().map((k) => [k.id, k]));
    const values = groupBy<KpiValueRow>(q.kpiValues.all(), (v) => v.kpiId);
    const goalById = new Map(prev.goals.map((g) => [g.id, g]));
    for (const id of kpiIds) {
      const row = kpiRows.get(id);
      const position = index.kpiIndex.get(id);
      const old = position === undefined ? undefined : prev.kpis[position];
      if (!row || !old || row.goalId !== old.goalId || row.programmeId !== old.programmeId) return null;
      const { kpi, statusKpi } = boardKpiOf(row, values.get(id) ?? [], asOf);
      kpis[position!] = kpi;
      if (row.goalId === null || !statusKpi) continue;
      const goal = goalById.get(row.goalId);
      const oldStatusKpi = index.statusKpiById.get(id);
      if (!goal || !oldStatusKpi) return null;
      nextStatusKpis.set(id, statusKpi);
      for (const projectId of goal.projectIds) {
        const list = kpisByProject.get(projectId);
        if (!list) return null;
        kpisByProject.set(projectId, list.map((k) => (k === oldStatusKpi ? statusKpi : k)));
        servingChangedKpi.add(projectId);
      }
    }
    statusKpiById = nextStatusKpis;
  }

  const sources: StatusDataSources = {
    milestonesByProject: milestonesByProject ?? prev.sources.milestonesByProject,
    obligationsByProject: prev.sources.obligationsByProject,
    kpisByProject: kpisByProject ?? prev.sources.kpisByProject,
  };
  const thresholdsByProgramme = new Map(prev.programmes.map((p) => [p.id, p.thresholds]));

  // New nodes only for the projects whose inputs were replaced; they and their ancestors are
  // computed again, every other result is the previous one.
  const changed = new Set<number>([...changes.projectIds, ...servingChangedKpi]);
  const nodes: StatusTreeNode[] = [];
  for (const id of changed) {
    const p = prev.projectById.get(id);
    const old = index.tree.results.get(id)?.node;
    if (!p || !old) continue;
    const row = rows.get(id);
    nodes.push(
      statusNodeOf(
        row ?? p,
        old.childIds,
        sources,
        row ? (overrideNow.get(id) ?? null) : p.override,
        thresholdsByProgramme.get(p.programmeId) ?? DEFAULT_STATUS_THRESHOLDS,
        old,
      ),
    );
  }
  const patched = patchStatusTree(index.tree, nodes, (id) => prev.projectById.get(id)?.parentId ?? null);
  if (!patched) return null;
  const { tree, touched } = patched;

  const projects = prev.projects.slice();
  const projectById = new Map(prev.projectById);
  let maturityChanged = false;
  for (const id of touched) {
    const p = prev.projectById.get(id)!;
    const result = tree.results.get(id)!;
    const before = index.tree.results.get(id)!;
    const row = rows.get(id);
    if (!row && result.own === before.own && result.rolled === before.rolled) continue;
    if (row && row.maturity !== p.maturity) maturityChanged = true;
    // Field of action and position are unchanged: no structural change gets this far.
    const next = boardProjectOf(
      row ?? p,
      { depth: p.depth, childIds: p.childIds },
      { title: p.fieldOfActionTitle, sortOrder: p.fieldOfActionOrder },
      result,
      row ? (overrideNow.get(id) ?? null) : p.override,
      row ? (latestUpdates.get(id) ?? null) : p.latestUpdate,
    );
    projects[index.projectIndex.get(id)!] = next;
    projectById.set(id, next);
  }

  // Fulfilment depends on the Reifegrad of the linked projects.
  const obligations: BoardObligation[] = maturityChanged
    ? prev.obligations.map((o) => {
        const fulfilment = obligationFulfilment(
          o.projectIds.map((id) => projectById.get(id)!.maturity),
          o.deadline,
          asOf,
        );
        return fulfilment === o.fulfilment ? o : { ...o, fulfilment };
      })
    : prev.obligations;

  const data: BoardData = {
    ...prev,
    projects,
    projectById,
    obligations,
    kpis,
    overrides,
    sources,
  };
  indexBoard(data, tree, statusKpiById, { index, projectIds: changed });
  return data;
}
