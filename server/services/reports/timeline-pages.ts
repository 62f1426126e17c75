import type { TReportTimelinePage } from '../../../shared/schemas/report';
import type { TimelineModel } from '../../../shared/timeline/model';
import { maxPeriodWidth, timelinePages, type PrintArea, type TimelinePageSlot } from '../../../shared/timeline/pages';
import type { TTimelineZoom } from '../../../shared/timeline/scale';
import { getTimelineScale } from '../../../shared/timeline/scene';
import { FIGURE_AREA, FIGURE_MIN_SCALE } from '../../reports/figure-page';

/**
 * The Gantt figure cut into landscape print pages that keep every text at least
 * FIGURE_MIN_FONT_PT when printed: the shared paging (shared/timeline/pages.ts) on the report's
 * figure area, with the report's page titles and captions.
 */

const REPORT_AREA: PrintArea = { width: FIGURE_AREA.width, height: FIGURE_AREA.height, minScale: FIGURE_MIN_SCALE };

const ZOOMS: readonly TTimelineZoom[] = ['quarter', 'halfyear', 'year'];

/** The finest zoom whose whole date axis fits one page at the minimum scale, else years. */
export function printZoom(model: TimelineModel): TTimelineZoom {
  return ZOOMS.find((zoom) => getTimelineScale(model, zoom).width <= maxPeriodWidth(REPORT_AREA)) ?? 'year';
}

export interface PrintFigure {
  zoom: TTimelineZoom;
  title: string;
  subtitle: string;
  collapsed?: ReadonlySet<string>;
}

/** "Teil 2 von 4" when the figure has several pages. */
function part(slot: TimelinePageSlot): string {
  return slot.total > 1 ? `Teil ${slot.index + 1} von ${slot.total}` : '';
}

/** The caption under a page: "Teil 3 von 4, Projektzeilen 21–40, Zeitraum 2016–2021". */
function caption(slot: TimelinePageSlot): string {
  const rows = slot.projects ? `Projektzeilen ${slot.projects.first}–${slot.projects.last}` : 'keine Projekte';
  return [part(slot), slot.rowPages > 1 ? rows : '', slot.period ? `Zeitraum ${slot.period.label}` : '']
    .filter(Boolean)
    .join(', ');
}

export function timelinePrintPages(model: TimelineModel, figure: PrintFigure): TReportTimelinePage[] {
  const pages = timelinePages(model, {
    zoom: figure.zoom,
    collapsed: figure.collapsed,
    area: REPORT_AREA,
    text: (slot) => {
      const title = part(slot) ? `${figure.title} (${part(slot)})` : figure.title;
      if (!slot.period) return { title, subtitle: figure.subtitle };
      return {
        title,
        subtitle: `${figure.subtitle} · Zeitraum ${slot.period.label}`,
        description: `${title}: ${caption(slot)}.`,
      };
    },
  });
  return pages.map(({ svg, slot }) => ({ svg, label: caption(slot) }));
}
