import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { drawLegendSymbol, drawPrimitive } from './draw';
import { projectBarLabel } from './labels';
import { timelineLegend } from './legend';
import type { TimelineModel } from './model';
import {
  BAR_TARGET,
  buildTimelineScene,
  getTimelineScale,
  hasChartDates,
  initialScrollX,
  LABEL_TARGET,
  milestoneTargetId,
  SCENE_METRICS,
  type ProjectBarPrimitive,
} from './scene';
import { renderTimelineSvg } from './svg';
import { project, unnaModel } from './test-model';
import { decodeTimeline, encodeTimeline } from './wire';

// svg-to-pdfkit ships CommonJS without type declarations.
type SvgToPdf = (
  doc: PDFKit.PDFDocument,
  svg: string,
  x: number,
  y: number,
  options: { width: number; height: number; warningCallback: (warning: string) => void },
) => void;
const SVGtoPDF = createRequire(import.meta.url)('svg-to-pdfkit') as SvgToPdf;

/**
 * Projects with one planned date, as the Unna plan has them ("verpflichtend bis Ende 2022"): an
 * end only, a start only, both, and none.
 */
function openModel(): TimelineModel {
  return {
    groups: [{ id: 'kunden', title: 'Geschäftsprozesse für Kunden' }],
    rows: [
      project({
        id: 'portalverbund',
        groupId: 'kunden',
        code: '5',
        title: 'Portalverbund (OZG)',
        status: null,
        plannedStart: null,
        plannedEnd: '2022-12-31',
        editable: true,
        milestones: [
          { id: 'm1', title: 'Anbindung', plannedDate: '2022-06-30', baselineDate: null, forecastDate: null, actualDate: null, phase: null },
        ],
      }),
      project({ id: 'ab-2021', groupId: 'kunden', code: '6', title: 'Ab 2021', plannedStart: '2021-03-01', plannedEnd: null, editable: true }),
      project({ id: 'beides', groupId: 'kunden', code: '7', title: 'Beides', plannedStart: '2019-01-01', plannedEnd: '2019-12-31' }),
      project({ id: 'ohne', groupId: 'kunden', code: '8', title: 'Ohne Termine', plannedStart: null, plannedEnd: null }),
    ],
    dependencies: [],
    deadlines: [],
    today: '2026-11-23',
  };
}

function barOf(model: TimelineModel, id: string, zoom: 'month' | 'year' = 'year'): ProjectBarPrimitive | undefined {
  const scene = buildTimelineScene(model, { zoom });
  return scene.primitives.find((p): p is ProjectBarPrimitive => p.type === 'projectBar' && p.projectId === id);
}

function targetsOf(model: TimelineModel, id: string): string[] | undefined {
  return buildTimelineScene(model, { zoom: 'year' }).rows.find((row) => row.row.key === `project:${id}`)?.targets;
}

describe('open bars: projects with one planned date', () => {
  it('[SCENE] a project with only a planned end gets a stub of fixed width ending after its last day', () => {
    const model = openModel();
    for (const zoom of ['month', 'year'] as const) {
      const scale = getTimelineScale(model, zoom);
      const bar = barOf(model, 'portalverbund', zoom);
      expect(bar?.open).toBe('start');
      expect(bar?.start).toBeNull();
      expect(bar?.end).toBe('2022-12-31');
      expect(bar?.width).toBe(SCENE_METRICS.openBarWidth);
      expect((bar?.x ?? 0) + (bar?.width ?? 0)).toBe(scale.x('2023-01-01'));
    }
    // The stub is a screen size, not a duration: the same at every zoom.
    expect(barOf(model, 'portalverbund', 'month')?.width).toBe(barOf(model, 'portalverbund', 'year')?.width);
  });

  it('[SCENE] a project with only a planned start gets a stub beginning at its first day', () => {
    const model = openModel();
    const bar = barOf(model, 'ab-2021');
    expect(bar?.open).toBe('end');
    expect(bar?.start).toBe('2021-03-01');
    expect(bar?.end).toBeNull();
    expect(bar?.x).toBe(getTimelineScale(model, 'year').x('2021-03-01'));
    expect(bar?.width).toBe(SCENE_METRICS.openBarWidth);
  });

  it('[SCENE] dependency arrows meet the open side of an open bar and are never flagged; none to a project without dates', () => {
    const model: TimelineModel = {
      ...openModel(),
      dependencies: [
        // From a bar's end to an end-only stub, whose start is open.
        { fromId: 'beides', toId: 'portalverbund' },
        // From a start-only stub, whose end is open, to a bar.
        { fromId: 'ab-2021', toId: 'beides' },
        { fromId: 'beides', toId: 'ohne' },
      ],
    };
    const scene = buildTimelineScene(model, { zoom: 'year' });
    const arrows = scene.dependencies;
    expect(arrows.map((arrow) => `${arrow.fromId}>${arrow.toId}`)).toEqual(['beides>portalverbund', 'ab-2021>beides']);
    const bar = (id: string) => barOf(model, id) as ProjectBarPrimitive;
    const headX = (points: string) => Number(points.split(',')[0]);
    const tailX = (path: string) => Number(/^M([\d.]+)/.exec(path)?.[1]);
    // The arrow head sits on the stub's open left side; the tail leaves the open stub's right side.
    expect(headX(arrows[0]!.arrowHead)).toBeCloseTo(bar('portalverbund').x, 0);
    expect(tailX(arrows[1]!.path)).toBeCloseTo(bar('ab-2021').x + SCENE_METRICS.openBarWidth, 0);
    expect(arrows.every((arrow) => !arrow.violated)).toBe(true);
    expect(arrows[1]!.label).toContain('(Ende nicht geplant) vor 7 Beides (Beginn 01.01.2019)');
  });

  it('[SCENE] a bar with both dates is not open; a project without dates has no bar', () => {
    const model = openModel();
    expect(barOf(model, 'beides')?.open).toBeNull();
    expect(barOf(model, 'ohne')).toBeUndefined();
  });

  it('[SCENE] the open bar is a focus target between label and milestones, named with its open start', () => {
    const model = openModel();
    expect(targetsOf(model, 'portalverbund')).toEqual([LABEL_TARGET, BAR_TARGET, milestoneTargetId('m1')]);
    expect(targetsOf(model, 'ab-2021')).toEqual([LABEL_TARGET, BAR_TARGET]);
    expect(targetsOf(model, 'ohne')).toEqual([LABEL_TARGET]);
    expect(barOf(model, 'portalverbund')?.label).toBe(
      'Projekt 5 Portalverbund (OZG): geplant offen bis 31.12.2022; Status: nicht bewertet; Reifegrad 2 (in Bearbeitung)',
    );
    expect(barOf(model, 'ab-2021')?.label).toContain('Projekt 6 Ab 2021: geplant 01.03.2021 bis offen');
  });

  it('[LABELS] the bar name says which planned date is open', () => {
    const endOnly = project({ id: 'p', groupId: 'g', code: '5', title: 'Portalverbund (OZG)', plannedStart: null, plannedEnd: '2022-12-31' });
    expect(projectBarLabel(endOnly)).toMatch(/^Projekt 5 Portalverbund \(OZG\): geplant offen bis 31\.12\.2022; /);
    expect(projectBarLabel({ ...endOnly, plannedStart: '2021-03-01', plannedEnd: null })).toMatch(/: geplant 01\.03\.2021 bis offen; /);
  });

  it('[SCENE] only the end can be dragged: an open start bar of an editable project is editable, an open end bar is not', () => {
    const model = openModel();
    expect(barOf(model, 'portalverbund')?.editable).toBe(true);
    expect(barOf(model, 'ab-2021')?.editable).toBe(false);
  });

  it('[SCENE] open bars stay out of the group span, which runs from a start to an end', () => {
    const model = openModel();
    const scale = getTimelineScale(model, 'year');
    const span = buildTimelineScene(model, { zoom: 'year' }).primitives.find((p) => p.type === 'groupSpan');
    expect(span && 'start' in span ? [span.start, span.end] : null).toEqual(['2019-01-01', '2019-12-31']);
    expect(span && 'x' in span ? span.x : null).toBe(scale.x('2019-01-01'));
  });

  it('[LEGEND] explains the open bars only when the model has them, each kind once', () => {
    const texts = timelineLegend(openModel()).map((entry) => entry.text);
    expect(texts.filter((text) => text === 'Projekt ohne geplanten Beginn (nur Ende)')).toHaveLength(1);
    expect(texts.filter((text) => text === 'Projekt ohne geplantes Ende (nur Beginn)')).toHaveLength(1);
    const endOnly: TimelineModel = { ...openModel(), rows: openModel().rows.filter((row) => row.id !== 'ab-2021') };
    const endOnlyTexts = timelineLegend(endOnly).map((entry) => entry.text);
    expect(endOnlyTexts).toContain('Projekt ohne geplanten Beginn (nur Ende)');
    expect(endOnlyTexts).not.toContain('Projekt ohne geplantes Ende (nur Beginn)');
    expect(timelineLegend(unnaModel()).some((entry) => entry.kind === 'openBar')).toBe(false);
  });

  it('[DRAW] the stub fades towards the open side between dashed edges and has a solid cap at the date', () => {
    const model = openModel();
    const scale = getTimelineScale(model, 'year');
    const shapes = drawPrimitive(barOf(model, 'portalverbund') as ProjectBarPrimitive);
    const steps = shapes.filter((shape) => shape.tag === 'rect' && 'fill-opacity' in shape.attrs);
    const opacities = steps.map((shape) => Number(shape.attrs['fill-opacity']));
    const xs = steps.map((shape) => Number(shape.attrs.x));
    // Left to right (towards the end date) ever more opaque.
    expect(opacities.length).toBeGreaterThan(2);
    expect([...opacities].sort((a, b) => a - b)).toEqual(opacities);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(shapes.filter((shape) => shape.tag === 'line' && shape.attrs['stroke-dasharray'])).toHaveLength(2);
    const cap = shapes.find((shape) => shape.tag === 'rect' && !('fill-opacity' in shape.attrs));
    const right = scale.x('2023-01-01');
    expect(Number(cap?.attrs.x) + Number(cap?.attrs.width)).toBeCloseTo(right, 1);
    expect(Number(cap?.attrs.height)).toBeGreaterThan(SCENE_METRICS.barHeight);

    // Mirrored without an end: the cap at the start, fading to the right.
    const startOnly = drawPrimitive(barOf(model, 'ab-2021') as ProjectBarPrimitive);
    const startCap = startOnly.find((shape) => shape.tag === 'rect' && !('fill-opacity' in shape.attrs));
    expect(Number(startCap?.attrs.x)).toBeCloseTo(scale.x('2021-03-01'), 1);
    const startOpacities = startOnly.filter((shape) => 'fill-opacity' in shape.attrs).map((shape) => Number(shape.attrs['fill-opacity']));
    const startXs = startOnly.filter((shape) => 'fill-opacity' in shape.attrs).map((shape) => Number(shape.attrs.x));
    const byX = startXs.map((x, i) => [x, startOpacities[i] as number] as const).sort((a, b) => a[0] - b[0]);
    expect(byX.map(([, opacity]) => opacity)).toEqual([...startOpacities].sort((a, b) => b - a));

    // The legend draws the same symbol.
    const entry = timelineLegend(model).find((e) => e.kind === 'openBar' && e.open === 'start');
    expect(entry && drawLegendSymbol(entry, 0, 0).some((shape) => shape.attrs['stroke-dasharray'] === '3 2')).toBe(true);
  });

  it('[SVG] the static SVG draws the open bar with its German title and the legend entry, and renders to PDF', async () => {
    const svg = renderTimelineSvg(openModel(), { zoom: 'year', title: 'Zeitplan' });
    expect(svg).toContain('<title>Projekt 5 Portalverbund (OZG): geplant offen bis 31.12.2022;');
    expect(svg).toContain('fill-opacity="0.12"');
    expect(svg).toContain('Projekt ohne geplanten Beginn (nur Ende)');

    const doc = new PDFDocument({ size: 'A4', layout: 'landscape' });
    const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
    doc.on('data', () => undefined);
    const warnings: string[] = [];
    SVGtoPDF(doc, svg, 20, 20, { width: 800, height: 500, warningCallback: (warning) => warnings.push(warning) });
    doc.end();
    await done;
    expect(warnings).toEqual([]);
  });

  it('[SCENE] the project page shows its chart when a project has one planned date', () => {
    const [portalverbund, abBeginn, , ohne] = openModel().rows;
    expect(hasChartDates(portalverbund!)).toBe(true);
    expect(hasChartDates(abBeginn!)).toBe(true);
    expect(hasChartDates(ohne!)).toBe(false);
    expect(hasChartDates({ ...ohne!, baselineStart: '2019-01-01', baselineEnd: '2019-06-30' })).toBe(true);
  });

  it('[SCENE] a plan of end dates in the past opens with the last of them in view', () => {
    const VIEW = 900;
    const model: TimelineModel = { ...openModel(), rows: openModel().rows.filter((row) => row.plannedStart === null) };
    const scale = getTimelineScale(model, 'month');
    const x = initialScrollX(model, 'month', VIEW);
    expect(x).toBe(Math.round(scale.x('2022-12-31') - (VIEW * 2) / 3));
    // A bar with both dates later than the open end still decides.
    const later: TimelineModel = {
      ...model,
      rows: [...model.rows, project({ id: 'spaeter', groupId: 'kunden', plannedStart: '2023-01-01', plannedEnd: '2024-06-30' })],
    };
    expect(initialScrollX(later, 'month', VIEW)).toBe(Math.round(getTimelineScale(later, 'month').x('2024-06-30') - (VIEW * 2) / 3));
  });

  it('[WIRE] the decoder reports the open bars as the model does: same legend, same opening position', () => {
    const model = openModel();
    const { model: decoded } = decodeTimeline(JSON.parse(JSON.stringify(encodeTimeline({ model, versions: { projects: {}, milestones: {} } }))));
    const byHand = structuredClone(decoded);
    expect(timelineLegend(decoded)).toEqual(timelineLegend(byHand));
    expect(timelineLegend(decoded).filter((entry) => entry.kind === 'openBar')).toHaveLength(2);
    expect(initialScrollX(decoded, 'month', 900)).toBe(initialScrollX(byHand, 'month', 900));
  });
});
