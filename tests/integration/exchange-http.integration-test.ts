import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHEETS } from '../../server/exchange/columns';
import { parseProgrammeJson } from '../../server/exchange/json';
import { readProgrammeWorkbook } from '../../server/exchange/xlsx';
import { loginOverHttp, startTestServer, type TestServer } from './http';

let server: TestServer;
const cookies = new Map<string, string>();
let unnaProgrammeId: number;
let werlProgrammeId: number;

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['steuerung.unna', 'vorstand.unna', 'projektleitung.unna', 'ausschuss.unna']) {
    cookies.set(username, await loginOverHttp(server.url, username));
  }
  const idOf = (org: string) =>
    (
      server.testDb.db.$client
        .prepare('SELECT p.id FROM programmes p JOIN organisations o ON o.id = p.organisation_id WHERE o.key = ?')
        .get(org) as { id: number }
    ).id;
  unnaProgrammeId = idOf('unna');
  werlProgrammeId = idOf('werl');
});
afterAll(() => server.close());

const get = (path: string, username?: string) =>
  fetch(`${server.url}${path}`, { headers: username ? { cookie: cookies.get(username)! } : {} });

const exportAudits = () =>
  server.testDb.db.$client.prepare("SELECT username, entity_id AS entityId, summary FROM audit_log WHERE action = 'export' ORDER BY id").all();

describe('[EXCHANGE] export downloads', () => {
  it('lets the board download its programme as XLSX, with a file name and an export row in the audit log', async () => {
    const response = await get(`/api/exchange/${unnaProgrammeId}.xlsx`, 'vorstand.unna');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="programm-unna-masterplan-\d{4}-\d{2}-\d{2}\.xlsx"; filename\*=UTF-8''/);
    const read = await readProgrammeWorkbook(Buffer.from(await response.arrayBuffer()));
    expect(read.ok && read.data.programme.title).toBe('Digitaler Masterplan Kreis Unna');
    expect(exportAudits()).toContainEqual({
      username: 'vorstand.unna',
      entityId: unnaProgrammeId,
      summary: 'Programm „Digitaler Masterplan Kreis Unna“ exportiert (XLSX)',
    });
  });

  it('lets a project lead download JSON that the importer reads back', async () => {
    const response = await get(`/api/exchange/${unnaProgrammeId}.json`, 'projektleitung.unna');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(parseProgrammeJson(await response.text()).ok).toBe(true);
  });

  it('refuses committee members (403), anonymous users (401), other organisations and unknown names (404)', async () => {
    const audits = exportAudits().length;
    expect((await get(`/api/exchange/${unnaProgrammeId}.xlsx`, 'ausschuss.unna')).status).toBe(403);
    expect((await get(`/api/exchange/${unnaProgrammeId}.xlsx`)).status).toBe(401);
    expect((await get(`/api/exchange/${werlProgrammeId}.json`, 'steuerung.unna')).status).toBe(404);
    expect((await get('/api/exchange/999999.json', 'steuerung.unna')).status).toBe(404);
    expect((await get(`/api/exchange/${unnaProgrammeId}.csv`, 'steuerung.unna')).status).toBe(404);
    expect((await get('/api/exchange/..%2F..%2Fetc%2Fpasswd', 'steuerung.unna')).status).toBe(404);
    expect(exportAudits()).toHaveLength(audits);
  });
});

describe('[EXCHANGE] the empty workbook template', () => {
  it('has every sheet with its headers, hints and selection lists, and only the steering office may take it', async () => {
    expect((await get('/api/exchange/template.xlsx', 'vorstand.unna')).status).toBe(403);
    const response = await get('/api/exchange/template.xlsx', 'steuerung.unna');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('filename="vorlage-programm.xlsx"');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(SHEETS.map((s) => s.name));
    for (const sheet of SHEETS) {
      const worksheet = workbook.getWorksheet(sheet.name)!;
      const headers = sheet.columns.map((_c, i) => worksheet.getCell(1, i + 1).value);
      expect(headers).toEqual(sheet.columns.map((c) => c.header));
      const notes = sheet.columns.map((_c, i) => worksheet.getCell(1, i + 1).note);
      expect(notes.every((note) => note !== undefined)).toBe(true);
    }
    const projects = workbook.getWorksheet('Fristen')!;
    const bindingColumn = SHEETS.find((s) => s.name === 'Fristen')!.columns.findIndex((c) => c.field === 'bindingness') + 1;
    expect(projects.getCell(2, bindingColumn).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"verpflichtend,Sollvorschrift,Kann-Vorschrift"'],
    });
    // The Programm row is blank but for the format version; no data rows elsewhere.
    const programme = workbook.getWorksheet('Programm')!;
    expect(programme.getCell(2, 1).value).toBeNull();
    expect(workbook.getWorksheet('Projekte')!.actualRowCount).toBe(1);

    // Reading the untouched template names what is missing instead of failing.
    const read = await readProgrammeWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues).toContainEqual(expect.objectContaining({ sheet: 'Programm', row: 2, column: 'Schlüssel' }));
  });
});
