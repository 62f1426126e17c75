import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/iso-date';
import { projectDependencies } from './dependencies';
import { dependencyTexts, LABEL_SEPARATOR } from './labels';
import { groupRowKey } from './layout';
import type { TimelineModel } from './model';
import { buildTimelineScene, type ProjectBarPrimitive, type SceneRow } from './scene';
import { project, unnaModel } from './test-model';

function barLabel(model: TimelineModel, projectId: string, collapsed?: ReadonlySet<string>): string {
  const scene = buildTimelineScene(model, { zoom: 'quarter', collapsed });
  const row = scene.rows.find((r: SceneRow) => r.row.kind === 'project' && r.row.project.id === projectId);
  const bar = row?.items.find((p): p is ProjectBarPrimitive => p.type === 'projectBar');
  if (!bar) throw new Error(`no bar for ${projectId}`);
  return bar.label;
}

/** The tooltip shows the name line by line. */
const lines = (label: string): string[] => label.split(LABEL_SEPARATOR);

function pair(fromEnd: string, toStart: string, extra: Partial<TimelineModel> = {}): TimelineModel {
  return {
    ...unnaModel(),
    rows: [
      project({ id: 'a', groupId: 'g', code: 'A-1', title: 'Vorgänger', plannedStart: '2019-01-01', plannedEnd: fromEnd }),
      project({ id: 'b', groupId: 'g', code: 'B-1', title: 'Nachfolger', plannedStart: toStart, plannedEnd: '2023-12-31' }),
    ],
    groups: [{ id: 'g', title: 'G' }],
    dependencies: [{ fromId: 'a', toId: 'b' }],
    ...extra,
  };
}

describe('timeline dependency names', () => {
  it('[DEPENDENCY] a bar names the projects it depends on and says how the dates violate the dependency', () => {
    const label = barLabel(unnaModel(), 'eakte');
    expect(lines(label)).toContain(
      'abhängig von IG-1 Dokumentenmanagementsystem (DMS), verletzt: IG-2 beginnt am 01.04.2020, vor dem Ende von IG-1 am 30.06.2020',
    );
    // After the dates, before phases and status: the name still starts and ends as before.
    expect(label).toMatch(/^Projekt IG-2 Elektronische Akte: geplant 01\.04\.2020 bis 31\.12\.2021; abhängig von /);
    expect(label).toMatch(/; Status: rot; Reifegrad 1 \(in Vorbereitung\)$/);
  });

  it('[DEPENDENCY] a bar names the projects that depend on it, with the same violation text', () => {
    expect(lines(barLabel(unnaModel(), 'dms'))).toContain(
      'Voraussetzung für IG-2 Elektronische Akte, verletzt: IG-2 beginnt am 01.04.2020, vor dem Ende von IG-1 am 30.06.2020',
    );
  });

  it('[DEPENDENCY] a kept dependency is named without "verletzt"', () => {
    const portal = barLabel(unnaModel(), 'portal');
    const portalverbund = barLabel(unnaModel(), 'portalverbund');
    expect(lines(portal)).toContain('Voraussetzung für GK-2 Anbindung Portalverbund');
    expect(lines(portalverbund)).toContain('abhängig von GK-1 Serviceportal');
    expect(portal + portalverbund).not.toContain('verletzt');
  });

  it('[DEPENDENCY] a project without dependencies keeps its name unchanged', () => {
    expect(barLabel(unnaModel(), 'wlan')).not.toMatch(/abhängig|Voraussetzung/);
    const model = unnaModel();
    const wlan = model.rows.find((row) => row.id === 'wlan')!;
    expect(dependencyTexts(wlan, projectDependencies(model, 'wlan'))).toEqual([]);
  });

  it('[DEPENDENCY] the names say "verletzt" exactly when the chart dashes the arrow red', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 40 }), (offset) => {
        const model = pair('2020-06-30', addDays('2020-06-30', offset));
        const scene = buildTimelineScene(model, { zoom: 'month' });
        const [arrow] = scene.dependencies;
        expect(arrow).toBeDefined();
        expect(barLabel(model, 'a').includes('verletzt')).toBe(arrow!.violated);
        expect(barLabel(model, 'b').includes('verletzt')).toBe(arrow!.violated);
        expect(arrow!.label.includes('verletzt')).toBe(arrow!.violated);
      }),
    );
    // The boundary: starting on the predecessor's last day is allowed, the day before is not.
    expect(barLabel(pair('2020-06-30', '2020-06-30'), 'b')).not.toContain('verletzt');
    expect(lines(barLabel(pair('2020-06-30', '2020-06-29'), 'b'))).toContain(
      'abhängig von A-1 Vorgänger, verletzt: B-1 beginnt am 29.06.2020, vor dem Ende von A-1 am 30.06.2020',
    );
  });

  it('[DEPENDENCY] without a code the violation refers to the titles', () => {
    const model = pair('2020-06-30', '2020-01-01');
    model.rows = model.rows.map((row) => ({ ...row, code: null }));
    expect(lines(barLabel(model, 'a'))).toContain(
      'Voraussetzung für Nachfolger, verletzt: Nachfolger beginnt am 01.01.2020, vor dem Ende von Vorgänger am 30.06.2020',
    );
  });

  it('[DEPENDENCY] a dependency whose other end is filtered out of the view is left out, like its arrow', () => {
    // The predecessor is not among the rows (e.g. the portfolio filter left it out).
    const model = pair('2020-06-30', '2020-01-01');
    model.rows = model.rows.filter((row) => row.id !== 'a');
    expect(barLabel(model, 'b')).not.toMatch(/abhängig|Voraussetzung|verletzt/);
    expect(buildTimelineScene(model, { zoom: 'month' }).dependencies).toEqual([]);
  });

  it('[DEPENDENCY] a dependency whose other end is folded away is still named (no arrow is drawn)', () => {
    const model = pair('2020-06-30', '2020-01-01');
    model.rows = [{ ...model.rows[0]!, groupId: 'h' }, model.rows[1]!];
    model.groups = [
      { id: 'g', title: 'G' },
      { id: 'h', title: 'H' },
    ];
    const collapsed = new Set([groupRowKey('h')]);
    expect(buildTimelineScene(model, { zoom: 'month', collapsed }).dependencies).toEqual([]);
    expect(lines(barLabel(model, 'b', collapsed))).toContain(
      'abhängig von A-1 Vorgänger, verletzt: B-1 beginnt am 01.01.2020, vor dem Ende von A-1 am 30.06.2020',
    );
  });

  it('[DEPENDENCY] several dependencies: prerequisites first, one line each, duplicates and self-loops ignored', () => {
    const model: TimelineModel = {
      ...unnaModel(),
      rows: [
        project({ id: 'a', groupId: 'g', code: '1', title: 'Eins', plannedEnd: '2019-06-30' }),
        project({ id: 'b', groupId: 'g', code: '2', title: 'Zwei', plannedEnd: '2019-06-30' }),
        project({ id: 'c', groupId: 'g', code: '3', title: 'Drei', plannedStart: '2019-07-01' }),
        project({ id: 'd', groupId: 'g', code: '4', title: 'Vier', plannedStart: '2020-01-01', plannedEnd: '2020-12-31' }),
      ],
      groups: [{ id: 'g', title: 'G' }],
      dependencies: [
        { fromId: 'c', toId: 'd' },
        { fromId: 'a', toId: 'c' },
        { fromId: 'b', toId: 'c' },
        { fromId: 'a', toId: 'c' },
        { fromId: 'c', toId: 'c' },
      ],
    };
    const c = model.rows[2]!;
    expect(dependencyTexts(c, projectDependencies(model, 'c'))).toEqual([
      'abhängig von 1 Eins',
      'abhängig von 2 Zwei',
      'Voraussetzung für 4 Vier',
    ]);
  });
});
