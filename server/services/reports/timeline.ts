import type { Db } from '../../../db';
import { formatDate } from '../../../shared/dates/format';
import { describeEffectiveStatus } from '../../../shared/status';
import type { TimelineModel, TimelineProject } from '../../../shared/timeline/model';
import { projectRowKey } from '../../../shared/timeline/layout';
import type { TTimelineZoom } from '../../../shared/timeline/scale';
import { getTimelineScale } from '../../../shared/timeline/scene';
import { renderTimelineSvg } from '../../../shared/timeline/svg';
import { boardSnapshot } from '../status/cache';
import { buildTimelineModel } from '../timeline';

/**
 * The report's Gantt figure: the model the Zeitplan pages use (timeline builder, status service
 * at the Stichtag, "today" = Stichtag, nothing editable), drawn by the shared SVG renderer.
 */

/** The widest date axis that still reads on an A4 page once scaled to the text width. */
const MAX_CHART_WIDTH = 1_200;
const ZOOMS: readonly TTimelineZoom[] = ['quarter', 'halfyear', 'year'];

/** The finest zoom whose axis fits; a programme over many years falls back to years. */
function reportZoom(model: TimelineModel): TTimelineZoom {
  return ZOOMS.find((zoom) => getTimelineScale(model, zoom).width <= MAX_CHART_WIDTH) ?? 'year';
}

/**
 * Each bar carries the project's own Ampel, as the report's text does for every project and
 * sub-project line (snapshot.ts), so that figure and text never disagree.
 */
function withOwnStatus(db: Db, organisationId: number, asOfDate: string, model: TimelineModel): TimelineModel {
  const { data } = boardSnapshot(db, organisationId, asOfDate);
  return {
    ...model,
    rows: model.rows.map(({ statusLabel: _rolledUp, ...row }) => {
      const own = data.projectById.get(Number(row.id))?.own;
      if (!own) return row;
      return { ...row, status: own.status, ...(own.override?.active ? { statusLabel: describeEffectiveStatus(own) } : {}) };
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

/**
 * What a printed figure can hold: the projects with dates (and the projects above them, for
 * the hierarchy) — the undated ones are in the text with everything known about them — and the
 * legal deadlines within some years of the Stichtag (all of them are in "Rechtlicher Rahmen").
 */
function printable(model: TimelineModel, asOfDate: string): TimelineModel {
  const byId = new Map(model.rows.map((row) => [row.id, row]));
  const keep = new Set<string>();
  for (const row of model.rows) {
    if (!hasDates(row)) continue;
    for (let r: TimelineProject | undefined = row; r && !keep.has(r.id); r = r.parentId ? byId.get(r.parentId) : undefined) keep.add(r.id);
  }
  const year = Number(asOfDate.slice(0, 4));
  const from = `${year - DEADLINE_WINDOW_YEARS}-01-01`;
  const to = `${year + DEADLINE_WINDOW_YEARS}-12-31`;
  const rows = model.rows.filter((row) => keep.has(row.id));
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

export function reportTimelineSvg(db: Db, organisationId: number, programmeId: number, asOfDate: string): string | undefined {
  const full = buildTimelineModel(db, organisationId, { programmeId, asOf: asOfDate }, null);
  const model = printable(withOwnStatus(db, organisationId, asOfDate, full), asOfDate);
  if (model.rows.length === 0) return undefined;
  const parents = new Set(model.rows.map((row) => row.parentId).filter((id): id is string => id !== null));
  const fold = model.rows.length > FIGURE_ROWS_MAX && parents.size > 0;
  const left = full.rows.length - model.rows.length;
  const notes = [
    `Stand: Stichtag ${formatDate(asOfDate)}`,
    ...(left > 0 ? [`${left === 1 ? '1 Projekt' : `${left} Projekte`} ohne Termine nicht dargestellt`] : []),
    ...(fold ? ['Teilprojekte zusammengefasst'] : []),
  ];
  return renderTimelineSvg(model, {
    zoom: reportZoom(model),
    title: 'Zeitplan der Projekte',
    subtitle: notes.join(' · '),
    legend: true,
    ...(fold ? { collapsed: new Set([...parents].map(projectRowKey)) } : {}),
  });
}
