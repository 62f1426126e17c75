import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisations, programmes } from '../../../db/schema';
import { werlProgramme } from '../../../seed/data/werl';
import { buildReportSnapshot, type ReportContentRequest } from './snapshot';
import { reportTimelineFigure } from './timeline';
import { createTestDb, type TestDb } from '../../../tests/integration/test-db';

/**
 * The report's Gantt figure of the seeded plans: Werl names its phases per project (21 names for
 * eight colours), so the bars carry the names and the report has to list them whole; Unna's
 * seeded projects have no phases.
 */

let testDb: TestDb;
beforeAll(() => {
  testDb = createTestDb();
});
afterAll(() => testDb?.close());

function programmeOf(key: string): { organisationId: number; programmeId: number } {
  const { db } = testDb;
  const organisationId = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.key, key)).get()!.id;
  const programmeId = db.select({ id: programmes.id }).from(programmes).where(eq(programmes.organisationId, organisationId)).get()!.id;
  return { organisationId, programmeId };
}

const CONTENT: ReportContentRequest = {
  committee: 'Hauptausschuss',
  meetingDate: null,
  subject: 'Sachstandsbericht E-Government',
  leadUnit: null,
  vorlageNumber: null,
  sections: Object.fromEntries(
    (['legalFrame', 'projects', 'statusSummary', 'changes', 'kpis', 'timeline', 'finances', 'resolution'] as const).map((key) => [key, { enabled: true, text: null }]),
  ) as ReportContentRequest['sections'],
  resolution: null,
};

describe('[REPORT] legal deadlines in the figure', () => {
  it('[REPORT] draws the deadlines the projects’ dates span, however long before the Stichtag', () => {
    const { organisationId, programmeId } = programmeOf('werl');
    // Werl’s Bausteine run 2017–2020, its § 3 EGovG NRW falls on 01.01.2018: eight years before.
    const figure = reportTimelineFigure(testDb.db, organisationId, programmeId, '2026-06-30')!;
    const drawn = figure.pages.map((page) => page.svg).join('');
    expect(drawn).toMatch(/<text [^>]*data-marker="deadline"[^>]*>§ 3 EGovG NRW<\/text>/);
    expect(drawn).toContain('data-marker="deadline"');
    // The line at the report’s date is its Stichtag, in the header and in the legend, not "Heute".
    expect(drawn).toMatch(/<text [^>]*data-marker="today"[^>]*>Stichtag<\/text>/);
    expect(drawn).not.toMatch(/>Heute</);
  });
});

describe('[REPORT] phase names of the figure', () => {
  it('[REPORT] Werl’s report keeps the whole names of the phases its bars carry, project by project', () => {
    const { organisationId, programmeId } = programmeOf('werl');
    const figure = reportTimelineFigure(testDb.db, organisationId, programmeId, '2018-06-30')!;
    const names = [...new Set((werlProgramme.phases ?? []).map((phase) => phase.name))];
    const lines = figure.phases!;
    expect(new Set(lines.flatMap((line) => line.phases))).toEqual(new Set(names));
    // Beside its project, as the row names it, in the order of its bar: a cut "Vorbereit…" in
    // 5.8’s bar is found in 5.8’s line, not among three names that start alike.
    expect(lines.find((line) => line.project.startsWith('5.8 '))).toEqual({
      project: '5.8 Dokumentenmanagementsystem (DMS)',
      phases: (werlProgramme.phases ?? []).filter((phase) => phase.projectKey === 'werl-5.8').map((phase) => phase.name),
    });
    expect(lines.find((line) => line.project.startsWith('5.8 '))!.phases).toContain('Vorbereitung der Einführung');
    // Every name the figure writes, cut or whole, is the start of a listed name.
    const written = [...figure.pages.map((page) => page.svg).join('').matchAll(/<text [^>]*data-segment="[^"]*"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(written.some((text) => text.endsWith('…'))).toBe(true);
    for (const text of written) {
      const start = text.replace(/…$/, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"');
      expect(names.some((name) => name.startsWith(start)), text).toBe(true);
    }

    const snapshot = buildReportSnapshot(testDb.db, organisationId, {
      programmeId,
      asOfDate: '2018-06-30',
      generatedAt: new Date('2026-11-23T10:00:00Z'),
      content: CONTENT,
      previous: null,
      timeline: figure,
    });
    expect(snapshot.timelinePhases).toEqual(lines);
  });

  it('[REPORT] Unna’s report lists no phase names: its bars carry none', () => {
    const { organisationId, programmeId } = programmeOf('unna');
    const figure = reportTimelineFigure(testDb.db, organisationId, programmeId, '2021-06-30')!;
    expect(figure.svg).not.toContain('Bezeichnung im Balken');
    expect(figure.phases).toBeUndefined();
  });
});
