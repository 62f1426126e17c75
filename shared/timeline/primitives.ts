import type { TStatus } from '../domain/vocabulary';
import type { LayoutRow } from './layout';
import type { TStatusShape } from './status-shape';

/**
 * The drawable primitives of a timeline scene: plain data with positions, texts and German
 * accessible labels, drawn by shared/timeline/draw.ts in the browser and in the SVG serialiser.
 */

/** Focus targets within a row: the label cell, the project bar, each dated milestone. */
export const LABEL_TARGET = 'label';
export const BAR_TARGET = 'bar';
export const milestoneTargetId = (milestoneId: string): string => `milestone:${milestoneId}`;

export type TSceneLayer = 'header' | 'labels' | 'grid' | 'rows';
export type TMilestoneVariant = 'planned' | 'forecast' | 'actual' | 'baseline';

interface PrimitiveBase {
  key: string;
  layer: TSceneLayer;
}

export interface HeaderTickPrimitive extends PrimitiveBase {
  type: 'headerTick';
  tier: 'top' | 'bottom';
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  label: string;
}

export interface MarkerLabelPrimitive extends PrimitiveBase {
  type: 'markerLabel';
  marker: 'deadline' | 'today';
  x: number;
  y: number;
  text: string;
  label: string;
}

export interface RowLabelPrimitive extends PrimitiveBase {
  type: 'rowLabel';
  rowKey: string;
  kind: 'group' | 'project';
  x: number;
  y: number;
  width: number;
  height: number;
  depth: number;
  code: string | null;
  title: string;
  statusText: string | null;
  maturity: 1 | 2 | 3 | null;
  maturityText: string | null;
  expandable: boolean;
  expanded: boolean;
  /** A group's number of projects ("30 Projekte" beside its title); null on a project row. */
  projectCount: number | null;
  label: string;
}

export interface StatusIconPrimitive extends PrimitiveBase {
  type: 'statusIcon';
  rowKey: string;
  status: TStatus;
  shape: TStatusShape;
  cx: number;
  cy: number;
  r: number;
  text: string;
  label: string;
}

export interface RowBackgroundPrimitive extends PrimitiveBase {
  type: 'rowBackground';
  rowKey: string;
  kind: 'group' | 'project';
  striped: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GridLinePrimitive extends PrimitiveBase {
  type: 'gridLine';
  major: boolean;
  x: number;
  y1: number;
  y2: number;
}

export interface GroupSpanPrimitive extends PrimitiveBase {
  type: 'groupSpan';
  rowKey: string;
  x: number;
  y: number;
  width: number;
  height: number;
  start: string;
  end: string;
  label: string;
}

export interface BaselineBarPrimitive extends PrimitiveBase {
  type: 'baselineBar';
  rowKey: string;
  projectId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  start: string;
  end: string;
  label: string;
}

export interface ProjectBarPrimitive extends PrimitiveBase {
  type: 'projectBar';
  rowKey: string;
  projectId: string;
  targetId: typeof BAR_TARGET;
  x: number;
  y: number;
  width: number;
  height: number;
  /** null on the open side of an open bar. */
  start: string | null;
  end: string | null;
  /**
   * Which planned date is missing: an open bar is a stub of fixed width at the known date,
   * fading towards the open side (see draw.ts). null for a bar from start to end.
   */
  open: 'start' | 'end' | null;
  hasPhases: boolean;
  /** Whether the planned end may be dragged (an editable project with a planned end). */
  editable: boolean;
  label: string;
}

export interface PhaseSegmentPrimitive extends PrimitiveBase {
  type: 'phaseSegment';
  rowKey: string;
  projectId: string;
  phaseName: string;
  /** Index into PHASE_COLOURS (stable over the whole model). */
  phaseIndex: number;
  x: number;
  y: number;
  width: number;
  height: number;
  start: string;
  end: string;
  label: string;
}

/**
 * A phase's name inside its segment, where the segment is wide enough (text-fit.ts). Drawn above
 * the bar and apart from it: it is no part of the bar's focus target, whose accessible name lists
 * the phases in full.
 */
export interface PhaseNamePrimitive extends PrimitiveBase {
  type: 'phaseName';
  rowKey: string;
  projectId: string;
  /** Start of the text and its baseline. */
  x: number;
  y: number;
  /** The segment's horizontal extent: the name is drawn while the segment is. */
  segmentX: number;
  segmentWidth: number;
  /** The name, cut with "…" to the segment. */
  text: string;
  /** The whole name: a print page showing part of the segment cuts it anew. */
  name: string;
}

export interface MilestonePrimitive extends PrimitiveBase {
  type: 'milestone';
  rowKey: string;
  projectId: string;
  milestoneId: string;
  targetId: string;
  variant: TMilestoneVariant;
  date: string;
  cx: number;
  cy: number;
  r: number;
  /** Only the planned diamond of an editable project can be dragged. */
  editable: boolean;
  label: string;
}

export interface DependencyPrimitive extends PrimitiveBase {
  type: 'dependency';
  fromId: string;
  toId: string;
  violated: boolean;
  /** SVG path data of the connector, ending at the arrow head's base. */
  path: string;
  /** SVG polygon points of the arrow head. */
  arrowHead: string;
  /** Bounding box of path and arrow head. */
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
}

export interface DeadlinePrimitive extends PrimitiveBase {
  type: 'deadline';
  deadlineId: string;
  date: string;
  x: number;
  y1: number;
  y2: number;
  /** The legal reference shown at the marker: "§ 7a EGovG NRW". */
  text: string;
  label: string;
}

export interface TodayPrimitive extends PrimitiveBase {
  type: 'today';
  date: string;
  x: number;
  y1: number;
  y2: number;
  label: string;
}

export type ScenePrimitive =
  | HeaderTickPrimitive
  | MarkerLabelPrimitive
  | RowLabelPrimitive
  | StatusIconPrimitive
  | RowBackgroundPrimitive
  | GridLinePrimitive
  | GroupSpanPrimitive
  | BaselineBarPrimitive
  | ProjectBarPrimitive
  | PhaseSegmentPrimitive
  | PhaseNamePrimitive
  | MilestonePrimitive
  | DependencyPrimitive
  | DeadlinePrimitive
  | TodayPrimitive;

/** The primitives of one row, split by layer; arrays are reused while the row is unchanged. */
export interface SceneRow {
  row: LayoutRow;
  labels: ScenePrimitive[];
  background: ScenePrimitive[];
  items: ScenePrimitive[];
  /** Focus targets in keyboard order: label cell, bar, milestones by date. */
  targets: string[];
}
