import { TRPCError } from '@trpc/server';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../db';
import { applyPortfolioView } from '../../../shared/portfolio/view';
import { ZPortfolioView } from '../../../shared/schemas/portfolio-view';
import { callerAs } from '../../../tests/factories';
import { createTestDb, type TestDb } from '../../../tests/integration/test-db';
import { systemActor } from '../actor';
import { appendAudit } from '../audit';

const TODAY = '2026-11-23';
let t: TestDb;
beforeAll(() => {
  t = createTestDb();
});
afterAll(() => t.close());

async function errorCodeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error instanceof TRPCError ? error.code : `non-tRPC error: ${String(error)}`;
  }
}

async function projectByTitle(username: string, title: string) {
  const portfolio = await callerAs(t.db, username, TODAY).board.portfolio();
  const row = portfolio.rows.find((r) => r.title === title);
  if (!row) throw new Error(`no project "${title}" for ${username}`);
  return row;
}

function sql(statement: string, ...params: unknown[]) {
  return t.db.$client.prepare(statement).run(...params);
}

describe('[BOARD] computed traffic lights of the seed at 2026-11-23', () => {
  it('[BOARD] the board sees the red Unna projects with the EGovG deadlines that passed as reasons', async () => {
    const overview = await callerAs(t.db, 'vorstand.unna', TODAY).board.overview();
    const red = new Map(overview.attention.red.projects.map((p) => [p.title, p.reasons.map((r) => r.message)]));
    expect(red.get('Elektronischer Zugang (Postfach)')).toContain('Frist § 3 EGovG NRW (01.01.2018) abgelaufen, Projekt nicht abgeschlossen');
    expect(red.get('Elektronische Bezahlungsmöglichkeit (E-Payment)')).toContain(
      'Frist § 7 EGovG NRW (01.01.2019) abgelaufen, Projekt nicht abgeschlossen',
    );
    expect(red.get('Zentrales Serviceportal')).toEqual([
      'Frist § 5 EGovG NRW (01.01.2021) abgelaufen, Projekt nicht abgeschlossen',
      'Frist § 1 OZG (31.12.2022) abgelaufen, Projekt nicht abgeschlossen',
    ]);
    // § 7a was met in time: the E-Rechnung is at Reifegrad 3, abgeschlossen, not red.
    expect(red.has('Elektronische Rechnung')).toBe(false);
    expect(overview.attention.red.total).toBe(overview.counts.byStatus.red);
    const { byStatus, byMaturity, total } = overview.counts;
    expect(Object.values(byStatus).reduce((a, b) => a + b, 0)).toBe(total);
    expect(byMaturity[1] + byMaturity[2] + byMaturity[3]).toBe(total);
  });

  it('[BOARD] a Werl milestone 3.068 days overdue is a red reason with its planned date', async () => {
    const overview = await callerAs(t.db, 'vorstand.werl', TODAY).board.overview();
    const portal = overview.attention.red.projects.find((p) => p.title === 'Einführung eines Online-Portals für Bürger und Wirtschaft');
    expect(portal?.reasons.map((r) => r.message)).toContain(
      'Meilenstein „Aufbau eines Bürgerportals“ 3.068 Tage überfällig (geplant 30.06.2018)',
    );
    expect(portal?.reasons.every((r) => r.level === 'red')).toBe(true);
  });

  it('[BOARD] overdue legal deadlines come first, with fulfilment and projects; unassigned ones are flagged', async () => {
    const deadlines = await callerAs(t.db, 'vorstand.unna', TODAY).board.deadlines();
    const labels = deadlines.obligations.map((o) => o.label);
    const firstNotOverdue = deadlines.obligations.findIndex((o) => o.fulfilment !== 'overdue');
    expect(deadlines.obligations.slice(firstNotOverdue).some((o) => o.fulfilment === 'overdue')).toBe(false);
    expect(labels.slice(0, 3)).toEqual(['§ 3 EGovG NRW', '§ 8 EGovG NRW', '§ 7 EGovG NRW']);
    const einvoice = deadlines.obligations.find((o) => o.label === '§ 7a EGovG NRW')!;
    expect(einvoice).toMatchObject({ fulfilment: 'fulfilled', deadline: '2020-04-01' });
    const proofs = deadlines.obligations.find((o) => o.label === '§ 8 EGovG NRW')!;
    expect(proofs).toMatchObject({ fulfilment: 'overdue', projects: [], daysLeft: -3248 });
  });

  it('[BOARD] the overview lists deadlines overdue and due in the next 12 months', async () => {
    const overview = await callerAs(t.db, 'vorstand.unna', TODAY).board.overview();
    expect(overview.deadlines.overdue.items.map((o) => o.label)).toContain('§ 1 OZG');
    expect(overview.deadlines.horizon).toBe('2027-11-23');
    expect(overview.deadlines.upcoming.items.every((o) => o.deadline! >= TODAY && o.deadline! < '2027-11-23')).toBe(true);
  });

  it('[BOARD] goals come as a W → L → M tree with their KPIs and the projects serving them', async () => {
    const goals = await callerAs(t.db, 'vorstand.unna', TODAY).board.goals();
    const [programme] = goals.programmes;
    const w1 = programme!.goals.find((g) => g.key === 'W1')!;
    expect(w1.kind).toBe('impact');
    const l12 = w1.children.find((g) => g.key === 'L.1.2')!;
    expect(l12.kpis.map((k) => k.key)).toEqual(['K2']);
    expect(l12.kpis[0]!.values.map((v) => [v.year, v.plan])).toEqual([
      [2019, 3],
      [2020, 168],
      [2021, 334],
      [2022, 500],
    ]);
    expect(l12.children.find((g) => g.key === 'M3')).toBeDefined();
    expect(l12.projects.length).toBeGreaterThan(0);
  });
});

describe('[BOARD] sub-projects roll up into their parent (worst of)', () => {
  it('[BOARD] a red sub-project makes its parent red and lends it its reason', async () => {
    const child = await projectByTitle('steuerung.unna', 'Integration des E-Payments als Bestandteil all derjenigen Geschäftsprozesse, bei denen Gebühren zu entrichten oder Zahlungen zu leisten sind.');
    sql(
      "INSERT INTO milestones (organisation_id, project_id, key, title, planned_date) VALUES (1, ?, 'test-ms', 'Anbindung Kassenverfahren', '2026-07-26')",
      child.id,
    );
    const rows = (await callerAs(t.db, 'steuerung.unna', TODAY).board.portfolio()).rows;
    const childRow = rows.find((r) => r.id === child.id)!;
    const parentRow = rows.find((r) => r.id === child.parentId)!;
    expect(childRow.status).toBe('red');
    expect(childRow.reasons[0]!.message).toBe('Meilenstein „Anbindung Kassenverfahren“ 120 Tage überfällig (geplant 26.07.2026)');
    expect(parentRow.status).toBe('red');
    expect(parentRow.reasons.map((r) => r.message)).toContain(
      `Teilprojekt 7.3 „Integration des E-Payments als Bestandteil all derjenigen G…“: Meilenstein „Anbindung Kassenverfahren“ 120 Tage überfällig (geplant 26.07.2026)`,
    );
    const status = await callerAs(t.db, 'vorstand.unna', TODAY).board.projectStatus({ projectId: parentRow.id });
    expect(status.reasons.find((r) => r.message.startsWith('Teilprojekt'))?.projectId).toBe(child.id);
  });

  it('[BOARD] a finished parent (Reifegrad 3) with a running sub-project is not shown as finished', async () => {
    const parent = await projectByTitle('steuerung.unna', 'Elektronische Rechnung');
    expect(parent.status).toBe('done');
    const rows = (await callerAs(t.db, 'steuerung.unna', TODAY).board.portfolio()).rows;
    const child = rows.find((r) => r.parentId === parent.id)!;
    sql('UPDATE projects SET maturity = 2 WHERE id = ?', child.id);
    sql(
      "INSERT INTO milestones (organisation_id, project_id, key, title, planned_date) VALUES (1, ?, 'test-ms', 'Abnahme', '2026-11-13')",
      child.id,
    );
    const after = (await callerAs(t.db, 'steuerung.unna', TODAY).board.portfolio()).rows.find((r) => r.id === parent.id)!;
    expect(after.status).toBe('amber');
    expect(after.computed).toBe('amber');
    sql('UPDATE projects SET maturity = 3 WHERE id = ?', child.id);
  });
});

describe('[BOARD] manual override beside the computed status', () => {
  it('[BOARD] an override shows its justification, author and expiry beside the computed red', async () => {
    const steering = callerAs(t.db, 'steuerung.unna', TODAY);
    const before = await callerAs(t.db, 'vorstand.unna', TODAY).board.overview();
    const project = await projectByTitle('steuerung.unna', 'Service-Konto NRW');
    expect(project.status).toBe('red');

    const override = await steering.status.setOverride({
      projectId: project.id,
      status: 'amber',
      justification: 'Landesportal verschoben; mit dem Lenkungskreis abgestimmt',
      expiresAt: '2027-03-01',
    });
    expect(override).toMatchObject({ validFrom: TODAY, authorName: 'Steuerungsdienst Kreis Unna', revokedAt: null });

    const status = await callerAs(t.db, 'vorstand.unna', TODAY).board.projectStatus({ projectId: project.id });
    expect(status).toMatchObject({
      status: 'amber',
      computed: 'red',
      override: {
        status: 'amber',
        justification: 'Landesportal verschoben; mit dem Lenkungskreis abgestimmt',
        authorName: 'Steuerungsdienst Kreis Unna',
        expiresAt: '2027-03-01',
        active: true,
      },
      canEdit: false,
    });
    expect(status.reasons.map((r) => r.message)).toEqual(['Frist § 1 OZG (31.12.2022) abgelaufen, Projekt nicht abgeschlossen']);

    const after = await callerAs(t.db, 'vorstand.unna', TODAY).board.overview();
    expect(after.counts.byStatus.red).toBe(before.counts.byStatus.red - 1);
    expect(after.counts.byStatus.amber).toBe(before.counts.byStatus.amber + 1);
    const listed = after.attention.amber.projects.find((p) => p.id === project.id)!;
    expect(listed).toMatchObject({ status: 'amber', computed: 'red', override: { authorName: 'Steuerungsdienst Kreis Unna' } });

    const audit = t.db.$client
      .prepare("SELECT action, summary FROM audit_log WHERE entity = 'statusOverride' AND entity_id = ?")
      .get(override.id) as { action: string; summary: string };
    expect(audit).toEqual({ action: 'create', summary: 'Ampel von „Service-Konto NRW“ manuell auf gelb gesetzt bis 01.03.2027' });

    // After its expiry the computed status applies again, and the override is shown as expired.
    const later = await callerAs(t.db, 'vorstand.unna', '2027-03-01').board.projectStatus({ projectId: project.id });
    expect(later).toMatchObject({ status: 'red', override: { active: false } });

    await steering.status.revokeOverride({ overrideId: override.id });
    const revoked = await callerAs(t.db, 'vorstand.unna', TODAY).board.projectStatus({ projectId: project.id });
    expect(revoked).toMatchObject({ status: 'red', override: null });
    expect(await errorCodeOf(steering.status.revokeOverride({ overrideId: override.id }))).toBe('CONFLICT');
  });

  it('[BOARD] a new override replaces the open one', async () => {
    const steering = callerAs(t.db, 'steuerung.unna', TODAY);
    const project = await projectByTitle('steuerung.unna', 'Portalverbund (OZG)');
    const first = await steering.status.setOverride({ projectId: project.id, status: 'green', justification: 'erste Einschätzung' });
    await steering.status.setOverride({ projectId: project.id, status: 'amber', justification: 'zweite Einschätzung' });
    const status = await steering.board.projectStatus({ projectId: project.id });
    expect(status.override).toMatchObject({ status: 'amber', justification: 'zweite Einschätzung' });
    expect(status.overrideHistory.find((h) => h.id === first.id)?.revokedAt).not.toBeNull();
  });

  it('[BOARD] an override needs a justification and an expiry after today, and not on a finished project', async () => {
    const steering = callerAs(t.db, 'steuerung.unna', TODAY);
    const open = await projectByTitle('steuerung.unna', 'Formularserver');
    const finished = await projectByTitle('steuerung.unna', 'Kontierungsworkflow');
    expect(await errorCodeOf(steering.status.setOverride({ projectId: open.id, status: 'green', justification: '   ' }))).toBe(
      'BAD_REQUEST',
    );
    expect(
      await errorCodeOf(steering.status.setOverride({ projectId: open.id, status: 'green', justification: 'ok', expiresAt: TODAY })),
    ).toBe('BAD_REQUEST');
    expect(await errorCodeOf(steering.status.setOverride({ projectId: finished.id, status: 'red', justification: 'ok' }))).toBe(
      'BAD_REQUEST',
    );
  });
});

describe('[BOARD] Statusmeldung and thresholds change the board at once', () => {
  it('[BOARD] a Statusmeldung is visible immediately, also after the overview was cached', async () => {
    const member = callerAs(t.db, 'vorstand.unna', TODAY);
    const project = await projectByTitle('steuerung.unna', 'Prozessmanagement');
    await member.board.overview();
    await member.board.portfolio();
    const update = await callerAs(t.db, 'steuerung.unna', TODAY).statusUpdate.create({
      projectId: project.id,
      status: 'amber',
      text: 'Ausschreibung für Prozessmodellierung läuft',
    });
    expect(update).toMatchObject({ date: TODAY, authorName: 'Steuerungsdienst Kreis Unna' });
    const overview = await member.board.overview();
    const entry = overview.changes.entries.find((e) => e.projectId === project.id);
    expect(entry?.events.map((e) => e.text)).toContain(
      'Statusmeldung gelb: Ausschreibung für Prozessmodellierung läuft (Steuerungsdienst Kreis Unna)',
    );
    const row = (await member.board.portfolio()).rows.find((r) => r.id === project.id)!;
    expect(row.latestUpdate).toMatchObject({ date: TODAY, status: 'amber', text: 'Ausschreibung für Prozessmodellierung läuft' });
    const audit = t.db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'statusUpdate' AND entity_id = ?").get(update.id);
    expect(audit).toEqual({ n: 1 });
  });

  it('[BOARD] a write from another connection (CLI, import) is seen at once', async () => {
    const member = callerAs(t.db, 'vorstand.unna', TODAY);
    const project = await projectByTitle('steuerung.unna', 'Georeferenzierung');
    expect((await member.board.projectStatus({ projectId: project.id })).status).not.toBe('done');
    const other = openDatabase(t.path, { migrate: false });
    other.$client.prepare('UPDATE projects SET maturity = 3 WHERE id = ?').run(project.id);
    other.$client.close();
    expect((await member.board.projectStatus({ projectId: project.id })).own.computed).toBe('done');
  });

  it('[BOARD] raising the red threshold for overdue milestones turns a red project amber', async () => {
    const steering = callerAs(t.db, 'steuerung.werl', TODAY);
    const dms = await projectByTitle('steuerung.werl', 'Dokumentenmanagementsystem (DMS)');
    expect(dms.status).toBe('red');
    const [programme] = (await steering.board.overview()).programmes;
    const current = await steering.programme.thresholds({ programmeId: programme!.id });
    expect(current).toMatchObject({ custom: false, thresholds: { milestoneRedOverdueDays: 90 } });

    const saved = await steering.programme.updateThresholds({
      programmeId: programme!.id,
      version: current.version,
      thresholds: { ...current.thresholds, milestoneRedOverdueDays: 3000 },
    });
    expect(saved.version).toBe(current.version + 1);
    const after = await projectByTitle('vorstand.werl', 'Dokumentenmanagementsystem (DMS)');
    expect(after.status).toBe('amber');
    expect(after.reasons[0]).toEqual({
      level: 'amber',
      message: 'Meilenstein „Verwaltungsweite Einführung des DMS“ 2.153 Tage überfällig (geplant 31.12.2020)',
    });

    // The stale version is refused, and the thresholds are validated.
    expect(
      await errorCodeOf(steering.programme.updateThresholds({ programmeId: programme!.id, version: current.version, thresholds: current.thresholds })),
    ).toBe('CONFLICT');
    expect(
      await errorCodeOf(
        steering.programme.updateThresholds({
          programmeId: programme!.id,
          version: saved.version,
          thresholds: { ...current.thresholds, kpiRedBelowPercent: 90, kpiAmberBelowPercent: 80 },
        }),
      ),
    ).toBe('BAD_REQUEST');
    const audit = t.db.$client
      .prepare("SELECT summary, after FROM audit_log WHERE entity = 'programme' AND entity_id = ? ORDER BY id DESC LIMIT 1")
      .get(programme!.id) as { summary: string; after: string };
    expect(audit.summary).toBe('Ampelschwellen des Programms „E-Government-Plan der Wallfahrtsstadt Werl“ geändert');
    expect(JSON.parse(audit.after).statusThresholds.milestoneRedOverdueDays).toBe(3000);
    // The admin may change them too.
    await callerAs(t.db, 'admin.werl', TODAY).programme.updateThresholds({
      programmeId: programme!.id,
      version: saved.version,
      thresholds: current.thresholds,
    });
    expect((await projectByTitle('vorstand.werl', 'Dokumentenmanagementsystem (DMS)')).status).toBe('red');
  });
});

describe('[BOARD] authorisation', () => {
  it('[BOARD] the board can read but can neither set overrides nor write Statusmeldungen nor change thresholds', async () => {
    const member = callerAs(t.db, 'vorstand.unna', TODAY);
    const project = await projectByTitle('vorstand.unna', 'Formularserver');
    expect(await errorCodeOf(member.status.setOverride({ projectId: project.id, status: 'green', justification: 'x' }))).toBe('FORBIDDEN');
    expect(await errorCodeOf(member.statusUpdate.create({ projectId: project.id, status: 'green', text: 'x' }))).toBe('FORBIDDEN');
    const [programme] = (await member.board.overview()).programmes;
    const thresholds = await member.programme.thresholds({ programmeId: programme!.id });
    expect(
      await errorCodeOf(member.programme.updateThresholds({ programmeId: programme!.id, version: thresholds.version, thresholds: thresholds.thresholds })),
    ).toBe('FORBIDDEN');
  });

  it('[BOARD] a project lead may set the status of its own project only', async () => {
    const lead = callerAs(t.db, 'projektleitung.unna', TODAY);
    const own = await projectByTitle('projektleitung.unna', 'Elektronische Akte | Dokumenten-Management-System (DMS)');
    const other = await projectByTitle('projektleitung.unna', 'Formularserver');
    expect((await lead.board.projectStatus({ projectId: own.id })).canEdit).toBe(true);
    expect((await lead.board.projectStatus({ projectId: other.id })).canEdit).toBe(false);
    await lead.statusUpdate.create({ projectId: own.id, status: 'red', text: 'Rollout an 500 Arbeitsplätzen verzögert' });
    await lead.status.setOverride({ projectId: own.id, status: 'amber', justification: 'Pilot läuft stabil' });
    expect(await errorCodeOf(lead.statusUpdate.create({ projectId: other.id, status: 'red', text: 'x' }))).toBe('FORBIDDEN');
    expect(await errorCodeOf(lead.status.setOverride({ projectId: other.id, status: 'red', justification: 'x' }))).toBe('FORBIDDEN');
  });

  it("[BOARD] Werl cannot see or change Unna's projects", async () => {
    const werl = callerAs(t.db, 'steuerung.werl', TODAY);
    const unnaProject = await projectByTitle('vorstand.unna', 'Formularserver');
    const unnaOverview = await callerAs(t.db, 'vorstand.unna', TODAY).board.overview();
    const werlPortfolio = await werl.board.portfolio();
    expect(werlPortfolio.rows.some((r) => r.id === unnaProject.id)).toBe(false);
    expect(werlPortfolio.rows.length).toBeGreaterThan(0);
    expect(await errorCodeOf(werl.board.projectStatus({ projectId: unnaProject.id }))).toBe('NOT_FOUND');
    expect(await errorCodeOf(werl.board.overview({ programmeId: unnaOverview.programmes[0]!.id }))).toBe('NOT_FOUND');
    expect(await errorCodeOf(werl.board.deadlines({ programmeId: unnaOverview.programmes[0]!.id }))).toBe('NOT_FOUND');
    expect(await errorCodeOf(werl.programme.thresholds({ programmeId: unnaOverview.programmes[0]!.id }))).toBe('NOT_FOUND');
    expect(await errorCodeOf(werl.status.setOverride({ projectId: unnaProject.id, status: 'green', justification: 'x' }))).toBe('NOT_FOUND');
    expect(await errorCodeOf(werl.statusUpdate.create({ projectId: unnaProject.id, status: 'green', text: 'x' }))).toBe('NOT_FOUND');
    const werlOverview = await callerAs(t.db, 'vorstand.werl', TODAY).board.overview();
    const werlTitles = werlOverview.attention.red.projects.map((p) => p.title);
    expect(werlTitles).not.toContain('Elektronischer Zugang (Postfach)');
  });

  it('[BOARD] committee members cannot read the board', async () => {
    expect(await errorCodeOf(callerAs(t.db, 'ausschuss.unna', TODAY).board.overview())).toBe('FORBIDDEN');
    expect(await errorCodeOf(callerAs(t.db, 'ausschuss.unna', TODAY).board.portfolio())).toBe('FORBIDDEN');
  });
});

describe('[BOARD] XLSX export of the portfolio view', () => {
  it('[BOARD] holds exactly the rows and columns of the view, German headers, real dates, no formulas', async () => {
    const project = await projectByTitle('steuerung.unna', 'Formularserver');
    sql("UPDATE projects SET title = '=HYPERLINK(\"http://example.org\")', planned_end = '2027-06-30' WHERE id = ?", project.id);
    const view = ZPortfolioView.parse({
      statuses: ['red', 'amber', 'green', 'none'],
      topLevelOnly: true,
      groupBy: 'status',
      sortBy: 'title',
      columns: ['code', 'title', 'status', 'plannedEnd'],
    });
    const caller = callerAs(t.db, 'vorstand.unna', TODAY);
    const file = await caller.board.portfolioXlsx(view);
    const expected = applyPortfolioView((await caller.board.portfolio()).rows, view);
    expect(file.rowCount).toBe(expected.rows.length);
    expect(file.fileName).toBe('portfolio-2026-11-23.xlsx');

    const workbook = new ExcelJS.Workbook();
    const bytes = Buffer.from(file.base64, 'base64');
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = workbook.getWorksheet('Portfolio')!;
    expect(sheet.getRow(2).values).toEqual([undefined, 'Ampel', 'Nr.', 'Projekt', 'Ampel', 'Geplantes Ende']);
    const titles: string[] = [];
    sheet.eachRow((row, number) => {
      if (number > 2) titles.push(String(row.getCell(3).value));
    });
    expect(titles).toEqual(expected.rows.map((r) => (r.title.startsWith('=') ? `'${r.title}` : r.title)));
    const injected = titles.findIndex((title) => title.startsWith("'=HYPERLINK"));
    expect(injected).toBeGreaterThanOrEqual(0);
    const dateCell = sheet.getRow(injected + 3).getCell(5);
    expect(dateCell.value).toEqual(new Date(Date.UTC(2027, 5, 30)));
    expect(dateCell.numFmt).toBe('dd.mm.yyyy');
  });
});

describe('[BOARD] what changed in the last 30 days', () => {
  afterEach(() => vi.useRealTimers());

  it('[BOARD] shows Ampel transitions where the data did not change, and says so where it did', async () => {
    const asOf = '2099-06-30';
    const field = t.db.$client.prepare("SELECT id, programme_id FROM fields_of_action WHERE organisation_id = 1 LIMIT 1").get() as {
      id: number;
      programme_id: number;
    };
    const insertProject = t.db.$client.prepare(
      "INSERT INTO projects (organisation_id, programme_id, field_of_action_id, key, title, maturity) VALUES (1, ?, ?, ?, ?, 2)",
    );
    const stable = Number(insertProject.run(field.programme_id, field.id, 'test-stable', 'Testprojekt ohne Änderungen').lastInsertRowid);
    const edited = Number(insertProject.run(field.programme_id, field.id, 'test-edited', 'Testprojekt mit Änderung').lastInsertRowid);
    for (const id of [stable, edited]) {
      sql("INSERT INTO milestones (organisation_id, project_id, key, title, planned_date) VALUES (1, ?, 'ms-1', 'Abnahme', '2099-06-15')", id);
      sql("INSERT INTO milestones (organisation_id, project_id, key, title, planned_date) VALUES (1, ?, 'ms-2', 'Betrieb', '2099-12-31')", id);
    }
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2099-06-20T10:00:00Z'));
    t.db.transaction((tx) =>
      appendAudit(tx, systemActor(1), 1, {
        action: 'update',
        entity: 'milestone',
        entityId: 1,
        projectId: edited,
        summary: 'Meilenstein „Abnahme“ geändert',
      }),
    );
    vi.useRealTimers();

    const overview = await callerAs(t.db, 'vorstand.unna', asOf).board.overview();
    expect(overview.changes.since).toBe('2099-05-31');
    expect(overview.changes.notes).toEqual([]);
    const byId = new Map(overview.changes.entries.map((e) => [e.projectId, e]));
    expect(byId.get(stable)).toMatchObject({ from: 'green', to: 'amber', events: [] });
    expect(byId.get(edited)).toMatchObject({ from: null, to: 'amber', events: [{ date: '2099-06-20', text: 'Meilenstein „Abnahme“ geändert' }] });
  });

  it('[BOARD] an import within the window means earlier statuses are unknown, and that is said', async () => {
    const programme = t.db.$client.prepare("SELECT id FROM programmes WHERE organisation_id = 2").get() as { id: number };
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2099-09-10T08:00:00Z'));
    t.db.transaction((tx) =>
      appendAudit(tx, systemActor(2), 2, {
        action: 'import',
        entity: 'programme',
        entityId: programme.id,
        summary: 'Programm „E-Government-Plan der Wallfahrtsstadt Werl“ importiert',
      }),
    );
    vi.useRealTimers();
    const overview = await callerAs(t.db, 'vorstand.werl', '2099-09-30').board.overview();
    expect(overview.changes.notes).toEqual([
      '10.09.2099: Programm „E-Government-Plan der Wallfahrtsstadt Werl“ importiert. Der Ampelstand vor diesem Datum ist nicht bekannt; angezeigt werden nur Ereignisse danach.',
    ]);
    expect(overview.changes.entries.every((e) => e.from === null)).toBe(true);
  });
});
