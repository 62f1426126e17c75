import { describe, expect, it } from 'vitest';
import { layoutTimelineRows } from './layout';
import type { TimelineModel } from './model';
import {
  BAR_TARGET,
  buildTimelineScene,
  getTimelineScale,
  initialScrollX,
  LABEL_TARGET,
  milestoneTargetId,
  type DeadlinePrimitive,
  type DependencyPrimitive,
  type MarkerLabelPrimitive,
  type MilestonePrimitive,
  type ScenePrimitive,
} from './scene';
import { timelineLegend } from './legend';
import { estimateTextWidth, MARKER_FONT_SIZE } from './text-fit';
import { addDays } from '../dates/iso-date';
import { project, unnaModel } from './test-model';

function ofType<T extends ScenePrimitive['type']>(primitives: ScenePrimitive[], type: T) {
  return primitives.filter((p): p is Extract<ScenePrimitive, { type: T }> => p.type === type);
}

describe('timeline scene', () => {
  it('[SCENE] flags a dependency whose successor starts before the predecessor ends', () => {
    const scene = buildTimelineScene(unnaModel(), { zoom: 'quarter' });
    const dependencies = ofType(scene.primitives, 'dependency') as DependencyPrimitive[];
    const dmsToEakte = dependencies.find((d) => d.fromId === 'dms' && d.toId === 'eakte');
    const portal = dependencies.find((d) => d.fromId === 'portal' && d.toId === 'portalverbund');
    expect(dmsToEakte?.violated).toBe(true);
    expect(dmsToEakte?.label).toContain('verletzt');
    expect(dmsToEakte?.label).toContain('01.04.2020');
    expect(dmsToEakte?.label).toContain('30.06.2020');
    expect(portal?.violated).toBe(false);
    expect(portal?.label).not.toContain('verletzt');
  });

  it('[SCENE] a dependency on the day after the predecessor ends is kept', () => {
    const model: TimelineModel = {
      ...unnaModel(),
      rows: [
        project({ id: 'a', groupId: 'g', plannedStart: '2020-01-01', plannedEnd: '2020-03-31' }),
        project({ id: 'b', groupId: 'g', plannedStart: '2020-04-01', plannedEnd: '2020-06-30' }),
      ],
      groups: [{ id: 'g', title: 'G' }],
      dependencies: [{ fromId: 'a', toId: 'b' }],
    };
    const [dependency] = ofType(buildTimelineScene(model, { zoom: 'month' }).primitives, 'dependency');
    expect(dependency?.violated).toBe(false);
  });

  it('[SCENE] draws the deadline marker at the exact x of 2020-04-01, labelled with the paragraph', () => {
    const model = unnaModel();
    for (const zoom of ['month', 'quarter', 'halfyear', 'year'] as const) {
      const scene = buildTimelineScene(model, { zoom });
      const scale = getTimelineScale(model, zoom);
      const marker = (ofType(scene.primitives, 'deadline') as DeadlinePrimitive[]).find((d) => d.deadlineId === 'egovg-7a');
      expect(marker?.x).toBe(scale.x('2020-04-01'));
      expect(marker?.text).toBe('§ 7a EGovG NRW');
      expect(marker?.label).toBe('Rechtliche Frist § 7a EGovG NRW: Elektronische Aktenführung; Frist 01.04.2020; abgelaufen');
      expect(marker?.y1).toBe(0);
      expect(marker?.y2).toBe(scene.layout.height);
      const headerLabel = (ofType(scene.primitives, 'markerLabel') as MarkerLabelPrimitive[]).find(
        (p) => p.text === '§ 7a EGovG NRW',
      );
      expect(headerLabel?.x).toBe(scale.x('2020-04-01'));
    }
  });

  it('[SCENE] puts close deadline labels into separate header lanes by their real width, capitals included', () => {
    const wide = '§ 99 WWW MMM NRW';
    const base = unnaModel();
    const scale = getTimelineScale(base, 'month');
    // The next deadline as close as a flat 7 px per character (once used here) allows: wide
    // letters run past that, so the two labels would overlap in one lane.
    const flatEnd = scale.x('2020-04-01') + wide.length * 7 + 8;
    let next = '2020-04-01';
    while (scale.x(next) < flatEnd) next = addDays(next, 1);
    const model: TimelineModel = {
      ...base,
      deadlines: [
        { id: 'wide', label: wide, title: 'Breit', date: '2020-04-01' },
        { id: 'next', label: '§ 2 Abs. 1 X', title: 'Danach', date: next },
      ],
    };
    const labels = (ofType(buildTimelineScene(model, { zoom: 'month' }).primitives, 'markerLabel') as MarkerLabelPrimitive[]).sort(
      (a, b) => a.x - b.x,
    );
    for (const [index, label] of labels.entries()) {
      for (const later of labels.slice(index + 1)) {
        if (later.y !== label.y) continue;
        // Drawn 3 px right of its line, in bold 10 px.
        expect(label.x + 3 + estimateTextWidth(label.text, MARKER_FONT_SIZE, 'bold'), `${label.text} / ${later.text}`).toBeLessThanOrEqual(later.x + 3);
      }
    }
    const [first, second] = [wide, '§ 2 Abs. 1 X'].map((text) => labels.find((label) => label.text === text));
    expect(first?.y).not.toBe(second?.y);
  });

  it('[SCENE] windowing returns only the visible rows', () => {
    const model = unnaModel();
    const scene = buildTimelineScene(model, { zoom: 'quarter', window: { rowStart: 3, rowEnd: 6 } });
    const rowKeys = new Set(
      scene.primitives.flatMap((p) => ('rowKey' in p ? [p.rowKey] : [])),
    );
    expect([...rowKeys].sort()).toEqual(['group:intern', 'project:dms', 'project:eakte'].sort());
    expect(scene.rows.map((row) => row.row.key)).toEqual(['group:intern', 'project:dms', 'project:eakte']);
    expect(scene.window.yStart).toBe(3 * 32);
    expect(scene.window.yEnd).toBe(6 * 32);
    // The arrow DMS → E-Akte lies inside the window, Serviceportal → Portalverbund outside.
    expect(ofType(scene.primitives, 'dependency').map((d) => d.toId)).toEqual(['eakte']);
  });

  it('[SCENE] windowing drops bars and ticks outside the horizontal range', () => {
    const model = unnaModel();
    const scale = getTimelineScale(model, 'month');
    const scene = buildTimelineScene(model, {
      zoom: 'month',
      window: { xStart: scale.x('2021-02-01'), xEnd: scale.x('2021-05-01') },
    });
    const bars = ofType(scene.primitives, 'projectBar').map((bar) => bar.projectId);
    expect(bars.sort()).toEqual(['eakte', 'portalverbund']);
    const months = ofType(scene.primitives, 'headerTick')
      .filter((tick) => tick.tier === 'bottom')
      .map((tick) => tick.text);
    expect(months).toEqual(['Feb. 2021', 'März 2021', 'Apr. 2021']);
  });

  it('[SCENE] a dependency crossing the window is drawn although both ends are outside', () => {
    const rows = Array.from({ length: 10 }, (_, i) =>
      project({ id: `p${i}`, groupId: 'g', plannedStart: '2020-01-01', plannedEnd: '2020-02-01' }),
    );
    const model: TimelineModel = {
      rows,
      groups: [{ id: 'g', title: 'G' }],
      dependencies: [{ fromId: 'p0', toId: 'p9' }],
      deadlines: [],
      today: '2020-01-15',
    };
    const scene = buildTimelineScene(model, { zoom: 'month', window: { rowStart: 4, rowEnd: 6 } });
    expect(ofType(scene.primitives, 'dependency')).toHaveLength(1);
  });

  it('[SCENE] collapsed rows hide their dependency arrows', () => {
    const scene = buildTimelineScene(unnaModel(), { zoom: 'quarter', collapsed: new Set(['group:intern']) });
    expect(ofType(scene.primitives, 'dependency').map((d) => d.fromId)).toEqual(['portal']);
  });

  it('[SCENE] phases, baseline and milestones become primitives with German labels', () => {
    const model = unnaModel();
    const scale = getTimelineScale(model, 'month');
    const scene = buildTimelineScene(model, { zoom: 'month' });
    const phases = ofType(scene.primitives, 'phaseSegment').filter((p) => p.projectId === 'dms');
    expect(phases.map((p) => [p.phaseName, p.phaseIndex])).toEqual([
      ['Vorbereitung', 0],
      ['Planung und Implementierung', 1],
      ['Test und Produktivsetzung', 2],
    ]);
    expect(phases[0]?.label).toBe(
      'Phase Vorbereitung: 01.01.2019 bis 30.06.2019; Projekt IG-1 Dokumentenmanagementsystem (DMS); Status: gelb',
    );
    // Bars include their last day.
    expect(phases[0]?.x).toBe(scale.x('2019-01-01'));
    expect((phases[0]?.x ?? 0) + (phases[0]?.width ?? 0)).toBe(scale.x('2019-07-01'));

    const [baseline] = ofType(scene.primitives, 'baselineBar');
    const [bar] = ofType(scene.primitives, 'projectBar').filter((p) => p.projectId === 'dms');
    expect(baseline?.label).toContain('Ende 91 Tage später als Basisplan');
    expect((baseline?.y ?? 0) > (bar?.y ?? 0)).toBe(true);
    expect((baseline?.height ?? 0) < (bar?.height ?? 0)).toBe(true);
    expect(bar?.label).toContain('Status: gelb');
    expect(bar?.label).toContain('Reifegrad 2 (in Bearbeitung)');
    expect(bar?.editable).toBe(true);

    const pilot = (ofType(scene.primitives, 'milestone') as MilestonePrimitive[]).filter(
      (p) => p.milestoneId === 'dms-m2',
    );
    expect(pilot.map((p) => p.variant).sort()).toEqual(['baseline', 'forecast', 'planned']);
    expect(pilot.find((p) => p.variant === 'planned')?.cx).toBe(scale.x('2020-02-01'));
    expect(pilot.find((p) => p.variant === 'planned')?.editable).toBe(true);
    expect(pilot.find((p) => p.variant === 'forecast')?.editable).toBe(false);
    expect(pilot[0]?.label).toBe(
      'Meilenstein Einführung in Pilotbereichen: überfällig seit 296 Tagen; geplant 01.02.2020; Prognose 01.05.2020; ' +
        'Basis 01.12.2019; Phase Planung und Implementierung; Projekt IG-1 Dokumentenmanagementsystem (DMS); Projektstatus: gelb',
    );
    const reached = (ofType(scene.primitives, 'milestone') as MilestonePrimitive[]).filter(
      (p) => p.milestoneId === 'dms-m1',
    );
    expect(reached.map((p) => p.variant).sort()).toEqual(['actual', 'baseline', 'planned']);
    expect(reached[0]?.label).toContain('erreicht am 15.03.2019');
  });

  it('[SCENE] every data primitive carries a German label', () => {
    const scene = buildTimelineScene(unnaModel(), { zoom: 'quarter' });
    const dataTypes = new Set([
      'groupSpan',
      'baselineBar',
      'projectBar',
      'phaseSegment',
      'milestone',
      'dependency',
      'deadline',
      'today',
      'rowLabel',
      'statusIcon',
      'markerLabel',
      'headerTick',
    ]);
    const data = scene.primitives.filter((p) => dataTypes.has(p.type));
    expect(data.length).toBeGreaterThan(30);
    for (const p of data) expect('label' in p && p.label.length > 3).toBe(true);
    const today = ofType(scene.primitives, 'today')[0];
    expect(today?.label).toBe('Heute: 23.11.2020');
  });

  it('[SCENE] status is given by shape and text, not colour alone', () => {
    const scene = buildTimelineScene(unnaModel(), { zoom: 'quarter' });
    const icons = Object.fromEntries(ofType(scene.primitives, 'statusIcon').map((p) => [p.rowKey, [p.shape, p.text]]));
    expect(icons['project:eakte']).toEqual(['octagon', 'rot']);
    expect(icons['project:dms']).toEqual(['triangle', 'gelb']);
    expect(icons['project:portal']).toEqual(['circle', 'grün']);
    expect(icons['project:portalverbund']).toEqual(['dash', 'nicht bewertet']);
    expect(icons['project:wlan']).toEqual(['check', 'abgeschlossen']);
  });

  it('[SCENE] keyboard targets of a row: label, bar, milestones by date', () => {
    const scene = buildTimelineScene(unnaModel(), { zoom: 'quarter' });
    const dms = scene.rows.find((row) => row.row.key === 'project:dms');
    expect(dms?.targets).toEqual([LABEL_TARGET, BAR_TARGET, milestoneTargetId('dms-m1'), milestoneTargetId('dms-m2')]);
    expect(scene.rows[0]?.targets).toEqual([LABEL_TARGET]);
  });

  it('[SCENE] unchanged rows reuse their primitives between scroll windows', () => {
    const model = unnaModel();
    const layout = layoutTimelineRows(model);
    const first = buildTimelineScene(model, { zoom: 'quarter', layout, window: { rowStart: 0, rowEnd: 5 } });
    const second = buildTimelineScene(model, { zoom: 'quarter', layout, window: { rowStart: 2, rowEnd: 7 } });
    expect(second.rows[0]?.items).toBe(first.rows[2]?.items);
  });

  it('[SCENE] the legend lists the phases in use and every symbol', () => {
    const texts = timelineLegend(unnaModel()).map((entry) => entry.text);
    expect(texts.slice(0, 4)).toEqual([
      'Phase: Vorbereitung',
      'Phase: Planung und Implementierung',
      'Phase: Test und Produktivsetzung',
      'Phase: laufender Betrieb / Pflege',
    ]);
    expect(texts).toContain('Abhängigkeit verletzt (gestrichelt)');
    expect(texts).toContain('Rechtliche Frist');
    expect(texts).toContain('Status nicht bewertet');
  });

  it('[SCENE] builds a 5,000-row window quickly', () => {
    const rows = Array.from({ length: 5000 }, (_, i) =>
      project({
        id: `p${i}`,
        groupId: `g${i % 20}`,
        plannedStart: '2020-01-01',
        plannedEnd: '2021-06-30',
        phases: [
          { name: 'Vorbereitung', start: '2020-01-01', end: '2020-06-30' },
          { name: 'Planung und Implementierung', start: '2020-07-01', end: '2021-06-30' },
        ],
      }),
    );
    const model: TimelineModel = {
      rows,
      groups: Array.from({ length: 20 }, (_, i) => ({ id: `g${i}`, title: `Handlungsfeld ${i}` })),
      dependencies: Array.from({ length: 1000 }, (_, i) => ({ fromId: `p${i}`, toId: `p${i + 20}` })),
      deadlines: [],
      today: '2020-06-01',
    };
    const layout = layoutTimelineRows(model);
    buildTimelineScene(model, { zoom: 'month', layout, window: { rowStart: 0, rowEnd: 40 } });
    const started = performance.now();
    for (let start = 0; start < 4000; start += 40) {
      buildTimelineScene(model, { zoom: 'month', layout, window: { rowStart: start, rowEnd: start + 40, xStart: 0, xEnd: 3000 } });
    }
    // A guard against per-window work that grows with the model; generous for loaded CI machines.
    expect((performance.now() - started) / 100).toBeLessThan(25);
  });
});

describe('where a chart opens', () => {
  const VIEW = 900;
  const model = (start: string, end: string, today: string): TimelineModel => ({
    rows: [project({ id: 'a', groupId: 'g', plannedStart: start, plannedEnd: end })],
    groups: [{ id: 'g', title: 'Gruppe' }],
    dependencies: [],
    deadlines: [],
    today,
  });

  it('[SCENE] puts today a third from the left edge when the plan has dates around it', () => {
    const m = model('2017-07-01', '2030-12-31', '2024-05-15');
    expect(initialScrollX(m, 'quarter', VIEW)).toBe(Math.round(getTimelineScale(m, 'quarter').x('2024-05-15') - VIEW / 3));
  });

  it('[SCENE] brings the last date of a plan that lies wholly in the past into view, two thirds from the left', () => {
    // Werl: the Bausteine run 2017–2020; opened in 2026, today's view would show empty rows.
    const m = model('2017-07-01', '2020-12-31', '2026-11-23');
    const scale = getTimelineScale(m, 'month');
    const x = initialScrollX(m, 'month', VIEW);
    expect(x).toBe(Math.round(scale.x('2020-12-31') - (VIEW * 2) / 3));
    expect(scale.x('2020-12-31')).toBeGreaterThan(x);
    expect(scale.x('2020-12-31')).toBeLessThan(x + VIEW);
  });

  it('[SCENE] goes by the bars: a lone milestone after today does not keep the chart on empty rows', () => {
    const base = model('2017-07-01', '2020-12-31', '2026-11-23');
    const m: TimelineModel = {
      ...base,
      rows: [
        ...base.rows,
        project({
          id: 'b',
          groupId: 'g',
          plannedStart: null,
          plannedEnd: null,
          milestones: [{ id: 'm', title: 'Später', plannedDate: '2028-12-31', baselineDate: null, forecastDate: null, actualDate: null, phase: null }],
        }),
      ],
    };
    expect(initialScrollX(m, 'month', VIEW)).toBe(Math.round(getTimelineScale(m, 'month').x('2020-12-31') - (VIEW * 2) / 3));
  });

  it('[SCENE] brings the first date of a plan that lies wholly in the future into view, a third from the left', () => {
    const m = model('2031-01-01', '2033-06-30', '2026-11-23');
    expect(initialScrollX(m, 'month', VIEW)).toBe(Math.round(getTimelineScale(m, 'month').x('2031-01-01') - VIEW / 3));
  });

  it('[SCENE] stays within the axis', () => {
    const m = model('2017-07-01', '2020-12-31', '2026-11-23');
    expect(initialScrollX(m, 'year', 100_000)).toBe(0);
    const late = model('2019-01-01', '2019-03-31', '2019-02-01');
    const scale = getTimelineScale(late, 'month');
    expect(initialScrollX(late, 'month', VIEW)).toBeLessThanOrEqual(Math.max(0, scale.width - VIEW));
  });
});
