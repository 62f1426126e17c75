import type { Db } from '../../../db';
import { formatDate } from '../../../shared/dates/format';
import { daysBetween } from '../../../shared/dates/iso-date';
import { diffSnapshots } from '../../../shared/reports/diff';
import type { TMaturity, TStatus } from '../../../shared/schemas/domain';
import {
  ZReportSnapshot,
  type TReportBudgetLine,
  type TReportSectionKey,
  type TReportSnapshot,
  type TReportSnapshotInput,
  type TReportTimelinePage,
} from '../../../shared/schemas/report';
import { rollUpStatuses } from '../../../shared/status';
import { AppError } from '../../errors';
import type { BoardData, BoardProject } from '../status/board-data';
import { boardSnapshot } from '../status/cache';
import { actualAt, statusesAtStichtag } from './as-of';
import { reportQueries } from './queries';

/**
 * Builds the Sachstandsbericht's snapshot from the database as of the Stichtag. Every status,
 * reason, override, fulfilment and attainment comes from the status service at asOf = Stichtag
 * (the rule lives there once); this module only selects the programme, adds what the report
 * shows beyond the board (keys, milestone dates, decisions and Statusmeldungen up to the
 * Stichtag, budget) and computes what changed since the previous released report.
 *
 * The report lists every sub-project on its own line, so each line carries the project's own
 * Ampel (`own`), not the board's roll-up over its sub-projects: a red sub-project is shown, and
 * counted, once — where it is red — and a parent at Reifegrad 2 is never reported as
 * "abgeschlossen" because its finished sub-projects are. Handlungsfeld and programme show the
 * distribution and the worst status of their lines.
 */

/** How many upcoming milestones a project shows. */
export const NEXT_MILESTONES_MAX = 3;

export interface ReportContentRequest {
  committee: string;
  meetingDate: string | null;
  subject: string;
  leadUnit: string | null;
  vorlageNumber: string | null;
  sections: Record<TReportSectionKey, { enabled: boolean; text: string | null }>;
  resolution: string | null;
}

export interface SnapshotRequest {
  programmeId: number;
  asOfDate: string;
  /** The moment of generation; written into the files, so it is part of the snapshot. */
  generatedAt: Date;
  content: ReportContentRequest;
  /** The previous released report of the same committee and programme, if any. */
  previous: { id: number; snapshot: TReportSnapshot } | null;
  /**
   * The Gantt figure for the Stichtag: one drawing, its landscape print pages, and the phase
   * names its bars carry (when they do).
   */
  timeline?: { svg: string; pages: TReportTimelinePage[]; phases?: { project: string; phases: string[] }[] };
}

type MilestoneRow = ReturnType<ReturnType<typeof reportQueries>['milestones']>[number];
type DecisionRow = ReturnType<ReturnType<typeof reportQueries>['decisions']>[number];

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

function dayCount(days: number): string {
  return days === 1 ? '1 Tag' : `${days.toLocaleString('de-DE')} Tage`;
}

/** The date a not yet reached milestone is expected on. */
function expectedDate(m: MilestoneRow): string | null {
  return m.forecastDate ?? m.plannedDate;
}

function nextMilestones(rows: readonly MilestoneRow[], asOfDate: string) {
  return rows
    .filter((m) => m.actualDate === null)
    .map((m) => ({ title: m.title, date: expectedDate(m) }))
    .filter((m): m is { title: string; date: string } => m.date !== null && m.date > asOfDate)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .slice(0, NEXT_MILESTONES_MAX);
}

/**
 * Abweichungen vom Basisplan: milestones and the project end now expected later than first
 * agreed. A milestone the status reasons already name (overdue, forecast slip) is not repeated.
 */
function deviations(
  project: BoardProject,
  rows: readonly MilestoneRow[],
  dates: { plannedEnd: string | null; baselineEnd: string | null } | undefined,
): string[] {
  const out: string[] = [];
  const reasons = project.own.reasons.map((r) => r.message);
  for (const m of rows) {
    if (m.actualDate !== null || m.baselineDate === null) continue;
    const now = expectedDate(m);
    if (now === null) continue;
    const slip = daysBetween(m.baselineDate, now);
    if (slip <= 0 || reasons.some((r) => r.includes(`„${m.title}“`))) continue;
    out.push(
      `Meilenstein „${m.title}“: erwartet zum ${formatDate(now)} statt ${formatDate(m.baselineDate)} laut Basisplan (${dayCount(slip)} später).`,
    );
  }
  if (dates?.plannedEnd && dates.baselineEnd) {
    const slip = daysBetween(dates.baselineEnd, dates.plannedEnd);
    if (slip > 0) {
      out.push(
        `Projektende: geplant zum ${formatDate(dates.plannedEnd)} statt ${formatDate(dates.baselineEnd)} laut Basisplan (${dayCount(slip)} später).`,
      );
    }
  }
  return out;
}

function sumOrNull(values: readonly (number | null)[]): number | null {
  return values.some((v) => v !== null) ? values.reduce<number>((acc, v) => acc + (v ?? 0), 0) : null;
}

/** Budget lines summed per year, kind and funding source (the report shows no single lines). */
function budgetSummary(rows: ReturnType<ReturnType<typeof reportQueries>['budgetLines']>): TReportBudgetLine[] {
  const groups = groupBy(rows, (r) => `${r.year}|${r.kind}|${r.fundingSource ?? ''}`);
  const kindOrder = { consumptive: 0, investive: 1 } as const;
  return [...groups.values()]
    .map((lines) => ({
      year: lines[0]!.year,
      kind: lines[0]!.kind,
      fundingSource: lines[0]!.fundingSource,
      plan: sumOrNull(lines.map((l) => l.plan)),
      actual: sumOrNull(lines.map((l) => l.actual)),
      positions: sumOrNull(lines.map((l) => l.positions)),
    }))
    .sort(
      (a, b) =>
        a.year - b.year ||
        kindOrder[a.kind] - kindOrder[b.kind] ||
        (a.fundingSource ?? '').localeCompare(b.fundingSource ?? '', 'de'),
    );
}

function obligationsOf(board: BoardData, programmeId: number, keyOf: (projectId: number) => string) {
  return board.obligations
    .filter((o) => o.programmeId === programmeId)
    .sort((a, b) => {
      if (a.deadline !== b.deadline) {
        if (a.deadline === null) return 1;
        if (b.deadline === null) return -1;
        return a.deadline < b.deadline ? -1 : 1;
      }
      return a.label.localeCompare(b.label, 'de', { numeric: true }) || a.id - b.id;
    })
    .map((o) => ({
      key: o.key,
      law: o.law,
      paragraph: o.paragraph,
      title: o.title,
      deadline: o.deadline,
      bindingness: o.bindingness,
      fulfilment: o.fulfilment,
      // A countdown matters while the duty is open; "seit 2.427 Tagen überschritten" beside
      // "erfüllt" would read as a breach.
      daysLeft: o.fulfilment === 'fulfilled' ? null : o.daysLeft,
      projects: o.projectIds.map((id) => {
        const p = board.projectById.get(id)!;
        return { key: keyOf(id), title: p.title, maturity: p.maturity };
      }),
    }));
}

/**
 * A yearly actual is known from the year it belongs to; a later year's actual did not exist at
 * the Stichtag. Plans stay: they were agreed in advance.
 */
function kpisOf(board: BoardData, programmeId: number, asOfDate: string) {
  const asOfYear = Number(asOfDate.slice(0, 4));
  const goalKey = new Map(board.goals.map((g) => [g.id, g.key]));
  return board.kpis
    .filter((k) => k.programmeId === programmeId)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .map((k) => ({
      key: k.key,
      title: k.title,
      unit: k.unit,
      goalKey: k.goalId === null ? null : (goalKey.get(k.goalId) ?? null),
      values: k.values.map((v) => ({
        year: v.year,
        plan: v.plan,
        actual: v.year > asOfYear ? null : v.actual,
        attainmentPercent: v.year > asOfYear ? null : v.attainmentPercent,
      })),
    }));
}

function decisionsOf(rows: readonly DecisionRow[]) {
  return rows.map((d) => ({ key: d.key, date: d.date, committee: d.committee, subject: d.subject }));
}

export function buildReportSnapshot(db: Db, organisationId: number, request: SnapshotRequest): TReportSnapshot {
  const { programmeId, asOfDate, content } = request;
  const q = reportQueries(db, organisationId, programmeId, asOfDate);
  const programme = q.programme();
  if (!programme) {
    throw new AppError('NOT_FOUND', `programme ${programmeId} not found in organisation ${organisationId}`, {
      userMessage: 'Das Programm wurde nicht gefunden.',
    });
  }
  const organisation = q.organisation()!;
  const board = boardSnapshot(db, organisationId, asOfDate).data;
  const atStichtag = statusesAtStichtag(db, organisationId, board, asOfDate);

  const projectRows = new Map(q.projects().map((p) => [p.id, p]));
  const keyOf = (id: number) => projectRows.get(id)!.key;
  // A milestone reached after the Stichtag was still open at the Stichtag.
  const milestonesByProject = groupBy(
    q.milestones().map((m) => ({ ...m, actualDate: actualAt(m.actualDate, asOfDate) })),
    (m) => m.projectId,
  );
  const decisionsByProject = groupBy(q.decisions(), (d) => d.projectId);
  const statusText = new Map(q.latestStatusTexts().map((s) => [s.projectId, s.text]));

  const inProgramme = board.projects
    .filter((p) => p.programmeId === programmeId)
    .map((p) => ({ ...p, own: atStichtag.own.get(p.id) ?? p.own }));
  const projectsByField = groupBy(inProgramme, (p) => p.fieldOfActionId);

  const reportProject = (p: BoardProject) => {
    const milestones = milestonesByProject.get(p.id) ?? [];
    const override = p.own.override?.active ? p.own.override : null;
    return {
      key: keyOf(p.id),
      code: p.code,
      title: p.title,
      parentKey: p.parentId !== null && projectRows.has(p.parentId) ? keyOf(p.parentId) : null,
      status: p.own.status,
      computedStatus: p.own.computed,
      statusReasons: p.own.reasons.map((r) => r.message),
      override: override ? { status: override.status, justification: override.justification, author: override.author } : null,
      maturity: p.maturity,
      responsibleUnit: p.responsibleUnit,
      latestStatusText: statusText.get(p.id) ?? null,
      sinceLastReport: [],
      nextMilestones: nextMilestones(milestones, asOfDate),
      deviations: deviations(p, milestones, projectRows.get(p.id)),
      decisions: decisionsOf(decisionsByProject.get(p.id) ?? []),
      milestones: milestones.map((m) => ({
        key: m.key,
        title: m.title,
        plannedDate: m.plannedDate,
        baselineDate: m.baselineDate,
        forecastDate: m.forecastDate,
        actualDate: m.actualDate,
      })),
    };
  };

  const fieldsOfAction = q.fieldsOfAction().map((field) => {
    const projects = projectsByField.get(field.id) ?? [];
    const rollup = rollUpStatuses(projects.map((p) => p.own.status));
    return {
      key: field.key,
      title: field.title,
      statusDistribution: rollup.distribution,
      worstStatus: rollup.worst,
      projects: projects.map(reportProject),
    };
  });

  const byStatus = rollUpStatuses(inProgramme.map((p) => p.own.status)).distribution;
  const byMaturity: Record<TMaturity, number> = { 1: 0, 2: 0, 3: 0 };
  for (const p of inProgramme) byMaturity[p.maturity] += 1;

  const input: TReportSnapshotInput = {
    meta: {
      organisationName: organisation.name,
      programmeTitle: programme.title,
      committee: content.committee,
      meetingDate: content.meetingDate,
      asOfDate,
      subject: content.subject,
      leadUnit: content.leadUnit,
      vorlageNumber: content.vorlageNumber,
      generatedAt: request.generatedAt.toISOString(),
      previousReport: request.previous ? { id: request.previous.id, asOfDate: request.previous.snapshot.meta.asOfDate } : null,
    },
    sections: content.sections,
    obligations: obligationsOf(board, programmeId, keyOf),
    fieldsOfAction,
    statusSummary: { byStatus: byStatus as Record<TStatus, number>, byMaturity },
    kpis: kpisOf(board, programmeId, asOfDate),
    finances: { budgetLines: budgetSummary(q.budgetLines()) },
    resolution: content.resolution,
    ...(request.timeline ? { timelineSvg: request.timeline.svg, timelinePages: request.timeline.pages } : {}),
    ...(request.timeline?.phases ? { timelinePhases: request.timeline.phases } : {}),
  };

  const snapshot = ZReportSnapshot.parse(input);
  return withChanges(snapshot, request.previous?.snapshot ?? null);
}

/** Adds what changed since the previous report, overall and per project. */
export function withChanges(snapshot: TReportSnapshot, previous: TReportSnapshot | null): TReportSnapshot {
  const changes = diffSnapshots(previous, snapshot);
  const sentences = groupBy(changes.entries, (e) => e.projectKey);
  const fieldsOfAction = snapshot.fieldsOfAction.map((field) => ({
    ...field,
    projects: field.projects.map((project) => ({
      ...project,
      sinceLastReport: (sentences.get(project.key) ?? []).map((e) => e.sentence),
    })),
  }));
  return { ...snapshot, fieldsOfAction, changes };
}
