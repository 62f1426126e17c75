import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { collapsibleRowKeys } from '../../../../shared/timeline/layout';
import type { TimelineModel } from '../../../../shared/timeline/model';
import { ZOOM_LABELS, ZOOM_LEVELS, type TTimelineZoom } from '../../../../shared/timeline/scale';
import { printPageCount, type TPrintFormat } from '../../../../shared/timeline/print';
import { downloadTimelinePng, downloadTimelineSvg, exportFileName } from './export';
import { Gantt, type GanttHandle } from './Gantt';
import { Legend } from './Legend';
import { PrintPages } from './PrintPages';
import { TimelineTable } from './TimelineTable';
import type { ChartPosition, RescheduleRequest } from './types';
import './timeline.css';

export interface TimelineViewProps {
  model: TimelineModel;
  /** Heading of the export and print, and accessible name of the chart. */
  title: string;
  /**
   * The zoom level the chart opens with, and takes again whenever the caller's value changes (the
   * URL's, on Back and Forward); the chart's own changes are reported through onZoomChange.
   */
  zoom?: TTimelineZoom;
  /** Every change of the zoom level (buttons, plus and minus keys), e.g. to keep it in the URL. */
  onZoomChange?: (zoom: TTimelineZoom) => void;
  /** Row keys (`group:<id>`, `project:<id>`) collapsed, as `zoom`: at the start and when the caller's value changes. */
  collapsed?: ReadonlySet<string>;
  /** Every change of the collapsed rows (a toggle, "Alle aus-/einklappen"), e.g. to keep them in the URL. */
  onCollapsedChange?: (collapsed: ReadonlySet<string>) => void;
  onOpen: (href: string) => void;
  /** When given, editable projects can be rescheduled; the caller confirms and saves. */
  onReschedule?: (request: RescheduleRequest) => void;
  /** Height of the chart's scroll area. */
  height?: number | string;
  /** Where the chart opens (the position kept with a history entry); its default when null. */
  position?: ChartPosition | null;
  /** The history entry `position` belongs to: a new one moves the chart to its `position`. */
  positionKey?: string;
  /** Where the chart stands, with the entry it belongs to (see GanttProps.onPositionChange). */
  onPositionChange?: (position: ChartPosition, positionKey: string | undefined) => void;
}

const EMPTY_SET: ReadonlySet<string> = new Set();

const sameKeys = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((key) => b.has(key));

/** Zeitplan: toolbar, Gantt or table, legend, SVG/PNG export and printing. */
export function TimelineView({
  model,
  title,
  zoom: callerZoom = 'quarter',
  onZoomChange,
  collapsed: callerCollapsed = EMPTY_SET,
  onCollapsedChange,
  onOpen,
  onReschedule,
  height,
  position,
  positionKey,
  onPositionChange,
}: TimelineViewProps) {
  const [zoom, setZoomState] = useState<TTimelineZoom>(callerZoom);
  const [collapsed, setCollapsedState] = useState<ReadonlySet<string>>(callerCollapsed);
  const [view, setView] = useState<'gantt' | 'table'>('gantt');
  const [printFormat, setPrintFormat] = useState<TPrintFormat>('A4');
  const [printing, setPrinting] = useState(false);
  const [status, setStatus] = useState('');
  const ganttRef = useRef<GanttHandle>(null);
  // The chart's latest position in the entry shown: after the table view, the chart opens where
  // it was left. Another entry starts from the position kept for it.
  const positionRef = useRef({ key: positionKey, position: position ?? null });
  if (positionRef.current.key !== positionKey) positionRef.current = { key: positionKey, position: position ?? null };
  const keepPosition = useCallback(
    (next: ChartPosition, key: string | undefined) => {
      if (key === positionRef.current.key) positionRef.current.position = next;
      onPositionChange?.(next, key);
    },
    [onPositionChange],
  );
  const printPagesId = useId();

  // How many pages the print takes (a wide date axis at zoom Monat takes many): said beside the
  // button before anyone prints. Counted when the browser is idle (for 5,000 projects at zoom
  // Monat it takes some tens of milliseconds), so that it delays neither the first rows nor input.
  const [printPages, setPrintPages] = useState<number | null>(null);
  useEffect(() => {
    const count = () => setPrintPages(printPageCount(model, { zoom, collapsed, format: printFormat }));
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(count, { timeout: 2000 });
      return () => cancelIdleCallback(idle);
    }
    const timeout = setTimeout(count, 200);
    return () => clearTimeout(timeout);
  }, [model, zoom, collapsed, printFormat]);

  const setZoom = useCallback(
    (next: TTimelineZoom) => {
      setZoomState(next);
      onZoomChange?.(next);
    },
    [onZoomChange],
  );

  // The latest state and callback in refs: toggleRow stays one function for the Gantt's rows, and
  // two toggles before the next render build on each other; the caller hears of each change once
  // (not from inside a state updater, which React may call twice).
  const collapsedRef = useRef(collapsed);
  const onCollapsedChangeRef = useRef(onCollapsedChange);
  useEffect(() => {
    onCollapsedChangeRef.current = onCollapsedChange;
  }, [onCollapsedChange]);
  const setCollapsed = useCallback((next: ReadonlySet<string>) => {
    if (sameKeys(next, collapsedRef.current)) return;
    collapsedRef.current = next;
    setCollapsedState(next);
    onCollapsedChangeRef.current?.(next);
  }, []);

  // The caller's values win when they change (Back and Forward through entries of the URL): the
  // chart shows what the address says. After a change of the chart's own, the caller's value comes
  // back equal to the state, and nothing happens.
  useLayoutEffect(() => setZoomState(callerZoom), [callerZoom]);
  useLayoutEffect(() => {
    if (sameKeys(callerCollapsed, collapsedRef.current)) return;
    collapsedRef.current = callerCollapsed;
    setCollapsedState(callerCollapsed);
  }, [callerCollapsed]);

  const toggleRow = useCallback(
    (rowKey: string) => {
      const next = new Set(collapsedRef.current);
      if (next.has(rowKey)) next.delete(rowKey);
      else next.add(rowKey);
      setCollapsed(next);
    },
    [setCollapsed],
  );

  // Ctrl+P prints the paged timeline as well, not only the print button.
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const print = () => {
    flushSync(() => setPrinting(true));
    window.print();
  };

  const exportOptions = { zoom, collapsed, title };
  const downloadSvg = () => {
    downloadTimelineSvg(model, exportOptions, exportFileName(title, model.today, 'svg'));
    setStatus('SVG-Datei erstellt.');
  };
  const downloadPng = async () => {
    setStatus('PNG-Datei wird erstellt …');
    try {
      await downloadTimelinePng(model, exportOptions, exportFileName(title, model.today, 'png'));
      setStatus('PNG-Datei erstellt.');
    } catch {
      setStatus('Die PNG-Datei konnte nicht erstellt werden. Bitte die SVG-Datei verwenden.');
    }
  };

  return (
    <section className="tl-view" aria-label={title}>
      <div className="tl-toolbar">
        <div className="tl-toolbar-group" role="group" aria-label="Ansicht">
          <button type="button" className="tl-button" aria-pressed={view === 'gantt'} onClick={() => setView('gantt')}>
            Zeitplan
          </button>
          <button type="button" className="tl-button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            Tabelle
          </button>
        </div>
        {view === 'gantt' ? (
          <>
            <div className="tl-toolbar-group" role="group" aria-label="Zoomstufe">
              <span className="tl-toolbar-label" aria-hidden="true">
                Zoom:
              </span>
              {ZOOM_LEVELS.map((level) => (
                <button
                  key={level}
                  type="button"
                  className="tl-button"
                  aria-pressed={zoom === level}
                  onClick={() => setZoom(level)}
                >
                  {ZOOM_LABELS[level]}
                </button>
              ))}
            </div>
            <div className="tl-toolbar-group" role="group" aria-label="Zeitraum verschieben">
              <button type="button" className="tl-button" onClick={() => ganttRef.current?.pan(-1)}>
                <span aria-hidden="true">‹ </span>Früher
              </button>
              <button type="button" className="tl-button" onClick={() => ganttRef.current?.scrollToDate(model.today)}>
                Heute
              </button>
              <button type="button" className="tl-button" onClick={() => ganttRef.current?.pan(1)}>
                Später<span aria-hidden="true"> ›</span>
              </button>
            </div>
            <div className="tl-toolbar-group" role="group" aria-label="Gliederung">
              <button type="button" className="tl-button" onClick={() => setCollapsed(EMPTY_SET)}>
                Alle ausklappen
              </button>
              <button
                type="button"
                className="tl-button"
                onClick={() => setCollapsed(new Set(collapsibleRowKeys(model).filter((key) => key.startsWith('group:'))))}
              >
                Alle einklappen
              </button>
            </div>
          </>
        ) : null}
        <div className="tl-toolbar-group" role="group" aria-label="Export und Druck">
          <button type="button" className="tl-button" onClick={downloadSvg}>
            SVG herunterladen
          </button>
          <button type="button" className="tl-button" onClick={() => void downloadPng()}>
            PNG herunterladen
          </button>
          <label className="tl-toolbar-label">
            <span className="tl-sr-only">Papierformat</span>
            <select
              className="tl-select"
              value={printFormat}
              onChange={(event) => setPrintFormat(event.target.value as TPrintFormat)}
            >
              <option value="A4">A4 quer</option>
              <option value="A3">A3 quer</option>
            </select>
          </label>
          <button
            type="button"
            className="tl-button"
            onClick={print}
            aria-describedby={printPages === null ? undefined : printPagesId}
          >
            Drucken
          </button>
          {printPages === null ? null : (
            <span id={printPagesId} className="tl-toolbar-label">
              {printPages === 1 ? '1 Seite' : `${printPages.toLocaleString('de-DE')} Seiten`}
            </span>
          )}
        </div>
      </div>
      <div className="tl-sr-only" role="status">
        {status}
      </div>
      <details className="tl-legend-details" open>
        <summary>Legende</summary>
        <Legend model={model} />
      </details>
      <details className="tl-legend-details">
        <summary>Tastaturbedienung</summary>
        <ul className="tl-help">
          <li>Pfeil hoch/runter: nächste Zeile; Bild auf/ab: eine Seite; Strg+Pos1/Ende: erste/letzte Zeile</li>
          <li>Pfeil links/rechts: Bezeichnung, Projektbalken, Meilensteine; auf einer Gruppe: ein-/ausklappen</li>
          <li>Eingabetaste: Projekt öffnen; Leertaste: Gruppe ein-/ausklappen; Plus/Minus: Zoomstufe</li>
          {onReschedule ? (
            <li>
              Umschalt+Pfeil links/rechts auf Balken oder Meilenstein: Datum um einen Tag verschieben (mit Strg: eine
              Woche), Eingabetaste übernimmt, Escape verwirft
            </li>
          ) : null}
        </ul>
      </details>
      {view === 'gantt' ? (
        <Gantt
          ref={ganttRef}
          model={model}
          zoom={zoom}
          collapsed={collapsed}
          onZoomChange={setZoom}
          onToggleRow={toggleRow}
          onOpen={onOpen}
          onReschedule={onReschedule}
          label={title}
          height={height}
          initialPosition={positionRef.current.position}
          positionKey={positionKey}
          onPositionChange={keepPosition}
        />
      ) : (
        <TimelineTable model={model} onOpen={onOpen} caption={title} />
      )}
      {printing ? (
        <PrintPages model={model} zoom={zoom} collapsed={collapsed} format={printFormat} title={title} />
      ) : null}
    </section>
  );
}
