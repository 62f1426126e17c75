import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  committees,
  decisionProjects,
  decisions,
  kpis,
  kpiValues,
  milestones,
  organisations,
  programmes,
  progressReports,
  projects,
  statusOverrides,
  statusUpdates,
} from '../../../db/schema';
import { ZReportSnapshot, type TReportProject, type TReportSnapshot } from '../../../shared/schemas/report';
import { callerAs } from '../../../tests/factories';
import { createTestDb, type TestDb } from '../../../tests/integration/test-db';

/**
 * A report with a Stichtag in the past shows the portfolio as it stood on that day, although it
 * is built from today's data: what happened after the Stichtag — a milestone reached, a
 * Statusmeldung, a decision, a later year's KPI actual, an override set or revoked — must not
 * appear as if it had already happened. The same facts appear in a report after them.
 */

const TODAY = '2026-11-23';
const STICHTAG = '2021-06-30';
const LATER = '2022-01-31';
const MILESTONE = 'Anbindung an den Portalverbund';

let testDb: TestDb;
let programmeId: number;
let projectKey: string;

beforeAll(() => {
  testDb = createTestDb();
  const { db } = testDb;
  const unna = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.key, 'unna')).get()!;
  const organisationId = unna.id;
  programmeId = db.select({ id: programmes.id }).from(programmes).where(eq(programmes.organisationId, organisationId)).get()!.id;
  const project = db
    .select({ id: projects.id, key: projects.key })
    .from(projects)
    .where(and(eq(projects.programmeId, programmeId), eq(projects.title, 'Portalverbund (OZG)')))
    .get()!;
  projectKey = project.key;

  // Planned for January, reached only in September: overdue at the Stichtag.
  db.insert(milestones)
    .values({
      organisationId,
      projectId: project.id,
      key: 'ASOF-M1',
      title: MILESTONE,
      plannedDate: '2021-01-31',
      baselineDate: '2021-01-31',
      actualDate: '2021-09-01',
    })
    .run();
  db.insert(statusUpdates)
    .values({
      organisationId,
      projectId: project.id,
      date: '2021-08-15',
      status: 'green',
      text: 'Anbindung erfolgt, nach dem Stichtag gemeldet.',
      authorName: 'Projektleitung',
    })
    .run();
  const committee = db
    .select({ id: committees.id })
    .from(committees)
    .where(and(eq(committees.organisationId, organisationId), eq(committees.name, 'Kreistag')))
    .get()!;
  const decision = db
    .insert(decisions)
    .values({
      organisationId,
      programmeId,
      committeeId: committee.id,
      key: 'ASOF-B1',
      date: '2021-07-20',
      subject: 'Freigabe der Portalanbindung',
    })
    .returning({ id: decisions.id })
    .get();
  db.insert(decisionProjects).values({ organisationId, decisionId: decision.id, projectId: project.id }).run();
  // Set in March, replaced in August by another one (setting one revokes the one before).
  db.insert(statusOverrides)
    .values([
      {
        organisationId,
        projectId: project.id,
        status: 'red',
        justification: 'Anbindung verzögert sich.',
        authorName: 'Steuerungsdienst',
        validFrom: '2021-03-01',
        revokedAt: new Date('2021-08-01T08:00:00Z'),
      },
      {
        organisationId,
        projectId: project.id,
        status: 'amber',
        justification: 'Restarbeiten nach der Anbindung.',
        authorName: 'Steuerungsdienst',
        validFrom: '2021-08-01',
      },
    ])
    .run();
  const k2 = db
    .select({ id: kpis.id })
    .from(kpis)
    .where(and(eq(kpis.organisationId, organisationId), eq(kpis.programmeId, programmeId), eq(kpis.key, 'K2')))
    .get()!;
  db.update(kpiValues)
    .set({ actual: 480 })
    .where(and(eq(kpiValues.kpiId, k2.id), eq(kpiValues.year, 2022)))
    .run();
});
afterAll(() => testDb?.close());

async function report(asOfDate: string): Promise<TReportSnapshot> {
  const created = await callerAs(testDb.db, 'steuerung.unna', TODAY).report.generate({
    programmeId,
    committee: { kind: 'new', name: `Digitalausschuss ${asOfDate}` },
    asOfDate,
  });
  const row = testDb.db.select().from(progressReports).where(eq(progressReports.id, created.id)).get()!;
  return ZReportSnapshot.parse(row.snapshot);
}

function projectOf(snapshot: TReportSnapshot): TReportProject {
  return snapshot.fieldsOfAction.flatMap((f) => f.projects).find((p) => p.key === projectKey)!;
}

describe('[REPORT] status at the Stichtag', () => {
  let past: TReportSnapshot;
  let later: TReportSnapshot;
  beforeAll(async () => {
    past = await report(STICHTAG);
    later = await report(LATER);
  }, 60_000);

  it('[REPORT] a milestone reached after the Stichtag is still open, and overdue, in the report', () => {
    const project = projectOf(past);
    expect(project.milestones.find((m) => m.key === 'ASOF-M1')).toMatchObject({ plannedDate: '2021-01-31', actualDate: null });
    expect(project.computedStatus).toBe('red');
    expect(project.statusReasons.some((reason) => reason.includes(MILESTONE))).toBe(true);
    // The Gantt figure draws it as not reached either.
    expect(past.timelineSvg).toContain(`Meilenstein ${MILESTONE}`);
    expect(past.timelineSvg).not.toContain('Ist 01.09.2021');
    for (const page of past.timelinePages ?? []) expect(page.svg).not.toContain('Ist 01.09.2021');

    const reached = projectOf(later);
    expect(reached.milestones.find((m) => m.key === 'ASOF-M1')?.actualDate).toBe('2021-09-01');
    expect(reached.statusReasons.some((reason) => reason.includes(MILESTONE))).toBe(false);
    expect(later.timelineSvg).toContain('Ist 01.09.2021');
  });

  it('[REPORT] Statusmeldungen and decisions dated after the Stichtag are left out', () => {
    expect(projectOf(past).latestStatusText).not.toBe('Anbindung erfolgt, nach dem Stichtag gemeldet.');
    expect(projectOf(past).decisions.map((d) => d.key)).not.toContain('ASOF-B1');
    expect(projectOf(later).latestStatusText).toBe('Anbindung erfolgt, nach dem Stichtag gemeldet.');
    expect(projectOf(later).decisions.map((d) => d.key)).toContain('ASOF-B1');
  });

  it('[REPORT] the override in force on the Stichtag is shown, not the one that replaced it later', () => {
    const project = projectOf(past);
    expect(project.override).toEqual({ status: 'red', justification: 'Anbindung verzögert sich.', author: 'Steuerungsdienst' });
    expect(project.status).toBe('red');
    expect(projectOf(later).override).toMatchObject({ status: 'amber', justification: 'Restarbeiten nach der Anbindung.' });
    expect(projectOf(later).status).toBe('amber');
  });

  it('[REPORT] KPI actuals of years after the Stichtag are not reported, their plans are', () => {
    const value = (snapshot: TReportSnapshot, year: number) =>
      snapshot.kpis.find((k) => k.key === 'K2')?.values.find((v) => v.year === year);
    expect(value(past, 2022)).toMatchObject({ plan: 500, actual: null, attainmentPercent: null });
    // A yearly actual carries no date of its own: from its year on it is reported (ADR 006).
    expect(value(later, 2022)).toMatchObject({ plan: 500, actual: 480 });
  });
});
