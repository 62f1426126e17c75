import type { Db } from '../../../db';
import { formatDate } from '../../../shared/dates/format';
import { addDays } from '../../../shared/dates/iso-date';
import { STATUS_LABELS, type TStatus } from '../../../shared/schemas/domain';
import { statusSeverity, type StatusOverride, type TStatusThresholds } from '../../../shared/status';
import {
  berlinDateOf,
  parseThresholds,
  toStatusOverride,
  type BoardData,
  type BoardOverride,
} from './board-data';
import { computeOwnStatuses, rollUpProjectStatuses } from './compute';
import { boardQueries } from './queries';
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
export function overridesOn(overrides: readonly BoardOverride[], date: string): Map<number, StatusOverride> {
  const found = new Map<number, BoardOverride>();
  for (const o of overrides) {
    if (berlinDateOf(o.createdAt) > date || o.validFrom > date) continue;
    if (o.revokedAt !== null && berlinDateOf(o.revokedAt) <= date) continue;
    found.set(o.projectId, o);
  }
  return new Map([...found].map(([projectId, o]) => [projectId, toStatusOverride(o)]));
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
  const scoped = data.projects.filter((p) => programmeIds.has(p.programmeId));
  const unknown = new Set<number>();
  for (const p of scoped) if (unknownProgrammes.has(p.programmeId) || changedProjects.has(p.id)) unknown.add(p.id);
  for (const id of [...unknown]) {
    let parentId = data.projectById.get(id)?.parentId ?? null;
    while (parentId !== null && !unknown.has(parentId)) {
      unknown.add(parentId);
      parentId = data.projectById.get(parentId)?.parentId ?? null;
    }
  }

  // The status at `since` on the data as it is: exact where the data did not change since.
  const known = scoped.filter((p) => !unknown.has(p.id));
  const knownIds = new Set(known.map((p) => p.id));
  const overrideThen = overridesOn(data.overrides, since);
  const then = computeOwnStatuses(
    known,
    data.sources,
    (id) => overrideThen.get(id) ?? null,
    (programmeId) => thresholdsThen.get(programmeId) ?? data.programmes.find((p) => p.id === programmeId)!.thresholds,
    since,
  );
  const rolledThen = rollUpProjectStatuses(
    known.map((p) => ({ id: p.id, code: p.code, title: p.title, childIds: p.childIds.filter((id) => knownIds.has(id)) })),
    then,
  );

  const entries: ChangeEntry[] = [];
  for (const p of scoped) {
    const from = unknown.has(p.id) ? null : rolledThen.get(p.id)!.status;
    const projectEvents = (events.get(p.id) ?? []).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    const transition = from !== null && from !== p.status && p.parentId === null;
    if (!transition && projectEvents.length === 0) continue;
    entries.push({ projectId: p.id, code: p.code, title: p.title, parentId: p.parentId, from, to: p.status, events: projectEvents });
  }
  const worsened = (e: ChangeEntry) => (e.from === null ? 0 : statusSeverity(e.to) - statusSeverity(e.from));
  const latest = (e: ChangeEntry) => e.events[0]?.date ?? '';
  entries.sort((a, b) => worsened(b) - worsened(a) || (latest(a) < latest(b) ? 1 : latest(a) > latest(b) ? -1 : 0));

  return { since, windowDays: CHANGE_WINDOW_DAYS, notes, total: entries.length, entries: entries.slice(0, CHANGES_LIST_MAX) };
}
