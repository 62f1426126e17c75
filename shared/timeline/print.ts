import type { TimelineModel } from './model';
import { commonScale, PRINT_MIN_SCALE_PT, PT_PER_CSS_PX, timelinePagePlan, timelinePages, type PrintArea, type TimelinePageSlot } from './pages';
import type { TTimelineZoom } from './scale';
import { defaultSubtitle, svgSize } from './svg';

/**
 * The browser's print of the timeline: the shared paging (pages.ts) on a landscape A4 or A3
 * page, at the zoom level the user chose. No page is shrunk below the scale at which the
 * smallest text prints at 7 pt; a wide date axis is cut into periods instead.
 */

export type TPrintFormat = 'A4' | 'A3';

/** Printable area of a landscape page in CSS pixels (96 dpi) after 10 mm margins. */
export const PRINT_PAGE_SIZE: Record<TPrintFormat, { width: number; height: number }> = {
  A4: { width: Math.floor((277 / 25.4) * 96), height: Math.floor((190 / 25.4) * 96) },
  A3: { width: Math.floor((400 / 25.4) * 96), height: Math.floor((277 / 25.4) * 96) },
};

/** CSS pixels per SVG unit at which the smallest text prints at 7 pt. */
export const PRINT_MIN_SCALE_PX = PRINT_MIN_SCALE_PT / PT_PER_CSS_PX;
/** A small drawing is printed at most at its size on screen. */
const PRINT_MAX_SCALE_PX = 1;

export interface PrintPage {
  svg: string;
  /** The size to print the SVG at, in CSS pixels: every page at the same scale. */
  width: number;
  height: number;
}

export interface PrintOptions {
  zoom: TTimelineZoom;
  collapsed?: ReadonlySet<string>;
  title?: string;
  format: TPrintFormat;
}

/** "Zeitraum 2017–2020 · Projektzeilen 1–18 · Stand: 23.11.2026 · Zoomstufe: Quartal" */
function subtitle(model: TimelineModel, zoom: TTimelineZoom, slot: TimelinePageSlot): string {
  const rows = slot.projects ? `Projektzeilen ${slot.projects.first}–${slot.projects.last}` : 'keine Projekte';
  return [slot.period ? `Zeitraum ${slot.period.label}` : '', slot.rowPages > 1 ? rows : '', defaultSubtitle(model, zoom)]
    .filter(Boolean)
    .join(' · ');
}

const floor2 = (value: number): number => Math.floor(value * 100) / 100;

const printArea = (format: TPrintFormat): PrintArea => ({ ...PRINT_PAGE_SIZE[format], minScale: PRINT_MIN_SCALE_PX });

/** How many pages the print takes, without drawing them (for the hint beside the print button). */
export function printPageCount(model: TimelineModel, options: Omit<PrintOptions, 'title'>): number {
  const { bands, rowRanges } = timelinePagePlan(model, { ...options, area: printArea(options.format) });
  return bands.length * rowRanges.length;
}

/**
 * The timeline's print pages for the chosen paper: each with title ("… (Seite 3 von 12)"), the
 * period and rows it holds, legend, date header and label column.
 */
export function renderTimelineSvgPages(model: TimelineModel, options: PrintOptions): PrintPage[] {
  const area = printArea(options.format);
  const title = options.title ?? 'Zeitplan';
  const pages = timelinePages(model, {
    zoom: options.zoom,
    collapsed: options.collapsed,
    area,
    text: (slot) => ({
      title: slot.total > 1 ? `${title} (Seite ${slot.index + 1} von ${slot.total})` : title,
      subtitle: subtitle(model, options.zoom, slot),
    }),
  });
  const sizes = pages.map((page) => svgSize(page.svg));
  const scale = commonScale(sizes, area, PRINT_MAX_SCALE_PX);
  return pages.map((page, i) => ({
    svg: page.svg,
    width: floor2(sizes[i]!.width * scale),
    height: floor2(sizes[i]!.height * scale),
  }));
}
