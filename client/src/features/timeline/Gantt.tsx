import {
  useCallback,
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type CSSProperties,
  type MouseEvent,
  type PointerEvent as ReactPointerEvent,
  type Ref,
  type UIEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { addDays } from '../../../../shared/dates/iso-date';
import { earliestProjectEnd } from '../../../../shared/domain/phases';
import { deadlineMarkerName, formatDate, projectName } from '../../../../shared/timeline/labels';
import { ROW_HEIGHT, layoutTimelineRows, type LayoutRow } from '../../../../shared/timeline/layout';
import type { TimelineModel, TimelineProject } from '../../../../shared/timeline/model';
import { ZOOM_LABELS, zoomIn, zoomOut, type TTimelineZoom } from '../../../../shared/timeline/scale';
import {
  BAR_TARGET,
  buildTimelineScene,
  buildVerticalMarkers,
  getTimelineScale,
  headerHeight as sceneHeaderHeight,
  initialScrollX,
  LABEL_TARGET,
  rowFocusTargets,
  type MilestonePrimitive,
  type ScenePrimitive,
  type SceneRow,
} from '../../../../shared/timeline/scene';
import { TIMELINE_COLOURS } from '../../../../shared/timeline/theme';
import { CHART_CELL_CLASS, GanttRow, type RowEditPreview } from './GanttRow';
import { DependencyArrow, VerticalMarkers } from './GanttLayers';
import { NAVIGATION_KEYS, navigate, type GanttFocus, type TNavigationKey } from './navigation';
import { LABEL_COLUMN_COMPACT_BELOW, labelColumnWidth, readChosenLabelWidth } from './label-column';
import { LabelColumnSeparator } from './LabelColumnSeparator';
import { installStatusIconStyles } from './StatusIcon';
import { PHASE_TEXT_PADDING } from '../../../../shared/timeline/text-fit';
import { PHASE_NAME_CLASS, primitivesMarkup } from './SvgShapes';
import type { ChartPosition, RescheduleRequest } from './types';
import { autoPanSpeed } from './autopan';
import { recycleRows, sameWindow, visibleWindow, type GanttWindow } from './windowing';

export interface GanttHandle {
  /** Moves the visible period by 60 % of the chart width, back (-1) or forward (1). */
  pan(direction: -1 | 1): void;
  /** Brings `date` into view, a third from the left edge of the chart. */
  scrollToDate(date: string): void;
  /** Puts keyboard focus on the active item of the grid. */
  focus(): void;
}

export interface GanttProps {
  model: TimelineModel;
  zoom: TTimelineZoom;
  collapsed: ReadonlySet<string>;
  onZoomChange: (zoom: TTimelineZoom) => void;
  onToggleRow: (rowKey: string) => void;
  onOpen: (href: string) => void;
  onReschedule?: (request: RescheduleRequest) => void;
  /** Accessible name of the grid, e.g. the programme title. */
  label: string;
  /** Height of the scroll area; the default fits a laptop screen. */
  height?: number | string;
  /**
   * Where the chart opens instead of its default position: read when it mounts, and when
   * `positionKey` changes (Back or Forward to another entry of the same page).
   */
  initialPosition?: ChartPosition | null;
  /** The history entry the position belongs to. */
  positionKey?: string;
  /**
   * Where the chart stands, with the entry it belongs to: once scrolling has come to rest, when
   * the entry changes and when the chart goes.
   */
  onPositionChange?: (position: ChartPosition, positionKey: string | undefined) => void;
  ref?: Ref<GanttHandle>;
}

/** Scrolling has come to rest when no scroll event followed for this long. */
const POSITION_REPORT_DELAY_MS = 250;

interface Tip {
  rowKey: string;
  primitiveKey: string;
  /** Anchor from the left edge of the grid. */
  left: number;
  source: 'hover' | 'focus';
}

interface Edit {
  rowKey: string;
  target: string;
  kind: RescheduleRequest['kind'];
  id: string;
  projectId: string;
  oldDate: string;
  minDate: string | null;
  date: string;
}

interface Drag {
  edit: Edit;
  pointerId: number;
  startClientX: number;
  /** Horizontal position at the press: content panned since then moves the date under the pointer. */
  startScrollX: number;
  originX: number;
  moved: boolean;
  /** Latest pointer position: the auto-pan frames follow a pointer that does not move. */
  clientX: number;
  /** Screen edges of the visible chart area, measured at the press. */
  chartLeft: number;
  chartRight: number;
  /** Pending auto-pan frame, if any. */
  frame: number | null;
  /** Escape pressed: the release saves nothing. */
  cancelled: boolean;
  /** Removes the window listeners and stops the auto-pan. */
  stop: () => void;
}

/**
 * The scroll area's size before it is laid out: at most the window, or the fixed height given.
 * An estimate on the large side, so that the first frame already has every visible row: the real
 * size comes from a ResizeObserver after that frame, without forcing a layout before it.
 */
function estimatedViewport(height: number | string): { width: number; height: number } {
  if (typeof window === 'undefined') return { width: 1200, height: 640 };
  const windowHeight = window.innerHeight || 640;
  return {
    width: window.innerWidth || 1200,
    height: typeof height === 'number' ? Math.min(height, windowHeight) : windowHeight,
  };
}
const TOOLTIP_WIDTH = 360;

/**
 * The grid may be taller than the window (a small window, or 200 % zoom): the page scrolls so
 * that the focused item is on screen too, not only inside the grid's own scroll area.
 */
function keepInWindow(element: Element): void {
  const { top, bottom } = element.getBoundingClientRect();
  const margin = 8;
  if (top < 0) window.scrollBy({ top: top - margin });
  else if (bottom > window.innerHeight) window.scrollBy({ top: bottom - window.innerHeight + margin });
}

function targetSelector(focus: GanttFocus): string {
  return `[data-row-key="${CSS.escape(focus.rowKey)}"][data-target="${CSS.escape(focus.target)}"]`;
}

/** The editable date behind a focus target, or null when it cannot be moved. */
function editFor(row: LayoutRow | undefined, target: string): Edit | null {
  if (!row || row.kind !== 'project' || !row.project.editable) return null;
  const { project } = row;
  if (target === BAR_TARGET) {
    if (!project.plannedEnd) return null;
    return {
      rowKey: row.key,
      target,
      kind: 'projectEnd',
      id: project.id,
      projectId: project.id,
      oldDate: project.plannedEnd,
      // Not before the start, nor before the start of the last phase (the phases follow the end).
      minDate: earliestProjectEnd(project.plannedStart, project.phases)?.date ?? null,
      date: project.plannedEnd,
    };
  }
  const milestone = project.milestones.find((m) => `milestone:${m.id}` === target);
  if (!milestone?.plannedDate) return null;
  return {
    rowKey: row.key,
    target,
    kind: 'milestone',
    id: milestone.id,
    projectId: project.id,
    oldDate: milestone.plannedDate,
    minDate: null,
    date: milestone.plannedDate,
  };
}

function editSubject(project: TimelineProject, edit: Edit): string {
  if (edit.kind === 'projectEnd') return `Ende von ${projectName(project)}`;
  const milestone = project.milestones.find((m) => m.id === edit.id);
  return `Meilenstein ${milestone?.title ?? ''}`;
}

/** The primitive a tooltip describes when a focus target is focused. */
function primaryPrimitive(sceneRow: SceneRow, target: string): ScenePrimitive | undefined {
  if (target === LABEL_TARGET) return sceneRow.labels.find((p) => p.type === 'rowLabel');
  if (target === BAR_TARGET) return sceneRow.items.find((p) => p.type === 'projectBar');
  const order = { baseline: 0, planned: 1, forecast: 2, actual: 3 };
  return sceneRow.items
    .filter((p): p is MilestonePrimitive => p.type === 'milestone' && p.targetId === target)
    .sort((a, b) => order[b.variant] - order[a.variant])[0];
}

/** Chart x of a primitive (milestone centre, bar start), or null for the label cell. */
function anchorX(p: ScenePrimitive | undefined): number | null {
  if (!p) return null;
  if (p.type === 'milestone') return p.cx;
  if ('x' in p && p.type !== 'rowLabel') return p.x;
  return null;
}

/**
 * The Gantt chart: a treegrid whose rows are virtualised vertically and horizontally. Positions,
 * texts and shapes come from the shared scene (shared/timeline/scene.ts); this component adds
 * scrolling, focus, tooltips, collapsing and rescheduling.
 *
 * Vertical scrolling is the browser's own. The horizontal position (`scrollX`) is kept here and
 * applied as a transform to the chart layer and to each row's chart cell, with a proxy
 * scrollbar below the grid: the label column then needs no `position: sticky`, which made
 * browsers repaint every label each time a row scrolled in.
 */
export function Gantt({
  model,
  zoom,
  collapsed,
  onZoomChange,
  onToggleRow,
  onOpen,
  onReschedule,
  label,
  height = 'min(72vh, 760px)',
  initialPosition,
  positionKey,
  onPositionChange,
  ref,
}: GanttProps) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const hScrollRef = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const editHelpId = `${baseId}-edit-help`;

  const scale = getTimelineScale(model, zoom);
  // The marker lines are drawn in the chart layer, which is hidden from assistive technology (a
  // treegrid may own only rows): the grid's description names each of them instead.
  const deadlineNames = useMemo(() => model.deadlines.map(deadlineMarkerName), [model]);
  const describedBy = deadlineNames.length > 0 ? `${baseId}-help ${baseId}-deadlines` : `${baseId}-help`;
  const headerHeight = sceneHeaderHeight(model, zoom);
  const layout = useMemo(() => layoutTimelineRows(model, { collapsed }), [model, collapsed]);

  // The first render already has the rows of an estimated (generous) viewport: one render, one
  // layout and one paint to the first visible rows; the measured size follows after that paint.
  const [viewport, setViewport] = useState(() => estimatedViewport(height));
  const [chosenLabelWidth, setChosenLabelWidth] = useState(readChosenLabelWidth);
  // The default width follows the window (known in the first render), not the measured chart:
  // no shift of the column when the measurement arrives after the first paint.
  const labelWidth = labelColumnWidth(viewport.width, chosenLabelWidth, typeof window === 'undefined' ? undefined : window.innerWidth);
  const chartViewWidth = Math.max(0, viewport.width - labelWidth);
  const maxScrollX = Math.max(0, scale.width - chartViewWidth);
  // Today a third from the left edge of the (estimated) chart area, or the plan's dates when they
  // all lie in the past or future; afterwards the user's position wins.
  const [scrollXState, setScrollXState] = useState(() =>
    initialPosition ? Math.max(0, Math.round(scale.x(initialPosition.date))) : initialScrollX(model, zoom, chartViewWidth),
  );
  // The rows of a position returned to are in the first frame already (the element follows in
  // the layout effect below, before the paint).
  const [initialTop] = useState(() => initialPosition?.top ?? 0);
  const scrollX = Math.min(scrollXState, maxScrollX);
  const scrollXRef = useRef(scrollX);
  scrollXRef.current = scrollX;
  // The horizontal position the report effect saw last: opening at a position is no change.
  const seenScrollXRef = useRef(scrollX);

  const [win, setWin] = useState<GanttWindow>(() =>
    visibleWindow(layout, scale.width, {
      // No overscan in the first frame: the user sees the visible rows sooner.
      overscan: 0,
      scrollTop: initialTop,
      scrollLeft: scrollX,
      ...viewport,
      headerHeight,
      labelWidth,
    }),
  );
  // Returning to a kept position: the item that had the focus holds the tab stop again (it gets
  // the focus back in the restore effect below).
  const [active, setActive] = useState<GanttFocus>(() => {
    const kept = initialPosition?.focus;
    if (kept && layout.indexByKey.has(kept.rowKey)) return kept;
    return { rowKey: layout.rows[0]?.key ?? '', target: LABEL_TARGET };
  });
  const [hasFocus, setHasFocus] = useState(false);
  const [tip, setTip] = useState<Tip | null>(null);
  const [edit, setEdit] = useState<Edit | null>(null);
  const [announcement, setAnnouncement] = useState('');
  /**
   * DOM focus to move to the active item after the next commit: 'reveal' scrolls it into view
   * first (a keyboard move); 'inPlace' leaves the chart where it is (a kept position returned to).
   */
  const focusRequested = useRef<false | 'reveal' | 'inPlace'>(false);
  /** While the focus is given back ('inPlace'): its focus event shows no tooltip. */
  const quietFocusRef = useRef(false);
  const dragRef = useRef<Drag | null>(null);
  const suppressClick = useRef(false);
  // Scale and position of the last commit. When the zoom changes, the render has already clamped
  // scrollX to the new scale's range (narrower when zooming out): the date in the middle is taken
  // from what was drawn, not from that.
  const drawn = useRef({ scale, scrollX });

  // No overscan until the first paint with rows: the user sees the visible rows sooner.
  const overscanRef = useRef<number | undefined>(0);

  // The vertical position as of the last scroll event. Reading scrollTop from the element in the
  // layout effects below would force a layout of the whole chart before the first paint (twice:
  // without and with rows); a position the browser clamps (rows collapsed) arrives as a scroll event.
  const scrollTopRef = useRef(initialTop);

  const readWindow = useCallback(
    (scrollLeft: number): GanttWindow => {
      return visibleWindow(layout, scale.width, {
        overscan: overscanRef.current,
        scrollTop: scrollTopRef.current,
        scrollLeft,
        width: viewport.width,
        height: viewport.height,
        headerHeight,
        labelWidth,
      });
    },
    [layout, scale, headerHeight, labelWidth, viewport],
  );

  const updateWindow = useCallback(() => {
    const next = readWindow(scrollXRef.current);
    setWin((previous) => (sameWindow(previous, next) ? previous : next));
  }, [readWindow]);

  // Whether the latest horizontal position came from the proxy scrollbar (its thumb dragged).
  const scrollXFromProxyRef = useRef(false);
  const setScrollX = useCallback(
    (next: number, fromProxy = false) => {
      const clamped = Math.round(Math.max(0, Math.min(maxScrollX, next)));
      if (clamped === scrollXRef.current) return;
      scrollXRef.current = clamped;
      scrollXFromProxyRef.current = fromProxy;
      setScrollXState(clamped);
      updateWindow();
    },
    [maxScrollX, updateWindow],
  );
  // For the auto-pan frames of a drag, which run on after the render that started it.
  const setScrollXRef = useRef(setScrollX);
  setScrollXRef.current = setScrollX;

  // A drag in progress when the chart goes: no more auto-pan frames or listeners.
  useEffect(() => () => dragRef.current?.stop(), []);

  // Where the chart stands, for the caller to keep (Back to this page returns to it): once
  // scrolling has come to rest, and at once when the entry changes or the chart goes (a click
  // opened a project).
  const onPositionChangeRef = useRef(onPositionChange);
  onPositionChangeRef.current = onPositionChange;
  const scaleRef = useRef(scale);
  scaleRef.current = scale;
  /** The entry the position on screen belongs to; null until the first layout effect. */
  const shownKeyRef = useRef<string | undefined | null>(null);
  const positionTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The item that opened a project (the focus returns to it on Back), until the entry changes. */
  const openedRef = useRef<GanttFocus | null>(null);
  /** The focused item, when the focus is in the chart. */
  const focusedRef = useRef<GanttFocus | null>(null);
  const reportPosition = useCallback(() => {
    clearTimeout(positionTimer.current);
    positionTimer.current = undefined;
    const focus = openedRef.current ?? focusedRef.current;
    const position: ChartPosition = {
      top: scrollTopRef.current,
      date: scaleRef.current.dayAt(scrollXRef.current),
      ...(focus ? { focus } : {}),
    };
    onPositionChangeRef.current?.(position, shownKeyRef.current ?? undefined);
  }, []);
  const schedulePositionReport = useCallback(() => {
    if (!onPositionChangeRef.current) return;
    clearTimeout(positionTimer.current);
    positionTimer.current = setTimeout(reportPosition, POSITION_REPORT_DELAY_MS);
  }, [reportPosition]);
  useEffect(() => {
    if (scrollX !== seenScrollXRef.current) schedulePositionReport();
    seenScrollXRef.current = scrollX;
  }, [scrollX, schedulePositionReport]);
  useEffect(
    () => () => {
      // A project opened from the chart: the item that opened it goes with the position.
      if (positionTimer.current !== undefined || openedRef.current) reportPosition();
    },
    [reportPosition],
  );

  useLayoutEffect(installStatusIconStyles, []);

  // The position last written to the proxy scrollbar: the scroll event that echoes it is no move
  // of the user's. Taken as one, it would overwrite the position wanted with the one drawn, which
  // the estimated first-frame width may have clamped (a kept position at the end of the range
  // came back 42 px short once the real, narrower width allowed it).
  const proxyEchoRef = useRef<number | null>(null);
  const writeProxy = useCallback((left: number) => {
    const proxy = hScrollRef.current;
    if (!proxy) return;
    proxyEchoRef.current = left;
    proxy.scrollLeft = left;
  }, []);
  const handleProxyScroll = (event: UIEvent<HTMLDivElement>) => {
    const left = event.currentTarget.scrollLeft;
    const echo = proxyEchoRef.current;
    proxyEchoRef.current = null;
    if (echo !== null && Math.abs(left - echo) < 1) return;
    setScrollX(left, true);
  };

  // Keep the proxy scrollbar in step with the position set by keys, wheel or buttons. In the next
  // animation frame: setting scrollLeft right after a commit forces a layout of the whole chart
  // (before the first paint, too), and the thumb may well follow a frame later.
  // Not when the latest position came from the scrollbar itself: while its thumb is dragged it is
  // further on by then, and writing back the position of this render would pull it back (in a
  // drag that moves every frame, the chart hardly moved at all).
  useEffect(() => {
    if (scrollXFromProxyRef.current) return;
    const frame = requestAnimationFrame(() => {
      const proxy = hScrollRef.current;
      const latest = scrollXRef.current;
      if (proxy && !scrollXFromProxyRef.current && Math.abs(proxy.scrollLeft - latest) > 1) writeProxy(latest);
    });
    return () => cancelAnimationFrame(frame);
  }, [scrollX, writeProxy]);

  // Panning moves the chart cell of each mounted row, written to those cells directly (rows that
  // mount meanwhile get it in the same commit, before the paint). A CSS variable on the row group
  // would be inherited by every element of every row: changing it in each frame of a pan made the
  // browser recalculate the style of all of them (7 of 14 ms per frame), for a transform on 40.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const transform = `translateX(${-scrollX}px)`;
    for (const cell of body.getElementsByClassName(CHART_CELL_CLASS)) {
      const style = (cell as SVGSVGElement).style;
      if (style.transform !== transform) style.transform = transform;
    }
    // A phase name whose segment began left of the view moves along to its visible part, as far
    // as it still ends inside the segment: the period on screen carries its phases' names.
    for (const name of body.getElementsByClassName(PHASE_NAME_CLASS)) {
      const from = Number(name.getAttribute('data-from'));
      const to = Number(name.getAttribute('data-to'));
      const x = String(Math.round(Math.min(to, Math.max(from, scrollX + PHASE_TEXT_PADDING)) * 100) / 100);
      if (name.getAttribute('x') !== x) name.setAttribute('x', x);
    }
  });

  // Zoom, layout or size changed: keep the date in the middle in the middle, follow with the window.
  useLayoutEffect(() => {
    if (drawn.current.scale !== scale) {
      const centre = drawn.current.scale.dayAt(drawn.current.scrollX + chartViewWidth / 2);
      drawn.current = { scale, scrollX: scrollXRef.current };
      const next = Math.round(Math.max(0, Math.min(maxScrollX, scale.x(centre) - chartViewWidth / 2)));
      scrollXRef.current = next;
      scrollXFromProxyRef.current = false;
      setScrollXState(next);
      // The proxy scrollbar's content has the new width already: the browser clamps its position
      // to that, and the scroll event that follows would report the old scale's position, clamped,
      // as if the user had dragged there. Set the new one now (a zoom is rare; this one layout is fine).
      writeProxy(next);
    }
    updateWindow();
  }, [scale, updateWindow, chartViewWidth, maxScrollX, writeProxy]);
  useLayoutEffect(() => {
    drawn.current = { scale, scrollX: scrollXRef.current };
  });

  // Going to a kept position (after the zoom effect above, which would move a position taken on
  // another entry's scale): when the chart mounts (its first frame has the rows of that
  // position already) and on Back or Forward to another entry of the same page. The browser
  // clamps the vertical position to the rows there are now (fewer of them, a taller window): the
  // rows drawn are those of the position it took.
  // Keyboard focus goes back to the item that had it (WCAG 2.4.3: after Back from a project opened
  // with Enter, the user goes on from that bar, not from the top of the page).
  const restoreInputs = useRef({ initialPosition, setScrollX, updateWindow, layout });
  restoreInputs.current = { initialPosition, setScrollX, updateWindow, layout };
  useLayoutEffect(() => {
    const mounting = shownKeyRef.current === null;
    if (!mounting && shownKeyRef.current === positionKey) return;
    // The position so far belongs to the entry left.
    if (!mounting && (positionTimer.current !== undefined || openedRef.current)) reportPosition();
    shownKeyRef.current = positionKey;
    openedRef.current = null;
    const { initialPosition: kept, setScrollX: moveTo, updateWindow: refresh, layout: rowsNow } = restoreInputs.current;
    const scroller = scrollerRef.current;
    if (!kept || !scroller) return;
    if (kept.focus && rowsNow.indexByKey.has(kept.focus.rowKey)) {
      if (!mounting) setActive(kept.focus);
      focusRequested.current = 'inPlace';
    }
    if (!mounting) {
      moveTo(scaleRef.current.x(kept.date));
      // The proxy scrollbar too: a scroll event of a position set before (the zoom effect sets one
      // when the entries' scales differ) would otherwise move the chart back there.
      writeProxy(scrollXRef.current);
    }
    if (kept.top === 0 && mounting) return;
    scroller.scrollTop = kept.top;
    if (scroller.scrollTop !== scrollTopRef.current) {
      scrollTopRef.current = scroller.scrollTop;
      refresh();
    }
  }, [positionKey, reportPosition]);

  // The real size, from a ResizeObserver: its first report comes after the first layout, so reading
  // the size there forces none. The initial position is kept; the window follows the new size.
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      setViewport((previous) =>
        previous.width === scroller.clientWidth && previous.height === scroller.clientHeight
          ? previous
          : { width: scroller.clientWidth, height: scroller.clientHeight },
      ),
    );
    observer.observe(scroller);
    return () => observer.disconnect();
  }, []);

  // The overscan rows follow right after the first paint (requestAnimationFrame runs before the
  // coming paint, a timeout posted there after it).
  useEffect(() => {
    if (overscanRef.current === undefined) return;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timeout = setTimeout(() => {
        overscanRef.current = undefined;
        updateWindow();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timeout);
    };
  }, [updateWindow]);

  // Horizontal wheel and trackpad movement pans the chart; vertical movement stays native.
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const onWheel = (event: WheelEvent) => {
      const dx = event.deltaX !== 0 ? event.deltaX : event.shiftKey ? event.deltaY : 0;
      if (dx === 0 || Math.abs(dx) < Math.abs(event.shiftKey ? 0 : event.deltaY)) return;
      event.preventDefault();
      setScrollX(scrollXRef.current + dx);
    };
    scroller.addEventListener('wheel', onWheel, { passive: false });
    return () => scroller.removeEventListener('wheel', onWheel);
  }, [setScrollX]);

  const scene = useMemo(
    () => buildTimelineScene(model, { zoom, layout, window: win, header: false, markers: false }),
    [model, zoom, layout, win],
  );
  const headerPrimitives = useMemo(
    () =>
      buildTimelineScene(model, {
        zoom,
        layout,
        window: { rowStart: 0, rowEnd: 0, xStart: win.xStart, xEnd: win.xEnd },
      }).header,
    [model, zoom, layout, win.xStart, win.xEnd],
  );
  // The lines run the whole height of the rows and scroll with them (see VerticalMarkers).
  const markerHeight = layout.height;
  const markers = useMemo(
    () => buildVerticalMarkers(model, zoom, { xStart: win.xStart, xEnd: win.xEnd, y1: 0, y2: markerHeight }),
    [model, zoom, win.xStart, win.xEnd, markerHeight],
  );

  // The active row may have vanished (collapsed); fall back to the first row.
  const activeIndex = layout.indexByKey.get(active.rowKey);
  const effectiveActive: GanttFocus =
    activeIndex === undefined ? { rowKey: layout.rows[0]?.key ?? '', target: LABEL_TARGET } : active;
  const effectiveIndex = activeIndex ?? 0;

  /** Row primitives without horizontal clipping (for scrolling a target into view). */
  const fullRow = useCallback(
    (index: number): SceneRow | undefined =>
      buildTimelineScene(model, { zoom, layout, window: { rowStart: index, rowEnd: index + 1 }, header: false, markers: false })
        .rows[0],
    [model, zoom, layout],
  );

  // The row holding the roving tabindex stays mounted even when scrolled away, so Tab still works.
  // The item being moved keeps its shape even when the chart has panned far from it: the bar's
  // preview is drawn from it, and its element keeps the focus (Escape, Enter).
  const editRowKey = edit?.rowKey ?? null;
  const editTarget = edit?.target ?? null;
  const renderedRows = useMemo(() => {
    let rows = scene.rows;
    if (layout.rows.length === 0) return rows;
    if (effectiveIndex < scene.window.rowStart || effectiveIndex >= scene.window.rowEnd) {
      const extra = buildTimelineScene(model, {
        zoom,
        layout,
        window: { rowStart: effectiveIndex, rowEnd: effectiveIndex + 1, xStart: win.xStart, xEnd: win.xEnd },
        header: false,
        markers: false,
      }).rows;
      rows = [...rows, ...extra];
    }
    if (editRowKey !== null && editTarget !== null) {
      const at = rows.findIndex((sceneRow) => sceneRow.row.key === editRowKey);
      const index = layout.indexByKey.get(editRowKey);
      const full = at >= 0 && index !== undefined && !primaryPrimitive(rows[at] as SceneRow, editTarget) ? fullRow(index) : undefined;
      if (full) rows = rows.map((sceneRow, i) => (i === at ? full : sceneRow));
    }
    return rows;
  }, [scene, effectiveIndex, model, zoom, layout, win, editRowKey, editTarget, fullRow]);
  const mountedRows = useMemo(
    () => recycleRows(renderedRows, win.slots, layout.rows.length > 0 ? effectiveIndex : null),
    [renderedRows, win.slots, layout.rows.length, effectiveIndex],
  );
  // Mounted rows sit in slot order in the DOM; assistive technology gets them in row order.
  const rowIdPrefix = `${baseId}-row-`;
  const ownedRows = useMemo(
    () =>
      renderedRows
        .map((sceneRow) => sceneRow.row.index)
        .sort((a, b) => a - b)
        .map((index) => rowIdPrefix + index)
        .join(' '),
    [renderedRows, rowIdPrefix],
  );

  /** Scrolls so that the target is visible; true when something had to move. */
  const ensureVisible = useCallback(
    (focus: GanttFocus): boolean => {
      const scroller = scrollerRef.current;
      const index = layout.indexByKey.get(focus.rowKey);
      if (!scroller || index === undefined) return false;
      const row = layout.rows[index] as LayoutRow;
      const bodyView = scroller.clientHeight - headerHeight;
      let scrollTop = scroller.scrollTop;
      if (row.y < scrollTop) scrollTop = row.y;
      else if (row.y + row.height > scrollTop + bodyView) scrollTop = row.y + row.height - bodyView;
      let nextScrollX = scrollXRef.current;
      const x = anchorX(primaryPrimitive(fullRow(index) as SceneRow, focus.target));
      if (x !== null && (x < nextScrollX + 24 || x > nextScrollX + chartViewWidth - 48)) {
        nextScrollX = Math.max(0, Math.min(maxScrollX, Math.round(x - chartViewWidth / 3)));
      }
      if (scrollTop === scroller.scrollTop && nextScrollX === scrollXRef.current) return false;
      scroller.scrollTop = scrollTop;
      scrollTopRef.current = scroller.scrollTop;
      if (nextScrollX !== scrollXRef.current) {
        scrollXRef.current = nextScrollX;
        // A move of the chart's own: the proxy scrollbar follows it (even when the last move
        // before was the scrollbar's).
        scrollXFromProxyRef.current = false;
        setScrollXState(nextScrollX);
      }
      return true;
    },
    [layout, headerHeight, fullRow, chartViewWidth, maxScrollX],
  );

  // Move DOM focus after a keyboard move: scroll the target into view, then focus it if it is
  // rendered; if it is not, the window update renders it and this effect runs again.
  useLayoutEffect(() => {
    if (!focusRequested.current) return;
    if (focusRequested.current === 'reveal' && ensureVisible(effectiveActive)) updateWindow();
    const element = scrollerRef.current?.querySelector<HTMLElement | SVGElement>(targetSelector(effectiveActive));
    if (element) {
      // The focus given back on returning to the page comes without a tooltip: nobody asked for
      // one, and after a mouse click (no focus ring then) it would cover rows unexplained.
      quietFocusRef.current = focusRequested.current === 'inPlace';
      focusRequested.current = false;
      element.focus({ preventScroll: true });
      quietFocusRef.current = false;
      keepInWindow(element);
    }
  });

  const moveFocus = useCallback((next: GanttFocus) => {
    focusRequested.current = 'reveal';
    setActive(next);
  }, []);

  useImperativeHandle(
    ref,
    () => ({
      pan(direction: -1 | 1) {
        setScrollX(scrollXRef.current + direction * Math.round(chartViewWidth * 0.6));
      },
      scrollToDate(date: string) {
        setScrollX(scale.x(date) - chartViewWidth / 3);
      },
      focus() {
        focusRequested.current = 'reveal';
        setActive((current) => ({ ...current }));
      },
    }),
    [scale, chartViewWidth, setScrollX],
  );

  const rowOf = (rowKey: string): LayoutRow | undefined => {
    const index = layout.indexByKey.get(rowKey);
    return index === undefined ? undefined : layout.rows[index];
  };

  const proposeEdit = (next: Edit, row: LayoutRow) => {
    setEdit(next);
    if (row.kind === 'project') {
      setAnnouncement(
        `${editSubject(row.project, next)}: ${formatDate(next.date)} (bisher ${formatDate(next.oldDate)}). ` +
          'Eingabetaste übernimmt, Escape verwirft.',
      );
    }
  };

  const commitEdit = (current: Edit) => {
    setEdit(null);
    if (current.date === current.oldDate || !onReschedule) {
      setAnnouncement('Keine Änderung.');
      return;
    }
    onReschedule({
      kind: current.kind,
      id: current.id,
      projectId: current.projectId,
      oldDate: current.oldDate,
      newDate: current.date,
    });
    setAnnouncement(`Neues Datum ${formatDate(current.date)} vorgeschlagen.`);
  };

  const activate = (focus: GanttFocus) => {
    const row = rowOf(focus.rowKey);
    if (!row) return;
    if (row.kind === 'project' && row.project.href) {
      openedRef.current = focus;
      onOpen(row.project.href);
    }
    else if (row.expandable) onToggleRow(row.key);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const element = event.target as Element;
    const rowKey = element.getAttribute('data-row-key');
    const target = element.getAttribute('data-target');
    if (!rowKey || !target) return;
    const focus = { rowKey, target };
    const row = rowOf(rowKey);

    if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      const base = edit && edit.rowKey === rowKey && edit.target === target ? edit : editFor(row, target);
      if (!base || !onReschedule || !row) return;
      event.preventDefault();
      const step = (event.ctrlKey || event.metaKey ? 7 : 1) * (event.key === 'ArrowLeft' ? -1 : 1);
      let date = addDays(base.date, step);
      if (base.minDate && date < base.minDate) date = base.minDate;
      // The tooltip with the old dates gives way while a new one is chosen, as during a drag.
      setTip(null);
      proposeEdit({ ...base, date }, row);
      // The proposed date stays in view: a step past the edge pans just as far as needed.
      const x = scale.x(date) + (base.kind === 'projectEnd' ? scale.pxPerDay : 0);
      if (x < scrollXRef.current + 24) setScrollX(x - 24);
      else if (x > scrollXRef.current + chartViewWidth - 48) setScrollX(x - chartViewWidth + 48);
      return;
    }
    if (event.key === 'Escape') {
      if (edit) {
        setEdit(null);
        setAnnouncement('Verschieben abgebrochen.');
      }
      setTip(null);
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      if (edit && edit.rowKey === rowKey && edit.target === target) commitEdit(edit);
      else activate(focus);
      return;
    }
    if (event.key === ' ' && target === LABEL_TARGET && row?.expandable) {
      event.preventDefault();
      onToggleRow(row.key);
      return;
    }
    if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      onZoomChange(zoomIn(zoom));
      return;
    }
    if (event.key === '-') {
      event.preventDefault();
      onZoomChange(zoomOut(zoom));
      return;
    }
    if (NAVIGATION_KEYS.has(event.key)) {
      event.preventDefault();
      const pageSize = Math.max(1, Math.floor((viewport.height - headerHeight) / ROW_HEIGHT) - 1);
      const result = navigate(layout, focus, event.key as TNavigationKey, {
        ctrlKey: event.ctrlKey || event.metaKey,
        pageSize,
        targetsOf: rowFocusTargets,
      });
      if (!result) return;
      if (edit) setEdit(null);
      if (result.toggle) {
        const toggled = rowOf(result.toggle);
        onToggleRow(result.toggle);
        if (toggled) setAnnouncement(toggled.expanded ? 'eingeklappt' : 'ausgeklappt');
      }
      moveFocus(result.focus);
    }
  };

  // Rendering synchronously inside the scroll event puts the new rows into the same frame as the
  // scroll itself, so fast scrolling never shows empty rows (as @tanstack/react-virtual does).
  const handleScroll = () => {
    // A hover tooltip goes; a focus tooltip follows its row (new object: rendered again).
    if (tip) setTip(tip.source === 'hover' ? null : { ...tip });
    scrollTopRef.current = scrollerRef.current?.scrollTop ?? 0;
    flushSync(updateWindow);
    schedulePositionReport();
  };

  const findSceneRow = (rowKey: string): SceneRow | undefined =>
    renderedRows.find((sceneRow) => sceneRow.row.key === rowKey);

  const handleFocus = (event: FocusEvent<HTMLDivElement>) => {
    setHasFocus(true);
    const element = event.target as Element;
    const rowKey = element.getAttribute('data-row-key');
    const target = element.getAttribute('data-target');
    if (!rowKey || !target) return;
    focusedRef.current = { rowKey, target };
    if (rowKey !== active.rowKey || target !== active.target) setActive({ rowKey, target });
    if (edit && (edit.rowKey !== rowKey || edit.target !== target)) setEdit(null);
    if (quietFocusRef.current) return;
    const sceneRow = findSceneRow(rowKey);
    const primitive = sceneRow ? primaryPrimitive(sceneRow, target) : undefined;
    if (!primitive) return;
    const x = anchorX(primitive);
    setTip({
      rowKey,
      primitiveKey: primitive.key,
      left: x === null ? 24 : labelWidth + x - scrollXRef.current,
      source: 'focus',
    });
  };

  const handleBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget as Node | null;
    if (next && scrollerRef.current?.contains(next)) return;
    // Not when the focused element went with its row (a project opened: the page changes).
    if (event.target.isConnected) focusedRef.current = null;
    setHasFocus(false);
    setTip((current) => (current?.source === 'focus' ? null : current));
    if (edit && !dragRef.current) setEdit(null);
  };

  const handlePointerOver = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (dragRef.current) return;
    const element = (event.target as Element).closest('[data-tip]');
    const scroller = scrollerRef.current;
    if (!element || !scroller) {
      setTip((current) => (current?.source === 'hover' ? null : current));
      return;
    }
    const [rowKey, primitiveKey] = (element.getAttribute('data-tip') as string).split('|') as [string, string];
    if (tip && tip.source === 'hover' && tip.primitiveKey === primitiveKey && tip.rowKey === rowKey) return;
    const box = scroller.getBoundingClientRect();
    setTip({ rowKey, primitiveKey, left: event.clientX - box.left + 12, source: 'hover' });
  };

  const handlePointerLeave = () => setTip((current) => (current?.source === 'hover' ? null : current));

  const handlePointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (!onReschedule || event.button !== 0) return;
    const handle = (event.target as Element).closest('[data-drag]');
    const targetElement = handle?.closest('[data-target]');
    if (!handle || !targetElement) return;
    const rowKey = targetElement.getAttribute('data-row-key') as string;
    const target = targetElement.getAttribute('data-target') as string;
    const base = editFor(rowOf(rowKey), target);
    if (!base) return;
    event.preventDefault();
    (targetElement as SVGElement).focus({ preventScroll: true });
    const originX = base.kind === 'projectEnd' ? scale.x(base.oldDate) + scale.pxPerDay : scale.x(base.oldDate);
    // The visible chart area: right of the label column, left of a vertical scrollbar.
    const scroller = scrollerRef.current as HTMLDivElement;
    const chartLeft = scroller.getBoundingClientRect().left + scroller.clientLeft + labelWidth;
    const chartRight = chartLeft + Math.max(0, scroller.clientWidth - labelWidth);

    // The date under the pointer, from the distance moved and the distance panned since the press.
    // A pointer beyond the chart area counts as at its edge: the date is always one in view.
    const follow = (drag: Drag) => {
      const clientX = Math.max(drag.chartLeft, Math.min(drag.chartRight, drag.clientX));
      const x = drag.originX + clientX - drag.startClientX + scrollXRef.current - drag.startScrollX;
      const snapped = scale.dateAt(x);
      let date = drag.edit.kind === 'projectEnd' ? addDays(snapped, -1) : snapped;
      if (drag.edit.minDate && date < drag.edit.minDate) date = drag.edit.minDate;
      if (date !== drag.edit.date) {
        drag.edit = { ...drag.edit, date };
        setEdit(drag.edit);
      }
    };
    // Once per frame while the pointer is in an edge zone: pan (the existing horizontal position,
    // so one render as for any pan), then let the date follow. Stops outside the zones and at the
    // ends of the time axis; the next pointer move starts it again.
    const panFrame = () => {
      const drag = dragRef.current;
      if (!drag) return;
      drag.frame = null;
      if (drag.cancelled || !drag.moved) return;
      const speed = autoPanSpeed(drag.clientX, drag.chartLeft, drag.chartRight);
      // Back in time only until the earliest date the item can take ("Früher geht es nicht"):
      // further on, the proposal would leave the screen while nothing changes.
      if (speed < 0 && drag.edit.minDate && drag.edit.date <= drag.edit.minDate) return;
      const before = scrollXRef.current;
      if (speed !== 0) setScrollXRef.current(before + speed);
      if (scrollXRef.current === before) return;
      follow(drag);
      drag.frame = requestAnimationFrame(panFrame);
    };

    const onMove = (move: PointerEvent) => {
      const drag = dragRef.current;
      if (!drag || move.pointerId !== drag.pointerId || drag.cancelled) return;
      drag.clientX = move.clientX;
      const dx = move.clientX - drag.startClientX;
      if (!drag.moved && Math.abs(dx) > 3) {
        drag.moved = true;
        // The tooltip shows the dates before the move: out of the way while the new one is chosen.
        setTip(null);
      }
      if (!drag.moved) return;
      follow(drag);
      if (drag.frame === null && autoPanSpeed(drag.clientX, drag.chartLeft, drag.chartRight) !== 0) {
        drag.frame = requestAnimationFrame(panFrame);
      }
    };
    const onUp = (up: PointerEvent) => {
      const drag = dragRef.current;
      if (!drag || up.pointerId !== drag.pointerId) return;
      drag.stop();
      dragRef.current = null;
      if (!drag.moved) {
        setEdit(null);
        return;
      }
      suppressClick.current = true;
      if (up.type === 'pointercancel' || drag.cancelled) {
        setEdit(null);
        return;
      }
      commitEdit(drag.edit);
    };
    // Escape cancels the drag wherever the focus is (the moved item may have lost it); the release
    // that follows saves nothing and opens nothing.
    const onKey = (key: globalThis.KeyboardEvent) => {
      const drag = dragRef.current;
      if (key.key !== 'Escape' || !drag || drag.cancelled) return;
      drag.cancelled = true;
      if (drag.frame !== null) cancelAnimationFrame(drag.frame);
      drag.frame = null;
      setEdit(null);
      setAnnouncement('Verschieben abgebrochen.');
    };
    const started: Drag = {
      edit: base,
      pointerId: event.pointerId,
      startClientX: event.clientX,
      startScrollX: scrollXRef.current,
      originX,
      moved: false,
      clientX: event.clientX,
      chartLeft,
      chartRight,
      frame: null,
      cancelled: false,
      stop: () => {
        if (started.frame !== null) cancelAnimationFrame(started.frame);
        started.frame = null;
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        window.removeEventListener('pointercancel', onUp);
        window.removeEventListener('keydown', onKey);
      },
    };
    // A press while another drag is still going (a second finger, a release the page never saw)
    // ends that one without saving it.
    dragRef.current?.stop();
    dragRef.current = started;
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    window.addEventListener('keydown', onKey);
  };

  const handleClick = (event: MouseEvent<HTMLDivElement>) => {
    if (suppressClick.current) {
      suppressClick.current = false;
      event.preventDefault();
      return;
    }
    const element = event.target as Element;
    const toggle = element.closest('[data-toggle]');
    if (toggle) {
      onToggleRow(toggle.getAttribute('data-toggle') as string);
      return;
    }
    const link = element.closest('[data-open]');
    if (link) {
      event.preventDefault();
      // The focus returns to the link's cell (the link itself is no stop of the grid's tab order).
      const cell = link.closest('[data-target]');
      const cellRow = cell?.getAttribute('data-row-key');
      if (cellRow) openedRef.current = { rowKey: cellRow, target: cell?.getAttribute('data-target') as string };
      onOpen(link.getAttribute('data-open') as string);
      return;
    }
    const targetElement = element.closest('[data-target]');
    const target = targetElement?.getAttribute('data-target');
    const rowKey = targetElement?.getAttribute('data-row-key');
    if (target && rowKey && target !== LABEL_TARGET) activate({ rowKey, target });
  };

  // Tooltip content and position, outside the grid (a tooltip is no grid content): below the
  // row, or above it near the bottom edge.
  let tooltip: { lines: string[]; left: number; top: number; above: boolean } | null = null;
  if (tip) {
    const sceneRow = findSceneRow(tip.rowKey);
    const primitive =
      sceneRow?.items.find((p) => p.key === tip.primitiveKey) ?? sceneRow?.labels.find((p) => p.key === tip.primitiveKey);
    if (sceneRow && primitive && 'label' in primitive) {
      const scrollTop = scrollerRef.current?.scrollTop ?? 0;
      const rowTop = headerHeight + sceneRow.row.y - scrollTop;
      const rowBottom = rowTop + sceneRow.row.height;
      const left = Math.max(4, Math.min(tip.left, viewport.width - TOOLTIP_WIDTH - 8));
      const above = rowBottom + 120 > viewport.height && rowTop > headerHeight + 120;
      if (rowBottom > headerHeight && rowTop < viewport.height) {
        tooltip = { lines: primitive.label.split('; '), left, top: above ? rowTop - 2 : rowBottom + 2, above };
      }
    }
  }

  const previewViewEnd = edit ? scrollX + chartViewWidth : 0;
  const previewFor = useMemo(() => {
    const map = new Map<string, RowEditPreview>();
    if (edit) map.set(edit.rowKey, { target: edit.target, date: edit.date, viewEnd: previewViewEnd });
    return map;
  }, [edit, previewViewEnd]);

  const windowWidth = Math.max(0, win.xEnd - win.xStart);
  const canReschedule = onReschedule !== undefined;
  const chartTransform = `translateX(${-scrollX}px)`;

  return (
    <div className={labelWidth < LABEL_COLUMN_COMPACT_BELOW ? 'tl-gantt tl-gantt--compact-labels' : 'tl-gantt'}>
      <div
        ref={scrollerRef}
        className="tl-scroller"
        style={{ height }}
        role="treegrid"
        aria-label={label}
        aria-rowcount={layout.rows.length + 1}
        aria-colcount={2}
        aria-describedby={describedBy}
        data-timeline-scroller=""
        onScroll={handleScroll}
        onKeyDown={handleKeyDown}
        onFocus={handleFocus}
        onBlur={handleBlur}
        onPointerOver={handlePointerOver}
        onPointerLeave={handlePointerLeave}
        onPointerDown={handlePointerDown}
        onClick={handleClick}
      >
        <div className="tl-canvas" style={{ height: headerHeight + layout.height }}>
          <div role="rowgroup" className="tl-header" style={{ height: headerHeight }}>
            <div role="row" aria-rowindex={1} className="tl-header-row">
              <div role="columnheader" aria-colindex={1} className="tl-corner" style={{ width: labelWidth }}>
                <span className="tl-corner-code" aria-hidden="true">
                  Nr.
                </span>
                <span className="tl-corner-title">Projekt</span>
                <span className="tl-corner-status" aria-hidden="true">
                  Status
                </span>
                <span className="tl-corner-maturity" aria-hidden="true" title="Reifegrad 1–3">
                  RG
                </span>
              </div>
              <div role="columnheader" aria-colindex={2} className="tl-header-chart" style={{ left: labelWidth }}>
                <span className="tl-sr-only">{`Zeitachse, Zoomstufe ${ZOOM_LABELS[zoom]}`}</span>
                <svg
                  aria-hidden="true"
                  focusable="false"
                  width={windowWidth}
                  height={headerHeight}
                  viewBox={`${win.xStart} 0 ${windowWidth} ${headerHeight}`}
                  style={{ transform: `translateX(${win.xStart - scrollX}px)` }}
                  dangerouslySetInnerHTML={{ __html: primitivesMarkup(headerPrimitives) }}
                />
              </div>
            </div>
          </div>
          <div
            role="rowgroup"
            ref={bodyRef}
            className="tl-body"
            aria-owns={ownedRows}
            style={
              {
                height: layout.height,
                // Solid colours only: a gradient for the stripes cost the raster threads more than
                // anything else on the page in every scrolling frame (software raster here).
                backgroundColor: TIMELINE_COLOURS.rowBackground,
                '--tl-row-stripe': TIMELINE_COLOURS.rowStripeOverlay,
                // The label cell has an opaque background of its own: its stripe is the solid colour.
                '--tl-label-stripe': TIMELINE_COLOURS.rowStripe,
              } as CSSProperties
            }
          >
            <div className="tl-chart-viewport" style={{ left: labelWidth }} aria-hidden="true">
              <div className="tl-chart-layer" style={{ width: scale.width, transform: chartTransform }}>
                <VerticalMarkers
                  primitives={markers}
                  xStart={win.xStart}
                  width={windowWidth}
                  height={markerHeight}
                />
                {scene.dependencies.map((p) => (
                  <DependencyArrow key={p.key} primitive={p} />
                ))}
              </div>
            </div>
            {mountedRows.map(({ key: mountKey, item: sceneRow }) => {
              const key = sceneRow.row.key;
              const isActive = key === effectiveActive.rowKey;
              return (
                <GanttRow
                  key={mountKey}
                  id={rowIdPrefix + sceneRow.row.index}
                  sceneRow={sceneRow}
                  scale={scale}
                  labelWidth={labelWidth}
                  xStart={win.xStart}
                  xEnd={win.xEnd}
                  tabTarget={isActive ? effectiveActive.target : null}
                  focusedTarget={isActive && hasFocus ? effectiveActive.target : null}
                  preview={previewFor.get(key) ?? null}
                  canReschedule={canReschedule}
                  editHelpId={editHelpId}
                />
              );
            })}
          </div>
        </div>
      </div>
      <LabelColumnSeparator
        width={labelWidth}
        viewportWidth={viewport.width}
        height={headerHeight}
        onChange={setChosenLabelWidth}
      />
      {tooltip ? (
        <div
          role="tooltip"
          className="tl-tooltip"
          style={{
            left: tooltip.left,
            top: tooltip.top,
            maxWidth: TOOLTIP_WIDTH,
            transform: tooltip.above ? 'translateY(-100%)' : undefined,
          }}
        >
          {tooltip.lines.map((line, index) => (
            <div key={index} className={index === 0 ? 'tl-tooltip-title' : undefined}>
              {line}
            </div>
          ))}
        </div>
      ) : null}
      <div
        ref={hScrollRef}
        className="tl-hscroll"
        style={{ marginLeft: labelWidth }}
        aria-hidden="true"
        tabIndex={-1}
        onScroll={handleProxyScroll}
      >
        <div style={{ width: scale.width, height: 1 }} />
      </div>
      <p id={`${baseId}-help`} className="tl-sr-only">
        Pfeiltasten hoch und runter wechseln die Zeile, links und rechts zwischen Projektbalken und Meilensteinen;
        auf der Bezeichnung klappen sie Gruppen ein und aus. Eingabetaste öffnet das Projekt, Plus und Minus ändern die
        Zoomstufe.
      </p>
      {deadlineNames.length > 0 ? (
        <p id={`${baseId}-deadlines`} className="tl-sr-only">
          {`Rechtliche Fristen als senkrechte Linien: ${deadlineNames.join('; ')}.`}
        </p>
      ) : null}
      <p id={editHelpId} className="tl-sr-only">
        Verschiebbar: Umschalt und Pfeil links oder rechts verschiebt um einen Tag, zusätzlich mit Steuerung um eine
        Woche; Eingabetaste übernimmt, Escape verwirft.
      </p>
      <div className="tl-sr-only" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
