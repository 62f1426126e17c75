import { describe, expect, it } from 'vitest';
import type { TimelineModel } from './model';
import { PRINT_MIN_FONT_PT, PT_PER_CSS_PX } from './pages';
import { PRINT_MIN_SCALE_PX, PRINT_PAGE_SIZE, printPageCount, renderTimelineSvgPages } from './print';
import { ZOOM_LEVELS } from './scale';
import { getTimelineLayout } from './scene';
import { svgSize } from './svg';
import { project, unnaModel } from './test-model';
import { checkWellFormedXml } from './test-xml';

/** Plans from 2017 to 2031, as in Unna's Zeitplan: 9197 px wide at zoom Quartal. */
function unnaAxis(): TimelineModel {
  const model = unnaModel();
  return {
    ...model,
    rows: [
      ...model.rows,
      project({ id: 'rz', groupId: 'intern', code: 'IG-9', title: 'Rechenzentrum', plannedStart: '2017-01-01', plannedEnd: '2031-06-30' }),
    ],
  };
}

function fontSizes(svg: string): number[] {
  return [...svg.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
}

const title = (svg: string) => /<title>([^<]*)<\/title>/.exec(svg)![1]!;

describe('[PRINT] the browser print of the Zeitplan', () => {
  it('[PRINT] every page at every zoom and paper size fits the paper with its smallest text at 7 pt or more', () => {
    const model = unnaAxis();
    for (const format of ['A4', 'A3'] as const) {
      for (const zoom of ZOOM_LEVELS) {
        const pages = renderTimelineSvgPages(model, { zoom, format, title: 'Zeitplan Unna' });
        const paper = PRINT_PAGE_SIZE[format];
        for (const page of pages) {
          const scale = page.width / svgSize(page.svg).width;
          expect(page.height / svgSize(page.svg).height).toBeCloseTo(scale, 2);
          expect(scale, `${zoom} ${format}`).toBeGreaterThanOrEqual(PRINT_MIN_SCALE_PX - 0.001);
          expect(page.width).toBeLessThanOrEqual(paper.width);
          expect(page.height).toBeLessThanOrEqual(paper.height);
          expect(Math.min(...fontSizes(page.svg)) * scale * PT_PER_CSS_PX).toBeGreaterThanOrEqual(PRINT_MIN_FONT_PT - 0.01);
        }
      }
    }
  });

  it('[PRINT] at zoom Quartal on A4 the 15 years are printed a year per page, each page naming its period', () => {
    const pages = renderTimelineSvgPages(unnaAxis(), { zoom: 'quarter', format: 'A4', title: 'Zeitplan Unna' });
    expect(pages.map((page) => title(page.svg))).toEqual(
      Array.from(
        { length: 15 },
        (_, i) => `Zeitplan Unna (Seite ${i + 1} von 15) – Zeitraum ${2017 + i} · Stand: 23.11.2020 · Zoomstufe: Quartal`,
      ),
    );
    // All pages print at one scale, the screen's size.
    expect(new Set(pages.map((page) => page.width / svgSize(page.svg).width))).toEqual(new Set([1]));
  });

  it('[PRINT] a page says which project rows it holds when the rows need several pages', () => {
    const model = unnaModel();
    const rows = Array.from({ length: 120 }, (_, i) => ({ ...model.rows[i % model.rows.length]!, id: `p${i}`, parentId: null }));
    const big = { ...model, rows, dependencies: [] };
    const pages = renderTimelineSvgPages(big, { zoom: 'year', format: 'A4', title: 'Zeitplan' });
    expect(pages.length).toBeGreaterThan(2);
    const periods = new Set(pages.map((page) => /Zeitraum ([\d–]+)/.exec(title(page.svg))![1]));
    expect(title(pages[0]!.svg)).toMatch(new RegExp(`^Zeitplan \\(Seite 1 von ${pages.length}\\) – Zeitraum [\\d–]+ · Projektzeilen 1–\\d+ · Stand`));
    expect(title(pages.at(-1)!.svg)).toMatch(/ · Projektzeilen \d+–120 · Stand/);
    for (const page of pages) {
      checkWellFormedXml(page.svg);
      expect(page.svg).toContain('Phase: Vorbereitung');
      expect(page.svg).toContain('>Projekt</text>');
    }
    // One label-column background per drawn row on every period's page (counted by position:
    // the first period's copy of the drawing keeps the column under its white cover).
    const rowsOn = (svg: string) => new Set([...svg.matchAll(/<rect x="0" y="(\d+)" width="400" height="32"/g)].map((m) => m[1])).size;
    const drawnRows = pages.reduce((sum, page) => sum + rowsOn(page.svg), 0);
    expect(drawnRows).toBe(getTimelineLayout(big).rows.length * periods.size);
  });

  it('[PRINT] a plan that fits one page is printed as one page without page number', () => {
    const model = { ...unnaModel(), rows: unnaModel().rows.slice(0, 2) };
    const pages = renderTimelineSvgPages(model, { zoom: 'year', format: 'A3', title: 'Zeitplan' });
    expect(pages).toHaveLength(1);
    expect(title(pages[0]!.svg)).toBe('Zeitplan – Stand: 23.11.2020 · Zoomstufe: Jahr');
  });

  it('[PRINT] counts the pages without drawing them, as many as the print has', () => {
    const model = unnaAxis();
    for (const format of ['A4', 'A3'] as const) {
      for (const zoom of ZOOM_LEVELS) {
        expect(printPageCount(model, { zoom, format }), `${zoom} ${format}`).toBe(renderTimelineSvgPages(model, { zoom, format }).length);
      }
    }
    expect(printPageCount(model, { zoom: 'month', format: 'A4' })).toBeGreaterThan(printPageCount(model, { zoom: 'year', format: 'A4' }));
  });

  it('[PRINT] leaves out the periods in which nothing of the plan is drawn (a plan of 2017–2020 printed in 2026)', () => {
    const model: TimelineModel = {
      rows: [
        project({ id: 'a', groupId: 'g', code: '5.1', plannedStart: '2017-07-01', plannedEnd: '2020-12-31' }),
        project({
          id: 'b',
          groupId: 'g',
          code: '5.2',
          plannedStart: '2018-01-01',
          plannedEnd: '2019-06-30',
          milestones: [{ id: 'm', title: 'Später', plannedDate: '2028-12-31', baselineDate: null, forecastDate: null, actualDate: null, phase: null }],
        }),
      ],
      groups: [{ id: 'g', title: 'Gruppe' }],
      dependencies: [],
      deadlines: [{ id: 'd', label: '§ 1 OZG', title: 'Onlinezugang', date: '2022-12-31' }],
      today: '2026-11-23',
    };
    const pages = renderTimelineSvgPages(model, { zoom: 'quarter', format: 'A4', title: 'Zeitplan' });
    const periods = pages.map((page) => /Zeitraum (\d{4})/.exec(title(page.svg))![1]);
    // The bars' years, the deadline's and the milestone's; not 2021, 2023–2027 (only "today" in 2026).
    expect(periods).toEqual(['2017', '2018', '2019', '2020', '2022', '2028']);
    expect(printPageCount(model, { zoom: 'quarter', format: 'A4' })).toBe(6);
    expect(title(pages[0]!.svg)).toMatch(/^Zeitplan \(Seite 1 von 6\) – /);
  });
});
