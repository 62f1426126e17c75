import type { Db } from '../../../db';
import { formatDate } from '../../../shared/dates/format';
import { describeEffectiveStatus } from '../../../shared/status';
import { visitProjectDates, type TimelineModel, type TimelineProject } from '../../../shared/timeline/model';
import { projectRowKey } from '../../../shared/timeline/layout';
import { getTimelineLayout, phasesNamedInBars } from '../../../shared/timeline/scene';
import type { TReportTimelinePage } from '../../../shared/schemas/report';
import { renderTimelineSvg } from '../../../shared/timeline/svg';
import { boardSnapshot } from '../status/cache';
import { buildTimelineModel } from '../timeline';
import { actualAt, statusesAtStichtag } from './as-of';
import { printZoom, timelinePrintPages } from './timeline-pages';

/**
 * The report's Gantt figure: the model the Zeitplan pages use (timeline builder, status service
 * at the Stichtag, "today" = Stichtag, nothing editable), drawn by the shared SVG renderer.
 */

/**
 * Each bar carries the project's own Ampel at the Stichtag, as the report's text does for every
 * project and sub-project line (snapshot.ts), so that figure and text never disagree; a
 * milestone reached after the Stichtag is drawn as still open.
 */
function atStichtag(db: Db, organisationId: number, asOfDate: string, model: TimelineModel): TimelineModel {
  const { own } = statusesAtStichtag(db, organisationId, boardSnapshot(db, organisationId, asOfDate).data, asOfDate);
  return {
    ...model,
    // The report's "today" is its Stichtag: the line is called so (in the header and the legend).
    todayName: 'Stichtag',
    rows: model.rows.map(({ statusLabel: _rolledUp, ...row }) => {
      const milestones = row.milestones.map((m) => ({ ...m, actualDate: actualAt(m.actualDate, asOfDate) }));
      const status = own.get(Number(row.id));
      if (!status) return { ...row, milestones };
      return {
        ...row,
        milestones,
        status: status.status,
        ...(status.override?.active ? { statusLabel: describeEffectiveStatus(status) } : {}),
      };
    }),
  };
}

/** Legal deadlines further than this from the Stichtag would stretch the axis over decades. */
const DEADLINE_WINDOW_YEARS = 5;

function hasDates(row: TimelineProject): boolean {
  return Boolean(
    row.plannedStart ||
      row.plannedEnd ||
      row.baselineStart ||
      row.baselineEnd ||
      row.phases.length > 0 ||
      row.milestones.some((m) => m.plannedDate || m.baselineDate || m.forecastDate || m.actualDate),
  );
}

/** Earliest and latest date of the rows (plan, Basisplan, phases, milestones), or null. */
function datesSpan(rows: readonly TimelineProject[]): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  const add = (date: string | null) => {
    if (!date) return;
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  };
  for (const row of rows) visitProjectDates(row, add);
  return first !== null && last !== null ? { first, last } : null;
}

/**
 * What a printed figure can hold: the projects with dates (and the projects above them, for
 * the hierarchy) — the undated ones are in the text with everything known about them — and the
 * legal deadlines within the projects' dates or within some years of the Stichtag (all of them
 * are in "Rechtlicher Rahmen"): a deadline the axis spans anyway is drawn, as on the Zeitplan.
 */
function printable(model: TimelineModel, asOfDate: string): TimelineModel {
  const byId = new Map(model.rows.map((row) => [row.id, row]));
  const keep = new Set<string>();
  for (const row of model.rows) {
    if (!hasDates(row)) continue;
    for (let r: TimelineProject | undefined = row; r && !keep.has(r.id); r = r.parentId ? byId.get(r.parentId) : undefined) keep.add(r.id);
  }
  const rows = model.rows.filter((row) => keep.has(row.id));
  const year = Number(asOfDate.slice(0, 4));
  const span = datesSpan(rows);
  let from = `${year - DEADLINE_WINDOW_YEARS}-01-01`;
  let to = `${year + DEADLINE_WINDOW_YEARS}-12-31`;
  if (span && span.first < from) from = span.first;
  if (span && span.last > to) to = span.last;
  const groups = new Set(rows.map((row) => row.groupId));
  return {
    ...model,
    rows,
    groups: model.groups.filter((group) => groups.has(group.id)),
    dependencies: model.dependencies.filter((d) => keep.has(d.fromId) && keep.has(d.toId)),
    deadlines: model.deadlines.filter((d) => d.date >= from && d.date <= to),
  };
}

/** Beyond this many rows the figure shows projects only, their sub-projects folded in. */
const FIGURE_ROWS_MAX = 40;

export interface ReportTimelineFigure {
  /** The whole figure in one drawing (HTML rendering). */
  svg: string;
  /** The same figure split into landscape print pages (PDF, DOCX). */
  pages: TReportTimelinePage[];
  /** The phases' whole names per project, when the bars carry them instead of the legend (see below). */
  phases?: { project: string; phases: string[] }[];
}

/**
 * Where colours repeat, the bars carry the phases' names, cut with "…" to short segments, and
 * the legend names none: the whole names of each figure row's phases (row by row, left to
 * right), for the report to list beside the project whose bar shows them cut.
 */
function phasesInBars(
  model: TimelineModel,
  collapsed: ReadonlySet<string> | undefined,
): { project: string; phases: string[] }[] | undefined {
  if (!phasesNamedInBars(model)) return undefined;
  const lines: { project: string; phases: string[] }[] = [];
  for (const row of getTimelineLayout(model, collapsed).rows) {
    if (row.kind !== 'project' || row.project.phases.length === 0) continue;
    const { code, title } = row.project;
    lines.push({ project: code ? `${code} ${title}` : title, phases: row.project.phases.map((phase) => phase.name) });
  }
  return lines;
}

export function reportTimelineFigure(
  db: Db,
  organisationId: number,
  programmeId: number,
  asOfDate: string,
): ReportTimelineFigure | undefined {
  const full = buildTimelineModel(db, organisationId, { programmeId, asOf: asOfDate }, null);
  const model = printable(atStichtag(db, organisationId, asOfDate, full), asOfDate);
  if (model.rows.length === 0) return undefined;
  const parents = new Set(model.rows.map((row) => row.parentId).filter((id): id is string => id !== null));
  const fold = model.rows.length > FIGURE_ROWS_MAX && parents.size > 0;
  const left = full.rows.length - model.rows.length;
  const notes = [
    `Stand: Stichtag ${formatDate(asOfDate)}`,
    ...(left > 0 ? [`${left === 1 ? '1 Projekt' : `${left} Projekte`} ohne Termine nicht dargestellt`] : []),
    ...(fold ? ['Teilprojekte zusammengefasst'] : []),
  ];
  const figure = {
    title: 'Zeitplan der Projekte',
    subtitle: notes.join(' · '),
    ...(fold ? { collapsed: new Set([...parents].map(projectRowKey)) } : {}),
  };
  const zoom = printZoom(model);
  const phases = phasesInBars(model, figure.collapsed);
  return {
    svg: renderTimelineSvg(model, { ...figure, zoom, legend: true }),
    pages: timelinePrintPages(model, { ...figure, zoom }),
    ...(phases ? { phases } : {}),
  };
}
