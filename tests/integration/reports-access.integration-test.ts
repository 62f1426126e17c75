import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committees, organisations, programmes, progressReports } from '../../db/schema';
import { callerAs } from '../factories';
import { loginOverHttp, startTestServer, type TestServer } from './http';

/**
 * Who may see which Sachstandsbericht, through tRPC and through the GET downloads of the real
 * server: drafts only for the administration, released reports for the committee too, nothing
 * across organisations; only the steering office generates and releases.
 */

const TODAY = '2026-11-23';
let server: TestServer;
let draftId: number;
let releasedId: number;
const cookies = new Map<string, string>();

const caller = (username: string) => callerAs(server.testDb.db, username, TODAY);

async function cookieOf(username: string): Promise<string> {
  if (!cookies.has(username)) cookies.set(username, await loginOverHttp(server.url, username));
  return cookies.get(username)!;
}

async function download(username: string | null, id: number, kind: 'pdf' | 'docx' | 'html') {
  const headers: Record<string, string> = username ? { cookie: await cookieOf(username) } : {};
  return fetch(`${server.url}/api/reports/${id}/${kind}`, { headers });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
  return 'OK';
}

beforeAll(async () => {
  server = await startTestServer({ today: TODAY });
  const { db } = server.testDb;
  const unna = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.key, 'unna')).get()!;
  const programmeId = db.select({ id: programmes.id }).from(programmes).where(eq(programmes.organisationId, unna.id)).get()!.id;
  const committeeId = db
    .select({ id: committees.id })
    .from(committees)
    .where(and(eq(committees.organisationId, unna.id), eq(committees.name, 'Kreistag')))
    .get()!.id;
  const steering = caller('steuerung.unna');
  const base = { programmeId, committee: { kind: 'existing' as const, committeeId }, meetingDate: '2026-12-10' };
  releasedId = (await steering.report.generate({ ...base, asOfDate: '2026-06-30' })).id;
  await steering.report.release({ id: releasedId });
  draftId = (await steering.report.generate({ ...base, asOfDate: '2026-09-30' })).id;
}, 120_000);
afterAll(async () => {
  await server?.close();
});

describe('[REPORT] access: committee, board, other organisations', () => {
  it('the committee lists only the released report and cannot open the draft', async () => {
    const committee = caller('ausschuss.unna');
    const list = await committee.report.list({});
    expect(list.map((r) => r.id)).toEqual([releasedId]);
    expect(await codeOf(committee.report.detail({ id: draftId }))).toBe('NOT_FOUND');
    const detail = await committee.report.detail({ id: releasedId });
    expect(detail).toMatchObject({ state: 'released', committee: 'Kreistag', rights: { release: false, delete: false, verify: false } });
    expect(await codeOf(committee.report.generate({ programmeId: 1, committee: { kind: 'new', name: 'X' }, asOfDate: '2026-01-01' }))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(committee.report.verify({ id: releasedId }))).toBe('FORBIDDEN');
  });

  it('the committee downloads the released PDF, DOCX and print view, but gets 404 for the draft', async () => {
    const pdf = await download('ausschuss.unna', releasedId, 'pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(
      `attachment; filename="Sachstandsbericht-Kreistag-2026-06-30.pdf"; filename*=UTF-8''Sachstandsbericht-Kreistag-2026-06-30.pdf`,
    );
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const stored = server.testDb.db.select().from(progressReports).where(eq(progressReports.id, releasedId)).get()!;
    expect(bytes.equals(stored.pdf)).toBe(true);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(stored.pdfSha256);
    expect(pdf.headers.get('etag')).toBe(`"${stored.pdfSha256}"`);

    const docx = await download('ausschuss.unna', releasedId, 'docx');
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers.get('content-disposition')).toContain('filename="Sachstandsbericht-Kreistag-2026-06-30.docx"');
    expect(Buffer.from(await docx.arrayBuffer()).equals(stored.docx)).toBe(true);

    const html = await download('ausschuss.unna', releasedId, 'html');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('content-disposition')).toContain('inline; filename="Sachstandsbericht-Kreistag-2026-06-30.html"');
    const csp = html.headers.get('content-security-policy')!;
    expect(csp).toContain("style-src 'unsafe-inline'");
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("default-src 'none'");
    const page = await html.text();
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('Der Kreistag nimmt den Sachstandsbericht zur Kenntnis.');
    expect(page).not.toMatch(/<script/i);

    for (const kind of ['pdf', 'docx', 'html'] as const) {
      expect((await download('ausschuss.unna', draftId, kind)).status, kind).toBe(404);
    }
  });

  it('the board reads drafts but may neither generate nor release', async () => {
    const board = caller('vorstand.unna');
    expect((await board.report.list({})).map((r) => r.id).sort()).toEqual([releasedId, draftId].sort());
    expect(await codeOf(board.report.generate({ programmeId: 1, committee: { kind: 'existing', committeeId: 1 }, asOfDate: '2026-10-31' }))).toBe(
      'FORBIDDEN',
    );
    expect(await codeOf(board.report.release({ id: draftId }))).toBe('FORBIDDEN');
    expect(await codeOf(board.report.deleteDraft({ id: draftId }))).toBe('FORBIDDEN');
    const draft = await download('vorstand.unna', draftId, 'pdf');
    expect(draft.status).toBe(200);
    expect(draft.headers.get('content-disposition')).toContain('Sachstandsbericht-Kreistag-2026-09-30-Entwurf.pdf');
    // Read to the end: an unread response larger than the socket buffers keeps the connection
    // busy, and closing the server would wait for it.
    expect((await draft.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it('users of Werl see no report of Unna, not even the released one', async () => {
    for (const username of ['steuerung.werl', 'ausschuss.werl', 'vorstand.werl']) {
      const werl = caller(username);
      expect(await werl.report.list({}), username).toEqual([]);
      expect(await codeOf(werl.report.detail({ id: releasedId })), username).toBe('NOT_FOUND');
      expect((await download(username, releasedId, 'pdf')).status, username).toBe(404);
    }
    expect(await codeOf(caller('steuerung.werl').report.release({ id: draftId }))).toBe('NOT_FOUND');
    expect(await codeOf(caller('steuerung.werl').report.deleteDraft({ id: draftId }))).toBe('NOT_FOUND');
  });

  it('downloads need a session', async () => {
    expect((await download(null, releasedId, 'pdf')).status).toBe(401);
    expect((await download('ausschuss.unna', 999_999, 'pdf')).status).toBe(404);
    const invalid = await fetch(`${server.url}/api/reports/abc/pdf`, { headers: { cookie: await cookieOf('ausschuss.unna') } });
    expect(invalid.status).toBe(404);
  });

  it('a stored file whose bytes no longer match its SHA-256 is refused and reported by report.verify', async () => {
    // Only a draft can be altered at all: the database refuses it for a released report.
    const client = server.testDb.db.$client;
    const original = client.prepare('SELECT pdf FROM progress_reports WHERE id = ?').get(draftId) as { pdf: Buffer };
    const damaged = Buffer.from(original.pdf);
    damaged[damaged.length - 20] = damaged[damaged.length - 20]! ^ 0xff;
    client.prepare('UPDATE progress_reports SET pdf = ? WHERE id = ?').run(damaged, draftId);
    try {
      const response = await download('steuerung.unna', draftId, 'pdf');
      expect(response.status).toBe(500);
      expect(((await response.json()) as { message: string }).message).toContain('Prüfsumme');
      const result = await caller('steuerung.unna').report.verify({ id: draftId });
      expect(result.ok).toBe(false);
      expect(result.pdf).toMatchObject({ intact: false });
      expect(result.docx).toMatchObject({ intact: true, rendering: { comparison: 'identical' } });
    } finally {
      client.prepare('UPDATE progress_reports SET pdf = ? WHERE id = ?').run(original.pdf, draftId);
    }
    expect((await caller('steuerung.unna').report.verify({ id: draftId })).ok).toBe(true);
  }, 60_000);
});
