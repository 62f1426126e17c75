import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { committees, organisations, programmes, progressReports, projects } from '../../db/schema';
import { AppError } from '../../server/errors';
import { readZip } from '../../server/reports/zip';
import { docxText } from '../../server/services/reports/content-compare';
import { REPORT_RENDERER_VERSION } from '../../server/reports/renderer-version';
import { renderReportFiles, sha256Hex } from '../../server/services/reports/render';
import { ZReportSnapshot } from '../../shared/schemas/report';
import type { TReportGenerateInput } from '../../shared/schemas/report-request';
import { callerAs } from '../factories';
import { createTestDb, type TestDb } from './test-db';

/**
 * Sachstandsberichte generated from the seeded Kreis Unna data through the tRPC procedures, read
 * back from the database as the committee would receive them. The PDF is read through poppler
 * (pdftotext), the DOCX by unpacking it: the tests look at the stored files, not at the snapshot.
 */

const TODAY = '2026-11-23';
let testDb: TestDb;
let dir: string;
let programmeId: number;
let kreistagId: number;

beforeAll(() => {
  testDb = createTestDb();
  dir = mkdtempSync(path.join(tmpdir(), 'reports-it-'));
  const { db } = testDb;
  const unna = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.key, 'unna')).get()!;
  programmeId = db.select({ id: programmes.id }).from(programmes).where(eq(programmes.organisationId, unna.id)).get()!.id;
  kreistagId = db
    .select({ id: committees.id })
    .from(committees)
    .where(and(eq(committees.organisationId, unna.id), eq(committees.name, 'Kreistag')))
    .get()!.id;
});
afterAll(() => {
  testDb?.close();
  rmSync(dir, { recursive: true, force: true });
});

const steering = () => callerAs(testDb.db, 'steuerung.unna', TODAY);

function request(overrides: Partial<TReportGenerateInput> = {}): TReportGenerateInput {
  return {
    programmeId,
    committee: { kind: 'existing', committeeId: kreistagId },
    asOfDate: '2021-06-30',
    meetingDate: '2021-09-14',
    leadUnit: 'Steuerungsdienst',
    vorlageNumber: 'MV 101/2021',
    ...overrides,
  };
}

function storedRow(id: number) {
  return testDb.db.select().from(progressReports).where(eq(progressReports.id, id)).get()!;
}

let counter = 0;
function pdfText(pdf: Buffer, layout = false): string {
  const file = path.join(dir, `report-${++counter}.pdf`);
  writeFileSync(file, pdf);
  const result = spawnSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
    throw new Error('pdftotext not found: the report tests need poppler-utils (apt-get install -y poppler-utils)');
  }
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout;
}

/** Table cells wrap; compare sentences with whitespace collapsed. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function projectByKey(key: string) {
  return testDb.db
    .select()
    .from(projects)
    .where(and(eq(projects.programmeId, programmeId), eq(projects.key, key)))
    .get()!;
}

describe('[REPORT] generating from the seeded Kreis Unna programme', () => {
  let id: number;
  let text: string;
  let flatText: string;

  beforeAll(async () => {
    const created = await steering().report.generate(request());
    id = created.id;
    expect(created.state).toBe('draft');
    text = pdfText(storedRow(id).pdf, true);
    flatText = flat(pdfText(storedRow(id).pdf));
  }, 60_000);

  it('stores a draft with snapshot, PDF, DOCX and their SHA-256, and an audit row', () => {
    const row = storedRow(id);
    expect(row.state).toBe('draft');
    expect(row.asOfDate).toBe('2021-06-30');
    expect(row.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(row.docx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(row.pdfSha256).toBe(sha256Hex(row.pdf));
    expect(row.docxSha256).toBe(sha256Hex(row.docx));
    expect(row.rendererVersion).toBe(REPORT_RENDERER_VERSION);
    const snapshot = ZReportSnapshot.parse(row.snapshot);
    expect(snapshot.meta).toMatchObject({ organisationName: 'Kreis Unna', committee: 'Kreistag', asOfDate: '2021-06-30' });
    expect(snapshot.changes).toEqual({ previousAsOfDate: null, entries: [] });
    // The Gantt figure of the timeline builder, for the Stichtag, with the projects that have dates.
    expect(snapshot.timelineSvg).toMatch(/^<svg /);
    expect(snapshot.timelineSvg).toContain('Stand: Stichtag 30.06.2021');
    expect(snapshot.timelineSvg).toContain('Portalverbund (OZG)');
    expect(snapshot.timelinePages?.length).toBeGreaterThan(0);
    expect(snapshot.timelinePages!.some((page) => page.svg.includes('Portalverbund (OZG)'))).toBe(true);
    const audit = testDb.db.$client
      .prepare("SELECT action, summary FROM audit_log WHERE entity = 'progressReport' AND entity_id = ?")
      .all(id) as { action: string; summary: string }[];
    expect(audit).toEqual([{ action: 'create', summary: expect.stringContaining('Kreistag zum Stichtag 30.06.2021') }]);
  });

  it('names the report generator version that made the files on the report’s page', async () => {
    expect((await steering().report.detail({ id })).rendererVersion).toBe(REPORT_RENDERER_VERSION);
  });

  it('PDF names the projects, their Ampel as text, the KPI plan values and the legal deadlines', () => {
    for (const title of ['Zentrales Serviceportal', 'Elektronische Rechnung', 'Service-Konto NRW', 'Formularserver']) {
      expect(text).toContain(title);
    }
    expect(text).toMatch(/Ampel:\s+\S?\s*rot/);
    expect(text).toMatch(/Ampel:\s+\S?\s*abgeschlossen/);
    expect(text).toMatch(/Ampel:\s+\S?\s*nicht bewertet/);
    expect(flatText).toContain('K2 Einführung DMS an 500 Arbeitsplätzen (1. Phase)');
    expect(text).toMatch(/2020\s+168\b/);
    expect(text).toMatch(/2021\s+334\b/);
    expect(text).toContain('01.04.2020');
    expect(text).toContain('31.12.2022');
    expect(flatText).toContain('Frist § 5 EGovG NRW (01.01.2021) abgelaufen, Projekt nicht abgeschlossen');
    expect(text).toContain('Der Kreistag nimmt den Sachstandsbericht zur Kenntnis.');
    expect(text).toContain('Kreistag, 04.12.2018: Beschaffung eines strategischen Produktes');
    // The figure on landscape pages of its own, in parts that each repeat title and Stichtag.
    expect(flatText).toMatch(/Zeitplan der Projekte \(Teil 1 von \d+\) Stand: Stichtag 30\.06\.2021/);
  });

  it('DOCX has Heading1/Heading2 paragraphs and real tables in word/document.xml', () => {
    const entries = readZip(storedRow(id).docx);
    const xml = entries.find((e) => e.name === 'word/document.xml')!.data.toString('utf8');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThan(5);
    expect(xml).toContain('<w:tblHeader/>');
    const words = docxText(storedRow(id).docx);
    for (const heading of ['Darstellung der Sach- und Rechtslage', 'Rechtlicher Rahmen', 'Ampelübersicht', 'Kennzahlen', 'Beschlussvorschlag']) {
      expect(words).toContain(heading);
    }
    expect(words).toContain('Zentrales Serviceportal');
    expect(words).toContain('168');
  });

  it('report.verify re-renders the stored snapshot to the identical bytes', async () => {
    const result = await steering().report.verify({ id });
    expect(result.ok).toBe(true);
    expect(result.renderer).toEqual({ stored: REPORT_RENDERER_VERSION, current: REPORT_RENDERER_VERSION });
    expect(result.comparison).toBe('identical');
    expect(result.pdf).toMatchObject({ intact: true, rendering: { comparison: 'identical' } });
    expect(result.docx).toMatchObject({ intact: true, rendering: { comparison: 'identical' } });
    const admin = await callerAs(testDb.db, 'admin.unna', TODAY).report.verify({ id });
    expect(admin.ok).toBe(true);
  }, 60_000);

  it('report.verify passes a report of an earlier renderer version on its checksums alone; a changed byte still fails', async () => {
    // What an earlier renderer stored: other bytes than today’s rendering of the same snapshot,
    // with their own SHA-256. Only a draft can be changed at all; the originals are put back.
    const client = testDb.db.$client;
    const original = storedRow(id);
    const snapshot = ZReportSnapshot.parse(original.snapshot);
    const earlier = await renderReportFiles({ ...snapshot, meta: { ...snapshot.meta, subject: `${snapshot.meta.subject} (alte Fassung)` } });
    const store = client.prepare('UPDATE progress_reports SET pdf = ?, pdf_sha256 = ?, docx = ?, docx_sha256 = ?, renderer_version = ? WHERE id = ?');
    try {
      store.run(earlier.pdf, earlier.pdfSha256, earlier.docx, earlier.docxSha256, REPORT_RENDERER_VERSION - 1, id);
      const result = await steering().report.verify({ id });
      expect(result).toMatchObject({
        ok: true,
        snapshotValid: true,
        comparison: 'earlier-renderer',
        renderer: { stored: REPORT_RENDERER_VERSION - 1, current: REPORT_RENDERER_VERSION },
      });
      expect(result.pdf).toEqual({ storedSha256: earlier.pdfSha256, actualSha256: earlier.pdfSha256, intact: true, rendering: null });
      expect(result.docx).toMatchObject({ intact: true, rendering: null });

      // Stored before the version was recorded: an earlier renderer too.
      client.prepare('UPDATE progress_reports SET renderer_version = NULL WHERE id = ?').run(id);
      expect(await steering().report.verify({ id })).toMatchObject({ ok: true, comparison: 'earlier-renderer', renderer: { stored: null } });

      // The same files claimed by the current renderer: the re-rendering differs, as before.
      client.prepare('UPDATE progress_reports SET renderer_version = ? WHERE id = ?').run(REPORT_RENDERER_VERSION, id);
      const current = await steering().report.verify({ id });
      expect(current).toMatchObject({ ok: false, comparison: 'different' });
      expect(current.pdf).toMatchObject({ intact: true, rendering: { comparison: 'different' } });

      // A changed byte in an earlier renderer’s file is still found.
      const damaged = Buffer.from(earlier.pdf);
      damaged[damaged.length - 20] = damaged[damaged.length - 20]! ^ 0xff;
      client.prepare('UPDATE progress_reports SET pdf = ?, renderer_version = ? WHERE id = ?').run(damaged, REPORT_RENDERER_VERSION - 1, id);
      const tampered = await steering().report.verify({ id });
      expect(tampered).toMatchObject({ ok: false, comparison: 'earlier-renderer' });
      expect(tampered.pdf).toMatchObject({ intact: false, storedSha256: earlier.pdfSha256, actualSha256: sha256Hex(damaged) });
      expect(tampered.docx).toMatchObject({ intact: true });
    } finally {
      store.run(original.pdf, original.pdfSha256, original.docx, original.docxSha256, original.rendererVersion, id);
    }
    expect(await steering().report.verify({ id })).toMatchObject({ ok: true, comparison: 'identical' });
  }, 90_000);

  it('the database refuses a renderer version that is not a whole number from 1', () => {
    const client = testDb.db.$client;
    for (const value of [0, -1, 1.5, 'zwei']) {
      expect(() => client.prepare('UPDATE progress_reports SET renderer_version = ? WHERE id = ?').run(value, id)).toThrow(
        /progress_reports_renderer_version_check/,
      );
    }
    expect(storedRow(id).rendererVersion).toBe(REPORT_RENDERER_VERSION);
  });
});

describe('[REPORT] immutability of a released report', () => {
  it('a later Reifegrad change leaves the stored report as it was; raw UPDATE and DELETE are refused', async () => {
    const { id } = await steering().report.generate(request({ asOfDate: '2021-03-31', meetingDate: null }));
    await steering().report.release({ id });
    const before = storedRow(id);
    expect(before.state).toBe('released');

    const portal = projectByKey('gpk-3');
    await steering().project.changeMaturity({ id: portal.id, version: portal.version, maturity: 2 });
    expect(projectByKey('gpk-3').maturity).toBe(2);

    const after = storedRow(id);
    expect(after.pdf.equals(before.pdf)).toBe(true);
    expect(after.docx.equals(before.docx)).toBe(true);
    expect(after.pdfSha256).toBe(before.pdfSha256);
    expect(after.snapshot).toEqual(before.snapshot);
    const stored = ZReportSnapshot.parse(after.snapshot);
    const storedPortal = stored.fieldsOfAction.flatMap((f) => f.projects).find((p) => p.key === 'gpk-3')!;
    expect(storedPortal.maturity).toBe(1);
    // The downloaded bytes are still the stored ones.
    const verification = await steering().report.verify({ id });
    expect(verification.ok).toBe(true);

    const client = testDb.db.$client;
    expect(() => client.prepare('UPDATE progress_reports SET pdf = ? WHERE id = ?').run(Buffer.from('%PDF-forged'), id)).toThrow(
      /released progress report cannot be changed/,
    );
    expect(() => client.prepare("UPDATE progress_reports SET snapshot = '{}' WHERE id = ?").run(id)).toThrow(
      /released progress report cannot be changed/,
    );
    expect(() => client.prepare('UPDATE progress_reports SET renderer_version = ? WHERE id = ?').run(REPORT_RENDERER_VERSION + 1, id)).toThrow(
      /released progress report cannot be changed/,
    );
    expect(() => client.prepare("UPDATE progress_reports SET state = 'draft' WHERE id = ?").run(id)).toThrow(
      /released progress report cannot be changed/,
    );
    expect(() => client.prepare('DELETE FROM progress_reports WHERE id = ?').run(id)).toThrow(/cannot be deleted/);
    await expect(steering().report.deleteDraft({ id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(steering().report.release({ id })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(storedRow(id).pdfSha256).toBe(before.pdfSha256);

    // Restore the seed state for the tests that follow.
    const changed = projectByKey('gpk-3');
    await steering().project.changeMaturity({ id: changed.id, version: changed.version, maturity: 1 });
  }, 90_000);
});

describe('[REPORT] what changed since the last released report', () => {
  it('a Reifegrad change and a reached milestone appear in the next report, its changes and its PDF', async () => {
    const portal = projectByKey('gpk-3');
    const milestone = await steering().milestone.create({
      projectId: portal.id,
      title: 'Serviceportal online',
      plannedDate: '2021-09-30',
      phase: null,
    });
    // 20 days behind the baseline: below the Ampel's 30-day rule, still a deviation to report.
    await steering().milestone.create({
      projectId: projectByKey('gpk-4').id,
      title: 'Anbindung Servicekonto',
      plannedDate: '2021-08-31',
      forecastDate: '2021-09-20',
      phase: null,
    });
    const first = await steering().report.generate(
      request({ committee: { kind: 'new', name: 'Ausschuss für Digitalisierung' }, asOfDate: '2021-06-30' }),
    );
    expect(first.previousReportId).toBeNull();
    const deviation = 'Meilenstein „Anbindung Servicekonto“: erwartet zum 20.09.2021 statt 31.08.2021 laut Basisplan (20 Tage später).';
    const firstSnapshot = ZReportSnapshot.parse(storedRow(first.id).snapshot);
    const account = firstSnapshot.fieldsOfAction.flatMap((f) => f.projects).find((p) => p.key === 'gpk-4')!;
    expect(account.deviations).toEqual([deviation]);
    expect(account.nextMilestones).toEqual([{ title: 'Anbindung Servicekonto', date: '2021-09-20' }]);
    const committee = testDb.db.select().from(committees).where(eq(committees.name, 'Ausschuss für Digitalisierung')).get()!;
    expect(storedRow(first.id).committeeId).toBe(committee.id);
    await steering().report.release({ id: first.id });

    await steering().milestone.markReached({ id: milestone.id, version: milestone.version, actualDate: '2021-09-15' });
    const current = projectByKey('gpk-3');
    await steering().project.changeMaturity({ id: current.id, version: current.version, maturity: 2 });

    // Naming the committee again finds it; no second "Ausschuss für Digitalisierung".
    const next = request({ committee: { kind: 'new', name: 'ausschuss für digitalisierung' }, asOfDate: '2021-12-31', meetingDate: '2022-02-15' });
    const second = await steering().report.generate(next);
    const stale = await steering().report.generate(next);
    expect(second.previousReportId).toBe(first.id);
    expect(storedRow(second.id).committeeId).toBe(committee.id);

    const snapshot = ZReportSnapshot.parse(storedRow(second.id).snapshot);
    expect(snapshot.meta.previousReport).toEqual({ id: first.id, asOfDate: '2021-06-30' });
    expect(snapshot.changes.previousAsOfDate).toBe('2021-06-30');
    const ofPortal = snapshot.changes.entries.filter((e) => e.projectKey === 'gpk-3');
    expect(ofPortal).toContainEqual(expect.objectContaining({ kind: 'maturityChanged', from: 1, to: 2 }));
    expect(ofPortal).toContainEqual(
      expect.objectContaining({ kind: 'milestoneReached', milestoneTitle: 'Serviceportal online', actualDate: '2021-09-15' }),
    );
    const portalLine = snapshot.fieldsOfAction.flatMap((f) => f.projects).find((p) => p.key === 'gpk-3')!;
    expect(portalLine.sinceLastReport).toEqual(ofPortal.map((e) => e.sentence));

    const text = flat(pdfText(storedRow(second.id).pdf));
    expect(text).toContain('Veränderungen gegenüber dem Bericht zum Stichtag 30.06.2021');
    expect(text).toContain('Der Reifegrad des Projekts „Zentrales Serviceportal“ stieg von 1 (in Vorbereitung) auf 2 (in Bearbeitung).');
    expect(text).toContain('Im Projekt „Zentrales Serviceportal“ wurde der Meilenstein „Serviceportal online“ am 15.09.2021 erreicht.');
    const firstText = flat(pdfText(storedRow(first.id).pdf));
    expect(firstText).toContain('Es liegt kein früherer Bericht vor; ein Vergleich entfällt.');
    expect(firstText).toContain(`Abweichungen und ihre Gründe: • ${deviation}`);
    expect(firstText).not.toContain('15.09.2021');

    await steering().report.release({ id: second.id });
    expect(storedRow(first.id).state).toBe('superseded');
    expect(storedRow(second.id)).toMatchObject({ state: 'released', supersedesId: first.id });
    // Its diff is against `first`, which is no longer the committee's latest report.
    await expect(steering().report.release({ id: stale.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    // A Stichtag before the latest released report's would make the diff run backwards.
    await expect(
      steering().report.generate(request({ committee: { kind: 'existing', committeeId: committee.id }, asOfDate: '2021-10-01', meetingDate: null })),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await steering().report.deleteDraft({ id: stale.id });
    expect(testDb.db.select().from(progressReports).where(eq(progressReports.id, stale.id)).get()).toBeUndefined();
  }, 120_000);

  it('report.supersede generates a new draft with the released report’s committee and texts', async () => {
    const released = (await steering().report.list({})).find((r) => r.state === 'released' && r.committee === 'Ausschuss für Digitalisierung')!;
    const successor = await steering().report.supersede({ id: released.id, asOfDate: '2022-03-31', meetingDate: '2022-05-10' });
    expect(successor.previousReportId).toBe(released.id);
    const detail = await steering().report.detail({ id: successor.id });
    expect(detail).toMatchObject({
      state: 'draft',
      committee: 'Ausschuss für Digitalisierung',
      asOfDate: '2022-03-31',
      meetingDate: '2022-05-10',
      leadUnit: 'Steuerungsdienst',
      previousReport: { id: released.id, asOfDate: '2021-12-31' },
      rights: { release: true, delete: true, supersede: false, verify: true },
    });
    await expect(steering().report.supersede({ id: successor.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  }, 60_000);

  it('refuses a Stichtag in the future and a meeting before the Stichtag, in German', async () => {
    const future = await refusal(steering().report.generate(request({ asOfDate: '2026-11-24', meetingDate: null })));
    expect(future).toEqual({ code: 'BAD_REQUEST', message: 'Der Stichtag darf nicht in der Zukunft liegen.' });
    const meeting = await refusal(steering().report.generate(request({ asOfDate: '2021-06-30', meetingDate: '2021-06-01' })));
    expect(meeting).toEqual({ code: 'BAD_REQUEST', message: 'Die Sitzung kann nicht vor dem Stichtag liegen.' });
  });
});

/** The tRPC code and the German message the user would see. */
async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const cause = error.cause;
    const message =
      cause instanceof AppError ? cause.userMessage : cause instanceof ZodError ? (cause.issues[0]?.message ?? '') : error.message;
    return { code: error.code, message };
  }
  throw new Error('expected the call to be refused');
}
