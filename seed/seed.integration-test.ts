import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs } from '../tests/factories';
import { createTestDb, type TestDb } from '../tests/integration/test-db';
import { verifyAuditChain } from '../server/services/audit';

let t: TestDb;
beforeAll(() => {
  t = createTestDb();
});
afterAll(() => t.close());

function one<T>(sql: string, ...params: unknown[]): T {
  return t.db.$client.prepare(sql).get(...params) as T;
}

describe('[SEED] the database holds the documents as data', () => {
  it('creates Kreis Unna and Wallfahrtsstadt Werl with one programme each', () => {
    const rows = t.db.$client
      .prepare('SELECT o.key, o.name, p.title FROM organisations o JOIN programmes p ON p.organisation_id = o.id ORDER BY o.key')
      .all();
    expect(rows).toEqual([
      { key: 'unna', name: 'Kreis Unna', title: 'Digitaler Masterplan Kreis Unna' },
      { key: 'werl', name: 'Wallfahrtsstadt Werl', title: 'E-Government-Plan der Wallfahrtsstadt Werl' },
    ]);
  });

  it('stores K2 "DMS an 500 Arbeitsplätzen" with plan 3/168/334/500 for 2019–2022 (Anlage 2)', () => {
    const values = t.db.$client
      .prepare(
        `SELECT v.year, v.plan FROM kpi_values v JOIN kpis k ON k.id = v.kpi_id JOIN organisations o ON o.id = k.organisation_id
         WHERE o.key = 'unna' AND k.key = 'K2' AND v.year BETWEEN 2019 AND 2022 ORDER BY v.year`,
      )
      .all();
    expect(values).toEqual([
      { year: 2019, plan: 3 },
      { year: 2020, plan: 168 },
      { year: 2021, plan: 334 },
      { year: 2022, plan: 500 },
    ]);
  });

  it('stores § 7a EGovG NRW (E-Rechnung) as mandatory by 01.04.2020 (Anlage 1)', () => {
    const row = one<{ deadline: string; bindingness: string }>(
      `SELECT deadline, bindingness FROM legal_obligations l JOIN organisations o ON o.id = l.organisation_id
       WHERE o.key = 'unna' AND l.paragraph LIKE '§ 7a%' AND l.law = 'EGovG NRW'`,
    );
    expect(row).toEqual({ deadline: '2020-04-01', bindingness: 'mandatory' });
  });

  it('stores the six Anlage 7 categories of Unna with their projects and 52 sub-projects', () => {
    const rows = t.db.$client
      .prepare(
        `SELECT f.title, sum(p.parent_id IS NULL) AS projects, sum(p.parent_id IS NOT NULL) AS subprojects
         FROM projects p JOIN fields_of_action f ON f.id = p.field_of_action_id JOIN organisations o ON o.id = p.organisation_id
         WHERE o.key = 'unna' GROUP BY f.id ORDER BY f.sort_order`,
      )
      .all();
    expect(rows).toEqual([
      { title: 'Geschäftsprozesse für Kunden', projects: 10, subprojects: 20 },
      { title: 'Interne Geschäftsprozesse', projects: 5, subprojects: 6 },
      { title: 'Schulträgeraufgaben', projects: 3, subprojects: 6 },
      { title: 'Open Government | Open Data Projekte', projects: 4, subprojects: 11 },
      { title: 'Ressourcen', projects: 2, subprojects: 0 },
      { title: 'Weitere', projects: 5, subprojects: 9 },
    ]);
  });

  it("stores Werl's Baustein 5.8 DMS with its half-year phases 2017–2020", () => {
    const phases = t.db.$client
      .prepare(
        `SELECT ph.name, ph.start_date AS start, ph.end_date AS end FROM project_phases ph JOIN projects p ON p.id = ph.project_id
         JOIN organisations o ON o.id = p.organisation_id WHERE o.key = 'werl' AND p.code = '5.8' ORDER BY ph.start_date`,
      )
      .all();
    expect(phases).toEqual([
      { name: 'Sichtung verschiedener DMS-Systeme', start: '2017-07-01', end: '2018-06-30' },
      { name: 'Vorbereitung der Einführung', start: '2018-07-01', end: '2018-12-31' },
      { name: 'Einrichtung und Einführung (in Pilotbereichen)', start: '2019-01-01', end: '2019-12-31' },
      { name: 'Einführung in weiteren Bereichen', start: '2020-01-01', end: '2020-12-31' },
    ]);
  });

  it('links the Kreistag decision of 04.12.2018 on the DMS d.3ecm to the DMS project', () => {
    const row = one<{ committee: string; subject: string; outcome: string; projects: string }>(
      `SELECT c.name AS committee, d.subject, d.outcome, group_concat(p.title, ' | ') AS projects FROM decisions d
       JOIN committees c ON c.id = d.committee_id JOIN decision_projects dp ON dp.decision_id = d.id JOIN projects p ON p.id = dp.project_id
       WHERE d.date = '2018-12-04' GROUP BY d.id`,
    );
    expect(row.committee).toBe('Kreistag');
    expect(row.subject).toMatch(/Dokumenten-Management-System/);
    expect(row.outcome).toMatch(/d\.3ecm/);
    expect(row.projects).toMatch(/Dokumenten-Management-System/);
  });

  it('creates every demo user <role>.<org> and an audit chain that verifies', async () => {
    const usernames = (t.db.$client.prepare('SELECT username FROM users ORDER BY username').all() as { username: string }[]).map((u) => u.username);
    for (const org of ['unna', 'werl']) {
      for (const role of ['admin', 'steuerung', 'projektleitung', 'vorstand', 'ausschuss']) {
        expect(usernames).toContain(`${role}.${org}`);
      }
    }
    expect(verifyAuditChain(t.db)).toMatchObject({ ok: true });
    const me = await callerAs(t.db, 'steuerung.werl').auth.me();
    expect(me.organisationName).toBe('Wallfahrtsstadt Werl');
  });
});
