import { describe, expect, it } from 'vitest';
import { drawLegendSymbol, drawPrimitive, type SvgShape } from './draw';
import { timelineLegend } from './legend';
import type { TimelineModel } from './model';
import { buildTimelineScene, phasesNamedInBars, type PhaseNamePrimitive, type PhaseSegmentPrimitive, type ScenePrimitive } from './scene';
import type { TTimelineZoom } from './scale';
import { renderTimelineSvgPages } from './print';
import { renderTimelineSvg } from './svg';
import { project, unnaModel } from './test-model';
import { estimateTextWidth, PHASE_FONT_SIZE, phaseTextInBar } from './text-fit';
import { PHASE_COLOURS } from './theme';

/** Phases named per project, as in Werl's plan: more names than there are phase colours. */
function werlLikeModel(phaseNames: number): TimelineModel {
  return {
    groups: [{ id: 'plan', title: 'Umsetzungsplanung der Meilensteine' }],
    rows: Array.from({ length: phaseNames }, (_, index) =>
      project({
        id: `b${index}`,
        groupId: 'plan',
        code: `5.${index + 1}`,
        plannedStart: '2018-01-01',
        plannedEnd: '2018-12-31',
        phases: [{ name: `Eigene Phase ${index + 1} des Bausteins`, start: '2018-01-01', end: '2018-12-31' }],
      }),
    ),
    dependencies: [],
    deadlines: [],
    today: '2018-06-01',
  };
}

/** The Unna portfolio plus one project whose eight phases of its own make the colours repeat. */
function withPhasesOfItsOwn(): TimelineModel {
  const model = unnaModel();
  const phases = Array.from({ length: 8 }, (_, index) => ({
    name: `Eigener Schritt ${index + 1}`,
    start: `202${index % 2}-0${1 + Math.floor(index / 2)}-01`,
    end: `202${index % 2}-0${1 + Math.floor(index / 2)}-28`,
  }));
  return { ...model, rows: [...model.rows, project({ id: 'own', groupId: 'intern', plannedStart: '2020-01-01', plannedEnd: '2021-04-28', phases })] };
}

function rowItems(model: TimelineModel, zoom: TTimelineZoom, projectId: string): ScenePrimitive[] {
  return buildTimelineScene(model, { zoom }).primitives.filter((p) => 'projectId' in p && p.projectId === projectId);
}

const isSegment = (p: ScenePrimitive): p is PhaseSegmentPrimitive => p.type === 'phaseSegment';
const isName = (p: ScenePrimitive): p is PhaseNamePrimitive => p.type === 'phaseName';

function texts(shapes: SvgShape[]): SvgShape[] {
  return shapes.filter((shape) => shape.tag === 'text');
}

describe('phase names in the bars', () => {
  it('[DRAW] a name that fits is written whole; a longer one is cut with "…"; a sliver gets none', () => {
    expect(phaseTextInBar('Vorbereitung', 200)).toBe('Vorbereitung');
    const cut = phaseTextInBar('Planung und Implementierung', 80);
    expect(cut).toMatch(/…$/);
    expect('Planung und Implementierung'.startsWith((cut as string).slice(0, -1))).toBe(true);
    // 4 px padding on each side.
    expect(estimateTextWidth(cut as string, PHASE_FONT_SIZE)).toBeLessThanOrEqual(80 - 8);
    expect(phaseTextInBar('Planung und Implementierung', 30)).toBeNull();
    expect(phaseTextInBar('Test', 8)).toBeNull();
  });

  it('[SCENE] where the colours repeat, each segment of the DMS bar carries its phase name in white where it is wide enough', () => {
    const model = withPhasesOfItsOwn();
    expect(phasesNamedInBars(model)).toBe(true);
    const items = rowItems(model, 'halfyear', 'dms');
    const segments = items.filter(isSegment);
    const names = items.filter(isName);
    expect(segments.map((p) => p.phaseName)).toEqual(['Vorbereitung', 'Planung und Implementierung', 'Test und Produktivsetzung']);
    expect(names.map((p) => p.text)).toEqual(['Vorbereitung', 'Planung und Implementierung', expect.stringMatching(/^Test und.*…$/)]);
    segments.forEach((segment, index) => {
      const name = names[index] as PhaseNamePrimitive;
      // Inside its segment: after its left edge, on a baseline within the bar.
      expect(name.x).toBeGreaterThan(segment.x);
      expect(name.x + estimateTextWidth(name.text, PHASE_FONT_SIZE)).toBeLessThanOrEqual(segment.x + segment.width);
      expect(name.y).toBeGreaterThan(segment.y);
      expect(name.y).toBeLessThan(segment.y + segment.height);
      const [shape] = texts(drawPrimitive(name));
      expect(shape?.text).toBe(name.text);
      expect(shape?.attrs.fill).toBe('#ffffff');
      expect(shape?.attrs['pointer-events']).toBe('none');
    });
    // Drawn over every segment (their white outlines), under the milestones on the bar (the
    // baseline's milestones are beneath the bar, on the baseline).
    const order = items.map((p) => p.type);
    expect(order.lastIndexOf('phaseSegment')).toBeLessThan(order.indexOf('phaseName'));
    const firstOnBar = items.findIndex((p) => p.type === 'milestone' && p.variant !== 'baseline');
    expect(firstOnBar).toBeGreaterThan(0);
    expect(order.lastIndexOf('phaseName')).toBeLessThan(firstOnBar);

    // A year is as wide as a half-year is at the half-year zoom: the three months of testing are
    // a sliver then, drawn in colour only.
    const year = rowItems(model, 'year', 'dms');
    const testing = year.filter(isSegment).find((p) => p.phaseName === 'Test und Produktivsetzung') as PhaseSegmentPrimitive;
    expect(testing.width).toBeLessThan(40);
    expect(year.filter(isName).map((p) => p.key)).not.toContain('phase-name:dms:2');
    expect(year.filter(isName).map((p) => p.text)).toEqual(['Vorbereit…', 'Planung und Imp…']);
  });

  it('[SCENE] where each phase in use has a colour of its own, the legend names them and the bars stay plain', () => {
    const model = unnaModel();
    expect(phasesNamedInBars(model)).toBe(false);
    expect(rowItems(model, 'month', 'dms').filter(isName)).toEqual([]);
    expect(timelineLegend(model).filter((entry) => entry.kind === 'phases')).toEqual([]);
    // Eight phases of one's own and no standard one: eight colours, still no repeat.
    expect(phasesNamedInBars(werlLikeModel(PHASE_COLOURS.length))).toBe(false);
    expect(phasesNamedInBars(werlLikeModel(PHASE_COLOURS.length + 1))).toBe(true);
  });

  it('[SCENE] a milestone on a phase boundary does not cover the next name: it starts right of the diamond', () => {
    const model = withPhasesOfItsOwn();
    const boundary = project({
      id: 'boundary',
      groupId: 'intern',
      plannedStart: '2019-01-01',
      plannedEnd: '2019-12-31',
      phases: [
        { name: 'Konzept', start: '2019-01-01', end: '2019-06-30' },
        { name: 'Umsetzung weiterer Portal-Services', start: '2019-07-01', end: '2019-12-31' },
      ],
      milestones: [
        { id: 'b-m1', title: 'Konzept fertig', plannedDate: '2019-07-01', baselineDate: null, forecastDate: null, actualDate: null, phase: 'Konzept' },
      ],
    });
    const withBoundary: TimelineModel = { ...model, rows: [...model.rows, boundary] };
    const items = rowItems(withBoundary, 'halfyear', 'boundary');
    const diamond = items.find((p) => p.type === 'milestone')!;
    const [first, second] = items.filter(isName);
    const [, secondSegment] = items.filter(isSegment);
    if (diamond.type !== 'milestone' || !second || !secondSegment || !first) throw new Error('expected a diamond and two names');
    expect(diamond.cx).toBeCloseTo(secondSegment.x, 0);
    expect(second.x).toBeGreaterThanOrEqual(diamond.cx + diamond.r);
    expect(second.x + estimateTextWidth(second.text, PHASE_FONT_SIZE)).toBeLessThanOrEqual(secondSegment.x + secondSegment.width);
    expect('Umsetzung weiterer Portal-Services'.startsWith(second.text.replace(/…$/, ''))).toBe(true);
    // The first name, away from the diamond, stays at its segment's start.
    expect(first.x).toBe(first.segmentX + 4);
  });

  it('[SCENE] a name is kept in a scroll window while any part of its segment is', () => {
    const model = withPhasesOfItsOwn();
    const name = rowItems(model, 'halfyear', 'dms').filter(isName)[1] as PhaseNamePrimitive;
    const inWindow = (xStart: number, xEnd: number) =>
      buildTimelineScene(model, { zoom: 'halfyear', window: { xStart, xEnd } })
        .primitives.filter(isName)
        .map((p) => p.key);
    const end = name.segmentX + name.segmentWidth;
    expect(inWindow(end - 2, end + 500)).toContain(name.key);
    expect(inWindow(end + 2, end + 500)).not.toContain(name.key);
  });

  it('[LEGEND] phases with colours of their own are listed one by one; where colours repeat, one entry stands for all', () => {
    // The four standard phases keep their colours: four more names fill the eight.
    const few = timelineLegend(werlLikeModel(4)).filter((entry) => entry.kind === 'phase');
    expect(few).toHaveLength(4);
    expect(new Set(few.map((entry) => (entry.kind === 'phase' ? entry.phaseIndex % PHASE_COLOURS.length : -1))).size).toBe(4);

    const many = timelineLegend(werlLikeModel(21));
    expect(many.filter((entry) => entry.kind === 'phase')).toEqual([]);
    expect(many.filter((entry) => entry.kind === 'phases').map((entry) => entry.text)).toEqual([
      'Phasen (Bezeichnung im Balken, wo Platz ist)',
    ]);
    // Its symbol shows several phase colours, outlined like the segments of a bar.
    const symbol = drawLegendSymbol(many.find((entry) => entry.kind === 'phases')!, 0, 0);
    expect(new Set(symbol.map((shape) => shape.attrs.fill)).size).toBeGreaterThan(1);
  });

  it('[SVG] the download and the report draw the names too, and the 21-phase legend as one entry', () => {
    const svg = renderTimelineSvg(werlLikeModel(21), { zoom: 'halfyear', title: 'Zeitplan' });
    expect(svg).toContain('>Eigene Phase 1 des Bausteins</text>');
    expect(svg).toContain('>Eigene Phase 21 des Bausteins</text>');
    expect(svg).toContain('Phasen (Bezeichnung im Balken, wo Platz ist)');
    expect(svg).not.toContain('Phase: Eigene Phase');
  });

  it('[PRINT] a segment running on over several period pages has its name on each, from the page’s start, cut to it', () => {
    // One phase over a year: at zoom Monat, A4 pages show a quarter each.
    const name = 'Einführung in weiteren Bereichen';
    const model = werlLikeModel(PHASE_COLOURS.length + 1);
    const long = project({
      id: 'long',
      groupId: 'plan',
      plannedStart: '2017-01-01',
      plannedEnd: '2017-12-31',
      phases: [{ name, start: '2017-01-01', end: '2017-12-31' }],
    });
    const pages = renderTimelineSvgPages({ ...model, rows: [long, ...model.rows] }, { zoom: 'month', format: 'A4', title: 'Zeitplan' });
    const periods = pages.map((page) => /<title>[^<]*Zeitraum (Q\d \d{4})/.exec(page.svg)?.[1]);
    expect(periods.slice(0, 4)).toEqual(['Q1 2017', 'Q2 2017', 'Q3 2017', 'Q4 2017']);
    for (const page of pages.slice(0, 4)) {
      const texts = [...page.svg.matchAll(/<text[^>]*data-name="([^"]*)"[^>]*>([^<]*)<\/text>/g)].filter(([, whole]) => whole === name);
      // Once per page, whole (a year at zoom Monat is wide enough).
      expect(texts.map(([, , shown]) => shown)).toEqual([name]);
    }
  });
});

