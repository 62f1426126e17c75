import { describe, expect, it } from 'vitest';
import type { TimelineModel } from './model';
import {
  contentWithin,
  maxPeriodWidth,
  PRINT_MIN_FONT_PT,
  PRINT_MIN_SCALE_PT,
  timelinePages,
  timelinePeriods,
  TIMELINE_MIN_FONT_UNITS,
  type PrintArea,
} from './pages';
import { getTimelineLayout, getTimelineScale } from './scene';
import { svgSize } from './svg';
import { project, unnaModel } from './test-model';
import { checkWellFormedXml } from './test-xml';

/** 45 projects whose plans run from 2017 to 2031: the axis of the Unna plan, more rows than a page. */
function wideModel(): TimelineModel {
  const groups = [
    { id: 'kunden', title: 'Geschäftsprozesse für Kunden' },
    { id: 'intern', title: 'Interne Geschäftsprozesse' },
  ];
  const rows = Array.from({ length: 45 }, (_, i) =>
    project({
      id: `p${i}`,
      groupId: i < 20 ? 'kunden' : 'intern',
      code: String(i + 1),
      title: `Vorhaben ${i + 1}`,
      plannedStart: `${2017 + (i % 13)}-01-01`,
      plannedEnd: `${2019 + (i % 13)}-06-30`,
    }),
  );
  return {
    groups,
    rows,
    dependencies: [],
    deadlines: [{ id: 'ozg', label: '§ 1 OZG', title: 'OZG', date: '2022-12-31' }],
    today: '2024-06-30',
  };
}

/** A4 landscape after 10 mm margins, in points. */
const A4: PrintArea = { width: 785, height: 538, minScale: PRINT_MIN_SCALE_PT };

function fontSizes(svg: string): number[] {
  return [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
}

function pagesOf(model: TimelineModel, zoom: 'month' | 'quarter' | 'halfyear' | 'year', area = A4) {
  return timelinePages(model, {
    zoom,
    area,
    text: (slot) => ({ title: `Zeitplan (Seite ${slot.index + 1} von ${slot.total})`, subtitle: slot.period?.label ?? '' }),
  });
}

describe('[PRINT] periods of the date axis', () => {
  it('[PRINT] the smallest text, 10 units, prints at 7 pt at the minimum scale', () => {
    expect(TIMELINE_MIN_FONT_UNITS * PRINT_MIN_SCALE_PT).toBeCloseTo(PRINT_MIN_FONT_PT, 10);
  });

  it('[PRINT] an axis of 15 years at zoom Quartal is cut into bands of whole years that each fit the page', () => {
    const scale = getTimelineScale(wideModel(), 'quarter');
    const years = scale.ticks('top');
    expect(years.map((year) => year.text)).toEqual(Array.from({ length: 15 }, (_, i) => String(2017 + i)));
    // Room for four years but not five.
    const maxWidth = 4 * 366 * 1.6;
    const bands = timelinePeriods(scale, maxWidth);
    expect(bands.map((band) => band.label)).toEqual(['2017–2020', '2021–2024', '2025–2028', '2029–2031']);
    expect(bands[0]!.x0).toBe(0);
    expect(bands.at(-1)!.x1).toBe(scale.width);
    for (const [i, band] of bands.entries()) {
      expect(band.x1 - band.x0).toBeLessThanOrEqual(maxWidth);
      if (i > 0) expect(band.x0).toBe(bands[i - 1]!.x1);
    }
  });

  it('[PRINT] the years are spread evenly rather than leaving a last band of one year', () => {
    const scale = getTimelineScale(wideModel(), 'quarter');
    // Room for seven years: 15 years need three bands, of five years each.
    const bands = timelinePeriods(scale, 7 * 366 * 1.6);
    expect(bands.map((band) => band.label)).toEqual(['2017–2021', '2022–2026', '2027–2031']);
  });

  it('[PRINT] at zoom Monat, where a year is wider than a page, the bands are whole quarters', () => {
    const scale = getTimelineScale(wideModel(), 'month');
    const maxWidth = maxPeriodWidth(A4);
    expect(scale.width).toBeGreaterThan(20 * maxWidth);
    const bands = timelinePeriods(scale, maxWidth);
    expect(bands[0]!.label).toMatch(/^Q1 2017(–Q\d 2017)?$/);
    expect(bands.at(-1)!.label).toMatch(/Q4 2031$/);
    for (const band of bands) expect(band.x1 - band.x0).toBeLessThanOrEqual(maxWidth);
  });

  it('[PRINT] an axis that fits is one band without a label', () => {
    const scale = getTimelineScale(wideModel(), 'year');
    expect(timelinePeriods(scale, scale.width)).toEqual([{ x0: 0, x1: scale.width, label: '' }]);
  });
});

describe('[PRINT] timeline pages', () => {
  it('[PRINT] a wide, long plan is split by rows and by periods; every page fits the area at the minimum scale', () => {
    const model = wideModel();
    for (const zoom of ['month', 'quarter', 'halfyear', 'year'] as const) {
      const pages = pagesOf(model, zoom);
      expect(pages.length).toBeGreaterThan(1);
      for (const { svg } of pages) {
        const size = svgSize(svg);
        expect(size.width * A4.minScale, zoom).toBeLessThanOrEqual(A4.width + 0.01);
        expect(size.height * A4.minScale, zoom).toBeLessThanOrEqual(A4.height + 0.01);
        expect(Math.min(...fontSizes(svg)) * A4.minScale).toBeGreaterThanOrEqual(PRINT_MIN_FONT_PT);
      }
    }
  });

  it('[PRINT] each page repeats title, legend, date header and label column', () => {
    const pages = pagesOf(wideModel(), 'quarter');
    for (const { svg, slot } of pages) {
      checkWellFormedXml(svg);
      expect(svg).toContain(`>Zeitplan (Seite ${slot.index + 1} von ${slot.total})</text>`);
      expect(svg).toContain('<title>Legende</title>');
      expect(svg).toContain('>Meilenstein geplant</text>');
      // Date header: the period's years, and no other year.
      const years = [...svg.matchAll(/>(\d{4})<\/text>/g)].map((m) => m[1]!);
      const [from, to] = slot.period!.label.split('–').map(Number);
      expect(years.length).toBeGreaterThan(0);
      expect(years.every((year) => Number(year) >= from! && Number(year) <= (to ?? from)!)).toBe(true);
      // One title and one description: the page's, not the inner drawing's empty ones as well.
      expect(svg.match(/<desc>/g)).toHaveLength(1);
      expect(svg).toMatch(/^<svg[^>]*><title>Zeitplan \(Seite \d+ von \d+\) – [^<]+<\/title><desc>/);
      expect(svg).not.toContain('<title> – </title>');
      // Nothing of the chart below its frame: the margin there is covered, as left and right.
      const frame = /<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" fill="none" stroke="[^"]+" stroke-width="1"\/><\/svg>$/.exec(svg)!;
      const frameBottom = Number(frame[1]) + Number(frame[2]);
      const { width, height } = svgSize(svg);
      expect(svg).toContain(`<rect x="-2" y="${frameBottom}" width="${width + 4}" height="${Math.round((height - frameBottom + 2) * 100) / 100}" fill="#ffffff"/>`);
      // Label column with its column titles and the page's first project.
      expect(svg).toContain('>Nr.</text>');
      expect(svg).toContain('>Projekt</text>');
      const first = getTimelineLayout(wideModel()).rows.slice(slot.rows.start, slot.rows.end).find((row) => row.kind === 'project');
      if (first?.kind === 'project') expect(svg).toContain(`>${first.project.title}</text>`);
    }
  });

  it('[PRINT] pages run through all periods of the first rows, then of the next rows; no row is lost or repeated', () => {
    const model = wideModel();
    const layout = getTimelineLayout(model);
    const pages = pagesOf(model, 'quarter');
    const periods = [...new Set(pages.map((page) => page.slot.period!.label))];
    expect(periods.length).toBeGreaterThan(1);
    const rowPages = pages[0]!.slot.rowPages;
    expect(rowPages).toBeGreaterThan(1);
    expect(pages).toHaveLength(rowPages * periods.length);
    pages.forEach(({ slot }, i) => {
      expect(slot.index).toBe(i);
      expect(slot.total).toBe(pages.length);
      expect(slot.period!.label).toBe(periods[i % periods.length]);
    });
    // The row ranges, one per stack of period pages, cover the layout once, in order.
    const ranges = pages.filter((_, i) => i % periods.length === 0).map((page) => page.slot.rows);
    expect(ranges[0]!.start).toBe(0);
    expect(ranges.at(-1)!.end).toBe(layout.rows.length);
    ranges.slice(1).forEach((range, i) => expect(range.start).toBe(ranges[i]!.end));
    // Every project is on one stack, and there on every period's page; numbered in order.
    for (const row of model.rows) {
      const on = pages.filter(({ svg }) => svg.includes(`>${row.title}</text>`));
      expect(on, row.title).toHaveLength(periods.length);
      expect(new Set(on.map((page) => page.slot.rows.start)).size).toBe(1);
    }
    expect(ranges.length).toBe(rowPages);
    const numbered = pages.filter((_, i) => i % periods.length === 0).map((page) => page.slot.projects!);
    expect(numbered[0]!.first).toBe(1);
    expect(numbered.at(-1)!.last).toBe(model.rows.length);
  });

  it('[PRINT] a plan that fits is one page of the whole axis', () => {
    const model = { ...unnaModel(), rows: unnaModel().rows.slice(0, 3) };
    const pages = pagesOf(model, 'year', { width: 2000, height: 1400, minScale: PRINT_MIN_SCALE_PT });
    expect(pages).toHaveLength(1);
    expect(pages[0]!.slot.period).toBeNull();
    expect(pages[0]!.slot.rowPages).toBe(1);
  });

  it('[PRINT] a part of a page keeps the texts starting in it and drops the groups beyond it', () => {
    const markup =
      '<g transform="translate(16 40)"><rect x="0" y="0" width="400" height="5"/><text x="10" y="1">links</text>' +
      '<g transform="translate(400 0)"><rect x="0" y="0" width="5" height="5"/><g><title>Balken</title><rect x="1" y="1" width="1" height="1"/></g>' +
      '<text x="10" y="1">mitte</text><text x="600" y="1">rechts</text></g><line x1="400" y1="0" x2="400" y2="9"/></g>';
    const chart = contentWithin(markup, 600, 816);
    expect(chart).not.toContain('links');
    expect(chart).not.toContain('width="400"');
    expect(contentWithin(markup, 416, 816)).toContain('mitte');
    expect(chart).not.toContain('mitte');
    expect(chart).not.toContain('rechts');
    expect(chart).toContain('<title>Balken</title>');
    const labels = contentWithin(markup, 0, 416);
    expect(labels).toBe(
      '<g transform="translate(16 40)"><rect x="0" y="0" width="400" height="5"/><text x="10" y="1">links</text><line x1="400" y1="0" x2="400" y2="9"/></g>',
    );
  });
});
