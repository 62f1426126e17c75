import type Database from 'better-sqlite3';
import type { Db } from '../../../db';
import { formatDate } from '../../../shared/dates/format';
import { addDays } from '../../../shared/dates/iso-date';
import { STATUS_LABELS, type TStatus } from '../../../shared/schemas/domain';
import { DEFAULT_STATUS_THRESHOLDS, statusSeverity, type TStatusThresholds } from '../../../shared/status';
import {
  berlinDateOf,
  boardIndexOf,
  parseThresholds,
  projectsChangedSince,
  statusNodeOf,
  type BoardData,
  type BoardOverride,
  type BoardProject,
} from './board-data';
import { sameContent } from './engine-memo';
import { boardQueries } from './queries';
import { computeStatusTree, patchStatusTree, type StatusTree, type StatusTreeNode } from './status-tree';
import { CHANGE_WINDOW_DAYS, changeWindowStart } from './window';

/**
 * "What changed in the last 30 days", from facts only (ADR 003):
 *  - events that were recorded: Statusmeldungen, manual overrides set / revoked / expired, and
 *    project changes from the audit log;
 *  - an Ampel transition (status then → now) only where the status 30 days ago can be computed
 *    exactly: the status engine is a pure function of data, date and thresholds, so with the
 *    data unchanged since then (no audit row says otherwise) the status then is the engine's
 *    answer for that date, with the override and thresholds in force on that date. Where data
 *    did change, we say so instead of guessing.
 */

export interface ChangeEvent {
  date: string;
  text: string;
}

export interface ChangeEntry {
  projectId: number;
  code: string | null;
  title: string;
  parentId: number | null;
  /** Effective status at `since`; null when it cannot be determined (data changed since). */
  from: TStatus | null;
  to: TStatus;
  events: ChangeEvent[];
}

export interface ChangesSummary {
  since: string;
  windowDays: number;
  /** Why transitions cannot be shown for some projects (an import, for instance). */
  notes: string[];
  total: number;
  entries: ChangeEntry[];
}

export const CHANGES_LIST_MAX = 50;

/**
 * Audit entities that never affect a traffic light. Anything else counts as a data change, so an
 * entity added later errs on the side of "not determinable" rather than a wrong transition.
 */
const NEUTRAL_ENTITIES = new Set([
  'user',
  'organisation',
  'session',
  'committee',
  'decision',
  'progressReport',
  'report',
  'fieldOfAction',
  'dependency',
  'budgetLine',
  'phase',
  'statusUpdate',
  'statusOverride',
]);
const NEUTRAL_ACTIONS = new Set(['login', 'logout', 'release']);
/** Project fields the status engine does not read. */
const NEUTRAL_PROJECT_FIELDS = new Set([
  'title',
  'code',
  'description',
  'responsibleUnit',
  'responsiblePerson',
  'involvedParties',
  'leadUserId',
  'plannedStart',
  'plannedEnd',
  'baselineStart',
  'baselineEnd',
  'sortOrder',
]);

type AuditRow = ReturnType<ReturnType<typeof boardQueries>['recentAudit']['all']>[number];

function changedKeys(row: AuditRow): string[] {
  const keys = new Set<string>();
  for (const side of [row.before, row.after]) {
    if (side && typeof side === 'object' && !Array.isArray(side)) for (const k of Object.keys(side)) keys.add(k);
  }
  return [...keys];
}

function affectsStatus(row: AuditRow): boolean {
  if (NEUTRAL_ACTIONS.has(row.action) || NEUTRAL_ENTITIES.has(row.entity)) return false;
  if (row.entity === 'programme' && row.action === 'update') return false;
  if (row.entity === 'project' && row.action === 'update') {
    const keys = changedKeys(row);
    return keys.length === 0 || keys.some((k) => !NEUTRAL_PROJECT_FIELDS.has(k));
  }
  return true;
}

function thresholdsChange(row: AuditRow): { before: unknown } | null {
  if (row.entity !== 'programme' || row.action !== 'update') return null;
  const before = row.before as Record<string, unknown> | null;
  const after = row.after as Record<string, unknown> | null;
  if (!after || !('statusThresholds' in after)) return null;
  return { before: before?.statusThresholds ?? null };
}

/** Per project, the override in force on `date`: applying then, not yet revoked then, the latest created. */
export function overridesOn(overrides: readonly BoardOverride[], date: string): Map<number, BoardOverride> {
  const found = new Map<number, BoardOverride>();
  for (const o of overrides) {
    if (berlinDateOf(o.createdAt) > date || o.validFrom > date) continue;
    if (o.revokedAt !== null && berlinDateOf(o.revokedAt) <= date) continue;
    found.set(o.projectId, o);
  }
  return found;
}

/**
 * The last status tree at `since` per (connection, organisation, date, scope), kept across
 * snapshots: after a write it turns recomputing 10,000 projects into recomputing the few whose
 * data was replaced. It is patched only when the board descends from the one it was computed on
 * (the board's lineage names the projects changed since); otherwise its results are reused only
 * where the inputs are the very same objects. Either way an older tree cannot leak a stale status.
 */
const THEN_TREES_MAX = 8;

interface ThenTree {
  tree: StatusTree;
  /** The board it was computed on, and the thresholds it applied per programme. */
  boardVersion: number;
  thresholds: ReadonlyMap<number, TStatusThresholds>;
}

const thenTrees = new WeakMap<Database.Database, Map<string, ThenTree>>();

/** Benchmarks measure the cold path: nothing kept from earlier requests. */
export function forgetThenTrees(db: Db): void {
  thenTrees.delete(db.$client);
}

function previousThenTree(db: Db, key: string): ThenTree | undefined {
  return thenTrees.get(db.$client)?.get(key);
}

function keepThenTree(db: Db, key: string, tree: ThenTree): void {
  let trees = thenTrees.get(db.$client);
  if (!trees) thenTrees.set(db.$client, (trees = new Map()));
  trees.delete(key);
  trees.set(key, tree);
  while (trees.size > THEN_TREES_MAX) trees.delete(trees.keys().next().value!);
}

function overrideEvents(o: BoardOverride, since: string, asOf: string): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  const label = STATUS_LABELS[o.status];
  const inWindow = (date: string) => date > since && date <= asOf;
  if (inWindow(o.validFrom)) {
    const until = o.expiresAt ? `, bis ${formatDate(o.expiresAt)}` : '';
    events.push({
      date: o.validFrom,
      text: `Ampel manuell auf ${label} gesetzt: „${o.justification}“ (${o.authorName}${until})`,
    });
  }
  const revoked = o.revokedAt ? berlinDateOf(o.revokedAt) : null;
  if (revoked && inWindow(revoked)) events.push({ date: revoked, text: `Manuelle Ampel (${label}) zurückgenommen` });
  if (o.expiresAt && inWindow(o.expiresAt) && (revoked === null || revoked > o.expiresAt)) {
    events.push({ date: o.expiresAt, text: `Manuelle Ampel (${label}) abgelaufen` });
  }
  return events;
}

/**
 * Every project's status at `since` on the data as it is: exact where the data did not change
 * since. The tree covers every project in scope; a known project has only known sub-projects (a
 * change below makes the parent unknown), so its roll-up equals one over the known projects.
 *
 * After a write the previous tree is patched: the board records which projects' inputs its
 * patches replaced (projectsChangedSince), and with the same thresholds only those projects and
 * their ancestors can differ. Otherwise everything is computed, reusing unchanged results by
 * identity (status-tree.ts).
 */
function statusesThen(
  db: Db,
  data: BoardData,
  scoped: readonly BoardProject[],
  inScope: (id: number) => boolean,
  since: string,
  thresholdsThen: ReadonlyMap<number, TStatusThresholds>,
  programmeIds: ReadonlySet<number>,
): StatusTree {
  const overrideThen = overridesOn(data.overrides, since);
  const thresholds = new Map(
    data.programmes.filter((p) => programmeIds.has(p.id)).map((p) => [p.id, thresholdsThen.get(p.id) ?? p.thresholds]),
  );
  const key = `${data.organisationId}|${since}|${[...programmeIds].sort((a, b) => a - b).join(',')}`;
  const previous = previousThenTree(db, key);
  const before = previous?.tree.date === since ? previous.tree.results : undefined;
  const nodeOf = (p: BoardProject) =>
    statusNodeOf(
      p,
      p.childIds.every(inScope) ? p.childIds : p.childIds.filter(inScope),
      data.sources,
      overrideThen.get(p.id) ?? null,
      thresholds.get(p.programmeId) ?? DEFAULT_STATUS_THRESHOLDS,
      before?.get(p.id)?.node,
    );

  const sameThresholds =
    previous !== undefined &&
    previous.thresholds.size === thresholds.size &&
    [...thresholds].every(([id, t]) => previous.thresholds.has(id) && sameContent(previous.thresholds.get(id)!, t));
  const changed = previous && sameThresholds && before ? projectsChangedSince(data, previous.boardVersion) : null;
  let tree: StatusTree | undefined;
  if (changed) {
    const nodes: StatusTreeNode[] = [];
    for (const id of changed) {
      const p = data.projectById.get(id);
      if (p && inScope(p.id)) nodes.push(nodeOf(p));
    }
    tree = patchStatusTree(previous!.tree, nodes, (id) => data.projectById.get(id)?.parentId ?? null)?.tree;
  }
  tree ??= computeStatusTree(scoped.map(nodeOf), since, previous?.tree);
  keepThenTree(db, key, { tree, boardVersion: boardIndexOf(data)?.version ?? 0, thresholds });
  return tree;
}

export function computeChanges(db: Db, data: BoardData, programmeIds: ReadonlySet<number>): ChangesSummary {
  const { asOf } = data;
  const since = changeWindowStart(asOf);
  const q = boardQueries(db, data.organisationId, asOf);
  const audit = q.recentAudit.all().filter((row) => {
    const date = berlinDateOf(row.at);
    return date > since && date <= asOf;
  });

  const notes: string[] = [];
  const unknownProgrammes = new Set<number>();
  const changedProjects = new Set<number>();
  const thresholdsThen = new Map<number, TStatusThresholds>();
  const events = new Map<number, ChangeEvent[]>();
  const addEvent = (projectId: number, event: ChangeEvent) => {
    const list = events.get(projectId);
    if (list) list.push(event);
    else events.set(projectId, [event]);
  };

  for (const row of audit) {
    const date = berlinDateOf(row.at);
    const thresholds = thresholdsChange(row);
    if (thresholds && row.entityId !== null) {
      // The first change in the window tells what applied before it.
      if (!thresholdsThen.has(row.entityId)) thresholdsThen.set(row.entityId, parseThresholds(thresholds.before).thresholds);
      continue;
    }
    if (!affectsStatus(row)) continue;
    if (row.projectId !== null) {
      changedProjects.add(row.projectId);
      if (data.projectById.has(row.projectId)) addEvent(row.projectId, { date, text: row.summary });
      continue;
    }
    const programmeId = row.entity === 'programme' && row.entityId !== null ? row.entityId : null;
    const affected = programmeId !== null ? [programmeId] : [...programmeIds];
    for (const id of affected) {
      if (!programmeIds.has(id) || unknownProgrammes.has(id)) continue;
      unknownProgrammes.add(id);
      notes.push(
        `${formatDate(date)}: ${row.summary}. Der Ampelstand vor diesem Datum ist nicht bekannt; angezeigt werden nur Ereignisse danach.`,
      );
    }
  }

  for (const u of q.recentStatusUpdates(addDays(since, 1)).all()) {
    if (u.date > asOf || !data.projectById.has(u.projectId)) continue;
    addEvent(u.projectId, { date: u.date, text: `Statusmeldung ${STATUS_LABELS[u.status]}: ${u.text} (${u.authorName})` });
  }
  for (const o of data.overrides) {
    if (!data.projectById.has(o.projectId)) continue;
    for (const event of overrideEvents(o, since, asOf)) addEvent(o.projectId, event);
  }

  // A change below a parent makes the parent's earlier roll-up unknown as well.
  const allInScope = data.programmes.every((p) => programmeIds.has(p.id));
  const scoped = allInScope ? data.projects : data.projects.filter((p) => programmeIds.has(p.programmeId));
  const inScope = (id: number) => programmeIds.has(data.projectById.get(id)!.programmeId);
  const unknown = new Set<number>();
  if (unknownProgrammes.size > 0) for (const p of scoped) if (unknownProgrammes.has(p.programmeId)) unknown.add(p.id);
  for (const id of changedProjects) if (data.projectById.has(id) && inScope(id)) unknown.add(id);
  for (const id of [...unknown]) {
    let parentId = data.projectById.get(id)?.parentId ?? null;
    while (parentId !== null && !unknown.has(parentId)) {
      unknown.add(parentId);
      parentId = data.projectById.get(parentId)?.parentId ?? null;
    }
  }

  const then = statusesThen(db, data, scoped, inScope, since, thresholdsThen, programmeIds);

  // Transitions only for projects (top level); sub-projects appear with their events.
  const entries: ChangeEntry[] = [];
  for (const p of scoped) {
    const projectEvents = events.get(p.id);
    if (p.parentId !== null && !projectEvents) continue;
    const from = unknown.has(p.id) ? null : then.results.get(p.id)!.rolled.status;
    const transition = from !== null && from !== p.status && p.parentId === null;
    if (!transition && !projectEvents) continue;
    const sorted = (projectEvents ?? []).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    entries.push({ projectId: p.id, code: p.code, title: p.title, parentId: p.parentId, from, to: p.status, events: sorted });
  }
  const worsened = (e: ChangeEntry) => (e.from === null ? 0 : statusSeverity(e.to) - statusSeverity(e.from));
  const latest = (e: ChangeEntry) => e.events[0]?.date ?? '';
  entries.sort((a, b) => worsened(b) - worsened(a) || (latest(a) < latest(b) ? 1 : latest(a) > latest(b) ? -1 : 0));

  return { since, windowDays: CHANGE_WINDOW_DAYS, notes, total: entries.length, entries: entries.slice(0, CHANGES_LIST_MAX) };
}
