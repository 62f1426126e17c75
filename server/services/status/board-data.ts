import type { Db } from '../../../db';
import { daysBetween } from '../../../shared/dates/iso-date';
import type { TBindingness, TGoalKind, TKpiUnit, TMaturity, TStatus } from '../../../shared/schemas/domain';
import type { TFulfilment } from '../../../shared/schemas/report';
import {
  DEFAULT_STATUS_THRESHOLDS,
  ZStatusThresholds,
  type ManualStatus,
  type StatusKpi,
  type StatusMilestone,
  type StatusObligation,
  type StatusResult,
  type TStatusThresholds,
} from '../../../shared/status';
import { NONE, obligationLabel, type BoardReason, type StatusDataSources } from './compute';
import { sameContent } from './engine-memo';
import { boardQueries, type BoardQueries } from './queries';
import { computeStatusTree, type StatusTree, type StatusTreeNode, type StatusTreeResult } from './status-tree';

export { toStatusOverride } from './compute';

/**
 * Everything the board views (Übersicht, Portfolio, Fristen, Ziele, project status) show about
 * one organisation at one date, loaded with one query per table and computed once. The result
 * is cached (cache.ts); the views only filter and shape it.
 */

export interface BoardProgramme {
  id: number;
  title: string;
  version: number;
  thresholds: TStatusThresholds;
  /** False when the programme uses the default thresholds (nothing stored). */
  customThresholds: boolean;
}

export interface BoardOverride {
  id: number;
  projectId: number;
  status: ManualStatus;
  justification: string;
  authorName: string;
  validFrom: string;
  expiresAt: string | null;
  revokedAt: Date | null;
  createdAt: Date;
}

export interface BoardStatusUpdate {
  id: number;
  projectId: number;
  date: string;
  status: ManualStatus;
  text: string;
  authorName: string;
}

export interface BoardProject {
  id: number;
  programmeId: number;
  fieldOfActionId: number;
  fieldOfActionTitle: string;
  fieldOfActionOrder: number;
  parentId: number | null;
  childIds: number[];
  depth: number;
  code: string | null;
  title: string;
  responsibleUnit: string | null;
  responsiblePerson: string | null;
  leadUserId: number | null;
  plannedStart: string | null;
  plannedEnd: string | null;
  maturity: TMaturity;
  sortOrder: number;
  /** The project on its own (its milestones, obligations, KPIs and override). */
  own: StatusResult;
  /** Rolled up over sub-projects; what lists, counts and filters use. */
  status: TStatus;
  computed: TStatus;
  reasons: BoardReason[];
  override: BoardOverride | null;
  overrideActive: boolean;
  latestUpdate: BoardStatusUpdate | null;
}

export interface BoardObligation {
  id: number;
  programmeId: number;
  key: string;
  law: string;
  paragraph: string;
  /** "§ 7a EGovG NRW" */
  label: string;
  title: string;
  deadline: string | null;
  bindingness: TBindingness;
  projectIds: number[];
  fulfilment: TFulfilment;
  /** Days from asOf to the deadline; negative once it has passed. */
  daysLeft: number | null;
}

export interface BoardKpiValue {
  year: number;
  plan: number | null;
  actual: number | null;
  /** Actual as % of plan, rounded down to one decimal; null without both values or plan 0. */
  attainmentPercent: number | null;
}

export interface BoardKpi {
  id: number;
  programmeId: number;
  goalId: number | null;
  key: string;
  title: string;
  unit: TKpiUnit;
  sortOrder: number;
  /** Every yearly value, oldest first. */
  values: BoardKpiValue[];
  /** The value the KPI rule judges at asOf (latest year ≤ asOf's with plan > 0 and an actual). */
  latest: BoardKpiValue | null;
}

export interface BoardGoal {
  id: number;
  programmeId: number;
  key: string;
  kind: TGoalKind;
  parentId: number | null;
  text: string;
  dueDate: string | null;
  sortOrder: number;
  projectIds: number[];
}

export interface BoardData {
  organisationId: number;
  asOf: string;
  programmes: BoardProgramme[];
  fieldsOfAction: { id: number; programmeId: number; title: string; sortOrder: number }[];
  /** Portfolio order: by programme, field of action, sort order; sub-projects right after their parent. */
  projects: BoardProject[];
  projectById: Map<number, BoardProject>;
  obligations: BoardObligation[];
  goals: BoardGoal[];
  kpis: BoardKpi[];
  /** Every override ever set, oldest first (history for "what changed"). */
  overrides: BoardOverride[];
  sources: StatusDataSources;
}

export function parseThresholds(stored: unknown): { thresholds: TStatusThresholds; custom: boolean } {
  if (stored === null || stored === undefined) return { thresholds: { ...DEFAULT_STATUS_THRESHOLDS }, custom: false };
  const parsed = ZStatusThresholds.safeParse(stored);
  // Only validated JSON is ever written (programme.updateThresholds); a hand-edited broken
  // value falls back to the documented defaults rather than taking the board down.
  return parsed.success ? { thresholds: parsed.data, custom: true } : { thresholds: { ...DEFAULT_STATUS_THRESHOLDS }, custom: false };
}

/** Erfüllt / teilweise / offen / Frist überschritten — see ADR 003. */
export function obligationFulfilment(maturities: readonly TMaturity[], deadline: string | null, asOf: string): TFulfilment {
  if (maturities.length > 0 && maturities.every((m) => m === 3)) return 'fulfilled';
  if (deadline !== null && daysBetween(asOf, deadline) < 0) return 'overdue';
  if (maturities.some((m) => m === 3)) return 'partly';
  return 'open';
}

export function attainmentPercent(unit: TKpiUnit, plan: number | null, actual: number | null): number | null {
  if (plan === null || actual === null || plan <= 0) return null;
  const value = unit === 'yesno' ? (actual > 0 ? 100 : 0) : (actual * 100) / plan;
  return Math.floor(value * 10) / 10;
}

/** The override in force for a project: the latest one not revoked. */
export function currentOverrides(overrides: readonly BoardOverride[]): Map<number, BoardOverride> {
  const current = new Map<number, BoardOverride>();
  for (const o of overrides) if (o.revokedAt === null) current.set(o.projectId, o);
  return current;
}

/**
 * Stands for a project's reached and future milestones, which the query leaves out: no rule
 * flags them, but they make the project "dated" (green rather than nicht bewertet). A reached
 * milestone is exactly what the engine skips for reasons and counts as dated data.
 */
const DATED_MILESTONES: StatusMilestone = Object.freeze({
  title: '',
  plannedDate: null,
  baselineDate: null,
  forecastDate: null,
  actualDate: '0001-01-01',
});

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

type Rows<K extends keyof BoardQueries> = BoardQueries[K] extends { all(): (infer R)[] } ? R : never;
export type ProjectRow = Rows<'projects'>;
export type KpiRow = Rows<'kpis'>;
export type KpiValueRow = Rows<'kpiValues'>;

/**
 * What a patch after a write (board-patch.ts) needs beside the data, kept per BoardData rather
 * than in it, so that views and tests see the same data whichever way it was built.
 */
export interface BoardIndex {
  /** Own status and roll-up per project, with the inputs they came from. */
  tree: StatusTree;
  /** The engine's view of each KPI with a goal: one object in the lists of every project serving that goal. */
  statusKpiById: ReadonlyMap<number, StatusKpi>;
  /** Position of each project in `projects`, and of each KPI in `kpis`. */
  projectIndex: ReadonlyMap<number, number>;
  kpiIndex: ReadonlyMap<number, number>;
  /** Names this board for `projectsChangedSince`. */
  version: number;
  /**
   * The boards this one was patched from, oldest first, each with the projects whose status
   * inputs were replaced after it. Empty for a full load; bounded.
   */
  lineage: readonly { version: number; projectIds: ReadonlySet<number> }[];
}

const LINEAGE_MAX = 32;
let lastVersion = 0;
const indexes = new WeakMap<BoardData, BoardIndex>();

export function boardIndexOf(data: BoardData): BoardIndex | undefined {
  return indexes.get(data);
}

/**
 * Records the index of a board. `patchedFrom`: the board it was patched from and the projects
 * whose status inputs the patch replaced (projects and KPIs keep their positions).
 */
export function indexBoard(
  data: BoardData,
  tree: StatusTree,
  statusKpiById: ReadonlyMap<number, StatusKpi>,
  patchedFrom?: { index: BoardIndex; projectIds: ReadonlySet<number> },
): void {
  const from = patchedFrom?.index;
  indexes.set(data, {
    tree,
    statusKpiById,
    projectIndex: from?.projectIndex ?? new Map(data.projects.map((p, i) => [p.id, i])),
    kpiIndex: from?.kpiIndex ?? new Map(data.kpis.map((k, i) => [k.id, i])),
    version: ++lastVersion,
    lineage: from ? [...from.lineage, { version: from.version, projectIds: patchedFrom.projectIds }].slice(-LINEAGE_MAX) : [],
  });
}

/**
 * The projects whose status inputs differ between the board named `version` and `data` (which
 * was patched from it), or null when `data` does not descend from it within the recorded lineage.
 */
export function projectsChangedSince(data: BoardData, version: number): Set<number> | null {
  const index = indexes.get(data);
  if (!index) return null;
  if (index.version === version) return new Set();
  const from = index.lineage.findIndex((step) => step.version === version);
  if (from < 0) return null;
  const changed = new Set<number>();
  for (const step of index.lineage.slice(from)) for (const id of step.projectIds) changed.add(id);
  return changed;
}

/** Per project: one placeholder when it has dated milestones, then the open ones in id order. */
export function milestoneLists(
  datedProjects: readonly { projectId: number }[],
  open: readonly (StatusMilestone & { projectId: number })[],
): Map<number, StatusMilestone[]> {
  const lists = new Map<number, StatusMilestone[]>();
  for (const row of datedProjects) lists.set(row.projectId, [DATED_MILESTONES]);
  for (const m of open) push(lists, m.projectId, m);
  return lists;
}

export function boardKpiOf(row: KpiRow, values: readonly KpiValueRow[], asOf: string): { kpi: BoardKpi; statusKpi: StatusKpi | null } {
  const asOfYear = Number(asOf.slice(0, 4));
  // One object per value serves the engine (year, plan, actual) and the charts (attainment).
  const boardValues: BoardKpiValue[] = values.map((v) => ({
    year: v.year,
    plan: v.plan,
    actual: v.actual,
    attainmentPercent: attainmentPercent(row.unit, v.plan, v.actual),
  }));
  let latest: BoardKpiValue | null = null;
  for (const v of boardValues) {
    if (v.year <= asOfYear && v.attainmentPercent !== null && (latest === null || v.year > latest.year)) latest = v;
  }
  return {
    kpi: { ...row, values: boardValues, latest },
    statusKpi: row.goalId === null ? null : { title: `${row.key} ${row.title}`, unit: row.unit, values: boardValues },
  };
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A project's node in the status tree. With `previous` (its node in an earlier tree) and the
 * same inputs, that very node is returned, so that the tree sees it as unchanged at no cost.
 */
export function statusNodeOf(
  row: { id: number; code: string | null; title: string; maturity: number },
  childIds: readonly number[],
  sources: StatusDataSources,
  override: BoardOverride | null,
  thresholds: TStatusThresholds,
  previous?: StatusTreeNode,
): StatusTreeNode {
  const milestones = sources.milestonesByProject.get(row.id) ?? NONE;
  const obligations = sources.obligationsByProject.get(row.id) ?? NONE;
  const kpis = sources.kpisByProject.get(row.id) ?? NONE;
  if (
    previous &&
    previous.code === row.code &&
    previous.title === row.title &&
    previous.maturity === row.maturity &&
    previous.milestones === milestones &&
    previous.obligations === obligations &&
    previous.kpis === kpis &&
    previous.override === override &&
    sameContent(previous.thresholds, thresholds) &&
    sameIds(previous.childIds, childIds)
  ) {
    return previous;
  }
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    childIds,
    maturity: row.maturity as TMaturity,
    milestones,
    obligations,
    kpis,
    override,
    thresholds,
  };
}

export function boardProjectOf(
  row: ProjectRow,
  position: { depth: number; childIds: number[] },
  field: { title: string; sortOrder: number } | undefined,
  result: StatusTreeResult,
  override: BoardOverride | null,
  latestUpdate: BoardStatusUpdate | null,
): BoardProject {
  return {
    id: row.id,
    programmeId: row.programmeId,
    fieldOfActionId: row.fieldOfActionId,
    fieldOfActionTitle: field?.title ?? '',
    fieldOfActionOrder: field?.sortOrder ?? 0,
    parentId: row.parentId,
    childIds: position.childIds,
    depth: position.depth,
    code: row.code,
    title: row.title,
    responsibleUnit: row.responsibleUnit,
    responsiblePerson: row.responsiblePerson,
    leadUserId: row.leadUserId,
    plannedStart: row.plannedStart,
    plannedEnd: row.plannedEnd,
    maturity: row.maturity as TMaturity,
    sortOrder: row.sortOrder,
    own: result.own,
    status: result.rolled.status,
    computed: result.rolled.computed,
    reasons: result.rolled.reasons,
    override,
    overrideActive: result.own.override?.active ?? false,
    latestUpdate,
  };
}

export function loadBoardData(db: Db, organisationId: number, asOf: string): BoardData {
  const q = boardQueries(db, organisationId, asOf);

  const programmes: BoardProgramme[] = q.programmes.all().map((p) => {
    const { thresholds, custom } = parseThresholds(p.statusThresholds);
    return { id: p.id, title: p.title, version: p.version, thresholds, customThresholds: custom };
  });
  const thresholdsByProgramme = new Map(programmes.map((p) => [p.id, p.thresholds]));
  const programmeTitle = new Map(programmes.map((p) => [p.id, p.title]));
  const fieldsOfAction = q.fieldsOfAction.all();
  const fieldById = new Map(fieldsOfAction.map((f) => [f.id, f]));

  const milestonesByProject = milestoneLists(q.datedMilestoneProjects.all(), q.openMilestones.all());

  const obligationRows = q.obligations.all();
  const statusObligationById = new Map<number, StatusObligation>(
    obligationRows.map((o) => [o.id, { label: obligationLabel(o.law, o.paragraph), title: o.title, deadline: o.deadline }]),
  );
  const obligationsByProject = new Map<number, StatusObligation[]>();
  const projectsByObligation = new Map<number, number[]>();
  for (const link of q.obligationLinks.all()) {
    push(obligationsByProject, link.projectId, statusObligationById.get(link.obligationId)!);
    push(projectsByObligation, link.obligationId, link.projectId);
  }

  const valuesByKpi = new Map<number, KpiValueRow[]>();
  for (const v of q.kpiValues.all()) push(valuesByKpi, v.kpiId, v);
  const statusKpisByGoal = new Map<number, StatusKpi[]>();
  const statusKpiById = new Map<number, StatusKpi>();
  const kpis: BoardKpi[] = q.kpis.all().map((row) => {
    const { kpi, statusKpi } = boardKpiOf(row, valuesByKpi.get(row.id) ?? [], asOf);
    if (statusKpi) {
      push(statusKpisByGoal, row.goalId!, statusKpi);
      statusKpiById.set(row.id, statusKpi);
    }
    return kpi;
  });

  const kpisByProject = new Map<number, StatusKpi[]>();
  const projectsByGoal = new Map<number, number[]>();
  for (const link of q.goalLinks.all()) {
    push(projectsByGoal, link.goalId, link.projectId);
    for (const kpi of statusKpisByGoal.get(link.goalId) ?? []) push(kpisByProject, link.projectId, kpi);
  }
  const sources: StatusDataSources = { milestonesByProject, obligationsByProject, kpisByProject };

  const overrides: BoardOverride[] = q.overrides.all();
  const overrideNow = currentOverrides(overrides);
  const latestUpdates = new Map(q.latestStatusUpdates.all().map((u) => [u.projectId, u]));

  const projectRows = q.projects.all();
  const childIds = new Map<number, number[]>();
  const ids = new Set(projectRows.map((p) => p.id));
  for (const p of projectRows) if (p.parentId !== null && ids.has(p.parentId)) push(childIds, p.parentId, p.id);

  const collator = new Intl.Collator('de', { numeric: true });
  const bySortOrder = (a: ProjectRow, b: ProjectRow) => a.sortOrder - b.sortOrder || a.id - b.id;
  const rowById = new Map(projectRows.map((p) => [p.id, p]));
  const roots = projectRows
    .filter((p) => p.parentId === null || !ids.has(p.parentId))
    .sort(
      (a, b) =>
        collator.compare(programmeTitle.get(a.programmeId) ?? '', programmeTitle.get(b.programmeId) ?? '') ||
        (fieldById.get(a.fieldOfActionId)?.sortOrder ?? 0) - (fieldById.get(b.fieldOfActionId)?.sortOrder ?? 0) ||
        bySortOrder(a, b),
    );
  // Depth-first, parents before sub-projects; `visited` guards against a parent cycle.
  const ordered: { row: ProjectRow; depth: number }[] = [];
  const visited = new Set<number>();
  const stack = roots.map((row) => ({ row, depth: 0 })).reverse();
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if (visited.has(entry.row.id)) continue;
    visited.add(entry.row.id);
    ordered.push(entry);
    const children = (childIds.get(entry.row.id) ?? []).map((id) => rowById.get(id)!).sort(bySortOrder);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ row: children[i]!, depth: entry.depth + 1 });
  }

  const positions = ordered.map(({ row, depth }) => ({
    depth,
    childIds: (childIds.get(row.id) ?? []).filter((id) => visited.has(id)),
  }));
  const tree = computeStatusTree(
    ordered.map(({ row }, index) =>
      statusNodeOf(
        row,
        positions[index]!.childIds,
        sources,
        overrideNow.get(row.id) ?? null,
        thresholdsByProgramme.get(row.programmeId) ?? DEFAULT_STATUS_THRESHOLDS,
      ),
    ),
    asOf,
  );

  const projects: BoardProject[] = ordered.map(({ row }, index) =>
    boardProjectOf(
      row,
      positions[index]!,
      fieldById.get(row.fieldOfActionId),
      tree.results.get(row.id)!,
      overrideNow.get(row.id) ?? null,
      latestUpdates.get(row.id) ?? null,
    ),
  );
  const projectById = new Map(projects.map((p) => [p.id, p]));

  const obligations: BoardObligation[] = obligationRows.map((o) => {
    const projectIds = (projectsByObligation.get(o.id) ?? []).filter((id) => projectById.has(id));
    return {
      ...o,
      label: obligationLabel(o.law, o.paragraph),
      projectIds,
      fulfilment: obligationFulfilment(
        projectIds.map((id) => projectById.get(id)!.maturity),
        o.deadline,
        asOf,
      ),
      daysLeft: o.deadline === null ? null : daysBetween(asOf, o.deadline),
    };
  });

  const goals: BoardGoal[] = q.goals.all().map((g) => ({ ...g, projectIds: projectsByGoal.get(g.id) ?? [] }));

  const data: BoardData = {
    organisationId,
    asOf,
    programmes,
    fieldsOfAction,
    projects,
    projectById,
    obligations,
    goals,
    kpis,
    overrides,
    sources,
  };
  indexBoard(data, tree, statusKpiById);
  return data;
}

const berlinDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Calendar date (Berlin) of a moment, for audit rows and revocations (one formatter, reused). */
export function berlinDateOf(moment: Date): string {
  return berlinDate.format(moment);
}
