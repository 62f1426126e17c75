import { memo, type ReactElement } from 'react';
import { diamondPoints } from '../../../../shared/timeline/draw';
import { formatDate } from '../../../../shared/timeline/labels';
import type { TimeScale } from '../../../../shared/timeline/scale';
import {
  BAR_TARGET,
  LABEL_TARGET,
  SCENE_METRICS,
  type MilestonePrimitive,
  type PhaseNamePrimitive,
  type PhaseSegmentPrimitive,
  type ProjectBarPrimitive,
  type RowLabelPrimitive,
  type ScenePrimitive,
  type SceneRow,
  type StatusIconPrimitive,
} from '../../../../shared/timeline/scene';
import { TIMELINE_COLOURS } from '../../../../shared/timeline/theme';
import { primitiveMarkup, primitivesMarkup } from './SvgShapes';

/**
 * One row of the Gantt: the label cell (code, title, status shape and text, Reifegrad) and the
 * chart cell (baseline, bar with phases, milestones). The Gantt moves the chart cell (class
 * CHART_CELL_CLASS) to the horizontal position itself, so panning re-renders no row.
 */

export const CHART_CELL_CLASS = 'tl-chart-cell';

/** A proposed date while a bar end or milestone is being moved (by pointer or keyboard). */
export interface RowEditPreview {
  target: string;
  date: string;
  /** Right edge of the visible chart, in chart px: the date label stays left of it. */
  viewEnd: number;
}

const MILESTONE_ORDER = { baseline: 0, planned: 1, forecast: 2, actual: 3 } as const;

function tabIndexFor(target: string, tabTarget: string | null): number {
  return target === tabTarget ? 0 : -1;
}

function focusRing(x: number, y: number, width: number, height: number): ReactElement {
  return (
    <rect
      x={x - 3}
      y={y - 3}
      width={width + 6}
      height={height + 6}
      rx={3}
      fill="none"
      stroke={TIMELINE_COLOURS.today}
      strokeWidth={2.5}
      pointerEvents="none"
    />
  );
}

const PREVIEW_LABEL_WIDTH = 74;

/**
 * The proposed date beside the dragged bar end or milestone, on white so it reads over bars:
 * right of `anchor` (at `gap`), or left of it where the visible chart ends.
 */
function previewLabel(anchor: number, gap: number, baseline: number, date: string, viewEnd: number): ReactElement {
  const x = anchor + gap + PREVIEW_LABEL_WIDTH > viewEnd ? anchor - gap - PREVIEW_LABEL_WIDTH + 2 : anchor + gap;
  return (
    <>
      <rect x={x - 2} y={baseline - 11} width={PREVIEW_LABEL_WIDTH} height={14} fill="#ffffff" stroke={TIMELINE_COLOURS.today} strokeWidth={1} />
      <text x={x + 2} y={baseline} fontSize={11} fontWeight="bold" fill={TIMELINE_COLOURS.today}>
        {formatDate(date)}
      </text>
    </>
  );
}

function LabelCell({ sceneRow, width, tabTarget }: { sceneRow: SceneRow; width: number; tabTarget: string | null }) {
  const { row } = sceneRow;
  const label = sceneRow.labels.find((p): p is RowLabelPrimitive => p.type === 'rowLabel') as RowLabelPrimitive;
  const icon = sceneRow.labels.find((p): p is StatusIconPrimitive => p.type === 'statusIcon');
  const href = row.kind === 'project' ? row.project.href : null;
  const m = SCENE_METRICS;
  const indent = (label.depth === 0 ? 0 : (label.depth - 1) * m.indentWidth) + m.toggleWidth;
  const striped = row.index % 2 === 1;
  // The cell is named by its content; the CSS adds "Handlungsfeld", "Status:" and "Reifegrad"
  // as alternative text of generated content, so the name matches what is seen (WCAG 2.5.3).
  return (
    <div
      role="gridcell"
      aria-colindex={1}
      className={`tl-label tl-label--${label.kind}${striped ? ' tl-label--striped' : ''}`}
      style={{ width, paddingLeft: indent }}
      tabIndex={tabIndexFor(LABEL_TARGET, tabTarget)}
      data-row-key={row.key}
      data-target={LABEL_TARGET}
      data-tip={`${row.key}|${label.key}`}
    >
      {label.expandable ? (
        <span
          className="tl-toggle"
          aria-hidden="true"
          style={{ left: indent - m.toggleWidth }}
          data-toggle={row.key}
          data-expanded={String(label.expanded)}
        />
      ) : null}
      {row.kind === 'group' ? (
        <>
          <span className="tl-title">{label.title}</span>
          <span className="tl-count">{row.projectCount === 1 ? '1 Projekt' : `${row.projectCount} Projekte`}</span>
        </>
      ) : (
        <>
          {label.code ? <span className="tl-code">{label.code}</span> : null}
          {href ? (
            <a className="tl-title" href={href} tabIndex={-1} data-open={href}>
              {label.title}
            </a>
          ) : (
            <span className="tl-title">{label.title}</span>
          )}
          <span className="tl-status" data-status={icon?.status}>
            {label.statusText}
          </span>
          <span className="tl-maturity" data-maturity-label={label.maturityText ?? undefined}>
            {label.maturity}
          </span>
        </>
      )}
    </div>
  );
}

export interface GanttRowProps {
  /** Element id, listed in the row group's aria-owns (rows are mounted in slot order). */
  id: string;
  sceneRow: SceneRow;
  scale: TimeScale;
  labelWidth: number;
  xStart: number;
  xEnd: number;
  tabTarget: string | null;
  /** The target with keyboard focus, for the focus ring drawn in SVG. */
  focusedTarget: string | null;
  preview: RowEditPreview | null;
  canReschedule: boolean;
  editHelpId: string;
}

function GanttRowView({
  id,
  sceneRow,
  scale,
  labelWidth,
  xStart,
  xEnd,
  tabTarget,
  focusedTarget,
  preview,
  canReschedule,
  editHelpId,
}: GanttRowProps) {
  const { row } = sceneRow;
  const width = Math.max(0, xEnd - xStart);
  const href = row.kind === 'project' ? row.project.href : null;

  const underlay: ScenePrimitive[] = [];
  let bar: ProjectBarPrimitive | undefined;
  const phases: PhaseSegmentPrimitive[] = [];
  const phaseNames: PhaseNamePrimitive[] = [];
  const milestones = new Map<string, MilestonePrimitive[]>();
  for (const p of sceneRow.items as ScenePrimitive[]) {
    if (p.type === 'projectBar') bar = p;
    else if (p.type === 'phaseSegment') phases.push(p);
    else if (p.type === 'phaseName') phaseNames.push(p);
    else if (p.type === 'milestone') {
      const list = milestones.get(p.targetId);
      if (list) list.push(p);
      else milestones.set(p.targetId, [p]);
    } else underlay.push(p);
  }

  const role = href ? 'button' : 'img';
  const barEditable = canReschedule && bar?.editable === true;
  const previewX = preview ? scale.x(preview.date) : 0;
  // An open bar has no start to stay at: its stub moves with the proposed end.
  const previewBarX = bar && bar.open === 'start' ? previewX + scale.pxPerDay - bar.width : (bar?.x ?? 0);
  const barMiddle = row.y + SCENE_METRICS.barTop + SCENE_METRICS.barHeight / 2;
  // The drag handle sits inside the bar's group so that a drag finds its row and target. It is as
  // high as the row: a milestone on the end date covers the bar's height, not the row's.
  const handle =
    bar && barEditable
      ? `<rect class="tl-drag-handle" data-drag="end" x="${bar.x + bar.width - 5}" y="${row.y + 1}" width="10" height="${row.height - 2}" fill="transparent"/>`
      : '';

  return (
    <div
      id={id}
      role="row"
      aria-rowindex={row.index + 2}
      aria-level={row.depth + 1}
      aria-posinset={row.posInSet}
      aria-setsize={row.setSize}
      aria-expanded={row.expandable ? row.expanded : undefined}
      className={`tl-row tl-row--${row.kind}${row.index % 2 === 1 ? ' tl-row--striped' : ''}`}
      style={{ top: row.y, height: row.height }}
    >
      <LabelCell sceneRow={sceneRow} width={labelWidth} tabTarget={tabTarget} />
      <div className="tl-chart-clip" style={{ left: labelWidth }}>
        <svg
          role="gridcell"
          aria-colindex={2}
          className={CHART_CELL_CLASS}
          style={{ left: xStart }}
          width={width}
          height={row.height}
          viewBox={`${xStart} ${row.y} ${width} ${row.height}`}
          focusable="false"
        >
          {underlay.length > 0 ? <g dangerouslySetInnerHTML={{ __html: primitivesMarkup(underlay) }} /> : null}
          {bar ? (
            <g
              className="tl-target"
              role={role}
              aria-roledescription="Projektbalken"
              aria-label={bar.label}
              aria-describedby={barEditable ? editHelpId : undefined}
              tabIndex={tabIndexFor(BAR_TARGET, tabTarget)}
              data-row-key={row.key}
              data-target={BAR_TARGET}
              dangerouslySetInnerHTML={{ __html: primitiveMarkup(bar) + primitivesMarkup(phases) + handle }}
            />
          ) : null}
          {phaseNames.length > 0 ? (
            // Outside the bar's focus target: what it shows, the bar's name says in full.
            <g aria-hidden="true" dangerouslySetInnerHTML={{ __html: primitivesMarkup(phaseNames) }} />
          ) : null}
          {bar && focusedTarget === BAR_TARGET ? focusRing(bar.x, bar.y, bar.width, bar.height) : null}
          {[...milestones].map(([targetId, variants]) => {
            const sorted = [...variants].sort((a, b) => MILESTONE_ORDER[a.variant] - MILESTONE_ORDER[b.variant]);
            const main = sorted[sorted.length - 1] as MilestonePrimitive;
            const editable = canReschedule && sorted.some((p) => p.editable);
            return (
              <g
                key={targetId}
                className="tl-target"
                role={role}
                aria-roledescription="Meilenstein"
                aria-label={main.label}
                aria-describedby={editable ? editHelpId : undefined}
                tabIndex={tabIndexFor(targetId, tabTarget)}
                data-row-key={row.key}
                data-target={targetId}
                dangerouslySetInnerHTML={{ __html: primitivesMarkup(sorted, canReschedule) }}
              />
            );
          })}
          {[...milestones].map(([targetId, variants]) => {
            if (focusedTarget !== targetId) return null;
            const main = variants.reduce((best, p) => (MILESTONE_ORDER[p.variant] > MILESTONE_ORDER[best.variant] ? p : best));
            return <g key={`ring:${targetId}`}>{focusRing(main.cx - main.r, main.cy - main.r, 2 * main.r, 2 * main.r)}</g>;
          })}
          {preview && preview.target === BAR_TARGET && bar ? (
            <g aria-hidden="true" pointerEvents="none">
              <rect
                x={previewBarX}
                y={bar.y - 2}
                width={Math.max(1, previewX + scale.pxPerDay - previewBarX)}
                height={bar.height + 4}
                fill="none"
                stroke={TIMELINE_COLOURS.today}
                strokeWidth={2}
                strokeDasharray="4 2"
              />
              {previewLabel(previewX + scale.pxPerDay, 6, bar.y + 11, preview.date, preview.viewEnd)}
            </g>
          ) : null}
          {preview && preview.target !== BAR_TARGET && preview.target !== LABEL_TARGET ? (
            <g aria-hidden="true" pointerEvents="none">
              <polygon
                points={diamondPoints(previewX, barMiddle, SCENE_METRICS.milestoneRadius + 1)}
                fill="none"
                stroke={TIMELINE_COLOURS.today}
                strokeWidth={2}
                strokeDasharray="3 2"
              />
              {previewLabel(previewX, 12, barMiddle + 4, preview.date, preview.viewEnd)}
            </g>
          ) : null}
        </svg>
      </div>
    </div>
  );
}

function sameItems(a: readonly ScenePrimitive[], b: readonly ScenePrimitive[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** Re-rendered only when the row's own primitives, window, focus or preview change. */
export const GanttRow = memo(
  GanttRowView,
  (prev, next) =>
    prev.id === next.id &&
    prev.sceneRow.row === next.sceneRow.row &&
    prev.sceneRow.labels === next.sceneRow.labels &&
    sameItems(prev.sceneRow.items, next.sceneRow.items) &&
    prev.scale === next.scale &&
    prev.labelWidth === next.labelWidth &&
    prev.xStart === next.xStart &&
    prev.xEnd === next.xEnd &&
    prev.tabTarget === next.tabTarget &&
    prev.focusedTarget === next.focusedTarget &&
    prev.preview === next.preview &&
    prev.canReschedule === next.canReschedule &&
    prev.editHelpId === next.editHelpId,
);
