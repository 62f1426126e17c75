import { describe, expect, it } from 'vitest';
import { drawLegendSymbol, drawPrimitive } from './draw';
import { timelineLegend } from './legend';
import type { TimelineModel, TimelineProject } from './model';
import { buildTimelineScene, phasesNamedInBars, type PhaseSegmentPrimitive } from './scene';
import { project } from './test-model';
import { numberPhases } from './theme';

/**
 * An organisation that names its phases per Baustein, as Werl does: twelve Bausteine with two
 * phases of their own each (24 names for 8 colours), the first also with a known phase.
 */
function bausteine(): TimelineProject[] {
  return Array.from({ length: 12 }, (_, index) =>
    project({
      id: `b${index + 1}`,
      groupId: 'plan',
      code: `5.${index + 1}`,
      plannedStart: '2018-01-01',
      plannedEnd: '2019-12-31',
      phases: [
        ...(index === 0 ? [{ name: 'Vorbereitung', start: '2017-07-01', end: '2017-12-31' }] : []),
        { name: `Konzept zu Baustein ${index + 1}`, start: '2018-01-01', end: '2018-12-31' },
        { name: `Einführung von Baustein ${index + 1}`, start: '2019-01-01', end: '2019-12-31' },
      ],
    }),
  );
}

/** The organisation's phase names in the order of its whole Zeitplan (what the server reads). */
const ORGANISATION_ORDER = bausteine().flatMap((row) => row.phases.map((phase) => phase.name));

/** A timeline of the organisation showing `rows`, numbered as the server numbers it: its phases only. */
function timeline(rows: TimelineProject[]): TimelineModel {
  const numbering = numberPhases(ORGANISATION_ORDER);
  const used = rows.flatMap((row) => row.phases.map((phase) => phase.name));
  return {
    groups: [{ id: 'plan', title: 'Umsetzungsplanung der Meilensteine' }],
    rows,
    dependencies: [],
    deadlines: [],
    today: '2018-06-01',
    phaseIndex: Object.fromEntries(used.map((name) => [name, numbering.get(name) as number])),
  };
}

/** Each drawn phase segment of the project: phase name → fill colour. */
function segmentFills(model: TimelineModel, projectId: string): Map<string, string> {
  const segments = buildTimelineScene(model, { zoom: 'quarter' }).primitives.filter(
    (p): p is PhaseSegmentPrimitive => p.type === 'phaseSegment' && p.projectId === projectId,
  );
  return new Map(segments.map((segment) => [segment.phaseName, String(drawPrimitive(segment)[0]?.attrs.fill)]));
}

describe('[TIMELINE] phase colours across the timelines of one organisation', () => {
  it('[SCENE] a phase has the same colour on the organisation’s whole Zeitplan and on its project’s page', () => {
    const portfolio = timeline(bausteine());
    const b10 = bausteine()[9]!;
    const projectPage = timeline([b10]);

    const onPortfolio = segmentFills(portfolio, 'b10');
    const onProjectPage = segmentFills(projectPage, 'b10');
    expect([...onProjectPage.keys()]).toEqual(['Konzept zu Baustein 10', 'Einführung von Baustein 10']);
    expect(onProjectPage).toEqual(onPortfolio);
    // Two phases, two colours: the project page's legend names them, with the same colours.
    expect(phasesNamedInBars(projectPage)).toBe(false);
    const legend = timelineLegend(projectPage).filter((entry) => entry.kind === 'phase');
    expect(legend.map((entry) => [entry.text, drawLegendSymbol(entry, 0, 0)[0]?.attrs.fill])).toEqual([
      ['Phase: Konzept zu Baustein 10', onPortfolio.get('Konzept zu Baustein 10')],
      ['Phase: Einführung von Baustein 10', onPortfolio.get('Einführung von Baustein 10')],
    ]);
  });

  it('[SCENE] one project’s phases are named in the bars when their colours coincide in the organisation’s numbering, and only then', () => {
    const rows = bausteine();
    // The first phases of Bausteine 1 and 5 are eight places apart in the numbering: one colour.
    const sharing = project({
      id: 'mix',
      groupId: 'plan',
      plannedStart: '2018-01-01',
      plannedEnd: '2019-12-31',
      phases: [
        { name: 'Konzept zu Baustein 1', start: '2018-01-01', end: '2018-12-31' },
        { name: 'Konzept zu Baustein 5', start: '2019-01-01', end: '2019-12-31' },
      ],
    });
    const numbering = numberPhases(ORGANISATION_ORDER);
    expect((numbering.get('Konzept zu Baustein 5') as number) - (numbering.get('Konzept zu Baustein 1') as number)).toBe(8);
    expect(phasesNamedInBars(timeline([sharing]))).toBe(true);
    // The organisation has 25 phases for 8 colours, but this page shows two of different colours
    // (the first shares its colour with Vorbereitung, which this page does not show).
    expect(phasesNamedInBars(timeline([rows[2]!]))).toBe(false);
    expect(phasesNamedInBars(timeline(rows))).toBe(true);
  });

  it('[SCENE] a phase the numbering does not list is coloured after the listed ones; without a numbering, in order of first use', () => {
    const row = project({
      id: 'neu',
      groupId: 'plan',
      phases: [
        { name: 'Nachsorge', start: '2019-01-01', end: '2019-06-30' },
        { name: 'Konzept zu Baustein 3', start: '2019-07-01', end: '2019-12-31' },
      ],
    });
    const numbered = { ...timeline([bausteine()[2]!]), rows: [row] };
    const segments = (model: TimelineModel) =>
      buildTimelineScene(model, { zoom: 'quarter' })
        .primitives.filter((p): p is PhaseSegmentPrimitive => p.type === 'phaseSegment')
        .map((p) => [p.phaseName, p.phaseIndex]);
    // Baustein 3's phases are numbered 8 and 9 (after the 4 known phases and those of Bausteine 1–2).
    expect(segments(numbered)).toEqual([
      ['Nachsorge', 10],
      ['Konzept zu Baustein 3', 8],
    ]);
    const { phaseIndex: _numbering, ...byHand } = numbered;
    expect(segments(byHand)).toEqual([
      ['Nachsorge', 4],
      ['Konzept zu Baustein 3', 5],
    ]);
  });
});
