import { describe, expect, it } from 'vitest';
import { timelineLegend } from './legend';
import type { TimelineModel } from './model';
import { buildTimelineScene } from './scene';
import { project, unnaModel } from './test-model';
import { decodeTimeline, encodeTimeline, projectHref, TIMELINE_WIRE_FORMAT, type TimelineData, type TimelineWire } from './wire';

/** Through JSON, as the browser receives it. */
function roundTrip(data: TimelineData): TimelineData {
  return decodeTimeline(JSON.parse(JSON.stringify(encodeTimeline(data))) as TimelineWire);
}

function unnaData(): TimelineData {
  const model = unnaModel();
  // dms is editable (see test-model.ts): its version and those of its milestones travel along.
  return { model, versions: { projects: { dms: 7 }, milestones: { 'dms-m1': 3, 'dms-m2': 0 } } };
}

describe('[TIMELINE] wire format', () => {
  it('[WIRE] the Unna portfolio comes back exactly as it was sent, versions included', () => {
    const data = unnaData();
    expect(roundTrip(data)).toEqual(data);
  });

  it('[WIRE] a manual status text, a missing status, open dates and an own link survive', () => {
    const model: TimelineModel = {
      ...unnaModel(),
      rows: [
        project({ id: 'a', groupId: 'intern', status: 'red', statusLabel: 'rot (manuell)' }),
        project({ id: 'b', groupId: 'intern', status: null, plannedStart: null, plannedEnd: '2020-01-31', href: null }),
        project({ id: 'c', groupId: 'kunden', href: '/anderswo/c' }),
        project({
          id: 'd',
          groupId: 'kunden',
          milestones: [
            { id: 'd-1', title: 'ohne Termine', plannedDate: null, baselineDate: null, forecastDate: null, actualDate: null, phase: null },
          ],
        }),
      ],
      dependencies: [{ fromId: 'a', toId: 'c' }],
    };
    const data = { model, versions: { projects: {}, milestones: {} } };
    expect(roundTrip(data)).toEqual(data);
  });

  it('[WIRE] the organisation’s phase colours come back, also for a phase no project uses; a model without them gets none', () => {
    const data = unnaData();
    // The numbering as the server sends it, here with one phase the projects do not use and one
    // whose name is a property of every JavaScript object.
    const phaseIndex = { Vorbereitung: 0, 'Planung und Implementierung': 1, 'Test und Produktivsetzung': 2, Abnahme: 12, constructor: 9 };
    data.model.phaseIndex = phaseIndex;
    const decoded = roundTrip(data);
    expect(decoded).toEqual(data);
    expect(Object.entries(decoded.model.phaseIndex ?? {}).sort()).toEqual(Object.entries(phaseIndex).sort());

    expect(encodeTimeline(unnaData())).not.toHaveProperty('phaseIndex');
    expect(roundTrip(unnaData()).model).not.toHaveProperty('phaseIndex');
  });

  it('[WIRE] a project in a group the model does not list keeps its group id, the group list stays as it was', () => {
    const model = unnaModel();
    model.rows.push(project({ id: 'lose', groupId: 'unbekannt' }));
    const { model: decoded } = roundTrip({ model, versions: { projects: {}, milestones: {} } });
    expect(decoded.groups).toEqual(model.groups);
    expect(decoded.rows.at(-1)?.groupId).toBe('unbekannt');
  });

  it('[WIRE] a parent or dependency end outside the projects is left out, as the Gantt would not draw it', () => {
    const model = unnaModel();
    model.rows.push(project({ id: 'waise', groupId: 'intern', parentId: 'nicht-geladen' }));
    model.dependencies.push({ fromId: 'nicht-geladen', toId: 'dms' });
    const { model: decoded } = roundTrip({ model, versions: { projects: {}, milestones: {} } });
    expect(decoded.rows.at(-1)?.parentId).toBeNull();
    expect(decoded.dependencies).toEqual(unnaModel().dependencies);
  });

  it('[WIRE] versions are sent only for what the viewer may move', () => {
    const data = unnaData();
    data.versions.projects.eakte = 4;
    const wire = encodeTimeline(data);
    expect(wire.projects.version).toEqual([7, -1, -1, -1, -1, -1]);
    expect(roundTrip(data).versions).toEqual(unnaData().versions);
  });

  it('[WIRE] every date is sent once and referred to by its position', () => {
    const wire = encodeTimeline(unnaData());
    expect(wire.dates).toEqual([...new Set(wire.dates)].sort());
    expect(wire.dates[wire.projects.plannedStart[0] as number]).toBe('2019-01-01');
    expect(projectHref('dms')).toBe('/projekte/dms');
    expect(Object.keys(wire.projects.href)).toEqual([]);
  });

  it('[WIRE] 500 projects take far less JSON than the object form', () => {
    const model = unnaModel();
    const template = model.rows[0]!;
    model.rows = Array.from({ length: 500 }, (_, index) => ({
      ...template,
      id: `p${index}`,
      href: projectHref(`p${index}`),
      editable: false,
      milestones: template.milestones.map((m) => ({ ...m, id: `p${index}-${m.id}` })),
    }));
    const plain = JSON.stringify(model).length;
    const wire = JSON.stringify(encodeTimeline({ model, versions: { projects: {}, milestones: {} } })).length;
    expect(wire).toBeLessThan(plain / 3);
  });

  it('[WIRE] another format is refused instead of drawn wrongly', () => {
    const wire = { ...encodeTimeline(unnaData()), format: 'timeline-columns-0' } as unknown as TimelineWire;
    expect(() => decodeTimeline(wire)).toThrow(TIMELINE_WIRE_FORMAT);
  });

  it('[WIRE] a decoded portfolio draws the same chart and legend as the same portfolio built by hand', () => {
    // The decoder hands the Gantt its date range, phases and group spans from the columns; the
    // copy below has to have them computed from its projects. Both must draw the same picture.
    const unusual: TimelineModel = {
      ...unnaModel(),
      today: '2016-06-30',
      rows: [
        ...unnaModel().rows,
        project({ id: 'ohne-phasen', groupId: 'schule', plannedStart: '2015-02-01', plannedEnd: '2026-03-31' }),
        project({ id: 'ohne-termine', groupId: 'neu', plannedStart: null, plannedEnd: null, baselineStart: null, baselineEnd: null }),
        project({
          id: 'eigene-phase',
          groupId: 'neu',
          plannedStart: '2021-01-01',
          plannedEnd: '2021-12-31',
          phases: [
            { name: 'Nachsorge', start: '2021-01-01', end: '2021-06-30' },
            { name: 'Verstetigung', start: '2021-07-01', end: '2021-12-31' },
          ],
          milestones: [
            { id: 'spaet', title: 'spät', plannedDate: '2027-05-05', baselineDate: '2014-01-01', forecastDate: null, actualDate: null, phase: 'Nachsorge' },
          ],
        }),
      ],
    };
    // As the server numbers the phases: an organisation's numbering that puts its phases elsewhere.
    const numbered: TimelineModel = { ...unusual, phaseIndex: { Vorbereitung: 0, Nachsorge: 14, Verstetigung: 7 } };
    for (const model of [unnaModel(), unusual, numbered]) {
      const { model: decoded } = roundTrip({ model, versions: { projects: {}, milestones: {} } });
      const byHand = structuredClone(decoded);
      for (const zoom of ['month', 'year'] as const) {
        const fromWire = buildTimelineScene(decoded, { zoom });
        const computed = buildTimelineScene(byHand, { zoom });
        expect(fromWire.scale.start).toBe(computed.scale.start);
        expect(fromWire.metrics).toEqual(computed.metrics);
        expect(fromWire.primitives).toEqual(computed.primitives);
      }
      expect(timelineLegend(decoded)).toEqual(timelineLegend(byHand));
    }
  });
});
