import { describe, expect, it } from 'vitest';
import type { TimelineModel } from '../../../shared/timeline/model';
import { project, unnaModel } from '../../../shared/timeline/test-model';
import {
  FIGURE_AREA,
  FIGURE_MIN_FONT_PT,
  FIGURE_MIN_SCALE,
  figureScale,
  svgSize,
  TIMELINE_MIN_FONT_UNITS,
} from '../../reports/figure-page';
import { printZoom, timelinePrintPages } from './timeline-pages';

/** Many projects over twelve years: more rows than one page holds, a wider axis than one page. */
function largeModel(): TimelineModel {
  const groups = [
    { id: 'kunden', title: 'Geschäftsprozesse für Kunden' },
    { id: 'intern', title: 'Interne Geschäftsprozesse' },
  ];
  const rows = Array.from({ length: 40 }, (_, i) =>
    project({
      id: `p${i}`,
      groupId: i < 20 ? 'kunden' : 'intern',
      code: String(i + 1),
      title: `Vorhaben ${i + 1}`,
      plannedStart: `${2016 + (i % 10)}-01-01`,
      plannedEnd: `${2018 + (i % 10)}-06-30`,
    }),
  );
  return { groups, rows, dependencies: [], deadlines: [{ id: 'ozg', label: '§ 1 OZG', title: 'OZG', date: '2022-12-31' }], today: '2021-06-30' };
}

/** Three projects over two years. */
function smallModel(): TimelineModel {
  const model = unnaModel();
  return {
    ...model,
    rows: [
      project({ id: 'a', groupId: 'intern', code: '1', title: 'DMS-Einführung', plannedStart: '2019-01-01', plannedEnd: '2020-06-30' }),
      project({ id: 'b', groupId: 'intern', code: '2', title: 'Elektronische Akte', plannedStart: '2019-04-01', plannedEnd: '2020-03-31' }),
      project({ id: 'c', groupId: 'kunden', code: '3', title: 'Serviceportal', plannedStart: '2019-07-01', plannedEnd: '2020-09-30' }),
    ],
    deadlines: [{ id: '7a', label: '§ 7a EGovG NRW', title: 'E-Rechnung', date: '2020-04-01' }],
    today: '2020-06-30',
  };
}

function figure(model: TimelineModel) {
  return timelinePrintPages(model, { zoom: printZoom(model), title: 'Zeitplan der Projekte', subtitle: 'Stand: Stichtag 30.06.2021' });
}

function fontSizes(svg: string): number[] {
  return [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
}

describe('[REPORT] timeline print pages', () => {
  it('[REPORT] a small figure is one page with the shared renderer’s title, legend and header', () => {
    const pages = figure(smallModel());
    expect(pages).toHaveLength(1);
    expect(pages[0]!.label).toBe('');
    expect(pages[0]!.svg).toContain('Zeitplan der Projekte');
    expect(pages[0]!.svg).toContain('Meilenstein geplant');
    expect(pages[0]!.svg).toContain('>DMS-Einführung</text>');
    expect(pages[0]!.svg).toContain('>Serviceportal</text>');
  });

  it('[REPORT] every page fits the landscape area with its smallest text at 7 pt or more', () => {
    for (const model of [smallModel(), unnaModel(), largeModel()]) {
      const pages = figure(model);
      const sizes = pages.map((page) => svgSize(page.svg));
      const scale = figureScale(sizes);
      expect(scale).toBeGreaterThanOrEqual(FIGURE_MIN_SCALE);
      for (const [i, page] of pages.entries()) {
        expect(sizes[i]!.width * scale).toBeLessThanOrEqual(FIGURE_AREA.width + 0.01);
        expect(sizes[i]!.height * scale).toBeLessThanOrEqual(FIGURE_AREA.height + 0.01);
        expect(Math.min(...fontSizes(page.svg))).toBeGreaterThanOrEqual(TIMELINE_MIN_FONT_UNITS);
        expect(Math.min(...fontSizes(page.svg)) * scale).toBeGreaterThanOrEqual(FIGURE_MIN_FONT_PT);
      }
    }
  });

  it('[REPORT] six years do not fit one page at 7 pt: two periods of whole years, all rows on each', () => {
    const pages = figure(unnaModel());
    expect(pages.map((page) => page.label)).toEqual(['Teil 1 von 2, Zeitraum 2018–2020', 'Teil 2 von 2, Zeitraum 2021–2023']);
  });

  it('[REPORT] a large figure is split by rows and by periods, each page repeating title, legend, header and label column', () => {
    const model = largeModel();
    const pages = figure(model);
    const periods = new Set(pages.map((page) => /Zeitraum (\d{4}–\d{4})/.exec(page.label)?.[1]));
    expect(periods.size).toBeGreaterThan(1);
    expect(pages.length).toBeGreaterThan(periods.size);
    pages.forEach((page, i) => {
      expect(page.label).toMatch(new RegExp(`^Teil ${i + 1} von ${pages.length}, Projektzeilen \\d+–\\d+, Zeitraum \\d{4}–\\d{4}$`));
      expect(page.svg).toContain(`Zeitplan der Projekte (Teil ${i + 1} von ${pages.length})`);
      expect(page.svg).toContain('Meilenstein geplant');
      expect(page.svg).toContain('>Projekt</text>');
      // The copies of the drawing lose its white background and frame (they would cover the
      // other copy and run into the margins): only the page's own background remains.
      expect(page.svg.match(/<rect x="0" y="0" width="[\d.]+" height="[\d.]+" fill="#ffffff"\/>/g)).toHaveLength(1);
      expect(page.svg.match(/fill="none" stroke="[^"]+" stroke-width="1"\/>/g)).toHaveLength(1);
    });
    // Every project is on one row page, and there in every period.
    for (const row of model.rows) {
      const on = pages.filter((page) => page.svg.includes(`>${row.title}</text>`));
      expect(on).toHaveLength(periods.size);
    }
    // A period page carries only its own years' header labels.
    const first = pages[0]!;
    const [from, to] = /Zeitraum (\d{4})–(\d{4})/.exec(first.label)!.slice(1).map(Number);
    const years = [...first.svg.matchAll(/>(\d{4})<\/text>/g)].map((m) => Number(m[1]));
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((year) => year >= from! && year <= to!)).toBe(true);
  });
});
