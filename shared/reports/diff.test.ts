import { describe, expect, it } from 'vitest';
import {
  ZReportDiff,
  ZReportSnapshot,
  type TReportChange,
  type TReportSnapshot,
  type TReportSnapshotInput,
} from '../schemas/report';
import { diffSnapshots } from './diff';

type ProjectInput = NonNullable<NonNullable<TReportSnapshotInput['fieldsOfAction']>[number]['projects']>[number];

function project(fields: Partial<ProjectInput> & { key: string }): ProjectInput {
  return { title: `Projekt ${fields.key}`, status: 'green', computedStatus: 'green', maturity: 2, ...fields };
}

function snapshot(asOfDate: string, projects: ProjectInput[]): TReportSnapshot {
  return ZReportSnapshot.parse({
    meta: {
      organisationName: 'Kreis Unna',
      programmeTitle: 'Digitaler Masterplan Kreis Unna',
      committee: 'Kreisausschuss',
      asOfDate,
      generatedAt: `${asOfDate}T12:00:00Z`,
    },
    fieldsOfAction: [
      {
        key: 'IGP',
        title: 'Interne Geschäftsprozesse',
        statusDistribution: { red: 0, amber: 0, green: projects.length, none: 0, done: 0 },
        worstStatus: 'green',
        projects,
      },
    ],
    statusSummary: {
      byStatus: { red: 0, amber: 0, green: projects.length, none: 0, done: 0 },
      byMaturity: { 1: 0, 2: projects.length, 3: 0 },
    },
  });
}

function only<K extends TReportChange['kind']>(entries: TReportChange[], kind: K) {
  return entries.filter((e): e is Extract<TReportChange, { kind: K }> => e.kind === kind);
}

const dms = (fields: Partial<ProjectInput> = {}) =>
  project({
    key: 'DMS',
    title: 'Einführung DMS d.3ecm',
    milestones: [
      { key: 'DMS-M1', title: 'Einführung in Pilotbereichen', plannedDate: '2020-03-31', baselineDate: '2020-03-31' },
      { key: 'DMS-M2', title: '168 Arbeitsplätze', plannedDate: '2020-10-01', baselineDate: '2020-10-01' },
      { key: 'DMS-M3', title: 'Ausschreibung', plannedDate: '2019-06-30', actualDate: '2019-06-15' },
    ],
    decisions: [{ key: 'B-1', date: '2018-12-04', committee: 'Kreistag', subject: 'Beschaffung DMS d.3ecm' }],
    ...fields,
  });

const previous = snapshot('2019-12-31', [
  dms(),
  project({ key: 'PORTAL', title: 'Zentrales Serviceportal', maturity: 1 }),
  project({ key: 'FAX', title: 'Faxserver ablösen' }),
]);

const current = snapshot('2020-06-30', [
  dms({
    status: 'red',
    computedStatus: 'red',
    milestones: [
      {
        key: 'DMS-M1',
        title: 'Einführung in Pilotbereichen',
        plannedDate: '2020-03-31',
        baselineDate: '2020-03-31',
        actualDate: '2020-04-20',
      },
      {
        key: 'DMS-M2',
        title: '168 Arbeitsplätze',
        plannedDate: '2020-10-01',
        baselineDate: '2020-10-01',
        forecastDate: '2020-11-15',
      },
      { key: 'DMS-M3', title: 'Ausschreibung', plannedDate: '2019-06-30', actualDate: '2019-06-15' },
      { key: 'DMS-M4', title: '334 Arbeitsplätze', plannedDate: '2021-12-31' },
    ],
    decisions: [
      { key: 'B-1', date: '2018-12-04', committee: 'Kreistag', subject: 'Beschaffung DMS d.3ecm' },
      { key: 'B-2', date: '2020-05-12', committee: 'Kreisausschuss', subject: 'Rollout-Plan 2. Stufe' },
    ],
  }),
  project({ key: 'PORTAL', title: 'Zentrales Serviceportal', maturity: 2 }),
  project({ key: 'EPAY', title: 'E-Payment' }),
]);

describe('[REPORT] diff between two Sachstandsberichte', () => {
  const diff = diffSnapshots(previous, current);

  it('is a valid ZReportDiff that names the previous Stichtag', () => {
    expect(ZReportDiff.parse(diff)).toEqual(diff);
    expect(diff.previousAsOfDate).toBe('2019-12-31');
  });

  it('a first report has nothing to compare with', () => {
    expect(diffSnapshots(null, current)).toEqual({ previousAsOfDate: null, entries: [] });
  });

  it('identical snapshots have no changes', () => {
    expect(diffSnapshots(current, current).entries).toEqual([]);
  });

  it('reports a status change with both statuses and a German sentence', () => {
    expect(only(diff.entries, 'statusChanged')).toEqual([
      {
        kind: 'statusChanged',
        projectKey: 'DMS',
        projectTitle: 'Einführung DMS d.3ecm',
        from: 'green',
        to: 'red',
        sentence: 'Die Ampel des Projekts „Einführung DMS d.3ecm“ wechselte von „grün“ auf „rot“.',
      },
    ]);
  });

  it('reports a milestone reached since the last report, not one reached before it', () => {
    const reached = only(diff.entries, 'milestoneReached');
    expect(reached.map((e) => e.milestoneKey)).toEqual(['DMS-M1']);
    expect(reached[0]?.actualDate).toBe('2020-04-20');
    expect(reached[0]?.sentence).toBe(
      'Im Projekt „Einführung DMS d.3ecm“ wurde der Meilenstein „Einführung in Pilotbereichen“ am 20.04.2020 erreicht.',
    );
  });

  it('reports a milestone whose next date moved 45 days later', () => {
    expect(only(diff.entries, 'milestoneSlipped')).toEqual([
      expect.objectContaining({
        milestoneKey: 'DMS-M2',
        fromDate: '2020-10-01',
        toDate: '2020-11-15',
        days: 45,
        sentence:
          'Im Projekt „Einführung DMS d.3ecm“ verschiebt sich der Meilenstein „168 Arbeitsplätze“ um 45 Tage vom 01.10.2020 auf den 15.11.2020.',
      }),
    ]);
  });

  it('does not call a milestone brought forward a slip', () => {
    const earlier = snapshot('2020-06-30', [
      dms({
        milestones: [
          { key: 'DMS-M2', title: '168 Arbeitsplätze', plannedDate: '2020-10-01', forecastDate: '2020-09-01' },
        ],
      }),
    ]);
    const base = snapshot('2019-12-31', [
      dms({ milestones: [{ key: 'DMS-M2', title: '168 Arbeitsplätze', plannedDate: '2020-10-01' }] }),
    ]);
    expect(only(diffSnapshots(base, earlier).entries, 'milestoneSlipped')).toEqual([]);
  });

  it('reports a new milestone with its planned date', () => {
    expect(only(diff.entries, 'milestoneAdded')).toEqual([
      expect.objectContaining({
        milestoneKey: 'DMS-M4',
        date: '2021-12-31',
        sentence:
          'Im Projekt „Einführung DMS d.3ecm“ wurde der Meilenstein „334 Arbeitsplätze“ neu aufgenommen (geplant zum 31.12.2021).',
      }),
    ]);
  });

  it('reports a change of Reifegrad with both levels named', () => {
    expect(only(diff.entries, 'maturityChanged')).toEqual([
      expect.objectContaining({
        projectKey: 'PORTAL',
        from: 1,
        to: 2,
        sentence:
          'Der Reifegrad des Projekts „Zentrales Serviceportal“ stieg von 1 (in Vorbereitung) auf 2 (in Bearbeitung).',
      }),
    ]);
  });

  it('reports only decisions that were not in the previous report', () => {
    expect(only(diff.entries, 'decisionAdded')).toEqual([
      expect.objectContaining({
        projectKey: 'DMS',
        decisionKey: 'B-2',
        date: '2020-05-12',
        committee: 'Kreisausschuss',
        sentence:
          'Zum Projekt „Einführung DMS d.3ecm“ liegt ein neuer Beschluss vor: Kreisausschuss am 12.05.2020 – Rollout-Plan 2. Stufe.',
      }),
    ]);
  });

  it('reports new and removed projects', () => {
    expect(only(diff.entries, 'projectAdded')).toEqual([
      {
        kind: 'projectAdded',
        projectKey: 'EPAY',
        projectTitle: 'E-Payment',
        sentence: 'Das Projekt „E-Payment“ wurde neu aufgenommen.',
      },
    ]);
    expect(only(diff.entries, 'projectRemoved')).toEqual([
      {
        kind: 'projectRemoved',
        projectKey: 'FAX',
        projectTitle: 'Faxserver ablösen',
        sentence: 'Das Projekt „Faxserver ablösen“ ist im Bericht nicht mehr enthalten.',
      },
    ]);
  });

  it('lists the changes project by project, removed projects last', () => {
    expect(diff.entries.map((e) => `${e.projectKey}:${e.kind}`)).toEqual([
      'DMS:statusChanged',
      'DMS:milestoneReached',
      'DMS:milestoneSlipped',
      'DMS:milestoneAdded',
      'DMS:decisionAdded',
      'PORTAL:maturityChanged',
      'EPAY:projectAdded',
      'FAX:projectRemoved',
    ]);
  });
});
